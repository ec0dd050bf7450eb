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
	return groupThousands(strings.TrimSuffix(s, ".00"))
}

// groupThousands puts a comma between every three digits of a number's whole part.
func groupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, point := strings.Cut(s, ".")
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
	if point {
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

// FormatWan writes an amount in 万元 with thousands separators and as many decimals as it
// needs, up to four, that is to the yuan (1175000 → "117.5", 16000000 → "1,600").
func FormatWan(d decimal.Decimal) string {
	return groupThousands(d.Div(tenThousand).Round(4).String())
}

// Money writes an amount as the page writes money in lang. In Chinese: 万元, with the exact
// figure in yuan beside it where 万元 to four decimals would lose a cent ("1,000 万元（¥10,000,000.01）"),
// or alone below 1 万元 ("¥62.50").
// In English: yuan, with cents only where there are any ("RMB 1,175,000", "RMB 62.50").
func Money(lang Lang, d decimal.Decimal) string { return catalog(lang).money(d) }

func wanText(d decimal.Decimal) string {
	switch {
	case d.Equal(d.Truncate(0)):
		return FormatWan(d) + " 万元"
	case d.Abs().LessThan(tenThousand):
		return "¥" + FormatYuan(d) // "0 万元" would say nothing
	}
	return FormatWan(d) + " 万元（¥" + FormatYuan(d) + "）"
}

// wanExact writes an amount as one figure that is exact as shown: 万元 when the yuan are
// whole (to four decimals of 万 that is every yuan), else the yuan themselves. A figure
// compared with a threshold is written so, lest "100 万元（¥999,999.99）" read as equal to
// "100 万元" while the sentence says it falls short; and so a figure in brackets carries no
// brackets of its own.
func wanExact(d decimal.Decimal) string {
	if d.Equal(d.Truncate(0)) {
		return FormatWan(d) + " 万元"
	}
	return "¥" + FormatYuan(d)
}

func rmbText(d decimal.Decimal) string { return "RMB " + FormatYuan(d) }

// rateZh writes a rate below 1% in per mille, as the policy does (5‰); rateEn always in
// per cent (0.5%).
func rateZh(r decimal.Decimal) string {
	if r.LessThan(decimal.New(1, -2)) {
		return r.Mul(decimal.NewFromInt(1000)).String() + "‰"
	}
	return rateEn(r)
}

func rateEn(r decimal.Decimal) string { return r.Mul(hundred).String() + "%" }

var tenThousand = decimal.NewFromInt(10000)

// formatPercent writes a ratio as a percentage truncated to two decimals. Truncation keeps
// the shown figure on the same side of a threshold as the true one: 3.999% shows as 3.99%,
// never as a passing 4.00%.
func formatPercent(ratio decimal.Decimal) string {
	return ratio.Mul(hundred).Truncate(2).StringFixed(2) + "%"
}
