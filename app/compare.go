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

// onKeepScenario keeps the current answers as scenario A; the button that started it goes
// away, so the focus goes to the comparison.
func (w *Widget) onKeepScenario(ctx app.Context, e app.Event) {
	w.baseline = &scenario{answers: w.form.Answers, assessment: w.assessment}
	w.focusLater(ctx, "compare-title")
}

// onSwapScenario brings scenario A back into the form and keeps the current answers as A.
func (w *Widget) onSwapScenario(ctx app.Context, e app.Event) {
	if w.baseline == nil {
		return
	}
	a := w.baseline.answers
	w.baseline = &scenario{answers: w.form.Answers, assessment: w.assessment}
	w.load(a)
	w.changed(ctx, "")
	ctx.Defer(func(app.Context) { syncInputs(&w.form) })
}

// onEndCompare drops scenario A; the focus returns to the button that starts one.
func (w *Widget) onEndCompare(ctx app.Context, e app.Event) {
	w.baseline = nil
	w.focusLater(ctx, "action-compare")
}

// compare is the side-by-side table, or the button that starts it.
func (w *Widget) compare() app.UI {
	c := T(w.lang)
	if w.baseline == nil {
		return box("div", "compare",
			button(c.CompareStart, w.onKeepScenario).ID("action-compare").Attr("data-action", "compare").Aria("describedby", "compare-help"),
			txEl("p", "help", c.CompareHelp).ID("compare-help"),
		)
	}
	a, b := &w.baseline.assessment, &w.assessment
	var rows []app.UI
	for i := range b.Items {
		if ia, ib := &a.Items[i], &b.Items[i]; ia.Eligible || ib.Eligible {
			rows = append(rows, w.compareRow(rules.Title(w.lang, ib.ID), string(ib.ID), ia.Amount, ib.Amount))
		}
	}
	rows = append(rows, w.compareRow(c.TotalExact, "total", a.Total, b.Total), w.compareRow(c.TotalUpTo, "totalUpTo", a.TotalUpTo, b.TotalUpTo))
	heads := make([]app.UI, 4)
	for i, h := range []string{c.CompareItem, c.ScenarioA, c.ScenarioB, c.Difference} {
		heads[i] = txEl("th", "", h).Attr("scope", "col")
	}
	return boxEl("div", "compare",
		box("table", "",
			txEl("caption", "", c.CompareTitle).ID("compare-title").TabIndex(-1),
			box("thead", "", box("tr", "", heads...)),
			box("tbody", "", rows...),
		),
		box("div", "buttons", button(c.CompareSwap, w.onSwapScenario), button(c.CompareEnd, w.onEndCompare)),
	).Attr("data-compare", "true")
}

// compareRow is one line of the table: A, B and B − A.
func (w *Widget) compareRow(label, id string, a, b decimal.Decimal) app.UI {
	diff := b.Sub(a)
	sign := ""
	if diff.IsPositive() {
		sign = "+"
	}
	return boxEl("tr", "",
		sayInEl(w.lang, "th", "", label).Attr("scope", "row"),
		tx("td", "num", compareFigure(w.lang, a)),
		tx("td", "num", compareFigure(w.lang, b)),
		tx("td", "num diff", sign+compareFigure(w.lang, diff)),
	).Attr("data-diff-item", id).Attr("data-diff", diff.StringFixed(2))
}

// compareFigure is a figure of the table, whose caption names the unit: 万元 in Chinese,
// yuan in English.
func compareFigure(lang rules.Lang, d decimal.Decimal) string {
	if lang == rules.English {
		return rules.FormatYuan(d)
	}
	return rules.FormatWan(d)
}
