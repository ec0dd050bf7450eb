package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// card is one measure's section of the questionnaire: its clause number, name and what it
// pays, the lead question, and the details that appear when the lead says they apply. The
// details' container is always there, after the lead, so that opening it inserts nothing
// before an input (go-app diffs by position and would remount it, losing focus). A card
// only enterprises can earn says so in a line and asks nothing of another organisation.
func (w *Widget) card(n int, lead app.UI, open bool, details ...app.UI) app.UI {
	c := T(w.lang)
	id := "measure-" + strconv.Itoa(n)
	if rules.Current.ClauseForEnterprises(n) && w.form.Answers.OrgType != "" && w.form.Answers.OrgType != rules.OrgEnterprise {
		lead, open = tx("p", "lead-note", c.EnterpriseOnly), false
	}
	var inner app.UI
	if open {
		inner = box("div", "", details...)
	}
	return boxEl("section", "card",
		box("header", "", boxEl("h2", "", clauseBadge(w.lang, n), sayIn(w.lang, "span", "", rules.MeasureTitle(w.lang, n))).ID(id+"-title"), sayIn(w.lang, "p", "summary", rules.Current.Fill(w.lang, c.MeasureSummaries[n]))),
		lead,
		boxEl("div", "details", inner).ID(detailsID(n)),
	).ID(id).Aria("labelledby", id+"-title")
}

// detailsID is the id of the container a card's lead question opens.
func detailsID(n int) string { return "measure-" + strconv.Itoa(n) + "-details" }
