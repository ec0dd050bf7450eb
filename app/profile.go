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
	return boxEl("section", "card profile",
		box("header", "", txEl("h2", "", c.ProfileTitle).ID("profile-title"), tx("p", "summary", c.ProfileSummary)),
		box("div", "question",
			txEl("label", "", c.OrgName).Attr("for", "org-name"),
			void("input").Attr("type", "text").ID("org-name").Attr("autocomplete", "organization").
				Aria("describedby", "org-name-help").Attr("value", w.name).OnInput(w.onName),
			txEl("p", "help", c.OrgNameHelp).ID("org-name-help"),
		),
		w.checkbox("inZone"),
		w.choice("orgType", rules.OrgTypes),
		box("div", "details", above),
	).ID("profile").Aria("labelledby", "profile-title")
}
