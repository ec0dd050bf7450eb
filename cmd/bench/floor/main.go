// Command floor is the page that make bench measures the widget against: go-app's hello
// world plus one text field whose every keystroke redraws an echo line, the least a go-app
// page that follows typing can be. Built for the browser it renders a heading, the field
// (hook data-q="echo") and the echo (hook data-echo); built for this machine,
// `floor static DIR` writes its site with go-app's defaults (the same icons as the widget,
// so that its service worker can cache them).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hello is the whole page: one component, drawn again on each input event.
type hello struct {
	app.Compo
	text string
}

func (h *hello) Render() app.UI {
	return app.Div().Body(
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
