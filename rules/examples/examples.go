// Package examples holds example organisations as answers/expected pairs: the spec's
// public examples and the personas added beside them. The rules' tests check every pair;
// the widget's briefing mode shows the personas. Adding a pair takes NAME.answers.json in
// the answers contract, NAME.expected.json with the items, amounts and totals it must give
// (the tests read those from this folder), and a line in the list below, which a test
// asks for.
package examples

import (
	_ "embed"
	"errors"
)

// Only the answers are part of the program: the briefing shows them, and the expected
// results are the tests' business. Each is embedded as a string: an embed.FS would bring
// its file system (8 KB of WebAssembly) for seven small files.
var (
	//go:embed alloy-works.answers.json
	alloyWorks string
	//go:embed empty.answers.json
	empty string
	//go:embed incubator-operator.answers.json
	incubatorOperator string
	//go:embed magnet-maker.answers.json
	magnetMaker string
	//go:embed pilot-plant.answers.json
	pilotPlant string
	//go:embed research-institute-outside.answers.json
	researchInstituteOutside string
	//go:embed unicorn-startup.answers.json
	unicornStartup string
)

// all lists the examples in alphabetical order.
var all = []struct{ name, answers string }{
	{"alloy-works", alloyWorks},
	{"empty", empty},
	{"incubator-operator", incubatorOperator},
	{"magnet-maker", magnetMaker},
	{"pilot-plant", pilotPlant},
	{"research-institute-outside", researchInstituteOutside},
	{"unicorn-startup", unicornStartup},
}

// Answers gives the answers of the example called name.
func Answers(name string) ([]byte, error) {
	for _, e := range all {
		if e.name == name {
			return []byte(e.answers), nil
		}
	}
	return nil, errors.New("no example called " + name)
}

// Names lists every example, in alphabetical order.
func Names() []string {
	names := make([]string, len(all))
	for i, e := range all {
		names[i] = e.name
	}
	return names
}
