package app

import (
	"html"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// Officers is the page at /officers: an officer drops or picks a spreadsheet of many
// organisations and sees the zone's forecast at once, with every organisation's totals,
// the sums by measure and item, and the forecast to download. Nothing is uploaded: a Web
// Worker reads and assesses the file in this browser, and draws the forecast too
// (batch.go); this page is its frame: how it goes, the drop zone, the progress and the
// status, and the place where the worker's HTML goes, whose clicks and typing it sends on.
type Officers struct {
	app.Compo

	lang  rules.Lang
	ready bool

	worker   *batchWorker
	status   batchStatus
	file     string // the spreadsheet's name
	stage    int    // the worker's stage: an index of batchStages
	done     int    // rows done of total in the stage
	total    int
	count    int // the organisations forecast, or the bad rows found
	ms       int // how long the last batch took in the worker
	failure  string
	dragging bool
	refocus  string // the id of the button pressed, to focus once the worker has drawn it again
}

// batchView is the id of the element that holds what the worker draws: the bad rows or
// the forecast (batch.PartView; this program does not link package batch).
const batchView = "batch-view"

// batchStatus is what the page's batch is doing.
type batchStatus int

const (
	batchIdle       batchStatus = iota
	batchStarting               // the worker is loading its program
	batchWorking                // reading, checking, assessing, writing
	batchBad                    // the file has bad rows: they are listed, nothing is offered
	batchDone                   // the forecast is shown
	batchFailed                 // the worker could not run
	batchDied                   // the worker died while it read a file (out of memory)
	batchCancelled              // the officer stopped the file being read
	batchUnreadable             // the file cannot be read at all: why is shown
)

// NewOfficers is the page, in Chinese.
func NewOfficers() *Officers { return &Officers{lang: rules.Chinese} }

// OnNav takes ?lang=, and runs the example at /officers?example. go-app calls it after
// OnMount: the example starts here, once the page's language is known, so that the
// worker draws it and writes its downloads in that language.
func (o *Officers) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	if l, _ := queryValue(u, "lang"); l != "" {
		o.lang = rules.ParseLang(l)
	}
	ctx.Page().SetTitle(T(o.lang).OfficersTitle)
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(o.lang))
		if _, example := queryValue(u, "example"); example && o.worker == nil {
			o.onExample(ctx, app.Event{})
		}
	}
}

// OnMount marks the page ready.
func (o *Officers) OnMount(ctx app.Context) { o.ready = app.IsClient }

// exampleFile is the template filled with the briefing's example organisations
// (cmd/widget writes it), for an officer to see the page at work without a file of theirs.
const exampleFile = "forecast-example.xlsx"

// onExample forecasts the example spreadsheet.
func (o *Officers) onExample(ctx app.Context, e app.Event) {
	o.start(ctx, exampleFile, internalHref("/web/"+exampleFile))
}

// OnDismount stops the worker; its downloads go with it.
func (o *Officers) OnDismount() { o.stopWorker() }

func (o *Officers) onLang(ctx app.Context, e app.Event) {
	o.lang = rules.ParseLang(ctx.JSSrc().Get("dataset").Get("langChoice").String())
	ctx.Page().SetTitle(T(o.lang).OfficersTitle)
	app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(o.lang))
	if o.worker != nil {
		// The worker draws what it shows again in the page's language, and writes the
		// downloads again with headers in it.
		o.worker.send("lang", "lang", string(o.lang))
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
// if it has not started. A file still being read is abandoned: its worker is stopped,
// so that nothing of it is shown under the new file's name.
func (o *Officers) start(ctx app.Context, name string, file any) {
	if o.working() {
		o.stopWorker()
	}
	o.show(batchView, "") // the last file's forecast or bad rows
	o.file, o.failure, o.stage, o.done, o.total, o.count = name, "", 0, 0, 0, 0
	o.startWorker(ctx)
	o.status = batchWorking
	if !o.worker.ready {
		o.status = batchStarting
	}
	o.worker.assess(file, o.lang)
}

func (o *Officers) working() bool { return o.status == batchStarting || o.status == batchWorking }

// startWorker starts the worker if it has not started: the first, or a fresh one after
// one was stopped. The batch's program is downloaded only by an officer who reaches for
// a file.
func (o *Officers) startWorker(ctx app.Context) {
	if o.worker == nil {
		o.worker = startBatchWorker(ctx, o.receive)
	}
}

// onIntent starts the worker as soon as an officer reaches for a file (drags one over
// the page, or goes to the file input), so that its program is fetched, compiled and
// started while the file dialog is open or the file is on its way, not after.
func (o *Officers) onIntent(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	o.startWorker(ctx)
}

func (o *Officers) stopWorker() {
	if o.worker != nil {
		o.worker.stop()
		o.worker = nil
	}
}

// onCancel stops the file being read: the worker is stopped (a WebAssembly in the middle
// of a file cannot be interrupted otherwise), and the next file starts a fresh one.
func (o *Officers) onCancel(ctx app.Context, e app.Event) {
	o.stopWorker()
	o.show(batchView, "")
	o.status = batchCancelled
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
		o.stage, o.done, o.total = stageOf(msg.Get("stage").String()), msg.Get("done").Int(), msg.Get("total").Int()
	case "show":
		o.show(msg.Get("part").String(), msg.Get("html").String())
		ctx.PreventUpdate() // nothing of the page's own has changed
	case "errors":
		o.status, o.count = batchBad, msg.Get("count").Int()
		if o.count == 0 {
			o.status = batchUnreadable
		}
	case "result":
		o.count = msg.Get("count").Int()
	case "done":
		o.status, o.ms = batchDone, msg.Get("ms").Int()
	case "failed":
		// The next file tries a fresh worker.
		o.stopWorker()
		o.status, o.failure = batchFailed, msg.Get("message").String()
	case "exited":
		// The worker's program died (out of memory): a fresh one starts at once, so that
		// the next file works without a reload.
		o.stopWorker()
		o.show(batchView, "")
		o.status = batchDied
		o.startWorker(ctx)
	}
}

// show puts the worker's HTML in the page's element of id part: the whole view, or a part
// of the forecast. The button pressed was replaced with the rest: the focus goes to the
// one drawn in its place, so that a keyboard or a screen reader stays where it was.
func (o *Officers) show(part, html string) {
	e := app.Window().GetElementByID(part)
	if !e.Truthy() {
		return // a part of a view the page has cleared since
	}
	e.Set("innerHTML", html)
	if o.refocus == "" {
		return
	}
	if b := e.Call("querySelector", "#"+o.refocus); b.Truthy() {
		b.Call("focus")
		o.refocus = ""
	}
}

// onViewClick sends the worker the buttons of its view (the table's sort and page
// buttons), by their ids, as their clicks bubble to the view.
func (o *Officers) onViewClick(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if b := e.Get("target").Call("closest", "button"); b.Truthy() && o.worker != nil {
		o.refocus = b.Get("id").String()
		o.worker.send("press", "id", o.refocus)
	}
}

// onViewInput sends the worker what is typed in the forecast's search field. The field
// is not drawn again as the table is, so it keeps the focus and what is typed.
func (o *Officers) onViewInput(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	if in := e.Get("target"); in.Get("id").String() == "batch-search" && o.worker != nil {
		o.worker.send("search", "query", in.Get("value").String())
	}
}

// Render lays out the page: how it goes, the drop zone, and the worker's view: the bad
// rows or the forecast.
func (o *Officers) Render() app.UI {
	c := T(o.lang)
	return boxEl("div", "widget officers",
		box("header", "topbar",
			box("div", "title", tx("h1", "", c.OfficersTitle), tx("p", "tagline", c.OfficersIntro)),
			box("div", "switches", navLinks(c), langSwitch(o.lang, o.onLang)),
		),
		box("main", "",
			o.steps(),
			o.dropZone(),
			// The worker fills it (show); go-app leaves alone the children it did not make.
			boxEl("div", "batch-view").ID(batchView).OnClick(o.onViewClick).On("input", o.onViewInput),
			box("details", "card command-line",
				tx("summary", "", c.BatchCommandLine),
				tx("p", "", c.OfficersStep3),
				box("pre", "", tx("code", "", "go run ./cmd/assess -csv -bom forecast.xlsx > result.csv\ngo run ./cmd/assess -csv -o result.xlsx forecast.csv")),
			),
		),
		notice(o.lang),
	).Attr("data-ready", textIf(o.ready, "true")).Attr("data-lang", string(o.lang)).
		// On(name), not OnDrop and the like: each of go-app's named handlers is a method of
		// its own in the WebAssembly, and the questionnaire uses none of these.
		On("dragenter", o.onIntent).On("dragover", o.onDragOver).On("dragleave", o.onDragLeave).On("drop", o.onDrop)
}

// templates are the template's files, by language: the page's own first.
func (o *Officers) templates() (own, other string) {
	if o.lang == rules.English {
		return "forecast-template-en", "forecast-template"
	}
	return "forecast-template", "forecast-template-en"
}

// steps says how a batch goes, with the templates to start from. It is data, written as
// HTML text: each of go-app's element calls costs the WebAssembly more than a line of text.
func (o *Officers) steps() app.UI {
	c := T(o.lang)
	own, other := o.templates()
	s := `<section class="card"><ol class="steps"><li>` + html.EscapeString(c.BatchSteps[0]) + ` <span class="templates">`
	for _, t := range [][2]string{{own + ".xlsx", c.BatchTemplateXLSX}, {own + ".csv", c.BatchTemplateCSV}, {other + ".xlsx", c.BatchTemplateOther}} {
		s += `<a href="` + html.EscapeString(internalHref("/web/"+t[0])) + `" download="` + t[0] + `">` + html.EscapeString(t[1]) + `</a>`
	}
	s += `</span></li>`
	for _, step := range c.BatchSteps[1:] {
		s += `<li>` + html.EscapeString(step) + `</li>`
	}
	return app.Raw(s + `</ol></section>`)
}

// dropZone is the file input, which a drop anywhere on the page also fills, with the
// progress of the batch and its status, which screen readers hear.
func (o *Officers) dropZone() app.UI {
	c := T(o.lang)
	class := "card drop-zone"
	if o.dragging {
		class += " dragging"
	}
	var progress app.UI
	if o.working() {
		progress = box("div", "batch-progress",
			el("progress").Attr("max", 100).Attr("value", o.percent()).Aria("label", c.BatchProgress),
			txEl("span", "count", o.countText()).Aria("hidden", true),
			button(c.BatchCancel, o.onCancel).Class("cancel").Attr("data-batch-cancel", true),
		)
	}
	return boxEl("section", class,
		txEl("label", "drop-label", c.BatchDrop).Attr("for", "batch-file"),
		void("input").Attr("type", "file").ID("batch-file").Attr("data-batch-file", true).
			Attr("accept", ".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").
			Aria("describedby", "batch-hint batch-status").OnChange(o.onFile),
		txEl("p", "help", c.BatchDropHint).ID("batch-hint"),
		button(c.BatchExample, o.onExample).Class("example"),
		progress,
		// The status says the file's name, which may be Chinese in English text.
		sayInEl(o.lang, "p", "batch-status", o.statusText()).ID("batch-status").Attr("role", "status").
			Attr("data-batch-ms", textIf(o.status == batchDone, strconv.Itoa(o.ms))),
	).On("pointerdown", o.onIntent).On("focusin", o.onIntent)
}

// batchStages are the worker's stages, as it names them, after "" for none yet. The
// catalogs' BatchStages say them, in this order. (Arrays, not maps: static data, where a
// map literal is code that fills it at start.)
var batchStages = [...]string{"", "check", "assess", "write"}

const stageWrite = 3

func stageOf(name string) int {
	for i, s := range batchStages {
		if s == name {
			return i
		}
	}
	return 0
}

// stageSpan is where each stage of the worker runs on the progress bar, in percent:
// roughly the share of the time each takes.
var stageSpan = [len(batchStages)][2]int{{0, 0}, {0, 30}, {30, 85}, {85, 100}}

func (o *Officers) percent() int {
	if o.total == 0 {
		return 0
	}
	span := stageSpan[o.stage]
	return span[0] + (span[1]-span[0])*o.done/o.total
}

func (o *Officers) countText() string {
	if o.stage == stageWrite || o.total == 0 {
		return ""
	}
	return fill(T(o.lang).BatchCount, "done", count(o.done), "total", count(o.total))
}

// statusText says what the batch is doing, or what it found. While it works it names the
// stage, not every count, so that a screen reader is not flooded.
func (o *Officers) statusText() string {
	c := T(o.lang)
	switch o.status {
	case batchStarting:
		return c.BatchStarting
	case batchWorking:
		if o.stage > 0 {
			return c.BatchStages[o.stage] + "…"
		}
		return fill(c.BatchReading, "file", o.file)
	case batchBad:
		return fill(c.BatchBad, "file", o.file, "rows", count(o.count))
	case batchDone:
		return fill(c.BatchDone, "file", o.file, "orgs", count(o.count), "seconds", strconv.FormatFloat(float64(o.ms)/1000, 'f', 1, 64))
	case batchFailed:
		return fill(c.BatchFailed, "reason", o.failure)
	case batchDied:
		return fill(c.BatchDied, "file", o.file)
	case batchCancelled:
		return fill(c.BatchCancelled, "file", o.file)
	case batchUnreadable:
		return fill(c.BatchUnreadable, "file", o.file)
	}
	return ""
}

// count writes a whole number with thousands separators.
func count(n int) string { return rules.FormatYuan(decimal.NewFromInt(int64(n))) }
