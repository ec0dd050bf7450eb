package rules_test

import (
	"encoding/json"
	"testing"

	"baotou-widget/rules"
	"baotou-widget/rules/editiontest"
)

// TestEditionIsOnePlace: with every figure of the edition moved, no text of the rules'
// catalogs and no result of an example names a figure of the real edition (the catalogs
// state figures only through Edition.Fill, and Assess takes them from the edition), and
// the results name the moved edition's figures instead.
func TestEditionIsOnePlace(t *testing.T) {
	real, moved := editiontest.PutInForce(t)
	find := editiontest.NewFinder(real)
	for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
		for _, text := range rules.CatalogTexts(lang) {
			editiontest.Check(t, string(lang)+" catalog", text, find)
		}
	}
	for name, a := range editiontest.Examples(t) {
		s := rules.Assess(a)
		report, err := json.Marshal([]rules.Report{s.Report(rules.Chinese), s.Report(rules.English)})
		if err != nil {
			t.Fatal(err)
		}
		editiontest.Check(t, name, string(report), editiontest.NewFinder(real, editiontest.Amounts(a)...))
		if name != "empty" && editiontest.NewFinder(moved, editiontest.Amounts(a)...).Find(string(report)) == nil {
			t.Errorf("%s: the results name no figure of the moved edition", name)
		}
	}
}
