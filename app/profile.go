package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// profile asks who the organisation is: the conditions every measure tests first, and
// its name for the printed page.
func (w *Widget) profile() app.UI {
	c := T(w.lang)
	a := &w.form.Answers
	var above app.UI
	if a.OrgType == rules.OrgEnterprise {
		above = w.checkbox("aboveScaleIndustrial")
	}
	return box("section", "card profile",
		box("header", "", tx("h2", "", c.ProfileTitle).ID("profile-title"), tx("p", "summary", c.ProfileSummary)),
		box("div", "question",
			tx("label", "", c.OrgName).Attr("for", "org-name"),
			void("input").Attr("type", "text").ID("org-name").Attr("autocomplete", "organization").
				Aria("describedby", "org-name-help").Attr("value", w.name).OnInput(w.onName),
			tx("p", "help", c.OrgNameHelp).ID("org-name-help"),
		),
		w.checkbox("inZone"),
		w.choice("orgType", rules.OrgTypes),
		box("div", "details", above),
	).ID("profile").Aria("labelledby", "profile-title")
}
