package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// profile asks who the organisation is: the conditions every measure tests first.
func (w *Widget) profile() app.UI {
	c := T(w.lang)
	a := &w.form.Answers
	return app.Section().Class("card profile").ID("profile").Attr("aria-labelledby", "profile-title").Body(
		app.Header().Body(
			app.H2().ID("profile-title").Text(c.ProfileTitle),
			app.P().Class("summary").Text(c.ProfileSummary),
		),
		w.checkbox("inZone"),
		w.choice("orgType", rules.OrgTypes),
		app.Div().Class("details").Body(
			app.If(a.OrgType == rules.OrgEnterprise, func() app.UI { return w.checkbox("aboveScaleIndustrial") }),
		),
	)
}
