package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure4 asks for clause 四: a new pilot platform (details once built), a proof-of-concept
// centre, roles in technology transfer and registered contracts.
func (w *Widget) measure4() app.UI {
	return w.card(4, app.Div().Body(
		w.checkbox("conceptCenter"),
		w.list("techTransferRoles", rules.TechTransferRoles, w.termOf),
		w.amountInput("techContracts"),
		w.checkbox("pilotPlatform.built"),
	), w.form.Answers.PilotPlatform.Built,
		w.wholeInput("pilotPlatform.year"),
		w.amountInput("pilotPlatform.equipmentCost"),
		w.amountInput("pilotPlatform.receivedBefore"),
	)
}
