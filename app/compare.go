package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// What-if: the user keeps the current answers as scenario A, changes what they want to
// try ("if we raise R&D by 3,000,000"), and sees A and the current answers, B, side by
// side, with the difference per item and in total.

// scenario is a kept set of answers with its assessment.
type scenario struct {
	answers    rules.Answers
	assessment rules.Assessment
}

// onKeepScenario keeps the current answers as scenario A.
func (w *Widget) onKeepScenario(ctx app.Context, e app.Event) {
	w.baseline = &scenario{answers: w.form.Answers, assessment: w.assessment}
}

// onSwapScenario brings scenario A back into the form and keeps the current answers as A.
func (w *Widget) onSwapScenario(ctx app.Context, e app.Event) {
	if w.baseline == nil {
		return
	}
	a := w.baseline.answers
	w.baseline = &scenario{answers: w.form.Answers, assessment: w.assessment}
	w.load(a)
	w.changed()
	w.redraw()
	ctx.Defer(func(app.Context) { syncInputs(&w.form) })
}

// onEndCompare drops scenario A.
func (w *Widget) onEndCompare(ctx app.Context, e app.Event) { w.baseline = nil }

// compare is the side-by-side table, or the button that starts it.
func (w *Widget) compare() app.UI {
	c := T(w.lang)
	if w.baseline == nil {
		return app.Div().Class("compare").Body(
			app.Button().Type("button").Attr("data-action", "compare").Text(c.CompareStart).OnClick(w.onKeepScenario),
			app.P().Class("help").Text(c.CompareHelp),
		)
	}
	a, b := &w.baseline.assessment, &w.assessment
	var rows []int
	for i := range b.Items {
		if a.Items[i].Eligible || b.Items[i].Eligible {
			rows = append(rows, i)
		}
	}
	return app.Div().Class("compare").Attr("data-compare", "true").Body(
		app.Table().Body(
			app.Caption().Text(c.CompareTitle),
			app.THead().Body(app.Tr().Body(
				app.Th().Text(""), app.Th().Text(c.ScenarioA), app.Th().Text(c.ScenarioB), app.Th().Text(c.Difference),
			)),
			app.TBody().Body(
				app.Range(rows).Slice(func(i int) app.UI {
					ia, ib := &a.Items[rows[i]], &b.Items[rows[i]]
					return w.compareRow(rules.Title(w.lang, ib.ID), string(ib.ID), ia.Amount, ib.Amount)
				}),
				w.compareRow(c.TotalExact, "total", a.Total, b.Total),
				w.compareRow(c.TotalUpTo, "totalUpTo", a.TotalUpTo, b.TotalUpTo),
			),
		),
		app.Div().Class("buttons").Body(
			app.Button().Type("button").Text(c.CompareSwap).OnClick(w.onSwapScenario),
			app.Button().Type("button").Text(c.CompareEnd).OnClick(w.onEndCompare),
		),
	)
}

// compareRow is one line of the table: A, B and B − A, in 万元.
func (w *Widget) compareRow(label, id string, a, b decimal.Decimal) app.UI {
	diff := b.Sub(a)
	sign := ""
	if diff.IsPositive() {
		sign = "+"
	}
	return app.Tr().Attr("data-diff-item", id).Attr("data-diff", diff.StringFixed(2)).Body(
		app.Th().Attr("scope", "row").Text(label),
		app.Td().Class("num").Text(rules.FormatWan(a)),
		app.Td().Class("num").Text(rules.FormatWan(b)),
		app.Td().Class("num diff").Text(sign+rules.FormatWan(diff)),
	)
}
