package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure8 asks for clause 八: the incubator's MIIT rating and the enterprises it newly
// introduced or cultivated.
func (w *Widget) measure8() app.UI {
	return w.card(8, app.Div().Body(
		w.choice("incubatorRating", rules.Ratings),
		w.wholeInput("cultivated.hte"),
		w.wholeInput("cultivated.revenue10M"),
		w.wholeInput("cultivated.revenue20M"),
		w.wholeInput("cultivated.revenue50M"),
	), false)
}
