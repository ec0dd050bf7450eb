package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// rewarded asks for 附则一: the items a higher-level department already rewarded.
func (w *Widget) rewarded() app.UI {
	c := T(w.lang)
	return boxEl("section", "card",
		box("header", "", txEl("h2", "", c.RewardedTitle).ID("supplementary-title"), tx("p", "summary", c.RewardedLead)),
		box("details", "",
			sayIn(w.lang, "summary", "", rules.Question(w.lang, "higherLevelRewarded")),
			w.list("higherLevelRewarded", rules.FieldByPath("higherLevelRewarded").Values, func(id string) string {
				return rules.ClauseNo(w.lang, measureOf(id)) + " · " + rules.Term(w.lang, id)
			}),
		),
	).ID("supplementary").Aria("labelledby", "supplementary-title")
}

// measureOf reads the clause of an item id ("m6.rd_growth" is 6).
func measureOf(id string) int { return int(id[1] - '0') }
