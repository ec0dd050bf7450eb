package batch

import (
	"strconv"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// Cents is an amount in whole hundredths of a yuan. The rules round every amount to the
// cent once, so a batch's figures and sums are exact in cents, and ten thousand
// organisations add up without a decimal allocation each.
type Cents int64

func centsOf(d decimal.Decimal) Cents { return Cents(d.Shift(2).IntPart()) }

// String writes the amount in yuan with two decimals, as the contract does: "1175000.00".
// The CSV writes one for each item of each organisation, most of them nothing: zero
// costs no allocation, any other amount one.
func (c Cents) String() string {
	if c == 0 {
		return "0.00"
	}
	var buf [24]byte
	return string(c.append(buf[:0]))
}

// append appends the amount as String writes it.
func (c Cents) append(b []byte) []byte {
	n := int64(c)
	if n < 0 {
		b, n = append(b, '-'), -n
	}
	b = strconv.AppendInt(b, n/100, 10)
	return append(b, '.', byte('0'+n%100/10), byte('0'+n%10))
}

// Decimal gives the amount in yuan.
func (c Cents) Decimal() decimal.Decimal { return decimal.New(int64(c), -2) }

// Org is one organisation's forecast: each item's amount, in rules.ItemIDs' order, and
// its three totals (spec/rules.md: competitive projects are never part of the other two).
type Org struct {
	Line                          int
	Name                          string
	Items                         []Cents
	Total, TotalUpTo, Competitive Cents
}

// Sum is a part of the zone's forecast: how many organisations are eligible for it, and
// what they would receive as exact amounts, with the "up to" ceilings (the exact ones
// included, as in TotalUpTo), and from competitive projects if selected.
type Sum struct {
	Orgs                     int
	Exact, UpTo, Competitive Cents
}

// add counts one item of one organisation into s.
func (s *Sum) add(it *rules.Item, amount Cents) {
	switch it.Basis {
	case rules.Exact:
		s.Exact += amount
		s.UpTo += amount
	case rules.UpTo:
		s.UpTo += amount
	case rules.Competitive:
		s.Competitive += amount
	}
}

// Forecast is the zone's forecast from a batch: every organisation, and the sums by
// item, by measure (一 … 八 at 1 … 8) and in all. An organisation counts in a measure's
// or the zone's Orgs when it is eligible for at least one of its items.
type Forecast struct {
	Orgs     []Org
	Items    []Sum
	Measures [9]Sum
	Total    Sum
}

// Assess assesses every organisation with the rules.
func Assess(rows []Row, progress Progress) *Forecast {
	ids := rules.ItemIDs()
	f := &Forecast{Orgs: make([]Org, len(rows)), Items: make([]Sum, len(ids))}
	amounts := make([]Cents, len(rows)*len(ids)) // one allocation for every item of every organisation
	var s rules.Assessment                       // one assessment, reused for every organisation
	for i := range rows {
		rules.AssessInto(&s, rows[i].Answers)
		o := &f.Orgs[i]
		*o = Org{Line: rows[i].Line, Name: rows[i].Name, Items: amounts[i*len(ids) : (i+1)*len(ids) : (i+1)*len(ids)],
			Total: centsOf(s.Total), TotalUpTo: centsOf(s.TotalUpTo), Competitive: centsOf(s.TotalCompetitive)}
		var inMeasure [9]bool
		for j := range s.Items {
			it := &s.Items[j]
			if !it.Eligible {
				continue
			}
			amount := centsOf(it.Amount)
			o.Items[j] = amount
			f.Items[j].Orgs++
			f.Items[j].add(it, amount)
			f.Measures[it.Measure].add(it, amount)
			inMeasure[it.Measure] = true
		}
		eligible := false
		for m, in := range inMeasure {
			if in {
				f.Measures[m].Orgs++
				eligible = true
			}
		}
		if eligible {
			f.Total.Orgs++
		}
		f.Total.Exact += o.Total
		f.Total.UpTo += o.TotalUpTo
		f.Total.Competitive += o.Competitive
		progress.report(StageAssess, i+1, len(rows))
	}
	return f
}
