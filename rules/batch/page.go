package batch

import (
	"fmt"
	gohtml "html"
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// The forecast as the officers' page shows it: the zone's three totals, the downloads, a
// bar chart and a table by measure and item, and every organisation's totals, sortable,
// searchable and paged; or the bad rows of a file. It is written here, as HTML text in
// the page's language, and cmd/batchworker posts it to the page, which puts it in place
// and sends back the clicks and the typing: the questionnaire's WebAssembly, which every
// visitor downloads, carries none of it.

// The parts of the page that the worker fills, by their ids: the page's own container of
// the forecast or the bad rows, and the parts of a forecast that change without the rest,
// so that the search field keeps its focus and what is typed in it while the table changes.
const (
	PartView      = "batch-view"
	PartDownloads = "batch-downloads"
	PartOrgs      = "batch-orgs-part"
	PartShowing   = "batch-showing"
)

// orgsPerPage is how many organisations the table shows at once; the downloads hold all.
const orgsPerPage = 50

// View is a forecast as the page shows it now: in a language, with its downloads, sorted,
// searched and at a page of its organisations.
type View struct {
	Lang  rules.Lang
	Files [2]string // the addresses of the .xlsx and the CSV in Lang; empty while they are written

	forecast *Forecast
	source   Source
	sortKey  int  // orgColumns index; 0 keeps the file's order
	sortDesc bool // largest first
	query    string
	page     int
	shown    []int // the organisations the search finds, in the order sorted
}

// NewView shows a forecast in lang, in the file's order, with where in its file the
// organisations were found.
func NewView(f *Forecast, src Source, lang rules.Lang) *View {
	v := &View{Lang: lang, forecast: f, source: src}
	v.arrange()
	return v
}

// Forecast is the forecast shown.
func (v *View) Forecast() *Forecast { return v.forecast }

// orgColumns are the columns of the organisations' table; each sorts by its key.
var orgColumns = []struct {
	label func(w *pageWords) string
	less  func(a, b *Org) bool
	num   bool
}{
	{func(w *pageWords) string { return w.line }, func(a, b *Org) bool { return a.Line < b.Line }, true},
	{func(w *pageWords) string { return w.name }, func(a, b *Org) bool { return a.Name < b.Name }, false},
	{func(w *pageWords) string { return w.totals[0] }, func(a, b *Org) bool { return a.Total < b.Total }, true},
	{func(w *pageWords) string { return w.totals[1] }, func(a, b *Org) bool { return a.TotalUpTo < b.TotalUpTo }, true},
	{func(w *pageWords) string { return w.totals[2] }, func(a, b *Org) bool { return a.Competitive < b.Competitive }, true},
}

// Sort sorts the organisations by a column of their table; again, the other way. Amounts sort largest first. It shows the first page.
func (v *View) Sort(col int) {
	if col < 0 || col >= len(orgColumns) {
		return
	}
	if col == v.sortKey {
		v.sortDesc = !v.sortDesc
	} else {
		v.sortKey, v.sortDesc = col, orgColumns[col].num && col > 0
	}
	v.page = 0
	v.arrange()
}

// The ids of the view's buttons, which the page sends back when one is pressed (Press),
// and by which it gives the focus back to the one drawn in its place.
const (
	sortID     = "batch-sort-" // and the column's index
	prevPageID = "batch-page-prev"
	nextPageID = "batch-page-next"
)

// Press takes a press of one of the view's buttons, by its id: a column's sort button or
// a page button.
func (v *View) Press(id string) {
	switch id {
	case prevPageID:
		v.Step(-1)
	case nextPageID:
		v.Step(1)
	default:
		if col, ok := strings.CutPrefix(id, sortID); ok {
			n, err := strconv.Atoi(col)
			if err == nil {
				v.Sort(n)
			}
		}
	}
}

// Search keeps the organisations whose name holds q, and shows the first page of them.
func (v *View) Search(q string) {
	v.query, v.page = q, 0
	v.arrange()
}

// Step turns the table's pages by, within those there are.
func (v *View) Step(by int) {
	last := max(len(v.shown)-1, 0) / orgsPerPage
	v.page = min(max(v.page+by, 0), last)
}

// arrange finds and sorts the organisations to show.
func (v *View) arrange() {
	orgs := v.forecast.Orgs
	q := strings.ToLower(strings.TrimSpace(v.query))
	v.shown = v.shown[:0]
	for i := range orgs {
		if q == "" || strings.Contains(strings.ToLower(orgs[i].Name), q) {
			v.shown = append(v.shown, i)
		}
	}
	less := orgColumns[v.sortKey].less
	sort.SliceStable(v.shown, func(i, j int) bool {
		a, b := &orgs[v.shown[i]], &orgs[v.shown[j]]
		if v.sortDesc {
			return less(b, a)
		}
		return less(a, b)
	})
}

func (v *View) words() *pageWords { return catalog(v.Lang).page }

func (v *View) html() *html { return &html{lang: v.Lang} }

// HTML is the forecast: the page's PartView.
func (v *View) HTML() string {
	w, f := v.words(), v.forecast
	h := v.html()
	h.open("section", "class", "card batch-result", "aria-labelledby", "batch-result-title").
		elem("h2", w.resultTitle, "id", "batch-result-title")
	v.sourceNotes(h)
	h.open("div", "class", "totals batch-totals", "data-batch-rows", strconv.Itoa(len(f.Orgs)))
	for i, hook := range []string{"data-batch-total", "data-batch-total-upto", "data-batch-total-competitive"} {
		amount := [3]Cents{f.Total.Exact, f.Total.UpTo, f.Total.Competitive}[i]
		h.open("div", "class", "total", hook, amount.String()).elem("span", w.totals[i], "class", "label").
			elem("span", fmt.Sprintf(w.total, figure(v.Lang, amount)), "class", "big")
		if v.Lang != rules.English { // the large figure is in 万元: the exact one beside it
			h.elem("span", "¥"+rules.FormatYuanFixed(amount.Decimal()), "class", "exact")
		}
		h.close("div")
	}
	h.close("div")
	h.elem("p", fmt.Sprintf(w.orgCount, count(len(f.Orgs)), count(f.Total.Orgs))+" "+w.totalNote, "class", "total-note")
	h.open("p", "class", "downloads", "id", PartDownloads).WriteString(v.DownloadsHTML())
	h.close("p")
	v.chart(h)
	v.summary(h)
	h.elem("h3", w.orgsTitle, "id", "batch-orgs-title")
	h.open("div", "class", "batch-search").elem("label", w.search, "for", "batch-search").
		open("input", "type", "search", "id", "batch-search", "value", v.query, "aria-controls", "batch-orgs", "aria-describedby", PartShowing)
	h.close("div")
	h.open("p", "class", "showing", "id", PartShowing, "role", "status").WriteString(v.ShowingHTML())
	h.close("p")
	h.open("div", "class", "batch-orgs-part", "id", PartOrgs).WriteString(v.OrgsHTML())
	return h.close("div").close("section").String()
}

// sourceNotes says where in the file the organisations were read: the sheet and the
// header row, the sheets passed over, and the columns left out, so that a wrong sheet or
// a misspelt question shows before the totals are trusted.
func (v *View) sourceNotes(h *html) {
	w, src := v.words(), &v.source
	h.open("div", "class", "batch-notes", "data-batch-sheet", src.Sheet, "data-batch-header-line", strconv.Itoa(src.HeaderLine))
	read := fmt.Sprintf(w.headerRow, src.HeaderLine)
	if src.Sheet != "" {
		read = fmt.Sprintf(w.sheetRead, src.Sheet, src.HeaderLine)
	}
	h.elem("p", read)
	if len(src.Skipped) > 0 {
		names := make([]string, len(src.Skipped))
		for i, s := range src.Skipped {
			names[i] = fmt.Sprintf(w.quoted, s.Name)
			if s.Hidden {
				names[i] += w.hidden
			} else {
				names[i] += w.noColumns
			}
		}
		h.elem("p", w.skipped+strings.Join(names, w.listSep), "data-batch-skipped", strconv.Itoa(len(src.Skipped)))
	}
	if len(src.Unused) > 0 {
		h.elem("p", w.unused+strings.Join(src.Unused, w.listSep), "data-batch-unused", strings.Join(src.Unused, "|"))
	}
	h.close("div")
}

// DownloadsHTML is the links to the forecast's files, or, while they are written, a word
// that they are coming: the page's PartDownloads.
func (v *View) DownloadsHTML() string {
	w, h := v.words(), v.html()
	if v.Files[0] == "" {
		return h.text(w.preparing).String()
	}
	h.elem("a", w.downloadXLSX, "href", v.Files[0], "download", w.fileName+".xlsx", "data-batch-download", "xlsx")
	h.elem("a", w.downloadCSV, "href", v.Files[1], "download", w.fileName+".csv", "data-batch-download", "csv")
	return h.String()
}

// The bar chart's box, in SVG units: narrow, so that its words stay legible when a phone
// shrinks it (to some 290 px: the style sheet's 16-unit figures read at 11 px), with room
// on the right for the longest bar's figure.
const barW, barRow, barLabel, barRight = 400.0, 30.0, 30.0, 120.0

// barBaseline is where a row's words stand below its middle: about a third of their size
// (the style sheet's), to centre them on the bar.
const barBaseline = 5.0

// barParts are the classes of a bar's parts, in the order drawn (the style sheet's colours).
var barParts = [3]rules.Basis{rules.Exact, rules.UpTo, rules.Competitive}

// chart draws each measure's sum as one bar: exact amounts, then what the "up to"
// ceilings add, then competitive projects; its description says the figures. SVG's title,
// desc and text hold no markup: their words are escaped, not marked.
func (v *View) chart(h *html) {
	w, sums := v.words(), &v.forecast.Measures
	var most Cents = 1
	for n := 1; n <= 8; n++ {
		most = max(most, sums[n].UpTo+sums[n].Competitive)
	}
	scale := (barW - barLabel - barRight) / float64(most)
	var desc strings.Builder
	h.open("figure", "class", "chart batch-chart-figure")
	fmt.Fprintf(h, `<svg class="batch-chart" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="batch-chart-title batch-chart-desc" xmlns="http://www.w3.org/2000/svg"><title id="batch-chart-title">%s</title>`,
		barW, barRow*8+8, gohtml.EscapeString(w.chartTitle))
	for n := 1; n <= 8; n++ {
		s := sums[n]
		y, x := float64(n-1)*barRow+4, barLabel
		fmt.Fprintf(h, `<text x="%.0f" y="%.1f" class="bar-label" text-anchor="end">%s</text>`, barLabel-8, y+barRow/2+barBaseline, rules.ClauseNo(v.Lang, n))
		for i, part := range [3]Cents{s.Exact, s.UpTo - s.Exact, s.Competitive} {
			if part > 0 {
				wd := max(float64(part)*scale, 1)
				fmt.Fprintf(h, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.0f" class="bar %s"/>`, x, y+4, wd, barRow-10, barParts[i])
				x += wd
			}
		}
		fmt.Fprintf(h, `<text x="%.1f" y="%.1f" class="bar-value">%s</text>`, x+6, y+barRow/2+barBaseline, figure(v.Lang, s.UpTo+s.Competitive))
		fmt.Fprintf(&desc, w.chartDesc+" ", rules.ClauseNo(v.Lang, n), figure(v.Lang, s.Exact), figure(v.Lang, s.UpTo), figure(v.Lang, s.Competitive))
	}
	fmt.Fprintf(h, `<desc id="batch-chart-desc">%s</desc></svg>`, gohtml.EscapeString(strings.TrimSpace(desc.String())))
	h.open("figcaption", "class", "legend")
	for i, b := range barParts {
		h.elem("span", w.legend[i], "class", "key "+string(b))
	}
	h.close("figcaption").close("figure")
}

// summary is the table by measure and item: organisations eligible, and the three sums.
func (v *View) summary(h *html) {
	w, f := v.words(), v.forecast
	h.open("div", "class", "table-wrap").open("table", "class", "batch-summary").elem("caption", w.summaryTitle).open("thead").open("tr")
	for i, head := range []string{w.measureItem, w.orgsEligible, w.totals[0], w.totals[1], w.totals[2]} {
		h.elem("th", head, "scope", "col", when(i > 0, "class"), "num")
	}
	h.close("tr").close("thead").open("tbody")
	row := func(class, hook, key, label string, s Sum) {
		h.open("tr", "class", class, hook, key, "data-orgs", strconv.Itoa(s.Orgs),
			"data-exact", s.Exact.String(), "data-upto", s.UpTo.String(), "data-competitive", s.Competitive.String())
		h.elem("th", label, "scope", "row").elem("td", count(s.Orgs), "class", "num")
		for _, c := range [3]Cents{s.Exact, s.UpTo, s.Competitive} {
			h.elem("td", figure(v.Lang, c), "class", "num")
		}
		h.close("tr")
	}
	ids := rules.ItemIDs()
	for n := 1; n <= 8; n++ {
		row("measure-row", "data-batch-measure", strconv.Itoa(n), rules.ClauseNo(v.Lang, n)+" "+rules.MeasureTitle(v.Lang, n), f.Measures[n])
		for j, id := range ids {
			if measureOf(id) == n {
				row("item-row", "data-batch-item", string(id), rules.Title(v.Lang, id), f.Items[j])
			}
		}
	}
	h.close("tbody").open("tfoot")
	row("measure-row", "data-batch-summary", "all", w.all, f.Total)
	h.close("tfoot").close("table").close("div")
}

// shownRange is the organisations of this page, as indexes into shown.
func (v *View) shownRange() (from, to int) {
	from = min(v.page*orgsPerPage, len(v.shown))
	return from, min(from+orgsPerPage, len(v.shown))
}

// showing says which organisations the table shows, or that the search found none.
func (v *View) showing() string {
	w := v.words()
	if len(v.shown) == 0 {
		return fmt.Sprintf(w.noMatch, v.query)
	}
	from, to := v.shownRange()
	return fmt.Sprintf(w.showing, count(from+1), count(to), count(len(v.shown)))
}

// ShowingHTML says which organisations the table shows: the page's PartShowing, a status
// that a screen reader speaks when a search or a page changes it.
func (v *View) ShowingHTML() string { return v.html().text(v.showing()).String() }

// OrgsHTML is a page of the organisations the search finds, sortable by column, and the
// buttons to the other pages: the page's PartOrgs. The page buttons stay focusable at
// the first and last page (aria-disabled, not disabled), so that the focus stays on the
// button pressed when the table is written again.
func (v *View) OrgsHTML() string {
	w, h := v.words(), v.html()
	orgs := v.forecast.Orgs
	from, to := v.shownRange()
	h.open("div", "class", "table-wrap").open("table", "id", "batch-orgs", "class", "batch-orgs", "aria-describedby", PartShowing)
	h.elem("caption", w.orgsTitle, "class", "visually-hidden").open("thead").open("tr")
	for i, col := range orgColumns {
		sorted := "none"
		if i == v.sortKey {
			sorted = map[bool]string{false: "ascending", true: "descending"}[v.sortDesc]
		}
		h.open("th", "scope", "col", when(col.num, "class"), "num", "aria-sort", sorted)
		h.elem("button", col.label(w), "type", "button", "id", sortID+strconv.Itoa(i))
		h.close("th")
	}
	h.close("tr").close("thead").open("tbody")
	for _, i := range v.shown[from:to] {
		o := &orgs[i]
		name := o.Name
		if name == "" {
			name = w.unnamed
		}
		h.open("tr", "data-batch-org", strconv.Itoa(o.Line), "data-org-name", o.Name,
			"data-org-total", o.Total.String(), "data-org-total-upto", o.TotalUpTo.String(), "data-org-total-competitive", o.Competitive.String())
		h.elem("td", strconv.Itoa(o.Line), "class", "num").elem("th", name, "scope", "row")
		for _, c := range [3]Cents{o.Total, o.TotalUpTo, o.Competitive} {
			h.elem("td", figure(v.Lang, c), "class", "num")
		}
		h.close("tr")
	}
	h.close("tbody").close("table").close("div")
	if len(v.shown) > orgsPerPage {
		h.open("div", "class", "pager")
		h.elem("button", "← "+w.prevPage, "type", "button", "id", prevPageID, when(from == 0, "aria-disabled"), "true")
		h.elem("button", w.nextPage+" →", "type", "button", "id", nextPageID, when(to >= len(v.shown), "aria-disabled"), "true")
		h.close("div")
	}
	return h.String()
}

// HTML lists the bad rows of a file as Lines says them, each with what is wrong in it:
// the page's PartView when a file has any.
func (e Errors) HTML(lang rules.Lang) string {
	w, h := catalog(lang).page, &html{lang: lang}
	l := e.listing()
	h.open("section", "class", "card batch-errors", "aria-labelledby", "batch-errors-title").
		elem("h2", w.errorsTitle, "id", "batch-errors-title").open("ul")
	for i := range l.groups {
		g := &l.groups[i]
		h.elem("li", g.message(lang), "data-batch-error-group", strconv.Itoa(g.count))
	}
	for _, r := range l.rows {
		h.open("li", "data-batch-error", strconv.Itoa(r.Line))
		if r.Line > 0 {
			h.elem("strong", fmt.Sprintf(w.row, r.Line)).text(" ")
		}
		h.text(r.Message(lang)).close("li")
	}
	if l.more > 0 {
		h.elem("li", fmt.Sprintf(catalog(lang).more, count(l.more)), "data-batch-error-more", strconv.Itoa(l.more))
	}
	return h.close("ul").close("section").String()
}

// figure writes an amount as the tables and the chart do, whose captions name the unit:
// 万元 in Chinese, yuan in English.
func figure(lang rules.Lang, c Cents) string {
	if lang == rules.English {
		return rules.FormatYuan(c.Decimal())
	}
	return rules.FormatWan(c.Decimal())
}

// count writes a number of organisations or rows with thousands separators.
func count(n int) string { return rules.FormatYuan(decimal.NewFromInt(int64(n))) }
