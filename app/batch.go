package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// The page's side of the officers' batch: the Web Worker that reads the spreadsheet and
// assesses it (web/batch-worker.js running cmd/batchworker, whose comment lists the
// messages), and the forecast it sends back. The rules, the spreadsheet readers and
// writers live in the worker's own WebAssembly; this page's program only posts the file
// and shows the figures, so that the questionnaire's download does not grow.

// batchWorker is the running worker and the listener of its messages.
type batchWorker struct {
	worker  app.Value
	onMsg   app.Func
	onError app.Func
}

// startBatchWorker starts the worker; every message it sends goes to receive, on the UI
// goroutine. A worker that cannot start sends {type: "failed"}.
func startBatchWorker(ctx app.Context, receive func(ctx app.Context, msg app.Value)) *batchWorker {
	w := &batchWorker{worker: app.Window().Get("Worker").New(internalHref("/web/batch-worker.js"))}
	w.onMsg = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := args[0].Get("data")
		ctx.Dispatch(func(ctx app.Context) { receive(ctx, msg) })
		return nil
	})
	w.onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		args[0].Call("preventDefault")
		failed := app.ValueOf(map[string]any{"type": "failed", "message": args[0].Get("message").String()})
		ctx.Dispatch(func(ctx app.Context) { receive(ctx, failed) })
		return nil
	})
	w.worker.Call("addEventListener", "message", w.onMsg)
	w.worker.Call("addEventListener", "error", w.onError)
	return w
}

// assess sends a spreadsheet to be forecast, its downloads in lang: a File, or the
// address of one of the site's own (the example), which the worker fetches.
func (w *batchWorker) assess(file any, lang rules.Lang) {
	msg := map[string]any{"type": "assess", "lang": string(lang), "file": file}
	if url, ok := file.(string); ok {
		msg = map[string]any{"type": "assess", "lang": string(lang), "url": url}
	}
	w.worker.Call("postMessage", msg)
}

// render asks for the last forecast's downloads in lang.
func (w *batchWorker) render(lang rules.Lang) {
	w.worker.Call("postMessage", map[string]any{"type": "render", "lang": string(lang)})
}

func (w *batchWorker) stop() {
	w.worker.Call("terminate")
	w.onMsg.Release()
	w.onError.Release()
}

// batchOrg is one organisation of the forecast: its row in the file, its name, and its
// three totals as the worker wrote them (yuan, two decimals) and in cents, to sort by.
type batchOrg struct {
	line  int
	name  string
	yuan  [3]string // total, totalUpTo, competitive
	cents [3]int64
}

// batchSum is a line of the zone's summary: organisations eligible, and the exact,
// up-to and competitive sums.
type batchSum struct {
	orgs  int
	yuan  [3]string
	cents [3]int64
}

// batchForecast is what the worker sent: every organisation, and the sums by key ("all",
// a measure "1" … "8", an item id).
type batchForecast struct {
	orgs []batchOrg
	sums map[string]batchSum
}

// parseForecast reads the worker's result message: lines of tab-separated fields.
func parseForecast(msg app.Value) *batchForecast {
	f := &batchForecast{sums: map[string]batchSum{}}
	for _, line := range splitLines(msg.Get("orgs").String()) {
		p := strings.Split(line, "\t")
		if len(p) != 5 {
			continue
		}
		o := batchOrg{name: p[1], yuan: [3]string{p[2], p[3], p[4]}}
		o.line, _ = strconv.Atoi(p[0])
		for i := range o.cents {
			o.cents[i] = cents(o.yuan[i])
		}
		f.orgs = append(f.orgs, o)
	}
	for _, line := range splitLines(msg.Get("summary").String()) {
		p := strings.Split(line, "\t")
		if len(p) != 5 {
			continue
		}
		s := batchSum{yuan: [3]string{p[2], p[3], p[4]}}
		s.orgs, _ = strconv.Atoi(p[1])
		for i := range s.cents {
			s.cents[i] = cents(s.yuan[i])
		}
		f.sums[p[0]] = s
	}
	return f
}

func splitLines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }

// cents reads "1175000.00" exactly, as whole cents.
func cents(yuan string) int64 {
	n, _ := strconv.ParseInt(strings.Replace(yuan, ".", "", 1), 10, 64)
	return n
}

// batchError is a bad row as the worker worded it in both languages.
type batchError struct {
	line   int
	zh, en string
}

func parseErrors(msg app.Value) []batchError {
	rows := msg.Get("rows")
	errs := make([]batchError, rows.Length())
	for i := range errs {
		r := rows.Index(i)
		errs[i] = batchError{line: r.Get("line").Int(), zh: r.Get("zh").String(), en: r.Get("en").String()}
	}
	return errs
}

// blobURL makes the worker's bytes a file the page can offer for download.
func blobURL(bytes app.Value, mime string) string {
	win := app.Window()
	blob := win.Get("Blob").New([]any{bytes}, map[string]any{"type": mime})
	return win.Get("URL").Call("createObjectURL", blob).String()
}

func revokeURL(url string) {
	if url != "" {
		app.Window().Get("URL").Call("revokeObjectURL", url)
	}
}
