package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The page's side of the service worker (cmd/widget/worker.js). On a first visit the
// worker installs while the page is still downloading the WebAssembly; if it fetched
// app.wasm then, a slow link would carry it twice. So the worker waits until the page
// says it has loaded, and then takes app.wasm from the browser's HTTP cache.

const (
	msgLoaded    = "baotou-widget:loaded"
	msgLoadedAsk = "baotou-widget:loaded?"
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
	sw.Call("getRegistration").Call("then", app.FuncOf(func(this app.Value, args []app.Value) any {
		if reg := args[0]; reg.Truthy() {
			for _, state := range []string{"installing", "waiting"} {
				if w := reg.Get(state); w.Truthy() {
					w.Call("postMessage", loaded)
				}
			}
		}
		return nil
	}))
}
