package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// rewarded asks for 附则一: the items a higher-level department already rewarded.
func (w *Widget) rewarded() app.UI {
	c := T(w.lang)
	return app.Section().Class("card").ID("supplementary").Attr("aria-labelledby", "supplementary-title").Body(
		app.Header().Body(
			app.H2().ID("supplementary-title").Text(c.RewardedTitle),
			app.P().Class("summary").Text(c.RewardedLead),
		),
		app.Details().Body(
			app.Summary().Text(rules.Question(w.lang, "higherLevelRewarded")),
			w.list("higherLevelRewarded", rules.FieldByPath("higherLevelRewarded").Values, func(id string) string {
				return numerals[measureOf(id)] + " · " + rules.Term(w.lang, id)
			}),
		),
	)
}

// measureOf reads the clause of an item id ("m6.rd_growth" is 6).
func measureOf(id string) int { return int(id[1] - '0') }
