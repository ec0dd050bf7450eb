package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// The page's side of the officers' batch: the Web Worker that reads the spreadsheet,
// assesses it and draws the forecast (web/batch-worker.js running cmd/batchworker, whose
// comment lists the messages). The rules, the spreadsheet readers and writers, and the
// forecast's tables, chart and words live in the worker's own WebAssembly, which sends the
// forecast as HTML; this page's program only posts the file and the clicks, and puts that
// HTML in place, so that the questionnaire's download does not grow.

// batchWorker is the running worker and the listener of its messages.
type batchWorker struct {
	worker  app.Value
	onMsg   app.Func
	onError app.Func
	stopped bool // a message it sent before it was stopped is not for the page
	ready   bool // its program has started
}

// startBatchWorker starts the worker; every message it sends goes to receive, on the UI
// goroutine. A worker that cannot start sends {type: "failed"}.
func startBatchWorker(ctx app.Context, receive func(ctx app.Context, msg app.Value)) *batchWorker {
	w := &batchWorker{worker: app.Window().Get("Worker").New(internalHref("/web/batch-worker.js"))}
	deliver := func(msg app.Value) {
		ctx.Dispatch(func(ctx app.Context) {
			if !w.stopped {
				w.ready = w.ready || msg.Get("type").String() == "ready"
				receive(ctx, msg)
			}
		})
	}
	w.onMsg = app.FuncOf(func(this app.Value, args []app.Value) any {
		deliver(args[0].Get("data"))
		return nil
	})
	w.onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		args[0].Call("preventDefault")
		deliver(app.ValueOf(map[string]any{"type": "failed", "message": args[0].Get("message").String()}))
		return nil
	})
	w.worker.Call("addEventListener", "message", w.onMsg)
	w.worker.Call("addEventListener", "error", w.onError)
	return w
}

// assess sends a spreadsheet to be forecast and shown in lang: a File, or the address of
// one of the site's own (the example), which the worker fetches.
func (w *batchWorker) assess(file any, lang rules.Lang) {
	source := "file"
	if _, ok := file.(string); ok {
		source = "url"
	}
	w.send("assess", "lang", string(lang), source, file)
}

// send posts a message {type: kind, name: value, …}; the worker's comment lists them.
// (One map literal here rather than one in each caller: each costs the WebAssembly.)
func (w *batchWorker) send(kind string, pairs ...any) {
	msg := map[string]any{"type": kind}
	for i := 0; i+1 < len(pairs); i += 2 {
		msg[pairs[i].(string)] = pairs[i+1]
	}
	w.worker.Call("postMessage", msg)
}

// stop ends the worker wherever it is, in the middle of a file or dead, and its
// downloads with it: no message of it reaches the page after.
func (w *batchWorker) stop() {
	w.stopped = true
	w.worker.Call("removeEventListener", "message", w.onMsg)
	w.worker.Call("removeEventListener", "error", w.onError)
	w.worker.Call("terminate")
	w.onMsg.Release()
	w.onError.Release()
}
