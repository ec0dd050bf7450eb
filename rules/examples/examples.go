// Package examples holds example organisations as answers/expected pairs: the spec's
// public examples and the personas added beside them. The rules' tests check every pair;
// the widget's briefing mode shows the personas. Anyone can add a pair without reading Go:
// NAME.answers.json in the answers contract, NAME.expected.json with the items, amounts
// and totals it must give (the tests read those from this folder).
package examples

import (
	"embed"
	"strings"
)

// Only the answers are part of the program: the briefing shows them, and the expected
// results are the tests' business.
//
//go:embed *.answers.json
var files embed.FS

// Answers gives the answers of the example called name.
func Answers(name string) ([]byte, error) { return files.ReadFile(name + ".answers.json") }

// Names lists every example, in alphabetical order.
func Names() []string {
	entries, _ := files.ReadDir(".")
	var names []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".answers.json"); ok {
			names = append(names, name)
		}
	}
	return names
}
