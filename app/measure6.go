package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// measure6 asks for clause 六: R&D this year and last, and revenue. Its lead question is
// the profile's "above-scale industrial enterprise", which both its items require.
func (w *Widget) measure6() app.UI {
	a := &w.form.Answers
	lead := app.P().Class("lead-note").Text(T(w.lang).Help["aboveScaleIndustrial"])
	return w.card(6, lead, a.AboveScaleIndustrial,
		w.amountInput("rd.thisYear"),
		w.amountInput("rd.lastYear"),
		w.amountInput("rd.revenue"),
		&view{Rev: w.draws, draw: w.rdChart, slot: &w.chartView},
	)
}
