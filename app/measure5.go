package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure5 asks for clause 五: this year's filings and recognitions.
func (w *Widget) measure5() app.UI {
	return w.card(5, box("div", "",
		w.choice("techSME", rules.TechSMEValues),
		w.choice("hte", rules.HTEValues),
		w.checkbox("hteCertified"),
		w.checkbox("gazelleFirst"),
		w.checkbox("unicornFirst"),
	), false)
}
