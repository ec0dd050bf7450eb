package app

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// render mounts a widget with answers in a test engine and gives its HTML.
func render(t *testing.T, answersFile string, lang rules.Lang) string {
	t.Helper()
	w := NewWidget()
	if answersFile != "" {
		data, err := os.ReadFile("../rules/examples/" + answersFile)
		if err != nil {
			t.Fatal(err)
		}
		a, err := rules.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		w.form.Load(a)
		w.assess()
	}
	w.lang = lang
	e := app.NewTestEngine()
	if err := e.Load(w); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(w)
}

func TestWidgetHooks(t *testing.T) {
	html := render(t, "magnet-maker.answers.json", rules.Chinese)
	for _, want := range []string{`data-total="1175000.00"`, `data-total-upto="1285000.00"`, `data-lang="zh"`,
		`data-item="m6.rd_growth"`, `data-amount="45000.00"`, `data-action="clear"`, `data-q="openCall.field"`,
		`data-q="rd.thisYear"`, `data-unit="wan"`, `value="1200"`, "117.5 万元", "¥1,175,000.00"} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if n := strings.Count(html, "data-item="); n != 21 {
		t.Errorf("%d result rows, want 21", n)
	}
	if strings.Contains(html, "data-ready") {
		t.Error("data-ready before the program mounted in a browser")
	}
}

// TestEveryInputLabelled: each input's id is some label's for.
func TestEveryInputLabelled(t *testing.T) {
	html := render(t, "pilot-plant.answers.json", rules.English)
	tags := regexp.MustCompile(`<(?:input|select)[^>]*>`).FindAllString(html, -1)
	if len(tags) < 30 {
		t.Fatalf("only %d inputs", len(tags))
	}
	idOf := regexp.MustCompile(` id="([^"]+)"`)
	for _, tag := range tags {
		id := idOf.FindStringSubmatch(tag)
		if id == nil {
			t.Errorf("input without id: %s", tag)
			continue
		}
		if !strings.Contains(html, `for="`+id[1]+`"`) && !strings.Contains(tag, "aria-label=") {
			t.Errorf("input %s has no label", id[1])
		}
	}
}

// TestLeadQuestions: details appear only when their lead question says they apply.
func TestLeadQuestions(t *testing.T) {
	empty := render(t, "", rules.Chinese)
	for _, hidden := range []string{"openCall.field", "breakthrough.requested", "pilotPlatform.year", "rd.thisYear", "aboveScaleIndustrial"} {
		if strings.Contains(empty, `data-q="`+hidden+`"`) {
			t.Errorf("%s asked before its lead question", hidden)
		}
	}
	full := render(t, "pilot-plant.answers.json", rules.Chinese)
	for _, shown := range []string{"pilotPlatform.year", "rd.thisYear", "aboveScaleIndustrial"} {
		if !strings.Contains(full, `data-q="`+shown+`"`) {
			t.Errorf("%s not asked once its lead question says yes", shown)
		}
	}
}

func TestEnglishPage(t *testing.T) {
	html := render(t, "magnet-maker.answers.json", rules.English)
	for _, want := range []string{"What you can expect", "R&amp;D growth subsidy", "Clause 六 text", "not a decision"} {
		if !strings.Contains(html, want) {
			t.Errorf("English page lacks %q", want)
		}
	}
}

// TestCatalogsComplete: every sentence exists in both languages, and every answer field
// has its question.
func TestCatalogsComplete(t *testing.T) {
	for lang, c := range catalogs {
		v := reflect.ValueOf(*c)
		for i := 0; i < v.NumField(); i++ {
			name := v.Type().Field(i).Name
			if f := v.Field(i); f.Kind() == reflect.String && f.String() == "" && !(lang == rules.Chinese && name == "ClauseEnglish") {
				t.Errorf("%s: %s is empty", lang, name)
			}
		}
		for _, f := range rules.Fields {
			if rules.Question(lang, f.Path) == "" {
				t.Errorf("%s: no question for %s", lang, f.Path)
			}
		}
		for p := InputNotNumber; p <= InputOutOfRange; p++ {
			if c.InputProblems[p] == "" {
				t.Errorf("%s: no text for input problem %d", lang, p)
			}
		}
		for n := 1; n <= 8; n++ {
			if c.Measures[n].Title == "" || c.Measures[n].Summary == "" {
				t.Errorf("%s: measure %d has no heading", lang, n)
			}
		}
		for _, b := range []rules.Basis{rules.Exact, rules.UpTo, rules.Competitive, rules.Unspecified} {
			if c.Basis[b] == "" {
				t.Errorf("%s: no word for basis %s", lang, b)
			}
		}
	}
	if len(zh.Help) != len(en.Help) || len(zh.Notice) != len(en.Notice) || len(zh.DataWhere) != len(en.DataWhere) {
		t.Error("help or notice lines differ in number between languages")
	}
}
