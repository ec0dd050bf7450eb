package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// An earned item's next steps: what the department will check (the rules' words, from
// the item's clause), the figures entered that its amount rests on, and whom to contact.
// The contact is the deployment's, given at build time (make static CONTACT_ZH=… CONTACT_EN=…);
// without one the page names the department that interprets the policy, never an office
// or a number of its own making.

// contact is the deployment's contact for applicants in lang, the other language's when
// only that one was given, or the department to ask.
func contact(lang rules.Lang) string {
	d := deployment()
	given := [2]string{d.ContactZh, d.ContactEn}
	if lang == rules.English {
		given[0], given[1] = given[1], given[0]
	}
	for _, v := range given {
		if v != "" {
			return v
		}
	}
	return rules.AskDepartment(lang)
}

// nextSteps is the block an earned row carries (data-next).
func nextSteps(r *row) app.UI {
	c := T(r.lang)
	sep := labelSep(r.lang)
	var figures app.UI
	if r.entered != "" {
		figures = sayIn(r.lang, "li", "next-figures", c.NextFigures+sep+r.entered)
	}
	return boxEl("div", "next",
		tx("p", "next-title", c.NextTitle),
		box("ul", "",
			sayIn(r.lang, "li", "next-checks", c.NextChecks+sep+rules.NextChecks(r.lang, r.item.ID)),
			figures,
			sayIn(r.lang, "li", "next-contact", c.NextContact+sep+contact(r.lang)),
			sayIn(r.lang, "li", "next-rewarded", c.NextRewarded),
		),
	).Attr("data-next", string(r.item.ID))
}

// printContact says once, at the foot of the printed page, whom to contact: each printed
// item's next steps leave it out to keep the page to one sheet.
func printContact(lang rules.Lang) app.UI {
	return sayIn(lang, "p", "print-contact", T(lang).NextContact+labelSep(lang)+contact(lang))
}
