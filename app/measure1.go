package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure1 asks for clause 一: an open-call project, its field and the support requested.
func (w *Widget) measure1() app.UI {
	return w.card(1, w.checkbox("openCall.applying", detailsID(1)), w.form.Answers.OpenCall.Applying,
		w.choice("openCall.field", rules.OpenCallFields),
		w.amountInput("openCall.requested"),
	)
}
