package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// card is one measure's section of the questionnaire: its clause number, name and what it
// pays, the lead question, and the details that appear when the lead says they apply. The
// details' container is always there, after the lead, so that opening it inserts nothing
// before an input (go-app diffs by position and would remount it, losing focus).
func (w *Widget) card(n int, lead app.UI, open bool, details ...app.UI) app.UI {
	m := T(w.lang).Measures[n]
	id := "measure-" + numerals[n]
	return app.Section().Class("card").ID(id).Attr("aria-labelledby", id+"-title").Body(
		app.Header().Body(
			app.Span().Class("clause-no").Attr("aria-hidden", "true").Text(numerals[n]),
			app.H2().ID(id+"-title").Text(m.Title),
			app.P().Class("summary").Text(m.Summary),
		),
		lead,
		app.Div().Class("details").Body(
			app.If(open, func() app.UI { return app.Div().Body(details...) }),
		),
	)
}
