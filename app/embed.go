package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// In an iframe on the park's website (?embed=1) the widget drops its page chrome, fits
// any width, and talks with the host page by messages that carry no answer:
//
//   - to the host: {type: "baotou-widget:height", height}, whenever its height changes, so
//     that the iframe is sized to it and never scrolls inside; and {type:
//     "baotou-widget:scroll", top} to bring a part of the frame into the host's view;
//   - from the host (embed.js): {type: "baotou-widget:view", top, height}, the part of
//     the frame the host's window shows, so that the totals bar stays at its foot while
//     the user answers. An iframe put in a page without embed.js hears nothing, and its
//     bar stays at the frame's top.

// The types of the messages.
const (
	heightMessage = "baotou-widget:height"
	scrollMessage = "baotou-widget:scroll"
	viewMessage   = "baotou-widget:view"
)

// hosted is true once the host page told the frame what it shows.
var hosted bool

// embedInHost starts talking with the host page.
func embedInHost() {
	reportHeight()
	win := app.Window()
	root := win.Get("document").Get("documentElement")
	win.Call("addEventListener", "message", app.FuncOf(func(this app.Value, args []app.Value) any {
		data := args[0].Get("data")
		if args[0].Get("source").Equal(win.Get("parent")) && data.Truthy() && data.Get("type").String() == viewMessage {
			top, height := data.Get("top").Float(), data.Get("height").Float()
			style := root.Get("style")
			style.Call("setProperty", "--view-top", px(top))
			style.Call("setProperty", "--view-height", px(height))
			if !hosted {
				hosted = true
				root.Get("classList").Call("add", "hosted")
			}
		}
		return nil
	}))
}

func px(f float64) string { return app.FormatString("%.0fpx", f) }

// reportHeight watches the widget's size and posts it to the parent page.
func reportHeight() {
	win := app.Window()
	root := win.Get("document").Call("querySelector", ".widget")
	parent := win.Get("parent")
	if !root.Truthy() || !parent.Truthy() {
		return
	}
	last := -1
	post := func() {
		h := int(root.Call("getBoundingClientRect").Get("height").Float() + 0.999)
		if h != last {
			last = h
			parent.Call("postMessage", map[string]any{"type": heightMessage, "height": h}, "*")
		}
	}
	observer := win.Get("ResizeObserver").New(app.FuncOf(func(this app.Value, args []app.Value) any {
		post()
		return nil
	}))
	observer.Call("observe", root)
	post()
}

// reveal brings an element into view: in a frame whose host listens, by asking the host
// to scroll there; else the browser scrolls whatever holds it.
func reveal(el app.Value) {
	if hosted {
		top := el.Call("getBoundingClientRect").Get("top").Float() + app.Window().Get("scrollY").Float()
		app.Window().Get("parent").Call("postMessage", map[string]any{"type": scrollMessage, "top": top}, "*")
		return
	}
	el.Call("scrollIntoView", map[string]any{"block": "start"})
}
