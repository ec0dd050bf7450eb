package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure2 asks for clause 二: a breakthrough task, its field and the support requested.
func (w *Widget) measure2() app.UI {
	return w.card(2, w.checkbox("breakthrough.applying", detailsID(2)), w.form.Answers.Breakthrough.Applying,
		w.choice("breakthrough.field", rules.BreakthroughFields),
		w.amountInput("breakthrough.requested"),
	)
}
