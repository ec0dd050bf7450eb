package rules

import (
	"slices"
	"strings"
)

// Report is an assessment as the contract's JSON writes it, in one language.
type Report struct {
	Items            []ItemReport `json:"items"`
	Total            string       `json:"total"`
	TotalUpTo        string       `json:"totalUpTo"`
	TotalCompetitive string       `json:"totalCompetitive"`
}

// ItemReport is one item of a Report.
type ItemReport struct {
	ID       ItemID   `json:"id"`
	Measure  int      `json:"measure"`
	Clause   string   `json:"clause"`
	Title    string   `json:"title"`
	Eligible bool     `json:"eligible"`
	Basis    Basis    `json:"basis"`
	Amount   string   `json:"amount"`
	Reasons  []string `json:"reasons"`
	Reading  string   `json:"reading,omitempty"`
	Hint     string   `json:"hint,omitempty"`
}

// Report renders the assessment in lang: amounts with exactly two decimals, each reason
// led by its mark (✓ met, ✗ not met, · note).
func (s *Assessment) Report(lang Lang) Report {
	r := Report{
		Items:            make([]ItemReport, len(s.Items)),
		Total:            s.Total.StringFixed(2),
		TotalUpTo:        s.TotalUpTo.StringFixed(2),
		TotalCompetitive: s.TotalCompetitive.StringFixed(2),
	}
	for i := range s.Items {
		it := &s.Items[i]
		out := ItemReport{
			ID:       it.ID,
			Measure:  it.Measure,
			Clause:   ClauseNumeral(it.Measure),
			Title:    Title(lang, it.ID),
			Eligible: it.Eligible,
			Basis:    it.Basis,
			Amount:   it.Amount.StringFixed(2),
			Reasons:  make([]string, len(it.Reasons)),
			Reading:  it.ReadingText(lang),
		}
		for j, reason := range it.Reasons {
			out.Reasons[j] = MarkText(reason.Mark) + " " + reason.Text(lang)
		}
		if it.Hint != nil {
			out.Hint = it.Hint.Text(lang)
		}
		r.Items[i] = out
	}
	return r
}

// ReadingText gives the readings that shaped the item, each the part that concerns it, one
// a line, and the note that the department interprets the policy; empty when none did.
func (it *Item) ReadingText(lang Lang) string {
	if len(it.Readings) == 0 {
		return ""
	}
	parts := make([]string, 0, len(it.Readings)+1)
	for _, n := range it.SortedReadings() {
		parts = append(parts, ReadingText(lang, n, it.ID))
	}
	return strings.Join(append(parts, FinalSay(lang)), "\n")
}

// SortedReadings lists the item's readings in the order of spec/rules.md.
func (it *Item) SortedReadings() []int {
	ns := append([]int(nil), it.Readings...)
	slices.Sort(ns)
	return ns
}
