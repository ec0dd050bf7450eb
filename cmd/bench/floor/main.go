// Command floor is the go-app hello world that make bench measures the widget against:
// the least WebAssembly a go-app page can be. Built for the browser it renders one heading;
// built for this machine, `floor static DIR` writes its site with go-app's defaults (the
// same icons as the widget, so that its service worker can cache them).
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Hello World!") }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	writeSite()
}
