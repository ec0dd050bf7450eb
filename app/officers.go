package app

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// Officers is the page at /officers: an officer drops or picks a spreadsheet of many
// organisations and sees the zone's forecast at once, with every organisation's totals,
// the sums by measure and item, and the forecast to download. Nothing is uploaded: a Web
// Worker reads and assesses the file in this browser (batch.go).
type Officers struct {
	app.Compo

	lang  rules.Lang
	ready bool

	worker   *batchWorker
	status   batchStatus
	file     string // the spreadsheet's name
	stage    string // the worker's stage: check, assess, write
	done     int    // rows done of total in the stage
	total    int
	ms       int // how long the last batch took in the worker
	failure  string
	dragging bool

	errors    []batchError
	forecast  *batchForecast
	downloads [2]string // blob URLs of the .xlsx and the CSV, in filesLang
	filesLang rules.Lang

	sortKey  int  // orgColumns index; 0 keeps the file's order
	sortDesc bool // largest first
	query    string
	page     int
	shown    []int // the organisations the search finds, in the order sorted
}

// batchStatus is what the page's batch is doing.
type batchStatus int

const (
	batchIdle     batchStatus = iota
	batchStarting             // the worker is loading its program
	batchWorking              // reading, checking, assessing, writing
	batchBad                  // the file has bad rows: they are listed, nothing is offered
	batchDone                 // the forecast is shown
	batchFailed               // the worker could not run
)

// NewOfficers is the page, in Chinese.
func NewOfficers() *Officers { return &Officers{lang: rules.Chinese} }

// OnNav takes ?lang=.
func (o *Officers) OnNav(ctx app.Context) {
	if l := ctx.Page().URL().Query().Get("lang"); l != "" {
		o.lang = rules.ParseLang(l)
	}
	ctx.Page().SetTitle(T(o.lang).OfficersTitle)
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(o.lang))
	}
}

// OnMount marks the page ready, and runs the example at /officers?example.
func (o *Officers) OnMount(ctx app.Context) {
	o.ready = app.IsClient
	if o.ready && ctx.Page().URL().Query().Has("example") {
		o.onExample(ctx, app.Event{})
	}
}

// exampleFile is the template filled with the briefing's example organisations
// (cmd/widget writes it), for an officer to see the page at work without a file of theirs.
const exampleFile = "forecast-example.xlsx"

// onExample forecasts the example spreadsheet.
func (o *Officers) onExample(ctx app.Context, e app.Event) {
	o.start(ctx, exampleFile, internalHref("/web/"+exampleFile))
}

// OnDismount stops the worker and lets the downloads go.
func (o *Officers) OnDismount() {
	if o.worker != nil {
		o.worker.stop()
		o.worker = nil
	}
	o.dropDownloads()
}

func (o *Officers) onLang(ctx app.Context, e app.Event) {
	o.lang = rules.ParseLang(ctx.JSSrc().Get("dataset").Get("langChoice").String())
	ctx.Page().SetTitle(T(o.lang).OfficersTitle)
	app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(o.lang))
	if o.forecast != nil && o.filesLang != o.lang {
		// The downloads' headers are in the page's language: ask for them again.
		o.dropDownloads()
		o.worker.render(o.lang)
	}
}

// onFile takes the spreadsheet chosen in the file input.
func (o *Officers) onFile(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	if files := input.Get("files"); files.Length() > 0 {
		o.start(ctx, files.Index(0).Get("name").String(), files.Index(0))
	}
	input.Set("value", "") // the same file, corrected, can be chosen again
}

// onDragOver lets the page take a dropped file instead of the browser opening it.
func (o *Officers) onDragOver(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if o.dragging {
		ctx.PreventUpdate()
	}
	o.dragging = true
}

func (o *Officers) onDragLeave(ctx app.Context, e app.Event) { o.dragging = false }

// onDrop takes a spreadsheet dropped anywhere on the page.
func (o *Officers) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	o.dragging = false
	if files := e.Get("dataTransfer").Get("files"); files.Length() > 0 {
		o.start(ctx, files.Index(0).Get("name").String(), files.Index(0))
	}
}

// start sends a file (a File, or the address of the example) to the worker, starting it
// the first time: the batch's program is downloaded only by an officer who uses it.
func (o *Officers) start(ctx app.Context, name string, file any) {
	o.dropDownloads()
	o.file, o.errors, o.forecast, o.failure, o.stage = name, nil, nil, "", ""
	o.status = batchWorking
	if o.worker == nil {
		o.worker = startBatchWorker(ctx, o.receive)
		o.status = batchStarting
	}
	o.worker.assess(file, o.lang)
}

// receive takes a message of the worker.
func (o *Officers) receive(ctx app.Context, msg app.Value) {
	switch msg.Get("type").String() {
	case "ready":
		if o.status == batchStarting {
			o.status = batchWorking
		}
		// The worker's files are here: the service worker keeps them for offline use.
		tellWorkers(map[string]any{"type": msgCacheBatch})
	case "progress":
		o.status = batchWorking
		o.stage, o.done, o.total = msg.Get("stage").String(), msg.Get("done").Int(), msg.Get("total").Int()
	case "errors":
		o.status, o.errors = batchBad, parseErrors(msg)
	case "result":
		o.forecast, o.query, o.page, o.sortKey, o.sortDesc = parseForecast(msg), "", 0, 0, false
		o.arrange()
	case "files":
		o.dropDownloads()
		o.filesLang = rules.ParseLang(msg.Get("lang").String())
		o.downloads = [2]string{
			blobURL(msg.Get("xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			blobURL(msg.Get("csv"), "text/csv;charset=utf-8"),
		}
	case "done":
		o.status, o.ms = batchDone, msg.Get("ms").Int()
	case "failed":
		o.status, o.failure = batchFailed, msg.Get("message").String()
	}
}

func (o *Officers) dropDownloads() {
	for i, u := range o.downloads {
		revokeURL(u)
		o.downloads[i] = ""
	}
}

// orgColumns are the columns of the organisations' table; each sorts by its key.
var orgColumns = []struct {
	label func(c *Catalog) string
	less  func(a, b *batchOrg) bool
	num   bool
}{
	{func(c *Catalog) string { return c.BatchLine }, func(a, b *batchOrg) bool { return a.line < b.line }, true},
	{func(c *Catalog) string { return c.BatchName }, func(a, b *batchOrg) bool { return a.name < b.name }, false},
	{func(c *Catalog) string { return c.TotalExact }, func(a, b *batchOrg) bool { return a.cents[0] < b.cents[0] }, true},
	{func(c *Catalog) string { return c.TotalUpTo }, func(a, b *batchOrg) bool { return a.cents[1] < b.cents[1] }, true},
	{func(c *Catalog) string { return c.BatchCompetitive }, func(a, b *batchOrg) bool { return a.cents[2] < b.cents[2] }, true},
}

// sortBy sorts by the column at key; again, the other way. Amounts sort largest first.
func (o *Officers) sortBy(key string) {
	k, err := strconv.Atoi(key)
	if err != nil || k < 0 || k >= len(orgColumns) {
		return
	}
	if k == o.sortKey {
		o.sortDesc = !o.sortDesc
	} else {
		o.sortKey, o.sortDesc = k, orgColumns[k].num && k > 0
	}
	o.page = 0
	o.arrange()
}

// onSearch keeps the organisations whose name holds what is typed.
func (o *Officers) onSearch(ctx app.Context, e app.Event) {
	o.query = ctx.JSSrc().Get("value").String()
	o.page = 0
	o.arrange()
}

// arrange finds and sorts the organisations to show.
func (o *Officers) arrange() {
	orgs := o.forecast.orgs
	q := strings.ToLower(strings.TrimSpace(o.query))
	o.shown = o.shown[:0]
	for i := range orgs {
		if q == "" || strings.Contains(strings.ToLower(orgs[i].name), q) {
			o.shown = append(o.shown, i)
		}
	}
	less := orgColumns[o.sortKey].less
	sort.SliceStable(o.shown, func(i, j int) bool {
		a, b := &orgs[o.shown[i]], &orgs[o.shown[j]]
		if o.sortDesc {
			return less(b, a)
		}
		return less(a, b)
	})
}

// Render lays out the page: how it goes, the drop zone, the bad rows or the forecast.
func (o *Officers) Render() app.UI {
	c := T(o.lang)
	return box("div", "widget officers",
		box("header", "topbar",
			box("div", "title", tx("h1", "", c.OfficersTitle), tx("p", "tagline", c.OfficersIntro)),
			box("div", "switches", navLinks(c), langSwitch(o.lang, o.onLang)),
		),
		box("main", "",
			o.steps(),
			o.dropZone(),
			o.badRows(),
			o.result(),
			box("details", "card command-line",
				tx("summary", "", c.BatchCommandLine),
				tx("p", "", c.OfficersStep3),
				box("pre", "", tx("code", "", "go run ./cmd/assess -csv -bom forecast.xlsx > result.csv\ngo run ./cmd/assess -csv -o result.xlsx forecast.csv")),
			),
		),
		notice(c),
	).Attr("data-ready", textIf(o.ready, "true")).Attr("data-lang", string(o.lang)).
		OnDragOver(o.onDragOver).OnDragLeave(o.onDragLeave).OnDrop(o.onDrop)
}

// templates are the template's files, by language: the page's own first.
func (o *Officers) templates() (own, other string) {
	if o.lang == rules.English {
		return "forecast-template-en", "forecast-template"
	}
	return "forecast-template", "forecast-template-en"
}

// steps says how a batch goes, with the templates to start from.
func (o *Officers) steps() app.UI {
	c := T(o.lang)
	own, other := o.templates()
	var m markup
	m.open("section", "class", "card").open("ol", "class", "steps").open("li").text(c.BatchSteps[0]+" ").open("span", "class", "templates")
	for _, t := range [][2]string{{own + ".xlsx", c.BatchTemplateXLSX}, {own + ".csv", c.BatchTemplateCSV}, {other + ".xlsx", c.BatchTemplateOther}} {
		m.elem("a", t[1], "href", internalHref("/web/"+t[0]), "download", t[0])
	}
	m.close("span").close("li")
	for _, step := range c.BatchSteps[1:] {
		m.elem("li", step)
	}
	return app.Raw(m.close("ol").close("section").String())
}

// dropZone is the file input, which a drop anywhere on the page also fills, with the
// progress of the batch and its status, which screen readers hear.
func (o *Officers) dropZone() app.UI {
	c := T(o.lang)
	class := "card drop-zone"
	if o.dragging {
		class += " dragging"
	}
	working := o.status == batchStarting || o.status == batchWorking
	var progress app.UI
	if working {
		progress = box("div", "batch-progress",
			el("progress").Attr("max", 100).Attr("value", o.percent()).Aria("label", c.BatchProgress),
			tx("span", "count", o.countText()).Aria("hidden", true),
		)
	}
	return box("section", class,
		tx("label", "drop-label", c.BatchDrop).Attr("for", "batch-file"),
		void("input").Attr("type", "file").ID("batch-file").Attr("data-batch-file", true).
			Attr("accept", ".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").
			Aria("describedby", "batch-hint batch-status").OnChange(o.onFile),
		tx("p", "help", c.BatchDropHint).ID("batch-hint"),
		button(c.BatchExample, o.onExample).Class("example"),
		progress,
		tx("p", "batch-status", o.statusText()).ID("batch-status").Attr("role", "status").
			Attr("data-batch-ms", textIf(o.status == batchDone, strconv.Itoa(o.ms))),
	)
}

// stageSpan is where each stage of the worker runs on the progress bar, in percent:
// roughly the share of the time each takes.
var stageSpan = map[string][2]int{"check": {0, 30}, "assess": {30, 85}, "write": {85, 100}}

func (o *Officers) percent() int {
	span, ok := stageSpan[o.stage]
	if !ok || o.total == 0 {
		return 0
	}
	return span[0] + (span[1]-span[0])*o.done/o.total
}

func (o *Officers) countText() string {
	if o.stage == "write" || o.total == 0 {
		return ""
	}
	return fmt.Sprintf(T(o.lang).BatchCount, count(o.done), count(o.total))
}

// statusText says what the batch is doing, or what it found. While it works it names the
// stage, not every count, so that a screen reader is not flooded.
func (o *Officers) statusText() string {
	c := T(o.lang)
	switch o.status {
	case batchStarting:
		return c.BatchStarting
	case batchWorking:
		if s, ok := c.BatchStages[o.stage]; ok {
			return s + "…"
		}
		return fmt.Sprintf(c.BatchReading, o.file)
	case batchBad:
		return fmt.Sprintf(c.BatchBad, o.file, count(len(o.errors)))
	case batchDone:
		return fmt.Sprintf(c.BatchDone, o.file, count(len(o.forecast.orgs)), fmt.Sprintf("%.1f", float64(o.ms)/1000))
	case batchFailed:
		return fmt.Sprintf(c.BatchFailed, o.failure)
	}
	return ""
}

// badRows lists every bad row, each with what is wrong in it.
func (o *Officers) badRows() app.UI {
	if o.status != batchBad {
		return nil
	}
	c := T(o.lang)
	var m markup
	m.open("section", "class", "card batch-errors", "aria-labelledby", "batch-errors-title").elem("h2", c.BatchErrorsTitle, "id", "batch-errors-title").open("ul")
	for _, e := range o.errors {
		text := e.zh
		if o.lang == rules.English {
			text = e.en
		}
		m.open("li", "data-batch-error", strconv.Itoa(e.line))
		if e.line > 0 {
			m.elem("strong", fmt.Sprintf(c.BatchRow, e.line)).text(" ")
		}
		m.text(text).close("li")
	}
	return app.Raw(m.close("ul").close("section").String())
}

// count writes a whole number with thousands separators.
func count(n int) string { return rules.FormatYuan(decimal.NewFromInt(int64(n))) }
