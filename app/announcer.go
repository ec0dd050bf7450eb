package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// announcer tells screen readers the two totals, briefly, once the user pauses: the totals
// on screen change at every key, and a live region there would speak at every key. The
// page redraws it after a pause in typing (Widget.scheduleAnnouncement), and with itself.
type announcer struct {
	app.Compo
	live

	Draw int
}

// Render says the totals; the region is always in the page, so that its first change is
// heard.
func (a *announcer) Render() app.UI {
	w := a.w
	s := &w.assessment
	text := fill(T(w.lang).TotalsSaid, "exact", bigMoney(w.lang, s.Total), "upto", bigMoney(w.lang, s.TotalUpTo))
	if !w.ready {
		text = ""
	}
	return txEl("p", "visually-hidden", text).ID("totals-said").Attr("role", "status")
}
