package rules

import "github.com/shopspring/decimal"

// Param is one amount, rate or threshold of the policy, with the clause it comes from and
// the policy's own words for it, after OpenFisca's parameters with a reference.
type Param struct {
	Value  decimal.Decimal
	Unit   Unit
	Clause string // 一 … 八
	Source string // the policy's words that fix the value
}

// Unit is what a Param's value counts.
type Unit string

// The units of the policy's parameters.
const (
	Yuan  Unit = "yuan"
	Ratio Unit = "ratio" // 0.03 is 3%
	Years Unit = "years"
)

// yuan makes a Param of whole yuan.
func yuan(clause string, v int64, source string) Param {
	return Param{Value: decimal.NewFromInt(v), Unit: Yuan, Clause: clause, Source: source}
}

// ratio makes a Param of a rate written as a decimal fraction ("0.005" for 5‰).
func ratio(clause, v, source string) Param {
	return Param{Value: decimal.RequireFromString(v), Unit: Ratio, Clause: clause, Source: source}
}

// years makes a Param of a number of years.
func years(clause string, v int64, source string) Param {
	return Param{Value: decimal.NewFromInt(v), Unit: Years, Clause: clause, Source: source}
}
