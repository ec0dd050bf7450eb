package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// measure6 asks for clause 六: R&D this year and last, and revenue, once the organisation
// says it is an above-scale industrial enterprise; the chart shows the two subsidies.
func (w *Widget) measure6() app.UI {
	lead := sayIn(w.lang, "p", "lead-note", T(w.lang).Help.get("aboveScaleIndustrial"))
	return w.card(6, lead, w.form.Answers.AboveScaleIndustrial,
		w.amountInput("rd.thisYear"),
		w.amountInput("rd.lastYear"),
		w.amountInput("rd.revenue"),
		&rdChartView{Draw: w.draws, live: livePart(w, "chart")},
	)
}
