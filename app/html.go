package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// Every element of the pages is go-app's generic element, named by its tag: go-app's typed
// elements each bring their own few hundred methods into the WebAssembly, about a
// kilobyte compressed per tag, and the pages use forty tags. el and void make them; flag
// sets their yes/no attributes.

// el is an element of tag.
func el(tag string) app.HTMLElem { return app.Elem(tag) }

// void is an element of tag that has no content, such as input or br.
func void(tag string) app.HTMLElemSelfClosing { return app.ElemSelfClosing(tag) }

// flag sets a yes/no attribute (checked, hidden, disabled …). In the browser it sets the
// element's property either way; in the prerendered page it writes the attribute only
// when it is on, since HTML reads checked="false" as checked.
func flag[E interface{ Attr(string, any) E }](e E, name string, on bool) E {
	if on || app.IsClient {
		return e.Attr(name, on)
	}
	return e
}

// button is a button of the page (not a form's submit button) that calls h.
func button(label string, h app.EventHandler) app.HTMLElem {
	return el("button").Attr("type", "button").Text(label).OnClick(h)
}

// tx is an element of tag and class holding text: the commonest shape of the pages, in
// one call (every call costs the WebAssembly a few hundred bytes).
func tx(tag, class, text string) app.UI { return txEl(tag, class, text) }

// box is an element of tag and class holding children.
func box(tag, class string, body ...app.UI) app.UI { return boxEl(tag, class, body...) }

// sayIn is an element of tag and class holding a text in lang, the Chinese it quotes in
// English marked as Chinese (say).
func sayIn(lang rules.Lang, tag, class, text string) app.UI {
	return sayInEl(lang, tag, class, text)
}

// tx, box and sayIn give an app.UI, ready to be a child: turning go-app's HTMLElem into an
// app.UI costs the WebAssembly about a hundred bytes wherever it is done, so it is done
// once, here. txEl, boxEl and sayInEl give the element itself, to a caller that goes on
// to set its attributes.

func txEl(tag, class, text string) app.HTMLElem { return boxEl(tag, class).Text(text) }

func boxEl(tag, class string, body ...app.UI) app.HTMLElem {
	e := app.Elem(tag)
	if class != "" {
		e = e.Class(class)
	}
	if len(body) > 0 {
		e = e.Body(body...)
	}
	return e
}

func sayInEl(lang rules.Lang, tag, class, text string) app.HTMLElem {
	return boxEl(tag, class, say(lang, text)...)
}

// show is ui where cond holds, and nothing (go-app drops nil children) where it does not.
func show(cond bool, ui app.UI) app.UI {
	if cond {
		return ui
	}
	return nil
}
