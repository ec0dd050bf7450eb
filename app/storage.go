package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The answers a user asked to remember live in this browser's localStorage under one key,
// as the answers contract's JSON. A browser may refuse storage (a cross-site iframe, a
// privacy setting): every access is guarded, and the widget works on without it.

const storageKey = "baotou-widget/answers"

// localStorage gives window.localStorage. Reading the property where storage is blocked
// throws, and a property read from Go's WebAssembly is not guarded: the exception would end
// the program. Reflect.get is a call, and a call that throws becomes a Go panic that the
// callers below recover from.
func localStorage() app.Value {
	win := app.Window()
	return win.Get("Reflect").Call("get", win, "localStorage")
}

// storageBlocked is true when the browser refuses this page its storage; GuardStorage
// finds out before anything touches it.
var storageBlocked bool

// PrepareBrowser must run before go-app starts: it guards storage and the address, which
// go-app reads as it starts and which would end the program if they fail, and tells the
// service worker that the WebAssembly has arrived.
func PrepareBrowser() {
	if app.IsServer {
		return
	}
	guardStorage()
	guardAddress()
	announceLoaded()
}

// guardStorage:  Where the browser refuses storage (a
// cross-site iframe, a privacy setting), reading window.localStorage throws, and go-app
// reads it as it starts (it sweeps expired states), which would end the program. It then
// puts a storage that lives only in this page in its place, and the widget says that it
// cannot remember answers.
func guardStorage() {
	func() {
		defer func() {
			if recover() != nil {
				storageBlocked = true
			}
		}()
		localStorage()
	}()
	if !storageBlocked {
		return
	}
	win := app.Window()
	win.Get("Object").Call("defineProperty", win, "localStorage",
		map[string]any{"value": memoryStorage(), "configurable": true})
}

// memoryStorage is an object with the Storage methods go-app calls, kept in a Go map.
func memoryStorage() app.Value {
	items := map[string]string{}
	var keys []string
	obj := app.Window().Get("Object").New()
	obj.Set("length", 0)
	method := func(name string, f func(args []app.Value) any) {
		obj.Set(name, app.FuncOf(func(this app.Value, args []app.Value) any { return f(args) }))
	}
	method("getItem", func(args []app.Value) any {
		if v, ok := items[args[0].String()]; ok {
			return v
		}
		return nil
	})
	method("setItem", func(args []app.Value) any {
		k := args[0].String()
		if _, ok := items[k]; !ok {
			keys = append(keys, k)
		}
		items[k] = args[1].String()
		obj.Set("length", len(keys))
		return nil
	})
	method("removeItem", func(args []app.Value) any {
		k := args[0].String()
		if _, ok := items[k]; ok {
			delete(items, k)
			for i, x := range keys {
				if x == k {
					keys = append(keys[:i], keys[i+1:]...)
					break
				}
			}
			obj.Set("length", len(keys))
		}
		return nil
	})
	method("key", func(args []app.Value) any {
		if i := args[0].Int(); i >= 0 && i < len(keys) {
			return keys[i]
		}
		return nil
	})
	method("clear", func([]app.Value) any {
		items, keys = map[string]string{}, nil
		obj.Set("length", 0)
		return nil
	})
	return obj
}

// loadSaved gives the remembered answers ("" when none) and whether storage can be used.
func loadSaved() (data string, ok bool) {
	if storageBlocked {
		return "", false
	}
	defer func() {
		if recover() != nil {
			data, ok = "", false
		}
	}()
	v := localStorage().Call("getItem", storageKey)
	if v.IsNull() || v.IsUndefined() {
		return "", true
	}
	return v.String(), true
}

// save remembers the answers; it reports whether storage could be used.
func save(data string) (ok bool) {
	if storageBlocked {
		return false
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	localStorage().Call("setItem", storageKey, data)
	return true
}

// forget deletes the remembered answers.
func forget() {
	defer func() { recover() }()
	localStorage().Call("removeItem", storageKey)
}
