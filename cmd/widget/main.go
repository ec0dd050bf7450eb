// Command widget is the self-assessment widget: compiled to WebAssembly it is the program
// the browser runs; compiled for this machine it writes the static website and serves it.
//
//	go run ./cmd/widget static [-out dist] [-base /widget] [-public-url https://…] [-issued 2025-01-01] [-contact-zh … -contact-en …]
//	go run ./cmd/widget serve  [-dir dist] [-addr 127.0.0.1:8000] [-base /widget]
//	go run ./cmd/widget compress DIR   (the .br and .gz twins of another site, as make bench needs)
//
// `make static` and `make run` build the WebAssembly first and call these.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	widget "baotou-widget/app"
)

func main() {
	routes()
	widget.PrepareBrowser()
	app.RunWhenOnBrowser()
	serverMain()
}

// routes are the widget's pages; the server needs them too, to prerender each page.
func routes() {
	app.Route("/", func() app.Composer { return widget.NewWidget() })
	app.Route("/brief", func() app.Composer { return widget.NewBrief() })
	app.Route("/officers", func() app.Composer { return widget.NewOfficers() })
}
