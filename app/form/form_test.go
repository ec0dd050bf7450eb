package form

import (
	"testing"

	"baotou-widget/rules"
	"baotou-widget/rules/input"
)

func TestFormKeepsTextAndMarksProblems(t *testing.T) {
	f := New()
	f.SetText("rd.thisYear", "1,200")
	f.SetText("rd.revenue", "abc")
	if got := f.Answers.RD.ThisYear.String(); got != "12000000" {
		t.Errorf("thisYear %s", got)
	}
	if f.Text("rd.revenue") != "abc" || f.Problem("rd.revenue") != input.NotNumber || !f.Answers.RD.Revenue.IsZero() {
		t.Errorf("bad text not kept and marked: %q %d", f.Text("rd.revenue"), f.Problem("rd.revenue"))
	}
	f.SetText("rd.revenue", "20000")
	if f.HasProblems() {
		t.Error("problem not cleared once mended")
	}
	f.SetUnit(input.Yuan)
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
	if string(rules.Encode(f.Answers)) != "{}" || f.Text("rd.thisYear") != "" || f.Unit != input.Yuan {
		t.Error("Clear left something behind")
	}
}

func TestFormLoad(t *testing.T) {
	a, err := rules.Decode([]byte(`{"rd":{"thisYear":"12000000"},"pilotPlatform":{"year":2},"loanInterest":"300000.5"}`))
	if err != nil {
		t.Fatal(err)
	}
	f := New()
	f.Load(a)
	if f.Text("rd.thisYear") != "1200" || f.Text("pilotPlatform.year") != "2" || f.Text("loanInterest") != "30.00005" {
		t.Errorf("texts %q %q %q", f.Text("rd.thisYear"), f.Text("pilotPlatform.year"), f.Text("loanInterest"))
	}
}
