package rules

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// expected is the part of an assessment the example pairs fix.
type expected struct {
	Items []struct {
		ID       ItemID `json:"id"`
		Eligible bool   `json:"eligible"`
		Basis    Basis  `json:"basis"`
		Amount   string `json:"amount"`
	} `json:"items"`
	Total            string `json:"total"`
	TotalUpTo        string `json:"totalUpTo"`
	TotalCompetitive string `json:"totalCompetitive"`
}

// TestExamples checks every answers/expected pair in examples/: the spec's public
// examples and the personas added beside them.
func TestExamples(t *testing.T) {
	answers, _ := filepath.Glob("examples/*.answers.json")
	if len(answers) < 4 {
		t.Fatalf("found %d example pairs, want the spec's four and more", len(answers))
	}
	for _, path := range answers {
		name := strings.TrimSuffix(filepath.Base(path), ".answers.json")
		t.Run(name, func(t *testing.T) {
			a, err := Decode(readFile(t, path))
			if err != nil {
				t.Fatal(err)
			}
			var want expected
			if err := json.Unmarshal(readFile(t, strings.Replace(path, ".answers.", ".expected.", 1)), &want); err != nil {
				t.Fatal(err)
			}
			s := Assess(a)
			got := s.Report(Chinese)
			if len(got.Items) != len(want.Items) {
				t.Fatalf("%d items, want %d", len(got.Items), len(want.Items))
			}
			for i, w := range want.Items {
				g := got.Items[i]
				if g.ID != w.ID || g.Eligible != w.Eligible || g.Basis != w.Basis || g.Amount != w.Amount {
					t.Errorf("item %d: got %s %v %s %s, want %s %v %s %s\n%s", i, g.ID, g.Eligible, g.Basis, g.Amount, w.ID, w.Eligible, w.Basis, w.Amount, strings.Join(g.Reasons, "\n"))
				}
			}
			if got.Total != want.Total || got.TotalUpTo != want.TotalUpTo || got.TotalCompetitive != want.TotalCompetitive {
				t.Errorf("totals %s / %s / %s, want %s / %s / %s", got.Total, got.TotalUpTo, got.TotalCompetitive, want.Total, want.TotalUpTo, want.TotalCompetitive)
			}
		})
	}
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
