package app

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// group is where an item stands in the results.
type group int

const (
	groupEarned      group = iota // earned, on an exact, up-to or unspecified basis
	groupNear                     // not earned, and a figure entered above zero is all that stands in the way: its hint
	groupCompetitive              // may apply for, in open competition (一, 二)
	groupMissed                   // not earned, folded with its reasons
	groupCount
)

// groupOf places an item.
func groupOf(it *rules.Item) group {
	switch {
	case it.Eligible && it.Basis == rules.Competitive:
		return groupCompetitive
	case it.Eligible:
		return groupEarned
	case it.Hint != nil && it.Near:
		return groupNear
	}
	return groupMissed
}

// resultsView is the results panel: the totals, the actions, the comparison, the items in
// their groups, and what only the printed page shows. It is a live part: a keystroke
// redraws it alone.
//
// Each group has a fixed slot for every item, always mounted, so that an item moving
// between groups changes two slots and moves no element; a slot redraws only when the
// version of what it shows changes (row.go).
type resultsView struct {
	app.Compo
	live

	Draw int     // the page's draw: the panel is drawn again with the page
	rows [21]row // what each item's row shows, drawn from the assessment when it changes
	lang rules.Lang
}

// Render lays out the panel.
func (r *resultsView) Render() app.UI {
	w := r.w
	c := T(w.lang)
	r.update(&w.assessment, w.lang)
	return boxEl("section", "results",
		w.printHead(),
		txEl("h2", "", c.ResultsTitle).ID("results-title").TabIndex(-1),
		expiredNote(w.lang),
		w.totals(),
		w.asks(),
		w.actions(),
		w.compare(),
		txEl("p", "problem", textIf(w.form.HasProblems(), c.FixProblems)).Attr("role", "status"),
		r.group(groupEarned),
		r.group(groupNear),
		r.group(groupCompetitive),
		r.group(groupMissed),
		w.printFoot(),
	).ID("results").Aria("labelledby", "results-title")
}

// expiredNote says, above the results, that the measures have run out, once they have by
// the device's clock; nothing while they run or when the issue date is unknown.
func expiredNote(lang rules.Lang) app.UI {
	if s := expiry(lang, deployment(), time.Now()); s != "" {
		return tx("p", "expired", s)
	}
	return nil
}

// group is the component of group g: the versions of the rows it shows, so that it redraws
// only when one of them changes.
func (r *resultsView) group(g group) app.UI {
	v := &resultGroup{Lang: r.lang, panel: r, g: g}
	for i := range r.rows {
		if r.rows[i].group == g {
			v.Versions[i] = r.rows[i].version
		}
	}
	return v
}

// resultGroup is one group of items with its heading, or its line for "none" where it has
// one; the items not earned are folded, a line each, one opening on demand. Each group has
// a fixed slot for every item; the group is drawn again only when the row of one of its
// slots changes (Versions) or the language does, so that a keystroke that changes two rows
// draws the groups that hold them and compares no other slot.
type resultGroup struct {
	app.Compo
	live

	Versions [len(resultsView{}.rows)]int // each slot's row drawing; 0 where the item is in another group
	Lang     rules.Lang
	panel    *resultsView
	g        group
}

// Render draws the group.
func (v *resultGroup) Render() app.UI {
	c := T(v.Lang)
	n := 0
	slots := make([]app.UI, len(v.Versions))
	for i, version := range v.Versions {
		if version > 0 {
			n++
		}
		slots[i] = &resultRow{Version: version, panel: v.panel, group: v, index: i}
	}
	if v.g == groupMissed {
		return box("details", "group missed",
			tx("summary", "", c.GroupMissed+" · "+strconv.Itoa(n)),
			box("ul", "items", slots...),
		)
	}
	title, note, none := [...]string{c.GroupEarned, c.GroupNear, c.GroupCompetitive}[v.g],
		[...]string{"", c.GroupNearNote, c.GroupCompetitiveNote}[v.g], [...]string{c.NothingEarned, "", ""}[v.g]
	id := "group-" + strconv.Itoa(int(v.g))
	return flag(boxEl("section", "group "+groupClass[v.g],
		txEl("h3", "", title).ID(id),
		tx("p", "group-note", textIf(n > 0, note)),
		tx("p", "empty", textIf(n == 0, none)),
		box("ul", "items", slots...),
	).Aria("labelledby", id), "hidden", n == 0 && none == "")
}

var groupClass = [groupCount]string{"earned", "near", "competitive", "missed"}

// update draws again the rows of the items that changed since the panel was last drawn,
// or all of them in another language.
func (r *resultsView) update(s *rules.Assessment, lang rules.Lang) {
	relang := r.lang != lang
	r.lang = lang
	for i := range s.Items {
		it := &s.Items[i]
		entered, check := r.w.entered(it), checkLine{}
		check.text, check.paths = r.w.toCheck(shapedBy[it.ID])
		if !relang && r.rows[i].version > 0 && r.rows[i].item.Equal(it) && r.rows[i].entered == entered && r.rows[i].check == check {
			continue
		}
		r.rows[i].draw(it, lang, entered, check)
	}
}

// totals are the two totals the organisation can expect, large, and the competitive
// projects' ceiling apart, with the hooks of spec/widget.md.
func (w *Widget) totals() app.UI {
	c := T(w.lang)
	s := &w.assessment
	return box("div", "totals-block",
		box("div", "totals", w.total(c.TotalExact, "data-total", s.Total), w.total(c.TotalUpTo, "data-total-upto", s.TotalUpTo)),
		flag(boxEl("p", "total competitive", tx("span", "label", c.TotalCompetitive+" "), tx("strong", "", bigMoney(w.lang, s.TotalCompetitive))).
			Attr("data-total-competitive", s.TotalCompetitive.StringFixed(2)), "hidden", !s.TotalCompetitive.IsPositive()),
		tx("p", "total-note", c.TotalNote),
	)
}

// total shows a total large, and in Chinese its exact figure in 元 small below; the hook
// carries the exact figure.
func (w *Widget) total(label, hook string, v decimal.Decimal) app.UI {
	return boxEl("div", "total", tx("span", "label", label), tx("span", "big", bigMoney(w.lang, v)), tx("span", "exact", exactMoney(w.lang, v))).
		Attr(hook, v.StringFixed(2))
}
