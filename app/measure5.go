package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure5 asks for clause 五: tech-based SME filing, high-tech status, gazelle and unicorn.
func (w *Widget) measure5() app.UI {
	return w.card(5, app.Div().Body(
		w.choice("techSME", rules.TechSMEValues),
		w.choice("hte", rules.HTEValues),
		w.checkbox("hteCertified"),
		w.checkbox("gazelleFirst"),
		w.checkbox("unicornFirst"),
	), false)
}
