package app

import (
	"baotou-widget/app/form"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"runtime/debug"
	"slices"

	"baotou-widget/rules"
)

// The few things the widget asks of the browser beyond the page: where it is, its events,
// a file to download, a file to read, the clipboard, focus and scrolling.

// PrepareBrowser must run before go-app starts: it guards storage and the address, which
// go-app reads as it starts and which would end the program if they fail, and tells the
// service worker that the WebAssembly has arrived.
func PrepareBrowser() {
	if app.IsServer {
		return
	}
	debug.SetGCPercent(gcPercent)
	guardStorage()
	guardAddress()
	announceLoaded()
}

// gcPercent lets the heap grow to five times what is live before the garbage collector
// runs, rather than Go's two: every keystroke draws the results again and allocates, and
// in a profile of typing the collector (and the finalizers of the JavaScript values it
// frees) took a tenth of the main thread's time; at startup it runs while go-app mounts
// the page. The live heap is a few megabytes, so this costs a phone little memory.
const gcPercent = 400

// pageAddress is the page's address without query or fragment: the base of share links.
func pageAddress() string {
	loc := app.Window().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String()
}

// dropFragment takes the answers of a share link off the address once the user changed
// them: a reload or a copied address would otherwise bring back the old answers.
func dropFragment() {
	loc := app.Window().Get("location")
	app.Window().Get("history").Call("replaceState", app.Window().Get("history").Get("state"), "",
		loc.Get("pathname").String()+loc.Get("search").String())
}

// onBrowser calls f, synchronously, on each of the window's events of that type: for
// work that must be done before the browser goes on (printing, leaving the page).
func onBrowser(event string, f func()) app.Func {
	return onBrowserEvent(event, func(app.Value) { f() })
}

// onBrowserEvent is onBrowser for work that reads the event.
func onBrowserEvent(event string, f func(e app.Value)) app.Func {
	fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
		f(args[0])
		return nil
	})
	app.Window().Call("addEventListener", event, fn)
	return fn
}

// offBrowser stops calling a function of onBrowser.
func offBrowser(event string, fn app.Func) {
	if fn != nil {
		app.Window().Call("removeEventListener", event, fn)
		fn.Release()
	}
}

// keepOnLeave calls save when the page is hidden or left: a phone may discard a hidden
// tab without another word.
func keepOnLeave(save func()) {
	onBrowser("pagehide", save)
	onBrowser("visibilitychange", func() {
		if app.Window().Get("document").Get("visibilityState").String() == "hidden" {
			save()
		}
	})
}

// download offers text as a file to save.
func download(name, mime, text string) {
	win := app.Window()
	blob := win.Get("Blob").New([]any{text}, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	win.Get("URL").Call("revokeObjectURL", url)
}

// readFile reads the first file chosen in a file input and calls done with its name and
// text, or with an error when the browser cannot read it, on the UI goroutine.
func readFile(ctx app.Context, input app.Value, done func(ctx app.Context, name, text string, err error)) {
	files := input.Get("files")
	if files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		text := args[0].String()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, text, nil) })
		release()
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, "", errUnreadable) })
		release()
		return nil
	})
	file.Call("text").Call("then", ok, fail)
	input.Set("value", "") // the same file can be chosen again
}

// copyText puts text on the clipboard, where the browser allows it.
func copyText(text string) {
	defer func() { recover() }()
	app.Window().Get("navigator").Get("clipboard").Call("writeText", text)
}

// shareSheet opens the system's share sheet where the browser has one (navigator.share,
// on phones mostly). The user closing it rejects the promise, which needs no word.
func shareSheet(title, text, url string) {
	nav := app.Window().Get("navigator")
	if !nav.Get("share").Truthy() {
		return
	}
	nav.Call("share", map[string]any{"title": title, "text": text, "url": url}).Call("catch", ignoreRejection)
}

var ignoreRejection = app.FuncOf(func(app.Value, []app.Value) any { return nil })

// focusID moves the keyboard's focus to the element with that id, if it is there.
func focusID(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus", map[string]any{"preventScroll": false})
	}
}

// syncInputs writes the form's state into every input on screen. go-app writes only what
// changed in its own copy of the page, and never an empty value (go-app#1083) nor an
// unticked option: after answers are replaced as a whole, the screen is set here.
func syncInputs(f *form.Form) {
	inputs := app.Window().Get("document").Call("querySelectorAll", `[data-q]`)
	for i := 0; i < inputs.Length(); i++ {
		in := inputs.Index(i)
		field := rules.FieldByPath(in.Get("dataset").Get("q").String())
		if field == nil {
			continue
		}
		switch field.Kind {
		case rules.KindBool:
			in.Set("checked", *field.Bool(&f.Answers))
		case rules.KindList:
			in.Set("checked", slices.Contains(*field.List(&f.Answers), in.Get("value").String()))
		case rules.KindEnum:
			in.Set("value", *field.Text(&f.Answers))
		default:
			in.Set("value", f.Text(field.Path))
		}
	}
}
