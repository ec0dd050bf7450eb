//go:build js && wasm

// Command batchworker is the WebAssembly of the officers' batch page: it runs in a Web
// Worker (web/batch-worker.js), off the page's thread, and turns a spreadsheet into the
// zone's forecast with package batch, which it also draws, as HTML for the page to put in
// place (batch.View): the questionnaire's WebAssembly carries none of it. It speaks to the
// page in messages:
//
//	page → worker  {type: "assess", file: File, lang: "zh"}  a spreadsheet to forecast
//	               {type: "lang", lang: "en"}                what is shown, in another language
//	               {type: "press", id: "batch-sort-2"}      a button of the view pressed: a sort, a page
//	               {type: "search", query: "孵化器"}          those whose name holds what is typed
//	worker → page  {type: "progress", stage, done, total}    while it reads, assesses and writes
//	               {type: "show", part, html}                HTML for the page's element of that id (batch.Part…)
//	               {type: "errors", count}                   the file has count bad rows, or (0) cannot be read (shown)
//	               {type: "result", count}                   the forecast of count organisations (shown)
//	               {type: "done", ms}                        how long the whole batch took
//
// The downloads are Blob URLs made here, of this origin, which the page's links open.
// It links no go-app and no browser package but syscall/js, so that it stays small.
package main

import (
	"bytes"
	"runtime"
	"syscall/js"
	"time"

	"baotou-widget/rules"
	"baotou-widget/rules/batch"
)

// What the page shows now: the bad rows of the last file, or its forecast.
var (
	bad  batch.Errors
	view *batch.View
	lang rules.Lang
)

func main() {
	js.Global().Set("baotouBatch", js.ValueOf(map[string]any{
		"maxFileSize": batch.MaxFileSize,
		"assess": js.FuncOf(func(this js.Value, args []js.Value) any {
			l := rules.ParseLang(args[1].String())
			size := args[0].Get("length").Int()
			if err := batch.CheckSize(size); err != nil {
				start(l)
				refuse(err) // before its bytes take the worker's memory
				return nil
			}
			data := make([]byte, size)
			js.CopyBytesToGo(data, args[0])
			assess(data, l)
			return nil
		}),
		"handle": js.FuncOf(func(this js.Value, args []js.Value) any {
			handle(args[0])
			return nil
		}),
	}))
	select {}
}

// stages name the stages of package batch, and the writing of the files, for the page.
var stages = map[batch.Stage]string{batch.StageCheck: "check", batch.StageAssess: "assess"}

func progress(stage string, done, total int) {
	post(map[string]any{"type": "progress", "stage": stage, "done": done, "total": total})
}

// start forgets the last file: its forecast's files go.
func start(l rules.Lang) {
	dropFiles()
	bad, view, lang = nil, nil, l
}

// refuse shows what is wrong with a file: its bad rows, or why it cannot be read, which
// counts no rows.
func refuse(err error) {
	bad = err.(batch.Errors) // Read fails only with Errors
	show(batch.PartView, bad.HTML(lang))
	post(map[string]any{"type": "errors", "count": bad.Rows()})
}

// assess reads, checks and assesses a spreadsheet and shows its bad rows or its forecast.
func assess(data []byte, l rules.Lang) {
	begin := time.Now()
	start(l)
	reserve(len(data))
	report := func(s batch.Stage, done, total int) { progress(stages[s], done, total) }
	in, err := batch.Read(data, report)
	if err != nil {
		refuse(err)
		return
	}
	f := batch.Assess(in.Rows, report)
	progress("write", 0, 1)
	view = batch.NewView(f, in.Source, lang)
	show(batch.PartView, view.HTML())
	post(map[string]any{"type": "result", "count": len(f.Orgs)})
	writeFiles(func() { progress("write", 1, 2) })
	post(map[string]any{"type": "done", "ms": time.Since(begin).Milliseconds()})
}

// handle takes the page's other messages: a language, a sort, a page, a search.
func handle(msg js.Value) {
	switch msg.Get("type").String() {
	case "lang":
		lang = rules.ParseLang(msg.Get("lang").String())
		switch {
		case bad != nil:
			show(batch.PartView, bad.HTML(lang))
		case view != nil:
			// The downloads' headers are in the page's language: the links wait for
			// the files written again.
			dropFiles()
			view.Lang = lang
			show(batch.PartView, view.HTML())
			writeFiles(func() {})
		}
		return
	case "press":
		if view != nil {
			view.Press(msg.Get("id").String())
		}
	case "search":
		if view != nil {
			view.Search(msg.Get("query").String())
		}
	}
	if view != nil {
		show(batch.PartOrgs, view.OrgsHTML())
		show(batch.PartShowing, view.ShowingHTML())
	}
}

// writeFiles writes the forecast's downloads in its language, makes them Blob URLs and
// shows their links; between the two files it calls between.
func writeFiles(between func()) {
	var x, c bytes.Buffer
	// Writing into memory cannot fail.
	view.Forecast().WriteXLSX(&x, view.Lang)
	between()
	view.Forecast().WriteCSV(&c, view.Lang, true)
	view.Files = [2]string{
		blobURL(x.Bytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		blobURL(c.Bytes(), "text/csv;charset=utf-8"),
	}
	show(batch.PartDownloads, view.DownloadsHTML())
}

// blobURL makes bytes a file the page can offer for download: a Blob URL of this
// worker, which a page of the same origin opens while the worker lives.
func blobURL(b []byte, mime string) string {
	u := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u, b)
	blob := js.Global().Get("Blob").New([]any{u}, map[string]any{"type": mime})
	return js.Global().Get("URL").Call("createObjectURL", blob).String()
}

// dropFiles lets the shown forecast's files go.
func dropFiles() {
	if view == nil {
		return
	}
	for i, u := range view.Files {
		if u != "" {
			js.Global().Get("URL").Call("revokeObjectURL", u)
		}
		view.Files[i] = ""
	}
}

// show sends the page HTML for its element of id part.
func show(part, html string) { post(map[string]any{"type": "show", "part": part, "html": html}) }

// heapPerByte is about how much a batch allocates at once per byte of its file (a
// spreadsheet of 10,000 organisations: 1 to 3 MB as .xlsx or CSV, some 150 MB at most).
const heapPerByte = 64

// ballast holds the memory reserve allocates, until it lets it go.
var ballast []byte

// reserve grows the WebAssembly memory once, before a batch, to what the batch will
// use. Grown bit by bit as the batch allocates, each step costs the browser a copy or a
// collection: the first batch of 10,000 took several times as long as the next. The
// memory stays the program's, free for the batch to allocate from.
func reserve(size int) {
	ballast = make([]byte, min(size*heapPerByte, 1<<30))
	ballast = nil
	runtime.GC()
}

func post(msg map[string]any) { js.Global().Call("postMessage", msg) }
