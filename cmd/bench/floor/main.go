// Command floor is the page that make bench measures the widget against: go-app's hello
// world plus one text field whose every keystroke redraws an echo line, the least a go-app
// page that follows typing can be. Built for the browser it renders a heading, the field
// (hook data-q="echo") and the echo (hook data-echo), and marks its root data-ready once
// mounted, as the widget does; built for this machine,
// `floor static DIR` writes its site with go-app's defaults (the same icons as the widget,
// so that its service worker can cache them).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hello is the whole page: one component, drawn again on each input event.
type hello struct {
	app.Compo
	text  string
	ready bool
}

// OnMount runs in the browser only: the ready marker says the program runs, as the
// widget's does, for the startup figures.
func (h *hello) OnMount(ctx app.Context) { h.ready = true }

func (h *hello) Render() app.UI {
	root := app.Div()
	if h.ready {
		root = root.Attr("data-ready", "true")
	}
	return root.Body(
		app.H1().Text("Hello World!"),
		app.Input().Type("text").Attr("data-q", "echo").Attr("autocomplete", "off").
			Value(h.text).OnInput(h.onInput),
		app.P().Attr("data-echo", "true").Text(h.text),
	)
}

// onInput takes the field's text; go-app then draws the component again.
func (h *hello) onInput(ctx app.Context, e app.Event) {
	h.text = ctx.JSSrc().Get("value").String()
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	writeSite()
}
