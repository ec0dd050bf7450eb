package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// In an iframe on the park's website (?embed=1) the widget drops its page chrome, fits
// any width, and tells the parent page its height whenever it changes, so that the
// iframe can be sized to it and never scrolls inside:
//
//	postMessage({type: "baotou-widget:height", height}, "*")
//
// The message carries only the height: no answer ever leaves the frame.

// heightMessage is the type of the message the parent page listens for.
const heightMessage = "baotou-widget:height"

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
