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

func TestFormHoldsAFigureStillBeingTyped(t *testing.T) {
	f := New()
	f.SetText("rd.thisYear", "1500")
	f.SetText("rd.thisYear", "1500.")
	if f.Problem("rd.thisYear") != input.OK || f.Answers.RD.ThisYear.String() != "15000000" {
		t.Errorf("while typing: problem %d, figure %s", f.Problem("rd.thisYear"), f.Answers.RD.ThisYear)
	}
	if f.Leave("rd.revenue") {
		t.Error("leaving a field that holds nothing unfinished changed it")
	}
	f.SetText("rd.thisYear", "1500.5")
	if f.Leave("rd.thisYear") || f.Answers.RD.ThisYear.String() != "15005000" {
		t.Errorf("a finished figure: %s", f.Answers.RD.ThisYear)
	}
	f.SetText("rd.thisYear", "1500.")
	if !f.Leave("rd.thisYear") || f.Problem("rd.thisYear") != input.NotNumber || !f.Answers.RD.ThisYear.IsZero() || f.Text("rd.thisYear") != "1500." {
		t.Errorf("left unfinished: problem %d, figure %s, text %q", f.Problem("rd.thisYear"), f.Answers.RD.ThisYear, f.Text("rd.thisYear"))
	}
	f.SetText("cultivated.hte", "1,")
	if f.Problem("cultivated.hte") != input.OK || !f.Leave("cultivated.hte") || f.Problem("cultivated.hte") != input.BadSeparator {
		t.Errorf("a count left unfinished: problem %d", f.Problem("cultivated.hte"))
	}
}

func TestFormChecksAndFixes(t *testing.T) {
	f := New()
	f.SetText("rd.revenue", "3.2亿")
	f.SetText("rd.thisYear", "15000000")
	f.SetText("loanInterest", "50")
	if got := f.Checks(); len(got) != 1 || got[0] != "rd.thisYear" || f.UnitNote("rd.thisYear") != NoteTooBigInWan {
		t.Fatalf("checks %v", got)
	}
	v, ok := f.Fix("rd.thisYear")
	if !ok || v.String() != "15000000" {
		t.Fatalf("fix %s %v", v, ok)
	}
	f.SetAmount("rd.thisYear", v)
	if f.Text("rd.thisYear") != "1500" || len(f.Checks()) != 0 {
		t.Errorf("after the fix: text %q, checks %v", f.Text("rd.thisYear"), f.Checks())
	}
	// R&D above revenue: a note, and no guess at the figure meant.
	f.SetText("rd.thisYear", "40000")
	if got := f.Checks(); len(got) != 1 || f.UnitNote("rd.thisYear") != NoteAboveRevenue {
		t.Errorf("R&D above revenue: checks %v, note %d", got, f.UnitNote("rd.thisYear"))
	}
	if _, ok := f.Fix("rd.thisYear"); ok {
		t.Error("a fix offered for R&D above revenue")
	}
	f.SetText("rd.thisYear", "15000000.123")
	if _, ok := f.Fix("rd.thisYear"); ok {
		t.Error("a fix offered that is finer than the fen")
	}
}
