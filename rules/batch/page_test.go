package batch

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baotou-widget/app/pagecheck"
	"baotou-widget/rules"
)

// pageForecast is the examples' forecast with an organisation whose name is markup, one
// without a name, and enough others for a second page of the table.
func pageForecast(t *testing.T) *Forecast {
	t.Helper()
	rows, err := readRows(readFile(t, "forecast.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows = append(rows, Row{Line: 100, Name: `<b>&"`, Answers: rows[0].Answers}, Row{Line: 101})
	for i := 0; len(rows) <= orgsPerPage; i++ {
		rows = append(rows, Row{Line: 102 + i, Name: "包头某企业 " + strconv.Itoa(i)})
	}
	return Assess(rows, nil)
}

// badFile has a row whose cells are wrong, one of them markup, under Chinese headers.
const badFile = "企业名称,今年研发费用（万元）,机构类型\n" +
	"好企业,1200,企业\n" +
	"\"<b>&\"\"\",1,\"<b>&\"\"\"\n" +
	"坏企业,一百,公司\n"

// TestPageReads: the forecast and the bad rows as the worker draws them for the page, in
// both languages and in each state the page reaches (downloads coming and there, sorted,
// on the second page, a search that finds nothing), read as the questionnaire's pages
// are (pagecheck.Page): no unfilled figure, and in English no 万, no full-width
// punctuation, and Chinese only where it is marked as Chinese.
func TestPageReads(t *testing.T) {
	f := pageForecast(t)
	_, err := Read([]byte(badFile), nil)
	errs, ok := err.(Errors)
	if !ok {
		t.Fatalf("the bad file reads with %v", err)
	}
	for _, lang := range langs {
		v := NewView(f, Source{}, lang)
		pagecheck.Page(t, string(lang)+" forecast", lang, v.HTML())
		v.Files = [2]string{"blob:http://x/1", "blob:http://x/2"}
		pagecheck.Page(t, string(lang)+" downloads", lang, v.DownloadsHTML())
		v.Sort(2)
		v.Step(1)
		pagecheck.Page(t, string(lang)+" sorted, second page", lang, v.ShowingHTML()+v.OrgsHTML())
		v.Search("没有这家")
		pagecheck.Page(t, string(lang)+" nothing found", lang, v.ShowingHTML()+v.OrgsHTML())
		pagecheck.Page(t, string(lang)+" bad rows", lang, errs.HTML(lang))
	}
}

// TestPageEscapes: what a file says is text on the page, never markup, in the table and
// its hooks and in the bad rows.
func TestPageEscapes(t *testing.T) {
	f := pageForecast(t)
	_, err := Read([]byte(badFile), nil)
	for _, lang := range langs {
		for where, page := range map[string]string{"forecast": NewView(f, Source{}, lang).HTML(), "bad rows": err.(Errors).HTML(lang)} {
			if strings.Contains(page, `<b>`) || !strings.Contains(page, `&lt;b&gt;&amp;&#34;`) {
				t.Errorf("%s %s: the name <b>&\" is not escaped", lang, where)
			}
		}
	}
}

var (
	hook       = regexp.MustCompile(`(data-[a-z-]+)="([^"]*)"`)
	tableParts = regexp.MustCompile(`<table[^>]*><caption[^>]*>[^<]+`)
)

// hooks reads every hook of the page: data-… attributes by name, each value in order.
func hooks(page string) map[string][]string {
	out := map[string][]string{}
	for _, m := range hook.FindAllStringSubmatch(page, -1) {
		out[m[1]] = append(out[m[1]], m[2])
	}
	return out
}

// TestPageView: the forecast carries the hooks of the shared spec with the forecast's
// figures; its tables have a caption and headers with a scope; the organisations sort
// (the header saying how, to a screen reader too), page and search as the page asks.
func TestPageView(t *testing.T) {
	f := pageForecast(t)
	v := NewView(f, Source{}, rules.Chinese)
	page := v.HTML()
	h := hooks(page)
	for name, want := range map[string]string{
		"data-batch-rows": strconv.Itoa(len(f.Orgs)), "data-batch-total": f.Total.Exact.String(),
		"data-batch-total-upto": f.Total.UpTo.String(), "data-batch-total-competitive": f.Total.Competitive.String(),
	} {
		if got := h[name]; len(got) != 1 || got[0] != want {
			t.Errorf("%s: %v, want %s", name, got, want)
		}
	}
	if n := len(h["data-batch-item"]); n != len(rules.ItemIDs()) {
		t.Errorf("%d items in the summary, want %d", n, len(rules.ItemIDs()))
	}
	if n := len(h["data-batch-org"]); n != orgsPerPage {
		t.Errorf("%d organisations on the first page, want %d", n, orgsPerPage)
	}
	if n := len(tableParts.FindAllString(page, -1)); n != 2 || strings.Count(page, "<table") != 2 {
		t.Errorf("%d of the tables have a caption, want both", n)
	}
	if strings.Contains(page, "<th>") || strings.Contains(page, `<th class`) {
		t.Error("a table header without a scope")
	}
	if h["data-batch-download"] != nil || !strings.Contains(page, pageZh.preparing) {
		t.Error("the downloads are offered before they are written")
	}

	v.Press("batch-sort-2") // the exact total: largest first
	orgs := hooks(v.OrgsHTML())
	if first := orgs["data-org-total"][0]; first != maxTotal(f).String() {
		t.Errorf("sorted by the exact total, %s comes first, want %s", first, maxTotal(f))
	}
	if !strings.Contains(v.OrgsHTML(), `aria-sort="descending"><button type="button" id="batch-sort-2">`) {
		t.Error("the sorted column does not say so")
	}
	v.Press("batch-sort-2")
	if !strings.Contains(v.OrgsHTML(), `aria-sort="ascending"><button type="button" id="batch-sort-2">`) {
		t.Error("sorting again does not sort the other way")
	}

	v.Press("batch-sort-0")
	v.Press("batch-page-prev")
	if !strings.Contains(v.OrgsHTML(), `id="batch-page-prev" aria-disabled="true"`) || strings.Contains(v.OrgsHTML(), `id="batch-page-next" aria-disabled`) {
		t.Error("on the first page, only the previous page's button is disabled")
	}
	v.Press("batch-page-next")
	v.Press("batch-page-next")
	if n := len(hooks(v.OrgsHTML())["data-batch-org"]); n != len(f.Orgs)-orgsPerPage {
		t.Errorf("%d organisations on the last page, want %d", n, len(f.Orgs)-orgsPerPage)
	}
	if want := "第 51–" + strconv.Itoa(len(f.Orgs)) + " 家，共 " + strconv.Itoa(len(f.Orgs)) + " 家"; v.ShowingHTML() != want {
		t.Errorf("the last page says %q, want %q", v.ShowingHTML(), want)
	}

	v.Search(" 孵化器 ")
	if names := hooks(v.OrgsHTML())["data-org-name"]; !reflect.DeepEqual(names, []string{"孵化器运营机构"}) {
		t.Errorf("searching 孵化器 finds %v", names)
	}
	if strings.Contains(v.OrgsHTML(), `class="pager"`) {
		t.Error("one organisation found, and pages to turn")
	}
}

func maxTotal(f *Forecast) Cents {
	var most Cents
	for _, o := range f.Orgs {
		most = max(most, o.Total)
	}
	return most
}

// TestPageWordsComplete: every word of the page exists in both languages, with the same
// figures to fill.
func TestPageWordsComplete(t *testing.T) {
	verb := regexp.MustCompile(`%[sd]`)
	zh, en := reflect.ValueOf(pageZh), reflect.ValueOf(pageEn)
	for i := 0; i < zh.NumField(); i++ {
		name := zh.Type().Field(i).Name
		z, e := zh.Field(i), en.Field(i)
		if z.Kind() == reflect.Array {
			for j := 0; j < z.Len(); j++ {
				if z.Index(j).String() == "" || e.Index(j).String() == "" {
					t.Errorf("%s[%d] is empty in a language", name, j)
				}
			}
			continue
		}
		if z.String() == "" || e.String() == "" {
			t.Errorf("%s is empty in a language", name)
		}
		if a, b := verb.FindAllString(z.String(), -1), verb.FindAllString(e.String(), -1); !reflect.DeepEqual(a, b) {
			t.Errorf("%s fills %v in Chinese, %v in English", name, a, b)
		}
	}
}
