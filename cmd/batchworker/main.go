//go:build js && wasm

// Command batchworker is the WebAssembly of the officers' batch page: it runs in a Web
// Worker (web/batch-worker.js), off the page's thread, and turns a spreadsheet into the
// zone's forecast with package batch. It speaks to the page in messages:
//
//	page → worker  {type: "assess", file: File, lang: "zh"}  a spreadsheet to forecast
//	               {type: "render", lang: "en"}              the last forecast's files in another language
//	worker → page  {type: "progress", stage, done, total}     while it reads and assesses
//	               {type: "errors", rows: [{line, zh, en}]}  every bad row; nothing else
//	               {type: "result", …}                       the forecast (see result)
//	               {type: "files", lang, xlsx, csv}          the downloads, as bytes
//	               {type: "done", ms}                        how long the whole batch took
//
// It links no go-app and no browser package but syscall/js, so that it stays small.
package main

import (
	"bytes"
	"runtime"
	"strconv"
	"strings"
	"syscall/js"
	"time"

	"baotou-widget/batch"
	"baotou-widget/rules"
)

// last is the forecast shown now, kept to write its files again in another language.
var last *batch.Forecast

func main() {
	js.Global().Set("baotouBatch", js.ValueOf(map[string]any{
		"assess": js.FuncOf(func(this js.Value, args []js.Value) any {
			data := make([]byte, args[0].Get("length").Int())
			js.CopyBytesToGo(data, args[0])
			assess(data, rules.ParseLang(args[1].String()))
			return nil
		}),
		"render": js.FuncOf(func(this js.Value, args []js.Value) any {
			if last != nil {
				postFiles(last, rules.ParseLang(args[0].String()))
			}
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

// assess reads, checks and assesses a spreadsheet and posts its errors or its forecast.
func assess(data []byte, lang rules.Lang) {
	start := time.Now()
	last = nil
	reserve(len(data))
	report := func(s batch.Stage, done, total int) { progress(stages[s], done, total) }
	rows, err := batch.Read(data, report)
	if err != nil {
		postErrors(err.(batch.Errors)) // Read fails only with Errors
		return
	}
	f := batch.Assess(rows, report)
	progress("write", 0, 1)
	post(result(f))
	postFiles(f, lang)
	last = f
	post(map[string]any{"type": "done", "ms": time.Since(start).Milliseconds()})
}

// postErrors sends every bad row, in both languages, so that the page can switch.
func postErrors(errs batch.Errors) {
	rows := make([]any, len(errs))
	for i, r := range errs {
		rows[i] = map[string]any{"line": r.Line, "zh": r.Message(rules.Chinese), "en": r.Message(rules.English)}
	}
	post(map[string]any{"type": "errors", "rows": rows})
}

// result is the forecast as the page shows it, in lines of tab-separated fields, which
// the page splits without a decoder:
//
//	orgs:    line, name, total, totalUpTo, competitive     one organisation a line
//	summary: key, orgs, exact, upTo, competitive           key "all", a measure "1"…"8", or an item id
func result(f *batch.Forecast) map[string]any {
	var orgs, summary strings.Builder
	orgs.Grow(len(f.Orgs) * 48)
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	for _, o := range f.Orgs {
		orgs.WriteString(strconv.Itoa(o.Line) + "\t" + clean.Replace(o.Name) + "\t" + o.Total.String() + "\t" + o.TotalUpTo.String() + "\t" + o.Competitive.String() + "\n")
	}
	sum := func(key string, s batch.Sum) {
		summary.WriteString(key + "\t" + strconv.Itoa(s.Orgs) + "\t" + s.Exact.String() + "\t" + s.UpTo.String() + "\t" + s.Competitive.String() + "\n")
	}
	sum("all", f.Total)
	for n := 1; n <= 8; n++ {
		sum(strconv.Itoa(n), f.Measures[n])
	}
	for j, id := range rules.ItemIDs() {
		sum(string(id), f.Items[j])
	}
	return map[string]any{"type": "result", "count": len(f.Orgs), "orgs": orgs.String(), "summary": summary.String()}
}

// postFiles writes the forecast's downloads in lang and hands their bytes to the page.
func postFiles(f *batch.Forecast, lang rules.Lang) {
	var x, c bytes.Buffer
	// Writing into memory cannot fail.
	f.WriteXLSX(&x, lang)
	progress("write", 1, 2)
	f.WriteCSV(&c, lang, true)
	xlsx, csv := bytesToJS(x.Bytes()), bytesToJS(c.Bytes())
	js.Global().Call("postMessage", map[string]any{"type": "files", "lang": string(lang), "xlsx": xlsx, "csv": csv},
		[]any{xlsx.Get("buffer"), csv.Get("buffer")})
}

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

func bytesToJS(b []byte) js.Value {
	u := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u, b)
	return u
}

func post(msg map[string]any) { js.Global().Call("postMessage", msg) }
