package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// The forecast of /officers: the zone's three totals, the downloads, a bar chart and a
// table by measure and item, and every organisation's totals, searchable and sortable.
//
// The tables and the chart are data, and are written as HTML text (markup below) rather
// than with go-app's element builders: each builder call costs the questionnaire's
// WebAssembly more than a line of text does, and these parts have no events of their
// own. The table's buttons are handled where they bubble to (onTableClick).

// orgsPerPage is how many organisations the table shows at once; the downloads hold all.
const orgsPerPage = 50

// yuanOf is an amount of whole cents in yuan.
func yuanOf(cents int64) decimal.Decimal { return decimal.New(cents, -2) }

// figure writes cents as the tables and the chart do, whose captions name the unit: 万元
// in Chinese, RMB in English.
func (o *Officers) figure(cents int64) string { return compareFigure(o.lang, yuanOf(cents)) }

// markup writes HTML: elements with attributes given as name, value pairs, and text,
// escaped.
type markup struct{ strings.Builder }

var escapeHTML = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func (m *markup) open(tag string, attrs ...string) *markup {
	m.WriteString("<" + tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i] == "" {
			continue // an attribute given only sometimes: textIf(cond, "disabled")
		}
		m.WriteString(" " + attrs[i] + `="` + escapeHTML.Replace(attrs[i+1]) + `"`)
	}
	m.WriteString(">")
	return m
}

func (m *markup) close(tag string) *markup { m.WriteString("</" + tag + ">"); return m }

func (m *markup) text(s string) *markup { m.WriteString(escapeHTML.Replace(s)); return m }

// elem writes an element holding text.
func (m *markup) elem(tag, text string, attrs ...string) *markup {
	return m.open(tag, attrs...).text(text).close(tag)
}

// result shows the forecast once the worker has sent it.
func (o *Officers) result() app.UI {
	f := o.forecast
	if f == nil {
		return nil
	}
	c := T(o.lang)
	w := &Widget{lang: o.lang} // the questionnaire's way of showing a total
	all := f.sums["all"]
	return box("section", "card batch-result",
		tx("h2", "", c.BatchResultTitle).ID("batch-result-title"),
		box("div", "totals batch-totals",
			w.total(c.TotalExact, "data-batch-total", yuanOf(all.cents[0])),
			w.total(c.TotalUpTo, "data-batch-total-upto", yuanOf(all.cents[1])),
			w.total(c.BatchCompetitive, "data-batch-total-competitive", yuanOf(all.cents[2])),
		).Attr("data-batch-rows", len(f.orgs)),
		tx("p", "total-note", fmt.Sprintf(c.BatchOrgCount, count(len(f.orgs)), count(all.orgs))+" "+c.TotalNote),
		app.Raw(o.downloadLinks()),
		app.Raw(o.chart()),
		app.Raw(o.summary()),
		tx("h3", "", c.BatchOrgsTitle),
		box("div", "batch-search",
			tx("label", "", c.BatchSearch).Attr("for", "batch-search"),
			void("input").Attr("type", "search").ID("batch-search").Attr("value", o.query).Aria("controls", "batch-orgs").OnInput(o.onSearch),
		),
		box("div", "batch-orgs-part", app.Raw(o.orgTable())).OnClick(o.onTableClick),
	).Aria("labelledby", "batch-result-title")
}

// downloadLinks offer the worker's files; while they are written again in another
// language, the links wait.
func (o *Officers) downloadLinks() string {
	c := T(o.lang)
	var m markup
	m.open("p", "class", "downloads")
	if o.downloads[0] == "" {
		m.text(c.BatchPreparing)
	} else {
		m.elem("a", c.BatchDownloadXLSX, "href", o.downloads[0], "download", c.BatchFileName+".xlsx", "data-batch-download", "xlsx")
		m.elem("a", c.BatchDownloadCSV, "href", o.downloads[1], "download", c.BatchFileName+".csv", "data-batch-download", "csv")
	}
	return m.close("p").String()
}

// The bar chart's box, in SVG units: narrow, so that its words stay legible when a phone
// shrinks it.
const barW, barRow, barLabel, barRight = 420.0, 28.0, 30.0, 80.0

// barParts are the classes of a bar's parts, in the order drawn, and their words.
var barParts = [3]rules.Basis{rules.Exact, rules.UpTo, rules.Competitive}

// chart draws each measure's sum as one bar: exact amounts, then what the "up to"
// ceilings add, then competitive projects; its description says the figures.
func (o *Officers) chart() string {
	c := T(o.lang)
	sums := o.forecast.sums
	var most int64 = 1
	for n := 1; n <= 8; n++ {
		s := sums[strconv.Itoa(n)]
		most = max(most, s.cents[1]+s.cents[2])
	}
	scale := (barW - barLabel - barRight) / float64(most)
	var svg, desc strings.Builder
	fmt.Fprintf(&svg, `<svg class="batch-chart" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="batch-chart-title batch-chart-desc" xmlns="http://www.w3.org/2000/svg"><title id="batch-chart-title">%s</title>`,
		barW, barRow*8+8, escapeHTML.Replace(c.BatchChartTitle))
	for n := 1; n <= 8; n++ {
		s := sums[strconv.Itoa(n)]
		y, x := float64(n-1)*barRow+4, barLabel
		fmt.Fprintf(&svg, `<text x="%.0f" y="%.1f" class="bar-label" text-anchor="end">%s</text>`, barLabel-8, y+barRow/2+1, rules.ClauseNo(o.lang, n))
		for i, part := range []int64{s.cents[0], s.cents[1] - s.cents[0], s.cents[2]} {
			if part > 0 {
				wd := max(float64(part)*scale, 1)
				fmt.Fprintf(&svg, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.0f" class="bar %s"/>`, x, y+4, wd, barRow-10, barParts[i])
				x += wd
			}
		}
		fmt.Fprintf(&svg, `<text x="%.1f" y="%.1f" class="bar-value">%s</text>`, x+6, y+barRow/2+1, o.figure(s.cents[1]+s.cents[2]))
		fmt.Fprintf(&desc, c.BatchChartDesc+" ", rules.ClauseNo(o.lang, n), o.figure(s.cents[0]), o.figure(s.cents[1]), o.figure(s.cents[2]))
	}
	fmt.Fprintf(&svg, `<desc id="batch-chart-desc">%s</desc></svg>`, escapeHTML.Replace(desc.String()))
	var m markup
	m.open("figure", "class", "chart batch-chart-figure")
	m.WriteString(svg.String())
	m.open("figcaption")
	for _, b := range barParts {
		m.elem("span", c.Basis[basisIndex(b)], "class", "key "+string(b))
	}
	return m.close("figcaption").close("figure").String()
}

// summary is the table by measure and item: organisations eligible, and the three sums.
func (o *Officers) summary() string {
	c := T(o.lang)
	sums := o.forecast.sums
	var m markup
	m.open("div", "class", "table-wrap").open("table", "class", "batch-summary").elem("caption", c.BatchSummaryTitle).open("thead").open("tr")
	for i, h := range []string{c.BatchMeasureItem, c.BatchOrgsEligible, c.TotalExact, c.TotalUpTo, c.BatchCompetitive} {
		m.elem("th", h, "scope", "col", "class", textIf(i > 0, "num"))
	}
	m.close("tr").close("thead").open("tbody")
	row := func(class, hook, key, label string) {
		s := sums[key]
		m.open("tr", "class", class, hook, key, "data-orgs", strconv.Itoa(s.orgs), "data-exact", s.yuan[0], "data-upto", s.yuan[1], "data-competitive", s.yuan[2])
		m.elem("th", label, "scope", "row")
		m.elem("td", count(s.orgs), "class", "num")
		for _, v := range s.cents {
			m.elem("td", o.figure(v), "class", "num")
		}
		m.close("tr")
	}
	for n := 1; n <= 8; n++ {
		row("measure-row", "data-batch-measure", strconv.Itoa(n), rules.ClauseNo(o.lang, n)+" "+rules.MeasureTitle(o.lang, n))
		for _, id := range rules.ItemIDs() {
			if measureOf(string(id)) == n {
				row("item-row", "data-batch-item", string(id), rules.Title(o.lang, id))
			}
		}
	}
	m.close("tbody").open("tfoot")
	row("measure-row", "data-batch-summary", "all", c.BatchAll)
	return m.close("tfoot").close("table").close("div").String()
}

// orgTable is a page of the organisations the search finds, sortable by column.
func (o *Officers) orgTable() string {
	c := T(o.lang)
	orgs := o.forecast.orgs
	from := min(o.page*orgsPerPage, len(o.shown))
	to := min(from+orgsPerPage, len(o.shown))
	showing := fmt.Sprintf(c.BatchShowing, count(min(from+1, to)), count(to), count(len(o.shown)))
	if len(o.shown) == 0 {
		showing = fmt.Sprintf(c.BatchNoMatch, o.query)
	}
	var m markup
	m.open("div")
	m.elem("p", showing, "class", "showing", "role", "status")
	m.open("div", "class", "table-wrap").open("table", "id", "batch-orgs", "class", "batch-orgs")
	m.elem("caption", c.BatchOrgsTitle+" · "+showing, "class", "visually-hidden").open("thead").open("tr")
	for i, col := range orgColumns {
		sorted := "none"
		if i == o.sortKey {
			sorted = map[bool]string{false: "ascending", true: "descending"}[o.sortDesc]
		}
		m.open("th", "scope", "col", "class", textIf(col.num, "num"), "aria-sort", sorted)
		m.elem("button", col.label(c), "type", "button", "data-sort", strconv.Itoa(i))
		m.close("th")
	}
	m.close("tr").close("thead").open("tbody")
	for _, i := range o.shown[from:to] {
		org := &orgs[i]
		name := org.name
		if name == "" {
			name = c.BatchUnnamed
		}
		m.open("tr", "data-batch-org", strconv.Itoa(org.line), "data-org-name", org.name,
			"data-org-total", org.yuan[0], "data-org-total-upto", org.yuan[1], "data-org-total-competitive", org.yuan[2])
		m.elem("td", strconv.Itoa(org.line), "class", "num").elem("th", name, "scope", "row")
		for _, v := range org.cents {
			m.elem("td", o.figure(v), "class", "num")
		}
		m.close("tr")
	}
	m.close("tbody").close("table").close("div")
	if len(o.shown) > orgsPerPage {
		m.open("div", "class", "pager")
		m.elem("button", "← "+c.BatchPrevPage, "type", "button", "data-step", "-1", textIf(from == 0, "disabled"), "")
		m.elem("button", c.BatchNextPage+" →", "type", "button", "data-step", "1", textIf(to >= len(o.shown), "disabled"), "")
		m.close("div")
	}
	return m.close("div").String()
}

// onTableClick takes the table's sort and page buttons, and gives the focus back to the
// button pressed once the table is drawn again.
func (o *Officers) onTableClick(ctx app.Context, e app.Event) {
	b := e.Get("target").Call("closest", "button")
	if !b.Truthy() {
		return
	}
	sel := ""
	switch data := b.Get("dataset"); {
	case data.Get("sort").Truthy():
		o.sortBy(data.Get("sort").String())
		sel = `[data-sort="` + data.Get("sort").String() + `"]`
	case data.Get("step").Truthy():
		step, _ := strconv.Atoi(data.Get("step").String())
		o.page += step
		sel = `[data-step="` + data.Get("step").String() + `"]`
	default:
		return
	}
	ctx.Defer(func(app.Context) {
		if again := app.Window().Get("document").Call("querySelector", ".batch-orgs-part "+sel); again.Truthy() {
			again.Call("focus")
		}
	})
}
