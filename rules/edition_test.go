package rules_test

import (
	"encoding/json"
	"strings"
	"testing"

	"baotou-widget/rules"
	"baotou-widget/rules/editiontest"
	"baotou-widget/rules/examples"
)

// TestEditionIsOnePlace: with every figure of the edition moved, no text of the rules'
// catalogs and no result of an example names a figure of the real edition (the catalogs
// state figures only through Edition.Fill, and Assess takes them from the edition), and
// the results name the moved edition's figures instead.
func TestEditionIsOnePlace(t *testing.T) {
	real, moved := rules.Current, editiontest.Moved()
	find := editiontest.NewFinder(real)
	rules.Current = moved
	t.Cleanup(func() { rules.Current = real })
	for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
		for _, text := range rules.CatalogTexts(lang) {
			for _, f := range find.Find(text) {
				t.Errorf("%s catalog: %s", lang, f)
			}
			if strings.Contains(text, "{M") || strings.Contains(text, "{V") {
				t.Errorf("%s catalog: a figure the edition does not have: %q", lang, text)
			}
		}
	}
	for _, name := range examples.Names() {
		data, err := examples.Answers(name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := rules.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		s := rules.Assess(a)
		report, err := json.Marshal([]rules.Report{s.Report(rules.Chinese), s.Report(rules.English)})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range editiontest.NewFinder(real, editiontest.Amounts(a)...).Find(string(report)) {
			t.Errorf("%s: %s", name, f)
		}
		if name != "empty" && editiontest.NewFinder(moved, editiontest.Amounts(a)...).Find(string(report)) == nil {
			t.Errorf("%s: the results name no figure of the moved edition", name)
		}
	}
}
