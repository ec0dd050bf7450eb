package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// In an iframe on the park's website (?embed=1) the widget drops its page chrome, fits
// any width, and talks with the host page by messages that carry no answer:
//
//   - to the host: {type: "baotou-widget:height", height}, whenever its height changes, so
//     that the iframe is sized to it and never scrolls inside; and {type:
//     "baotou-widget:scroll", top} to bring a part of the frame into the host's view; and
//     {type: "baotou-widget:reveal", top, bottom, bar} when a control takes the focus, so
//     that the host scrolls it clear of the totals bar (bar, its height) if it is under it;
//   - from the host (embed.js): {type: "baotou-widget:view", top, height}, the part of
//     the frame the host's window shows, so that the totals bar stays at its foot while
//     the user answers. An iframe put in a page without embed.js hears nothing, and its
//     bar stays at the frame's top.

// The types of the messages.
const (
	heightMessage = "baotou-widget:height"
	scrollMessage = "baotou-widget:scroll"
	revealMessage = "baotou-widget:reveal"
	viewMessage   = "baotou-widget:view"
)

// hosted is true once the host page told the frame what it shows.
var hosted bool

// embedInHost starts talking with the host page.
func embedInHost() {
	reportHeight()
	win := app.Window()
	doc := win.Get("document")
	root := doc.Get("documentElement")
	win.Call("addEventListener", "message", app.FuncOf(func(this app.Value, args []app.Value) any {
		data := args[0].Get("data")
		if args[0].Get("source").Equal(win.Get("parent")) && data.Truthy() && data.Get("type").String() == viewMessage {
			style := root.Get("style")
			style.Call("setProperty", "--view-top", px(data.Get("top").Float()))
			style.Call("setProperty", "--view-height", px(data.Get("height").Float()))
			if !hosted {
				hosted = true
				root.Get("classList").Call("add", "hosted")
			}
		}
		return nil
	}))
	// The host's window scrolls to a focused question, not the frame, and the host's
	// scroll padding knows nothing of the totals bar: a question reached with Tab could
	// stand under it. The host, which alone knows where it has scrolled, is told where the
	// question is and how tall the bar, and brings the question clear of it.
	doc.Call("addEventListener", "focusin", app.FuncOf(func(this app.Value, args []app.Value) any {
		if hosted {
			revealInHost(args[0].Get("target"))
		}
		return nil
	}))
}

// revealInHost asks the host to bring the control el clear of the totals bar.
func revealInHost(el app.Value) {
	win := app.Window()
	bar := win.Get("document").Call("getElementById", "totals-bar")
	if !bar.Truthy() || bar.Call("contains", el).Bool() {
		return
	}
	// The whole question, and room below it for the line that says how a figure was
	// understood, which appears as one types.
	const room = 40
	if q := el.Call("closest", ".question"); q.Truthy() {
		el = q
	}
	r, scrollY := el.Call("getBoundingClientRect"), win.Get("scrollY").Float()
	win.Get("parent").Call("postMessage", map[string]any{"type": revealMessage,
		"top": r.Get("top").Float() + scrollY, "bottom": r.Get("bottom").Float() + scrollY + room, "bar": bar.Get("offsetHeight").Float()}, "*")
}

// keepClear brings the control being answered clear of the totals bar again, once the
// bar grew (a figure to check adds a line to it): in a host page by asking the host, on a
// phone by the browser, which keeps the bar's height as scroll padding (style.css).
func keepClear() {
	el := app.Window().Get("document").Get("activeElement")
	if !el.Truthy() || el.Call("closest", "input, select").IsNull() {
		return
	}
	if hosted {
		revealInHost(el)
		return
	}
	el.Call("scrollIntoView", map[string]any{"block": "nearest"})
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
