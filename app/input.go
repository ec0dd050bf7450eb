package app

import (
	"strings"
	"unicode"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// Unit is what an amount input reads: 万元 (what users expect) or 元.
type Unit string

// The units of amount inputs, as their data-unit hook names them.
const (
	Wan  Unit = "wan"
	Yuan Unit = "yuan"
)

var tenThousand = decimal.NewFromInt(10000)

// InputProblem says why typed text is not a usable value.
type InputProblem int

// The problems of typed text.
const (
	InputOK InputProblem = iota
	InputNotNumber
	InputNegative
	InputTooPrecise // more than two decimals of yuan
	InputTooLarge
	InputNotWhole
	InputOutOfRange
)

// normalize turns what people type into plain ASCII digits: full-width digits and points
// become ASCII, thousands separators and spaces go, and a trailing 万/万元/元 is taken off
// and returned as the unit it names ("" when none).
func normalize(s string) (digits string, unit Unit) {
	s = strings.TrimSpace(s)
	for _, suffix := range []struct {
		text string
		unit Unit
	}{{"万元", Wan}, {"万", Wan}, {"元", Yuan}} {
		if strings.HasSuffix(s, suffix.text) {
			s, unit = strings.TrimSuffix(s, suffix.text), suffix.unit
			break
		}
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case r == '．' || r == '。':
			b.WriteByte('.')
		case r == '－':
			b.WriteByte('-')
		case r == ',' || r == '，' || r == '_' || r == '\'' || unicode.IsSpace(r):
			// thousands separators and spaces, half- or full-width
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), unit
}

// maxDigits bounds what is worth reading as an amount: a pasted wall of digits is
// refused at once instead of being worked through.
const maxDigits = 40

// ParseMoney reads an amount typed in unit (or in the unit its own suffix names) and
// gives it in yuan. Empty text is zero: the field is not answered.
func ParseMoney(text string, unit Unit) (decimal.Decimal, InputProblem) {
	digits, suffix := normalize(text)
	if suffix != "" {
		unit = suffix
	}
	if digits == "" {
		return decimal.Decimal{}, InputOK
	}
	if strings.HasPrefix(digits, "-") {
		return decimal.Decimal{}, InputNegative
	}
	if !isDecimal(digits) {
		return decimal.Decimal{}, InputNotNumber
	}
	if len(digits) > maxDigits {
		return decimal.Decimal{}, InputTooLarge
	}
	v, err := decimal.NewFromString(digits)
	if err != nil {
		return decimal.Decimal{}, InputNotNumber
	}
	if unit == Wan {
		v = v.Mul(tenThousand)
	}
	if !v.Equal(v.Truncate(2)) {
		return decimal.Decimal{}, InputTooPrecise
	}
	if v.GreaterThan(rules.MaxAmount) {
		return decimal.Decimal{}, InputTooLarge
	}
	return v, InputOK
}

// isDecimal accepts "12", "12.5", "0.25": digits with at most one point between digits.
func isDecimal(s string) bool {
	whole, frac, hasPoint := strings.Cut(s, ".")
	return allDigits(whole) && whole != "" && (!hasPoint || (frac != "" && allDigits(frac)))
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// ParseWhole reads a count or year typed with any of the same conveniences; empty is zero.
func ParseWhole(text string, min, max int) (int, InputProblem) {
	digits, _ := normalize(text)
	if digits == "" {
		return 0, InputOK
	}
	if strings.HasPrefix(digits, "-") {
		return 0, InputNegative
	}
	if !allDigits(digits) {
		return 0, InputNotWhole
	}
	if len(digits) > 9 {
		return 0, InputOutOfRange
	}
	n := 0
	for _, r := range digits {
		n = n*10 + int(r-'0')
	}
	if n < min || n > max {
		return 0, InputOutOfRange
	}
	return n, InputOK
}

// FormatMoney writes an amount in yuan as it is typed in unit, with no more decimals than
// it needs: 12000000 yuan is "1200" in 万元.
func FormatMoney(v decimal.Decimal, unit Unit) string {
	if v.IsZero() {
		return ""
	}
	if unit == Wan {
		v = v.Div(tenThousand)
	}
	return v.String()
}
