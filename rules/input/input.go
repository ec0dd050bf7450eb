// Package input reads what people type into a number: amounts with thousands separators,
// full-width digits, a currency sign and a unit of their own (¥1,200万), counts and years,
// and what spreadsheets write (1.2E+07, 3.0). The questionnaire, share links, the officers'
// spreadsheets and the command line all read figures through it, so that a figure one of
// them refuses none of them reads as another number.
package input

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

// Problem says why typed text is not a usable value.
type Problem int

// The problems of typed text.
const (
	OK Problem = iota
	NotNumber
	Negative
	TooPrecise // more than two decimals of yuan
	TooLarge
	NotWhole
	OutOfRange
	BadSeparator // thousands separators in the wrong place: "1,2" is not 12
	ProblemCount
)

// suffixes are the units people write after a figure, each with the yuan it counts: how a
// finance manager says revenue ("3.2亿", "1.5千万") as well as the fields' own 万元 and 元.
// Longer first, so that 千万 is not read as 千 and 万.
var suffixes = []struct {
	text string
	yuan int64
}{
	{"千万元", 10000000}, {"千万", 10000000}, {"亿元", 100000000}, {"亿", 100000000},
	{"万元", 10000}, {"万", 10000}, {"千元", 1000}, {"千", 1000}, {"元", 1},
}

// normalize turns what people type into plain ASCII digits: full-width digits and points
// become ASCII, thousands separators and spaces go, and a trailing unit (亿, 千万, 万, 千,
// each with or without 元, or 元 alone) is taken off and returned as the yuan it counts
// (0 when none). grouped is false when separators stand where no thousands separator can
// ("1,2", "1200,5"): such text is refused, never read as another number.
func normalize(s string) (digits string, scale int64, grouped bool) {
	s = strings.TrimSpace(s)
	for _, sign := range []string{"¥", "￥", "RMB", "CNY", "rmb", "cny", "Rmb", "Cny"} {
		if rest, ok := strings.CutPrefix(s, sign); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	for _, suffix := range suffixes {
		if strings.HasSuffix(s, suffix.text) {
			s, scale = strings.TrimSpace(strings.TrimSuffix(s, suffix.text)), suffix.yuan
			break
		}
	}
	var b strings.Builder
	group, groups, inWhole := 0, 0, true
	grouped = true
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
			group++
		case r == '．' || r == '。' || r == '.':
			b.WriteByte('.')
			grouped = grouped && (groups == 0 || group == 3)
			inWhole = false
		case r == '－':
			b.WriteByte('-')
		case isSeparator(r):
			// A separator closes a group: the first of one to three digits, the others of three.
			if inWhole && group > 0 {
				grouped = grouped && group <= 3 && (groups == 0 || group == 3)
				groups++
				group = 0
			}
		default:
			b.WriteRune(r)
			if r >= '0' && r <= '9' {
				group++
			}
		}
	}
	if inWhole && groups > 0 {
		grouped = grouped && group == 3
	}
	return b.String(), scale, grouped
}

// isSeparator: thousands separators and spaces, half- or full-width.
func isSeparator(r rune) bool {
	return r == ',' || r == '，' || r == '_' || r == '\'' || unicode.IsSpace(r)
}

// maxDigits bounds what is worth reading as an amount: a pasted wall of digits is
// refused at once instead of being worked through.
const maxDigits = 40

// ParseMoney reads an amount typed in unit (or in the unit its own suffix names) and
// gives it in yuan. Empty text is zero: the field is not answered.
func ParseMoney(text string, unit Unit) (decimal.Decimal, Problem) {
	digits, scale, grouped := normalize(text)
	if scale == 0 {
		scale = 1
		if unit == Wan {
			scale = 10000
		}
	}
	if digits == "" {
		return decimal.Decimal{}, OK
	}
	mantissa, exp, scientific := cutExponent(strings.TrimPrefix(digits, "-"))
	if !isDecimal(mantissa) {
		return decimal.Decimal{}, NotNumber // before the separators: "12,0x" is no number at all
	}
	if !grouped {
		return decimal.Decimal{}, BadSeparator
	}
	if strings.HasPrefix(digits, "-") {
		return decimal.Decimal{}, Negative
	}
	if len(digits) > maxDigits || (scientific && exp > 12) {
		return decimal.Decimal{}, TooLarge
	}
	v, err := decimal.NewFromString(digits)
	if err != nil {
		return decimal.Decimal{}, NotNumber
	}
	v = v.Mul(decimal.NewFromInt(scale))
	if !v.Equal(v.Truncate(2)) {
		return decimal.Decimal{}, TooPrecise
	}
	if v.GreaterThan(rules.MaxAmount) {
		return decimal.Decimal{}, TooLarge
	}
	return v, OK
}

// Unfinished reports whether text may be the start of a figure still being typed: one
// to three more digits would make it one ("1500." on the way to "1500.5", "1,5" on the way
// to "1,500"). The questionnaire says nothing of such text until the field is left.
func Unfinished(text string) bool {
	for _, more := range []string{"0", "00", "000"} {
		if digits, _, grouped := normalize(text + more); grouped && isDecimal(digits) {
			return true
		}
	}
	return false
}

// cutExponent splits a spreadsheet's scientific notation ("1.2E+07", signed as Excel
// writes it; a bare "1e5" is more likely a typing slip) into its mantissa and exponent;
// scientific is false for any other text, returned whole.
func cutExponent(s string) (mantissa string, exp int, scientific bool) {
	i := strings.IndexAny(s, "eE")
	if i < 0 || i+1 >= len(s) || (s[i+1] != '+' && s[i+1] != '-') {
		return s, 0, false
	}
	e := s[i+2:]
	if e == "" || len(e) > 3 || !allDigits(e) {
		return s, 0, false
	}
	for _, r := range e {
		exp = exp*10 + int(r-'0')
	}
	if strings.HasPrefix(s[i+1:], "-") {
		exp = -exp
	}
	return s[:i], exp, true
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

// ParseWhole reads a count or year typed with any of the same conveniences, and as a
// spreadsheet may write it (3.0); empty is zero.
func ParseWhole(text string, min, max int) (int, Problem) {
	digits, _, grouped := normalize(text)
	if digits == "" {
		return 0, OK
	}
	if !grouped {
		return 0, BadSeparator
	}
	if strings.HasPrefix(digits, "-") {
		return 0, Negative
	}
	if whole, zeros, ok := strings.Cut(digits, "."); ok && whole != "" && zeros != "" && strings.Trim(zeros, "0") == "" {
		digits = whole
	}
	if !allDigits(digits) {
		return 0, NotWhole
	}
	if len(digits) > 9 {
		return 0, OutOfRange
	}
	n := 0
	for _, r := range digits {
		n = n*10 + int(r-'0')
	}
	if n < min || n > max {
		return 0, OutOfRange
	}
	return n, OK
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
