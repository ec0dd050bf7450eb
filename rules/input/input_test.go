package input

import (
	"testing"

	"baotou-widget/rules"
)

func TestParseMoney(t *testing.T) {
	for _, c := range []struct {
		text    string
		unit    Unit
		yuan    string
		problem Problem
	}{
		{"1200", Wan, "12000000", OK},
		{"1,200", Wan, "12000000", OK},
		{"１２００", Wan, "12000000", OK},
		{"1 200.5", Wan, "12005000", OK},
		{"117.5", Wan, "1175000", OK},
		{"0.0001", Wan, "1", OK},
		{"0.000001", Wan, "0.01", OK},
		{"0.0000001", Wan, "0", TooPrecise},
		{"12000000", Yuan, "12000000", OK},
		{"12,000,000.50", Yuan, "12000000.5", OK},
		{"1200万", Yuan, "12000000", OK},
		{"1200 万元", Yuan, "12000000", OK},
		{"3000元", Wan, "3000", OK},
		{"１２，０００．５元", Wan, "12000.5", OK},
		{"", Wan, "0", OK},
		{"  ", Wan, "0", OK},
		{"-5", Wan, "0", Negative},
		{"－5", Wan, "0", Negative},
		{"abc", Wan, "0", NotNumber},
		{"1.2.3", Wan, "0", NotNumber},
		{"5.", Yuan, "0", NotNumber},
		{".5", Yuan, "0", NotNumber},
		{"1e5", Yuan, "0", NotNumber},
		{"0.001", Yuan, "0", TooPrecise},
		{"100000001", Wan, "0", TooLarge},
		{"100000000", Wan, "1000000000000", OK},
		{"1,2", Wan, "0", BadSeparator},
		{"1200,5", Wan, "0", BadSeparator},
		{"12,00", Yuan, "0", BadSeparator},
		{"1,2345", Yuan, "0", BadSeparator},
		{"1,234,56", Yuan, "0", BadSeparator},
		{"1,234.5", Yuan, "1234.5", OK},
		{"1,234,567", Yuan, "1234567", OK},
		{"12 345 678", Yuan, "12345678", OK},
		{" 1200 ", Wan, "12000000", OK},
		{"0.1234", Wan, "1234", OK},
		// The units finance managers say, whatever the field's own unit.
		{"3.2亿", Wan, "320000000", OK},
		{"3.2 亿元", Yuan, "320000000", OK},
		{"1.5千万", Wan, "15000000", OK},
		{"1.5千万元", Yuan, "15000000", OK},
		{"２千万", Yuan, "20000000", OK},
		{"800千", Wan, "800000", OK},
		{"800千元", Wan, "800000", OK},
		{"0.5千", Yuan, "500", OK},
		{"1,234.5亿", Wan, "123450000000", OK},
		{"0.00000000001亿", Wan, "0", TooPrecise},
		{"10001亿", Wan, "0", TooLarge},
		{"亿", Wan, "0", OK},
		{"3.2亿万", Wan, "0", NotNumber},
		{"千3", Wan, "0", NotNumber},
		{"-3亿", Wan, "0", Negative},
	} {
		v, p := ParseMoney(c.text, c.unit)
		if p != c.problem || v.String() != c.yuan {
			t.Errorf("ParseMoney(%q, %s) = %s, %d; want %s, %d", c.text, c.unit, v, p, c.yuan, c.problem)
		}
	}
}

func TestParseWhole(t *testing.T) {
	for _, c := range []struct {
		text     string
		min, max int
		n        int
		problem  Problem
	}{
		{"3", 0, 100000, 3, OK},
		{"１２", 0, 100000, 12, OK},
		{"1,000", 0, 100000, 1000, OK},
		{"", 1, 100000, 0, OK},
		{"0", 1, 100000, 0, OutOfRange},
		{"100001", 0, 100000, 0, OutOfRange},
		{"99999999999999", 0, 100000, 0, OutOfRange},
		{"2.5", 0, 100000, 0, NotWhole},
		{"-1", 0, 100000, 0, Negative},
		{"1,0", 0, 100000, 0, BadSeparator},
	} {
		n, p := ParseWhole(c.text, c.min, c.max)
		if n != c.n || p != c.problem {
			t.Errorf("ParseWhole(%q) = %d, %d; want %d, %d", c.text, n, p, c.n, c.problem)
		}
	}
}

func TestUnfinished(t *testing.T) {
	for text, want := range map[string]bool{
		"1500.": true, "１５００．": true, "1,": true, "1,5": true, "1,50": true, "12,345,6": true, "0.": true,
		"1500.5": true, // already a figure: more digits keep it one
		"1.2.":   false, ".": false, "abc": false, "-5.": false, "1,2345": false, "1200万.": false, "1e": false,
	} {
		if got := Unfinished(text); got != want {
			t.Errorf("Unfinished(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzParseMoney: the input normaliser never panics, and what it accepts is a valid
// amount of the contract.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"1,200", "１２００", "1200万", "3000元", "-5", "0.0001", " 1 200.5 万元 ", "3.2亿", "1.5千万", "800千元", "1500."} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, wan bool) {
		unit := Yuan
		if wan {
			unit = Wan
		}
		v, p := ParseMoney(text, unit)
		if p != OK {
			return
		}
		if _, problem := rules.ParseAmount(v.StringFixed(2)); problem != rules.ProblemNone || v.IsNegative() {
			t.Fatalf("%q gave %s, not a valid amount", text, v)
		}
	})
}
