package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// The inputs of the questionnaire. Each carries the data-q hook of spec/widget.md and is
// labelled; its handler is a method of Widget that reads the path from data-q, so no
// closure built in a render can go stale.

// inputID is the id of a field's input, for its label.
func inputID(path string) string { return "q-" + strings.ReplaceAll(path, ".", "-") }

// question is the labelled block that holds one field's input, its help and its problem.
// The help and problem lines are always present, so that a problem appearing never shifts
// the input and loses its focus.
func (w *Widget) question(path string, input app.UI) app.UI {
	c := T(w.lang)
	problem := ""
	if p := w.form.Problem(path); p != InputOK {
		problem = c.InputProblems[p]
	}
	return app.Div().Class("question").Body(
		app.Label().For(inputID(path)).Text(rules.Question(w.lang, path)),
		input,
		app.P().Class("help").ID(inputID(path)+"-help").Text(c.Help[path]),
		app.P().Class("problem").ID(inputID(path)+"-problem").Attr("role", "alert").Text(problem),
	)
}

// amountInput is a text field for money in the form's unit.
func (w *Widget) amountInput(path string) app.UI {
	c := T(w.lang)
	unit := c.Wan
	if w.form.Unit == Yuan {
		unit = c.Yuan
	}
	return w.question(path, app.Div().Class("with-unit").Body(
		app.Input().Type("text").ID(inputID(path)).
			Attr("inputmode", "decimal").Attr("autocomplete", "off").
			Attr("data-q", path).Attr("data-unit", string(w.form.Unit)).
			Attr("aria-describedby", inputID(path)+"-help "+inputID(path)+"-problem").
			Attr("aria-invalid", w.form.Problem(path) != InputOK).
			Value(w.form.Text(path)).
			OnInput(w.onText),
		app.Span().Class("unit").Attr("aria-hidden", "true").Text(unit),
	))
}

// wholeInput is a numeric text field for a count or a year.
func (w *Widget) wholeInput(path string) app.UI {
	return w.question(path, app.Input().Type("text").ID(inputID(path)).Class("short").
		Attr("inputmode", "numeric").Attr("autocomplete", "off").
		Attr("data-q", path).
		Attr("aria-describedby", inputID(path)+"-help "+inputID(path)+"-problem").
		Attr("aria-invalid", w.form.Problem(path) != InputOK).
		Value(w.form.Text(path)).
		OnInput(w.onText))
}

// checkbox is a yes/no field.
func (w *Widget) checkbox(path string) app.UI {
	c := T(w.lang)
	f := rules.FieldByPath(path)
	return app.Div().Class("check").Body(
		app.Input().Type("checkbox").ID(inputID(path)).
			Attr("data-q", path).
			Checked(*f.Bool(&w.form.Answers)).
			OnChange(w.onCheck),
		app.Label().For(inputID(path)).Body(
			app.Text(rules.Question(w.lang, path)),
			app.If(c.Help[path] != "", func() app.UI { return app.Small().Text(c.Help[path]) }),
		),
	)
}

// choice is an enum field as a select whose option values are the contract's values.
func (w *Widget) choice(path string, values []string) app.UI {
	f := rules.FieldByPath(path)
	current := *f.Text(&w.form.Answers)
	return w.question(path, app.Select().ID(inputID(path)).Attr("data-q", path).
		OnChange(w.onSelect).
		Body(
			app.Option().Value("").Selected(current == "").Text(T(w.lang).Choose),
			app.Range(values).Slice(func(i int) app.UI {
				v := values[i]
				return app.Option().Value(v).Selected(current == v).Text(w.term(path, v))
			}),
		))
}

// list is a set field: one checkbox per value, all with the list's path.
func (w *Widget) list(path string, values []string, label func(string) string) app.UI {
	f := rules.FieldByPath(path)
	chosen := *f.List(&w.form.Answers)
	return app.FieldSet().Class("list").Body(
		app.Legend().Text(rules.Question(w.lang, path)),
		app.Range(values).Slice(func(i int) app.UI {
			v := values[i]
			id := inputID(path) + "-" + v
			return app.Div().Class("check").Body(
				app.Input().Type("checkbox").ID(id).
					Attr("data-q", path).Value(v).
					Checked(contains(chosen, v)).
					OnChange(w.onCheck),
				app.Label().For(id).Text(label(v)),
			)
		}),
	)
}

// term names an enum value in the current language; the rules' catalog keys some values
// by their field ("hte.first") where the bare value would be ambiguous.
func (w *Widget) term(path, v string) string {
	if t := rules.Term(w.lang, path+"."+v); t != path+"."+v {
		return t
	}
	return rules.Term(w.lang, v)
}
