package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The answers a user asked to remember live in this browser's localStorage under one key,
// as the answers contract's JSON. A browser may refuse storage (a cross-site iframe, a
// privacy setting): every access is guarded, and the widget works on without it.

const storageKey = "baotou-widget/answers"

// loadSaved gives the remembered answers ("" when none) and whether storage can be used.
func loadSaved() (data string, ok bool) {
	defer func() {
		if recover() != nil {
			data, ok = "", false
		}
	}()
	v := app.Window().Get("localStorage").Call("getItem", storageKey)
	if v.IsNull() || v.IsUndefined() {
		return "", true
	}
	return v.String(), true
}

// save remembers the answers; it reports whether storage could be used.
func save(data string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	app.Window().Get("localStorage").Call("setItem", storageKey, data)
	return true
}

// forget deletes the remembered answers.
func forget() {
	defer func() { recover() }()
	app.Window().Get("localStorage").Call("removeItem", storageKey)
}

// clearInputs empties every input of the questionnaire on screen: go-app neither writes
// an empty value into an input (go-app#1083) nor unselects an option it once selected.
func clearInputs() {
	inputs := app.Window().Get("document").Call("querySelectorAll", `[data-q]`)
	for i := 0; i < inputs.Length(); i++ {
		if in := inputs.Index(i); in.Get("type").String() == "checkbox" {
			in.Set("checked", false)
		} else {
			in.Set("value", "")
		}
	}
}
