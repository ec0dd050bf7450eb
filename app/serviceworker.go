package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The page's side of the service worker (cmd/widget/worker.js). On a first visit the
// worker installs while the page is still downloading the WebAssembly; if it fetched
// app.wasm then, a slow link would carry it twice. So the worker waits until the page
// says it has loaded, and then takes app.wasm from the browser's HTTP cache.

const (
	msgLoaded    = "baotou-widget:loaded"
	msgLoadedAsk = "baotou-widget:loaded?"
	// msgCacheBatch asks the worker to keep the officers' batch worker and its
	// WebAssembly, which it does not fetch at install, once /officers has loaded them.
	msgCacheBatch = "baotou-widget:cache-batch"
)

// announceLoaded tells an installing worker that the WebAssembly is here (this code runs
// only once it is), and answers a worker that asks.
func announceLoaded() {
	defer func() { recover() }() // a browser without service workers: nothing to tell
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	loaded := map[string]any{"type": msgLoaded}
	sw.Call("addEventListener", "message", app.FuncOf(func(this app.Value, args []app.Value) any {
		ev := args[0]
		if data := ev.Get("data"); data.Truthy() && data.Get("type").String() == msgLoadedAsk {
			ev.Get("source").Call("postMessage", loaded)
		}
		return nil
	}))
	sw.Call("startMessages")
	tellWorkers(loaded, "installing", "waiting")
}

// tellWorkers posts a message to this page's service workers in the given states
// (installing, waiting, active; all three when none is given), where there are any.
func tellWorkers(msg map[string]any, states ...string) {
	defer func() { recover() }() // a browser without service workers: nothing to tell
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	if len(states) == 0 {
		states = []string{"installing", "waiting", "active"}
	}
	var got app.Func
	got = app.FuncOf(func(this app.Value, args []app.Value) any {
		if reg := args[0]; reg.Truthy() {
			for _, state := range states {
				if w := reg.Get(state); w.Truthy() {
					w.Call("postMessage", msg)
				}
			}
		}
		got.Release()
		return nil
	})
	sw.Call("getRegistration").Call("then", got)
}
