package rules

import (
	"strings"

	"github.com/shopspring/decimal"
)

// isAmount checks the contract's only accepted shape for money, ^[0-9]+(\.[0-9]{1,2})?$:
// whole yuan with at most two decimals, no sign, no exponent, no separators. (Written out
// rather than as a regexp, which would add a third of a megabyte to the WebAssembly.)
func isAmount(s string) bool {
	whole, frac, point := strings.Cut(s, ".")
	return isDigits(whole) && (!point || (isDigits(frac) && len(frac) <= 2))
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// MaxAmount is the largest amount the contract accepts (一万亿元); anything larger is a
// typing mistake, not an enterprise's figure.
var MaxAmount = decimal.New(1, 12)

// ParseAmount reads an amount of yuan written as the contract allows.
func ParseAmount(s string) (decimal.Decimal, Problem) {
	if !isAmount(s) {
		return decimal.Decimal{}, ProblemNotAmount
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, ProblemNotAmount
	}
	if d.GreaterThan(MaxAmount) {
		return decimal.Decimal{}, ProblemTooLarge
	}
	return d, ProblemNone
}

var (
	hundred    = decimal.NewFromInt(100)
	oneCent    = decimal.New(1, -2)
	zeroAmount = decimal.Decimal{}
)

// roundCents rounds a computed amount once, after its cap, to 0.01 yuan half away from
// zero, as spec/rules.md requires (decimal's Round rounds half away from zero).
func roundCents(d decimal.Decimal) decimal.Decimal { return d.Round(2) }

// ceilCents rounds up to the next cent: the smallest amount that meets a threshold.
func ceilCents(d decimal.Decimal) decimal.Decimal { return d.RoundCeil(2) }

// FormatYuan writes an amount with thousands separators and, only when it has a fraction,
// two decimals: 1500000 → "1,500,000", 12.5 → "12.50".
func FormatYuan(d decimal.Decimal) string {
	s := d.StringFixed(2)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "00" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// FormatYuanFixed is FormatYuan that always shows two decimals, for totals.
func FormatYuanFixed(d decimal.Decimal) string {
	s := FormatYuan(d)
	if !strings.Contains(s, ".") {
		s += ".00"
	}
	return s
}

// FormatWan writes an amount in 万元 with as many decimals as it needs, up to four
// (1175000 → "117.5").
func FormatWan(d decimal.Decimal) string {
	return d.Div(decimal.NewFromInt(10000)).Round(4).String()
}

// formatPercent writes a ratio as a percentage truncated to two decimals. Truncation keeps
// the shown figure on the same side of a threshold as the true one: 3.999% shows as 3.99%,
// never as a passing 4.00%.
func formatPercent(ratio decimal.Decimal) string {
	return ratio.Mul(hundred).Truncate(2).StringFixed(2) + "%"
}
