package app

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/batch"
	"baotou-widget/rules/editiontest"
)

// TestEditionIsOnePlace: with every figure of the edition moved, nothing the page shows
// names a figure of the real edition: the questionnaire and results with each example
// (its cards' summaries, clause 六's chart and its tier text, the clauses' text), every
// catalog text, every screen of /brief, the officers' template and a forecast in both
// languages. An organisation's own figures are not the policy's, and are left alone.
func TestEditionIsOnePlace(t *testing.T) {
	answers := editiontest.Examples(t)
	var own []decimal.Decimal // every example's figures, which /brief lists together
	for _, a := range answers {
		own = append(own, editiontest.Amounts(a)...)
	}
	real, moved := editiontest.PutInForce(t)
	// The finders, each made once: of the real edition's figures, and of those not among
	// the examples' own.
	findAll, findOwn := editiontest.NewFinder(real), editiontest.NewFinder(real, own...)
	check := func(where, text string, find *editiontest.Finder) {
		t.Helper()
		editiontest.Check(t, where, text, find)
	}
	// shows checks that text names the moved edition's figures: what is checked follows
	// the edition in force, so that finding nothing of the real one means something.
	shows := func(where, text string) {
		t.Helper()
		if editiontest.NewFinder(moved).Find(text) == nil {
			t.Errorf("%s names no figure of the moved edition", where)
		}
	}
	var rows []batch.Row
	for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
		for _, name := range []string{"magnet-maker", "pilot-plant", "incubator-operator"} {
			a := answers[name]
			html := render(t, name, lang)
			check(string(lang)+" page of "+name, html, editiontest.NewFinder(real, editiontest.Amounts(a)...))
			if name == "magnet-maker" {
				shows(string(lang)+" page of "+name, html)
				if !strings.Contains(html, `class="chart"`) || !strings.Contains(html, "cap-label") {
					t.Errorf("%s page of %s: no chart of 六", lang, name)
				}
			}
		}
		for n := 1; n <= rules.ClauseSupplementary; n++ {
			check(string(lang)+" clause text", app.HTMLString(clauseText(lang, n)), findAll)
		}
		catalogTexts(reflect.ValueOf(*T(lang)), func(s string) { check(string(lang)+" catalog", rules.Current.Fill(lang, s), findOwn) })
		check(string(lang)+" validity", validity(lang, Deployment{}), findAll)

		// Every screen of one example, the totals of each: the screens' texts are the same
		// for all, and each render costs.
		for _, name := range briefPersonas {
			for step := 0; step <= briefSteps; step++ {
				if name != briefPersonas[0] && step != briefSteps {
					continue
				}
				b := NewBrief()
				b.lang = lang
				b.pick(name)
				b.step = step
				e := app.NewTestEngine()
				if err := e.Load(b); err != nil {
					t.Fatal(err)
				}
				e.ConsumeAll()
				check(string(lang)+" /brief of "+name, app.HTMLString(b), findOwn)
			}
		}

		var template bytes.Buffer
		if err := batch.TemplateCSV(&template, lang); err != nil {
			t.Fatal(err)
		}
		check(string(lang)+" template", template.String(), findAll)
		template.Reset()
		if err := batch.TemplateXLSX(&template, lang); err != nil {
			t.Fatal(err)
		}
		check(string(lang)+" template.xlsx", unzipped(t, template.Bytes()), findAll)
	}
	for _, name := range briefPersonas {
		rows = append(rows, batch.Row{Line: len(rows) + 2, Name: name, Answers: answers[name]})
	}
	f := batch.Assess(rows, nil)
	for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
		var out bytes.Buffer
		if err := f.WriteCSV(&out, lang, false); err != nil {
			t.Fatal(err)
		}
		check(string(lang)+" forecast", out.String(), findOwn)
		out.Reset()
		if err := f.WriteXLSX(&out, lang); err != nil {
			t.Fatal(err)
		}
		check(string(lang)+" forecast.xlsx", unzipped(t, out.Bytes()), findOwn)
		v := batch.NewView(f, batch.Source{}, lang)
		check(string(lang)+" forecast page", v.HTML(), findOwn)
		shows(string(lang)+" forecast page", v.HTML())
	}
}

// catalogTexts calls text with every string of a catalog.
func catalogTexts(v reflect.Value, text func(string)) {
	switch v.Kind() {
	case reflect.String:
		text(v.String())
	case reflect.Struct, reflect.Array, reflect.Slice:
		n := v.Len
		if v.Kind() == reflect.Struct {
			n = v.NumField
		}
		for i := 0; i < n(); i++ {
			if v.Kind() == reflect.Struct {
				catalogTexts(v.Field(i), text)
			} else {
				catalogTexts(v.Index(i), text)
			}
		}
	}
}

// unzipped is every file of a workbook, one after another.
func unzipped(t *testing.T, data []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(&b, r)
		r.Close()
	}
	return b.String()
}
