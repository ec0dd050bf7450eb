package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// measure3 asks for clause 三: the platforms newly filed this year.
func (w *Widget) measure3() app.UI {
	return w.card(3, w.list("newPlatforms", rules.Platforms, w.word), false)
}
