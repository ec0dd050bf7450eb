package app

import (
	"baotou-widget/rules/input"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// The inputs of the questionnaire. Each carries the data-q hook of spec/widget.md and is
// labelled by the question alone; its unit, help and the line of understanding under it
// are its description. Its handler is a method of Widget that reads the path from data-q,
// so no closure built in a render can go stale.

// inputID is the id of a field's input, for its label.
func inputID(path string) string { return "q-" + strings.ReplaceAll(path, ".", "-") }

// describedBy lists the ids that describe the input of path: its unit if it has one, its
// help if it has one, and its note.
func (w *Widget) describedBy(path string, unit bool) string {
	id := inputID(path)
	var ids []string
	if unit {
		ids = append(ids, id+"-unit")
	}
	if T(w.lang).Help.get(path) != "" {
		ids = append(ids, id+"-help")
	}
	return strings.Join(append(ids, id+"-read", id+"-check", id+"-problem"), " ")
}

// help is the line under a question, where one helps.
func (w *Widget) help(path string) app.UI {
	h := T(w.lang).Help.get(path)
	if h == "" {
		return nil
	}
	return sayInEl(w.lang, "p", "help", h).ID(inputID(path) + "-help")
}

// number is a text field for an amount (in the form's unit) or a whole number, with the
// line that says how it was understood.
func (w *Widget) number(path string, amount bool) app.UI {
	c := T(w.lang)
	id := inputID(path)
	textbox := void("input").Attr("type", "text").ID(id).Attr("autocomplete", "off").Attr("data-q", path).
		Aria("describedby", w.describedBy(path, amount)).Aria("invalid", w.form.Problem(path) != input.OK).
		Attr("value", w.form.Text(path)).OnInput(w.onText).OnBlur(w.onLeave)
	var field app.UI
	if amount {
		unit := c.UnitWan
		if w.form.Unit == input.Yuan {
			unit = c.UnitYuan
		}
		field = box("div", "with-unit", textbox.Attr("inputmode", "decimal").Attr("data-unit", string(w.form.Unit)), sayInEl(w.lang, "span", "unit", unit).ID(id+"-unit"))
	} else {
		field = textbox.Class("short").Attr("inputmode", "numeric")
	}
	return box("div", "question", w.label(id, path), field, w.help(path), &fieldNote{Draw: w.draws, Path: path, live: livePart(w, "note "+path)})
}

// label is the question of path, for the input of id.
func (w *Widget) label(id, path string) app.UI {
	return sayInEl(w.lang, "label", "", rules.Question(w.lang, path)).Attr("for", id)
}

// amountInput is a field for money in the form's unit.
func (w *Widget) amountInput(path string) app.UI { return w.number(path, true) }

// wholeInput is a field for a count or a year.
func (w *Widget) wholeInput(path string) app.UI { return w.number(path, false) }

// checkbox is a yes/no field. A lead question that opens more questions says so
// (aria-expanded) and names what it opens (aria-controls).
func (w *Widget) checkbox(path string, opens ...string) app.UI {
	f := rules.FieldByPath(path)
	return w.check(inputID(path), path, rules.Question(w.lang, path), *f.Bool(&w.form.Answers), w.onCheck, opens...)
}

// check is a labelled checkbox with its help below it, not inside its label: the label
// is its name, short, and the help its description.
func (w *Widget) check(id, path, label string, checked bool, h app.EventHandler, opens ...string) app.UI {
	box := flag(void("input").Attr("type", "checkbox").ID(id), "checked", checked).OnChange(h)
	if rules.FieldByPath(path) != nil {
		box = box.Attr("data-q", path)
	}
	if T(w.lang).Help.get(path) != "" {
		box = box.Aria("describedby", inputID(path)+"-help")
	}
	if len(opens) > 0 {
		box = box.Aria("expanded", checked).Aria("controls", opens[0])
	}
	return el("div").Class("check-block").Body(
		el("div").Class("check").Body(box, sayInEl(w.lang, "label", "", label).Attr("for", id)),
		w.help(path),
	)
}

// choice is an enum field as a select whose option values are the contract's values.
func (w *Widget) choice(path string, values []string) app.UI {
	f := rules.FieldByPath(path)
	current := *f.Text(&w.form.Answers)
	id := inputID(path)
	options := make([]app.UI, len(values)+1)
	options[0] = option("", T(w.lang).Choose, current == "")
	for i, v := range values {
		options[i+1] = option(v, termOf(w.lang, path, v), current == v)
	}
	return box("div", "question", w.label(id, path), boxEl("select", "", options...).ID(id).Attr("data-q", path).OnChange(w.onSelect))
}

// list is a set field: one checkbox per value, all with the list's path.
func (w *Widget) list(path string, values []string, label func(string) string) app.UI {
	f := rules.FieldByPath(path)
	chosen := *f.List(&w.form.Answers)
	boxes := make([]app.UI, len(values)+1)
	boxes[0] = sayIn(w.lang, "legend", "", rules.Question(w.lang, path))
	for i, v := range values {
		id := inputID(path) + "-" + v
		boxes[i+1] = box("div", "check",
			flag(void("input").Attr("type", "checkbox").ID(id).Attr("data-q", path).Attr("value", v), "checked", slices.Contains(chosen, v)).OnChange(w.onCheck),
			sayInEl(w.lang, "label", "", label(v)).Attr("for", id),
		)
	}
	return box("fieldset", "list", boxes...)
}

// word names a value of a list in the page's language.
func (w *Widget) word(v string) string { return rules.Term(w.lang, v) }
