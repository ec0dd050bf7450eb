package app

import (
	"testing"

	"baotou-widget/rules"
)

func TestParseMoney(t *testing.T) {
	for _, c := range []struct {
		text    string
		unit    Unit
		yuan    string
		problem InputProblem
	}{
		{"1200", Wan, "12000000", InputOK},
		{"1,200", Wan, "12000000", InputOK},
		{"１２００", Wan, "12000000", InputOK},
		{"1 200.5", Wan, "12005000", InputOK},
		{"117.5", Wan, "1175000", InputOK},
		{"0.0001", Wan, "1", InputOK},
		{"0.000001", Wan, "0.01", InputOK},
		{"0.0000001", Wan, "0", InputTooPrecise},
		{"12000000", Yuan, "12000000", InputOK},
		{"12,000,000.50", Yuan, "12000000.5", InputOK},
		{"1200万", Yuan, "12000000", InputOK},
		{"1200 万元", Yuan, "12000000", InputOK},
		{"3000元", Wan, "3000", InputOK},
		{"１２，０００．５元", Wan, "12000.5", InputOK},
		{"", Wan, "0", InputOK},
		{"  ", Wan, "0", InputOK},
		{"-5", Wan, "0", InputNegative},
		{"－5", Wan, "0", InputNegative},
		{"abc", Wan, "0", InputNotNumber},
		{"1.2.3", Wan, "0", InputNotNumber},
		{"5.", Yuan, "0", InputNotNumber},
		{".5", Yuan, "0", InputNotNumber},
		{"1e5", Yuan, "0", InputNotNumber},
		{"0.001", Yuan, "0", InputTooPrecise},
		{"100000001", Wan, "0", InputTooLarge},
		{"100000000", Wan, "1000000000000", InputOK},
		{"1,2", Wan, "0", InputBadSeparator},
		{"1200,5", Wan, "0", InputBadSeparator},
		{"12,00", Yuan, "0", InputBadSeparator},
		{"1,2345", Yuan, "0", InputBadSeparator},
		{"1,234,56", Yuan, "0", InputBadSeparator},
		{"1,234.5", Yuan, "1234.5", InputOK},
		{"1,234,567", Yuan, "1234567", InputOK},
		{"12 345 678", Yuan, "12345678", InputOK},
		{" 1200 ", Wan, "12000000", InputOK},
		{"0.1234", Wan, "1234", InputOK},
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
		problem  InputProblem
	}{
		{"3", 0, 100000, 3, InputOK},
		{"１２", 0, 100000, 12, InputOK},
		{"1,000", 0, 100000, 1000, InputOK},
		{"", 1, 100000, 0, InputOK},
		{"0", 1, 100000, 0, InputOutOfRange},
		{"100001", 0, 100000, 0, InputOutOfRange},
		{"99999999999999", 0, 100000, 0, InputOutOfRange},
		{"2.5", 0, 100000, 0, InputNotWhole},
		{"-1", 0, 100000, 0, InputNegative},
		{"1,0", 0, 100000, 0, InputBadSeparator},
	} {
		n, p := ParseWhole(c.text, c.min, c.max)
		if n != c.n || p != c.problem {
			t.Errorf("ParseWhole(%q) = %d, %d; want %d, %d", c.text, n, p, c.n, c.problem)
		}
	}
}

func TestFormKeepsTextAndMarksProblems(t *testing.T) {
	f := NewForm()
	f.SetText("rd.thisYear", "1,200")
	f.SetText("rd.revenue", "abc")
	if got := f.Answers.RD.ThisYear.String(); got != "12000000" {
		t.Errorf("thisYear %s", got)
	}
	if f.Text("rd.revenue") != "abc" || f.Problem("rd.revenue") != InputNotNumber || !f.Answers.RD.Revenue.IsZero() {
		t.Errorf("bad text not kept and marked: %q %d", f.Text("rd.revenue"), f.Problem("rd.revenue"))
	}
	f.SetText("rd.revenue", "20000")
	if f.HasProblems() {
		t.Error("problem not cleared once mended")
	}
	f.SetUnit(Yuan)
	if f.Text("rd.thisYear") != "12000000" || f.Answers.RD.ThisYear.String() != "12000000" {
		t.Errorf("unit switch: %q", f.Text("rd.thisYear"))
	}
	f.SetEnum("orgType", "enterprise")
	f.SetEnum("hte", "bogus")
	f.SetMember("newPlatforms", "region_key_lab", true)
	f.SetMember("newPlatforms", "national_key_lab", true)
	f.SetMember("newPlatforms", "region_key_lab", false)
	f.SetBool("inZone", true)
	f.SetText("cultivated.hte", "3")
	want := `{"inZone":true,"orgType":"enterprise","newPlatforms":["national_key_lab"],"rd":{"thisYear":"12000000","revenue":"200000000"},"cultivated":{"hte":3}}`
	if got := string(rules.Encode(f.Answers)); got != want {
		t.Errorf("answers %s\nwant    %s", got, want)
	}
	f.Clear()
	if string(rules.Encode(f.Answers)) != "{}" || f.Text("rd.thisYear") != "" || f.Unit != Yuan {
		t.Error("Clear left something behind")
	}
}

func TestFormLoad(t *testing.T) {
	a, err := rules.Decode([]byte(`{"rd":{"thisYear":"12000000"},"pilotPlatform":{"year":2},"loanInterest":"300000.5"}`))
	if err != nil {
		t.Fatal(err)
	}
	f := NewForm()
	f.Load(a)
	if f.Text("rd.thisYear") != "1200" || f.Text("pilotPlatform.year") != "2" || f.Text("loanInterest") != "30.00005" {
		t.Errorf("texts %q %q %q", f.Text("rd.thisYear"), f.Text("pilotPlatform.year"), f.Text("loanInterest"))
	}
}
