package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure4 asks for clause 四: a proof-of-concept centre, roles in technology transfer,
// registered contracts, and a new pilot platform (its details once built).
func (w *Widget) measure4() app.UI {
	return w.card(4, box("div", "",
		w.checkbox("conceptCenter"),
		w.list("techTransferRoles", rules.TechTransferRoles, w.word),
		w.amountInput("techContracts"),
		w.checkbox("pilotPlatform.built", detailsID(4)),
	), w.form.Answers.PilotPlatform.Built,
		w.wholeInput("pilotPlatform.year"),
		w.amountInput("pilotPlatform.equipmentCost"),
		w.amountInput("pilotPlatform.receivedBefore"),
	)
}
