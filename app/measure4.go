package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure4 asks for clause 四: a proof-of-concept centre, roles in technology transfer,
// registered contracts, and a new pilot platform (its details once built: whether its
// builder is a 龙头企业 or 专业服务机构, which 四 requires and the department decides).
func (w *Widget) measure4() app.UI {
	return w.card(4, box("div", "",
		w.checkbox("conceptCenter"),
		w.list("techTransferRoles", rules.TechTransferRoles, w.word),
		w.amountInput("techContracts"),
		w.checkbox("pilotPlatform.built", detailsID(4)),
	), w.form.Answers.PilotPlatform.Built,
		w.checkbox("pilotPlatform.leadingOrService"),
		w.wholeInput("pilotPlatform.year"),
		w.amountInput("pilotPlatform.equipmentCost"),
		w.amountInput("pilotPlatform.receivedBefore"),
	)
}
