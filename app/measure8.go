package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure8 asks for clause 八, of an incubator's operator only: its MIIT rating and the
// enterprises it newly introduced or cultivated.
func (w *Widget) measure8() app.UI {
	c := T(w.lang)
	return w.card(8, w.check("q-incubator", "", c.IncubatorLead, w.incubator, w.onIncubator, detailsID(8)), w.incubator,
		w.choice("incubatorRating", rules.Ratings),
		w.wholeInput("cultivated.hte"),
		w.wholeInput("cultivated.revenue10M"),
		w.wholeInput("cultivated.revenue20M"),
		w.wholeInput("cultivated.revenue50M"),
	)
}
