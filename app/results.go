package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// results is the panel that follows every keystroke, as a view of its own.
func (w *Widget) results() app.UI {
	return &view{Rev: w.draws, draw: w.resultsPanel, slot: &w.resultsView}
}

// resultsPanel is the two totals, the earned items, and the items not earned with their
// reasons, each with its clause at hand; on a phone, a bar that keeps the totals in view.
func (w *Widget) resultsPanel() app.UI {
	c := T(w.lang)
	s := &w.assessment
	var earned, missed []int
	for i := range s.Items {
		if s.Items[i].Eligible {
			earned = append(earned, i)
		} else {
			missed = append(missed, i)
		}
	}
	return app.Aside().Class("results").Attr("aria-labelledby", "results-title").Body(
		w.mobileBar(),
		app.H2().ID("results-title").Text(c.ResultsTitle),
		app.Div().Class("totals").Attr("aria-live", "polite").Attr("aria-atomic", "true").Body(
			w.total(c.TotalExact, "data-total", s.Total),
			w.total(c.TotalUpTo, "data-total-upto", s.TotalUpTo),
		),
		app.P().Class("total-note").Text(c.TotalNote),
		w.compare(),
		app.P().Class("problem").Attr("role", "status").Text(when(w.form.HasProblems(), c.FixProblems)),
		app.H3().Text(c.Earned),
		app.P().Class("empty").Text(when(len(earned) == 0, c.NothingEarned)),
		app.Ul().Class("items earned").Body(
			app.Range(earned).Slice(func(i int) app.UI { return w.item(&s.Items[earned[i]], true) }),
		),
		// Folded, the items not earned show only their heads: their reasons are drawn when
		// the user opens them, not on every keystroke.
		app.Details().Class("not-earned").Open(w.showMissed).OnToggle(w.onToggleMissed).Body(
			app.Summary().Text(fmt.Sprintf("%s · %d", c.NotEarned, len(missed))),
			app.Ul().Class("items").Body(
				app.Range(missed).Slice(func(i int) app.UI { return w.item(&s.Items[missed[i]], w.showMissed) }),
			),
		),
	)
}

// total shows a total in 万元, large, and in 元 beside it; the hook carries the exact figure.
func (w *Widget) total(label, hook string, v decimal.Decimal) app.UI {
	return app.Div().Class("total").Attr(hook, v.StringFixed(2)).Body(
		app.Span().Class("label").Text(label),
		app.Span().Class("wan").Text(w.wan(v)),
		app.Span().Class("yuan").Text(w.yuan(v)),
	)
}

// wan writes an amount in 万元: "117.5 万元".
func (w *Widget) wan(v decimal.Decimal) string { return rules.FormatWan(v) + " " + T(w.lang).Wan }

// yuan writes an amount in full: "¥1,175,000.00".
func (w *Widget) yuan(v decimal.Decimal) string { return "¥" + rules.FormatYuanFixed(v) }

// onToggleMissed follows the folding of the items not earned.
func (w *Widget) onToggleMissed(ctx app.Context, e app.Event) {
	w.showMissed = ctx.JSSrc().Get("open").Bool()
}

// item is one result row with the hooks of spec/widget.md; full adds its reasons, hint,
// readings and clause.
func (w *Widget) item(it *rules.Item, full bool) app.UI {
	c := T(w.lang)
	verdict := c.NotEligible
	if it.Eligible {
		verdict = c.Eligible
	}
	basis := c.Basis[it.Basis]
	amount := ""
	if it.Eligible && it.Basis != rules.Unspecified {
		amount = w.wan(it.Amount)
		if it.Basis == rules.UpTo {
			amount = basis + " " + amount
		}
	}
	return app.Li().Class("item", "basis-"+string(it.Basis)).
		Attr("data-item", string(it.ID)).
		Attr("data-eligible", fmt.Sprint(it.Eligible)).
		Attr("data-amount", it.Amount.StringFixed(2)).
		Body(
			app.Div().Class("item-head").Body(
				app.Span().Class("clause-no").Attr("aria-hidden", "true").Text(numerals[it.Measure]),
				app.Strong().Class("title").Text(rules.Title(w.lang, it.ID)),
				app.Span().Class("verdict").Text(verdict),
				app.Span().Class("basis").Text(basis),
			),
			app.Div().Class("amount").Body(
				app.Span().Class("wan").Text(amount),
				app.Span().Class("yuan").Text(when(amount != "", w.yuan(it.Amount))),
			),
			app.If(full, func() app.UI { return w.itemDetails(it) }),
		)
}

// itemDetails are an item's reasons, hint, readings and clause text.
func (w *Widget) itemDetails(it *rules.Item) app.UI {
	c := T(w.lang)
	open := w.openClauses[it.ID]
	clauseLabel := fmt.Sprintf(c.ShowClause, numerals[it.Measure])
	if open {
		clauseLabel = c.HideClause
	}
	return app.Div().Class("item-details").Body(
		app.Ul().Class("reasons").Attr("aria-label", c.ReasonsLabel).Body(
			app.Range(it.Reasons).Slice(func(i int) app.UI {
				r := it.Reasons[i]
				return app.Li().Class(markClass[r.Mark]).Body(
					app.Span().Class("mark").Attr("aria-hidden", "true").Text(rules.MarkText(r.Mark)),
					app.Text(r.Text(w.lang)),
				)
			}),
		),
		app.If(it.Hint != nil, func() app.UI {
			return app.P().Class("hint").Body(app.Strong().Text(c.HintLabel+"："), app.Text(it.Hint.Text(w.lang)))
		}),
		app.If(len(it.Readings) > 0, func() app.UI {
			return app.P().Class("reading").Body(app.Strong().Text(c.ReadingLabel+"："), app.Text(it.ReadingText(w.lang)))
		}),
		app.Button().Type("button").Class("clause-toggle").
			Attr("data-clause-for", string(it.ID)).Attr("aria-expanded", open).
			Text(clauseLabel).OnClick(w.onToggleClause),
		app.If(open, func() app.UI { return w.clauseText(it.Measure) }),
	)
}

var markClass = map[rules.Mark]string{rules.Met: "met", rules.Unmet: "unmet", rules.Note: "note"}

// clauseText is the original text of clause n, with the English rendering in English.
func (w *Widget) clauseText(n int) app.UI {
	c := T(w.lang)
	cl := clauses[n]
	return app.Div().Class("clause-text").Body(
		app.P().Class("clause-label").Text(c.ClauseOriginal),
		app.Blockquote().Attr("lang", "zh-CN").Body(
			app.P().Class("clause-heading").Text(cl.Heading),
			app.Range(cl.Paragraphs).Slice(func(i int) app.UI { return app.P().Text(cl.Paragraphs[i]) }),
		),
		app.If(c.ClauseTexts[n] != "", func() app.UI {
			return app.Div().Body(
				app.P().Class("clause-label").Text(c.ClauseEnglish),
				app.Blockquote().Attr("lang", "en").Body(app.P().Text(c.ClauseTexts[n])),
			)
		}),
	)
}
