package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/app/form"
	"baotou-widget/rules"
)

// A figure that looks typed in the wrong unit ("15000000" in a 万元 field) still counts as
// typed: the note under it is a question, not a correction. But the results it feeds are
// then wrong by far, so the totals bar and each item that rests on it say so, and where
// the note knows the figure likely meant, one tap writes it into the field.

// toCheck says which noted figures among paths the results rest on: a sentence, and
// their paths for the data-check-unit hook; "", "" when none is noted.
func (w *Widget) toCheck(paths []string) (text, noted string) {
	var names, hook []string
	for _, p := range paths {
		if w.form.UnitNote(p) != form.NoNote {
			names, hook = append(names, rules.Question(w.lang, p)), append(hook, p)
		}
	}
	if len(names) == 0 {
		return "", ""
	}
	sep := "、"
	if w.lang == rules.English {
		sep = "; "
	}
	return fill(T(w.lang).ToCheck, "fields", strings.Join(names, sep)), strings.Join(hook, " ")
}

// checkStrip says, in the totals bar, which figures the results rest on that need a
// check, with a button for each that knows the figure likely meant; nil while none does.
func (w *Widget) checkStrip() app.UI {
	paths := w.form.Checks()
	text, _ := w.toCheck(paths)
	if text == "" {
		return nil
	}
	fixes := []app.UI{tx("p", "", text)}
	for _, p := range paths {
		fixes = append(fixes, w.fixButton(p))
	}
	return box("div", "bar-check", fixes...)
}

// fixButton writes the figure the amount at path likely meant into its field ("改为 1,500
// 万元"); nil where no such figure is known.
func (w *Widget) fixButton(path string) app.UI {
	v, ok := w.form.Fix(path)
	if !ok {
		return nil
	}
	return txEl("button", "fix", fill(T(w.lang).FixTo, "money", bigMoney(w.lang, v))).
		Attr("type", "button").Attr("data-fix", path).Aria("describedby", inputID(path)+"-check").OnClick(w.onFix)
}

// onFix writes the figure a unit slip likely meant into its field.
func (w *Widget) onFix(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("fix").String()
	v, ok := w.form.Fix(path)
	if !ok {
		ctx.PreventUpdate()
		return
	}
	w.form.SetAmount(path, v)
	// The input's value was last drawn before the keys that made the slip (typing redraws
	// only the live parts), so the page's draw may see no change in it: set it here.
	if in := app.Window().GetElementByID(inputID(path)); in.Truthy() {
		in.Set("value", w.form.Text(path))
	}
	w.changed(ctx, path)
}
