package app

import (
	"baotou-widget/rules/input"
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// The answers live in this browser only: in this tab's sessionStorage always, so that a
// reload or a tab the phone put to sleep loses nothing, and in localStorage when the user
// asks to be remembered on this device. A browser may refuse storage (a cross-site iframe,
// a privacy setting): every access is guarded, and the widget works on without it.

const storageKey = "baotou-widget/answers"

// The two storages, by the name of their window property.
const (
	tabStorage    = "sessionStorage"
	deviceStorage = "localStorage"
)

// kept is what the page keeps: the answers in the contract's JSON, and beside them the
// organisation's name and the unit of amounts, which the contract does not hold.
type kept struct {
	Answers json.RawMessage `json:"answers"`
	Name    string          `json:"name,omitempty"`
	Unit    input.Unit      `json:"unit,omitempty"`
}

// storage gives window.sessionStorage or window.localStorage. Reading the property where
// storage is blocked throws, and a property read from Go's WebAssembly is not guarded: the
// exception would end the program. Reflect.get is a call, and a call that throws becomes a
// Go panic that the callers below recover from.
func storage(name string) app.Value {
	win := app.Window()
	return win.Get("Reflect").Call("get", win, name)
}

// storageBlocked is true when the browser refuses this page its storage; guardStorage
// finds out before anything touches it.
var storageBlocked bool

// guardStorage: go-app reads localStorage as it starts (it sweeps expired states), which
// would end the program where the browser refuses it. A storage that lives only in this
// page then takes its place, and the widget says that it cannot keep answers.
func guardStorage() {
	func() {
		defer func() {
			if recover() != nil {
				storageBlocked = true
			}
		}()
		storage(deviceStorage)
		storage(tabStorage)
	}()
	if !storageBlocked {
		return
	}
	win := app.Window()
	for _, name := range []string{deviceStorage, tabStorage} {
		win.Get("Object").Call("defineProperty", win, name, map[string]any{"value": memoryStorage(), "configurable": true})
	}
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

// load gives what a storage keeps ("" when nothing) and whether it can be used.
func load(name string) (data string, ok bool) {
	if storageBlocked {
		return "", false
	}
	defer func() {
		if recover() != nil {
			data, ok = "", false
		}
	}()
	v := storage(name).Call("getItem", storageKey)
	if v.IsNull() || v.IsUndefined() {
		return "", true
	}
	return v.String(), true
}

// store keeps data; it reports whether the storage could be used.
func store(name, data string) (ok bool) {
	if storageBlocked {
		return false
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	storage(name).Call("setItem", storageKey, data)
	return true
}

// forget deletes what a storage keeps.
func forget(name string) {
	defer func() { recover() }()
	storage(name).Call("removeItem", storageKey)
}

// decodeKept reads what a storage keeps; answers kept by an earlier version are the bare
// answers contract.
func decodeKept(data string) (rules.Answers, kept, error) {
	var k kept
	if err := json.Unmarshal([]byte(data), &k); err != nil || k.Answers == nil {
		k = kept{Answers: json.RawMessage(data)}
	}
	a, err := rules.Decode(k.Answers)
	return a, k, err
}

// encodeKept writes the page's answers as a storage keeps them.
func (w *Widget) encodeKept() string {
	b, _ := json.Marshal(kept{Answers: rules.Encode(w.form.Answers), Name: w.name, Unit: w.form.Unit})
	return string(b)
}

// restore brings back the answers of this tab (the newest), else those remembered on this
// device; a share link wins over both. Answers a storage keeps that cannot be
// read are set aside with a message; the device then remembers nothing until asked.
func (w *Widget) restore(linkInAddress bool) {
	tab, tabOK := load(tabStorage)
	device, deviceOK := load(deviceStorage)
	w.storageOK = deviceOK && tabOK
	// A link, even one that cannot be read, says what the user asked for: its answers, not
	// those kept here (a damaged link opens the page empty, as its message says).
	loaded := linkInAddress
	for _, source := range []struct {
		data   string
		device bool
	}{{tab, false}, {device, true}} {
		if source.data == "" {
			continue
		}
		a, k, err := decodeKept(source.data)
		if err != nil {
			w.alert = alertStorageBroken
			continue
		}
		w.remember = w.remember || source.device
		if loaded {
			continue
		}
		loaded = true
		w.load(a)
		w.name = k.Name
		if k.Unit != "" {
			w.form.SetUnit(k.Unit)
		}
		if source.device && w.alert == alertNone {
			w.alert = alertRestored
		}
	}
}

// saveNow keeps the answers in this tab, and on this device if asked.
func (w *Widget) saveNow() {
	data := w.encodeKept()
	ok := store(tabStorage, data)
	if w.remember {
		ok = store(deviceStorage, data) && ok
	}
	w.storageOK = ok
}

// onRemember keeps the answers on this device, or forgets them there.
func (w *Widget) onRemember(ctx app.Context, e app.Event) {
	w.remember = ctx.JSSrc().Get("checked").Bool()
	if w.remember {
		w.saveNow()
	} else {
		forget(deviceStorage)
	}
}
