package app

import (
	"baotou-widget/app/form"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/app/pagecheck"
	"baotou-widget/rules"
	"baotou-widget/rules/examples"
)

// widgetWith is the page with an example's answers ("" for none) in lang.
func widgetWith(t *testing.T, example string, lang rules.Lang) *Widget {
	t.Helper()
	w := NewWidget()
	w.lang = lang
	if example != "" {
		data, err := examples.Answers(example)
		if err != nil {
			t.Fatal(err)
		}
		a, err := rules.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		w.load(a)
	}
	return w
}

// render mounts a widget with an example's answers in a test engine and gives its HTML.
func render(t *testing.T, example string, lang rules.Lang) string {
	t.Helper()
	w := widgetWith(t, example, lang)
	e := app.NewTestEngine()
	if err := e.Load(w); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(w)
}

func TestWidgetHooks(t *testing.T) {
	html := render(t, "magnet-maker", rules.Chinese)
	for _, want := range []string{`data-total="1175000.00"`, `data-total-upto="1285000.00"`, `data-total-competitive="3000000.00"`,
		`data-lang="zh"`, `data-item="m6.rd_growth"`, `data-amount="45000.00"`, `data-action="clear"`, `data-q="openCall.field"`,
		`data-q="rd.thisYear"`, `data-unit="wan"`, `value="1200"`, "117.5 万元", "¥1,175,000.00", "即 1,200 万元（¥12,000,000）"} {
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
	if !strings.Contains(html, `inert`) {
		t.Error("the prerendered questions are not inert before the program runs")
	}
}

// TestGroups: each item stands in the one group its result puts it in.
func TestGroups(t *testing.T) {
	html := render(t, "magnet-maker", rules.Chinese)
	group := func(class string) string {
		i := strings.Index(html, `class="group `+class+`"`)
		if i < 0 {
			t.Fatalf("no group %s", class)
		}
		j := strings.Index(html[i+1:], `class="group `)
		if j < 0 {
			return html[i:]
		}
		return html[i : i+1+j]
	}
	for _, c := range []struct{ class, has, hasNot string }{
		{"earned", `data-item="m6.rd_growth"`, `data-item="m1.open_call"`},
		{"competitive", `data-item="m1.open_call"`, `data-item="m6.rd_growth"`},
		{"competitive", "可申报 · 若入选最高 300 万元", "✓ 符合"},
		{"missed", `data-item="m8.incubator_rating"`, `data-item="m1.open_call"`},
	} {
		g := group(c.class)
		if !strings.Contains(g, c.has) || strings.Contains(g, c.hasNot) {
			t.Errorf("group %s: has %q %v, has %q %v", c.class, c.has, strings.Contains(g, c.has), c.hasNot, strings.Contains(g, c.hasNot))
		}
	}
	w := widgetWith(t, "magnet-maker", rules.Chinese)
	w.form.SetText("rd.thisYear", "1000")
	w.assess()
	near := app.HTMLString(w)
	if i := strings.Index(near, `class="group near"`); i < 0 || !strings.Contains(near[i:], "今年研发费用达到 1,150 万元，即再增加 150 万元，即可获得本项") {
		t.Error("the hint of an item a number stands between is not shown in its own group")
	}
	// A hint that would start R&D from nothing is no "差一点可获得": the item stays with the
	// items not earned.
	w.form.SetText("rd.thisYear", "")
	w.assess()
	html = app.HTMLString(w)
	if g := group("missed"); !strings.Contains(g, `data-item="m6.rd_growth"`) {
		t.Error("growth from no R&D at all is not among the items not earned")
	}
}

// TestEveryInputLabelled: each input's id is some label's for.
func TestEveryInputLabelled(t *testing.T) {
	html := render(t, "pilot-plant", rules.English)
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
		if !strings.Contains(html, `for="`+id[1]+`"`) && !strings.Contains(tag, "aria-label=") && !strings.Contains(tag, `aria-hidden="true"`) {
			t.Errorf("input %s has no label", id[1])
		}
	}
	// Every amount's unit is in its description, not hidden from screen readers.
	for _, tag := range tags {
		if strings.Contains(tag, "data-unit=") && !regexp.MustCompile(`aria-describedby="q-[a-zA-Z-]+-unit `).MatchString(tag) {
			t.Errorf("amount without its unit in its description: %s", tag)
		}
	}
}

// TestLeadQuestions: details appear only when their lead question says they apply, and a
// card only enterprises can earn asks nothing of another organisation.
func TestLeadQuestions(t *testing.T) {
	empty := render(t, "", rules.Chinese)
	for _, hidden := range []string{"openCall.field", "breakthrough.requested", "pilotPlatform.year", "rd.thisYear", "aboveScaleIndustrial", "incubatorRating", "cultivated.hte"} {
		if strings.Contains(empty, `data-q="`+hidden+`"`) {
			t.Errorf("%s asked before its lead question", hidden)
		}
	}
	full := render(t, "pilot-plant", rules.Chinese)
	for _, shown := range []string{"pilotPlatform.year", "rd.thisYear", "aboveScaleIndustrial"} {
		if !strings.Contains(full, `data-q="`+shown+`"`) {
			t.Errorf("%s not asked once its lead question says yes", shown)
		}
	}
	incubator := render(t, "incubator-operator", rules.Chinese)
	if !strings.Contains(incubator, `data-q="cultivated.hte"`) {
		t.Error("an incubator's answers do not open clause 八")
	}
	institute := render(t, "research-institute-outside", rules.Chinese)
	if n := strings.Count(institute, zh.EnterpriseOnly); n != 4 {
		t.Errorf("%d enterprise-only cards fold for a research institute, want 4 (三 五 六 七)", n)
	}
	if strings.Contains(institute, `data-q="techSME"`) {
		t.Error("clause 五 asks a research institute")
	}
}

// TestIncubatorAside: closing 八's lead question takes its answers out of the
// assessment; opening it again gives them back.
func TestIncubatorAside(t *testing.T) {
	w := widgetWith(t, "incubator-operator", rules.Chinese)
	before := w.assessment.Total
	w.aside = w.form.PutAside(form.IncubatorFields)
	w.assess()
	if w.form.IsIncubator() || !w.assessment.Total.IsZero() {
		t.Errorf("answers aside still count: total %s", w.assessment.Total)
	}
	w.form.TakeBack(form.IncubatorFields, w.aside)
	w.assess()
	if !w.assessment.Total.Equal(before) || w.form.Text("cultivated.hte") == "" {
		t.Errorf("answers not given back: total %s, want %s", w.assessment.Total, before)
	}
}

// TestCatalogsComplete: every text exists in both languages and every {name} a text
// holds is filled where it is used.
func TestCatalogsComplete(t *testing.T) {
	for lang, c := range map[rules.Lang]*Catalog{rules.Chinese: &zh, rules.English: &en} {
		v := reflect.ValueOf(*c)
		for i := 0; i < v.NumField(); i++ {
			name := v.Type().Field(i).Name
			f := v.Field(i)
			empty := f.Kind() == reflect.String && f.String() == ""
			if f.Kind() == reflect.Array && f.Type().Elem().Kind() == reflect.String {
				for j := 0; j < f.Len(); j++ {
					// Arrays indexed by a kind leave the "none" kind empty.
					empty = empty || (j > 0 && f.Index(j).String() == "")
				}
			}
			if empty && !(lang == rules.Chinese && name == "ClauseEnglish") {
				t.Errorf("%s: %s is empty", lang, name)
			}
		}
		for _, f := range rules.Fields {
			if rules.Question(lang, f.Path) == "" {
				t.Errorf("%s: no question for %s", lang, f.Path)
			}
		}
		for n := 1; n <= 8; n++ {
			if rules.MeasureTitle(lang, n) == "" || c.MeasureSummaries[n] == "" {
				t.Errorf("%s: measure %d has no heading", lang, n)
			}
		}
		for i, p := range briefPersonas {
			if c.Personas[i].Name == "" || c.Personas[i].About == "" {
				t.Errorf("%s: persona %s has no words", lang, p)
			}
		}
	}
	if len(zh.Help) != len(en.Help) || len(zh.Notice) != len(en.Notice) || len(zh.DataWhere) != len(en.DataWhere) {
		t.Error("help or notice lines differ in number between languages")
	}
}

// TestEveryTextReads renders every state a person can reach, for every example, in both
// languages: the page, each result row folded and open with its clause, the printed page,
// each step of the briefing and the officers' page; and refuses what a reader would
// stumble on (see pagecheck.Page).
func TestEveryTextReads(t *testing.T) {
	for _, name := range examples.Names() {
		for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
			where := name + " " + string(lang)
			pagecheck.Page(t, where+" page", lang, render(t, name, lang))
			w := widgetWith(t, name, lang)
			r := &resultsView{live: livePart(w, "")}
			r.update(&w.assessment, lang)
			for i := range r.rows {
				for _, open := range []bool{false, true} {
					row := &resultRow{Version: r.rows[i].version, panel: r, index: i, open: open, clause: open}
					pagecheck.Page(t, where+" row "+string(r.rows[i].item.ID), lang, app.HTMLString(row))
				}
			}
			w.name = "包头某磁材有限公司"
			pagecheck.Page(t, where+" print", lang, app.HTMLString(w.printHead())+app.HTMLString(w.printFoot()))
			if !slices.Contains(briefPersonas[:], name) {
				continue
			}
			b := NewBrief()
			b.lang = lang
			b.pick(name)
			for b.step = 0; b.step <= briefSteps; b.step++ {
				pagecheck.Page(t, where+" brief step "+string(rune('0'+b.step)), lang, app.HTMLString(b))
			}
		}
	}
	for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
		o := NewOfficers()
		o.lang = lang
		pagecheck.Page(t, "officers "+string(lang), lang, app.HTMLString(o))
	}
}

// TestPrintedPage: the printed page names the organisation once and shows the figures
// entered and what the department will check beside the items they shaped (the link and its QR code are drawn as the browser
// prints, and tested there).
func TestPrintedPage(t *testing.T) {
	w := widgetWith(t, "magnet-maker", rules.Chinese)
	w.name = "包头某磁材有限公司"
	html := render(t, "magnet-maker", rules.Chinese) + app.HTMLString(w.printHead())
	for _, want := range []string{"包头某磁材有限公司 · 自评结果", "金额依据的数字：今年研发费用 1,200 万元 · 上年研发费用 1,050 万元", "科技部门将核查：第六条", `id="print-back"`, "117.5 万元", "所依据的解读"} {
		if !strings.Contains(html, want) {
			t.Errorf("printed page lacks %q", want)
		}
	}
	if strings.Contains(html, "自评 · 自评结果") {
		t.Error("printed page repeats its title")
	}
}

// TestProblemInWords: a refused file is explained in the questionnaire's words, with the
// answers a choice allows.
func TestProblemInWords(t *testing.T) {
	_, err := rules.Decode([]byte(`{"orgType":"company"}`))
	for lang, want := range map[rules.Lang]string{
		rules.Chinese: `“机构类型”一项的值 "company" 不是可选的值（可选：企业 / 科研院所 / 高校 / 其他）`,
		rules.English: `the question "Kind of organisation" has "company": not one of the allowed values (allowed: enterprise / research institute / university / other)`,
	} {
		if got := problemText(lang, err); got != want {
			t.Errorf("%s: %q\nwant %q", lang, got, want)
		}
	}
	_, err = rules.Decode([]byte(`{"colour":"red"}`))
	if got := problemText(rules.English, err); got != "colour: unknown field" {
		t.Errorf("unknown field: %q", got)
	}
}
