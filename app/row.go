package app

import (
	"html"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// row is what one item's result row shows, drawn from the item when it changes: the
// panel keeps one per item, and a slot shows it while the item is in the slot's group.
type row struct {
	item     rules.Item // as drawn
	entered  string     // the figures entered that shaped it, for its next steps
	check    checkLine  // the noted figures it rests on
	group    group
	version  int // counts the drawings: a slot redraws when it changes
	lang     rules.Lang
	title    string
	big      string // the amount, large
	exact    string // its exact figure in 元, in Chinese
	reasons  string // the reasons, as a block of HTML
	why      string // the first unmet reason: a not-earned row's one line
	hint     string
	readings string // the readings and the final-interpretation note, as a block of HTML
}

// draw makes the row's texts from the item.
func (r *row) draw(it *rules.Item, lang rules.Lang, entered string, check checkLine) {
	*r = row{item: *it, entered: entered, check: check, group: groupOf(it), version: r.version + 1, lang: lang, title: rules.Title(lang, it.ID)}
	if it.Eligible && it.Basis != rules.Unspecified {
		r.big, r.exact = bigMoney(lang, it.Amount), exactMoney(lang, it.Amount)
	}
	c := T(lang)
	var b strings.Builder
	b.WriteString(`<ul class="reasons" aria-label="` + html.EscapeString(c.ReasonsLabel) + `">`)
	for _, reason := range it.Reasons {
		text := reason.Text(lang)
		if reason.Mark == rules.Unmet && r.why == "" {
			r.why = text
		}
		b.WriteString(`<li class="` + markClass[reason.Mark] + `"><span>` + sayHTML(lang, text) + `</span></li>`)
	}
	r.reasons = b.String() + `</ul>`
	if it.Hint != nil {
		r.hint = it.Hint.Text(lang)
	}
	if readings := it.SortedReadings(); len(readings) > 0 {
		b.Reset()
		b.WriteString(`<div class="readings"><p class="readings-label">` + html.EscapeString(c.ReadingsLabel) + `</p><ul>`)
		for _, n := range readings {
			b.WriteString(`<li>` + sayHTML(lang, rules.ReadingText(lang, n, it.ID)) + `</li>`)
		}
		r.readings = b.String() + `</ul><p class="final-say">` + sayHTML(lang, rules.FinalSay(lang)) + `</p></div>`
	}
}

// checkLine says that a row rests on figures to check: a sentence, and their paths.
type checkLine struct{ text, paths string }

// resultRow is a slot of a group: the row of one item while the item is in that group,
// an empty hidden line otherwise. It redraws only when Version changes, or when the user
// opens its details or its clause.
type resultRow struct {
	app.Compo
	live

	Version int // the row's drawing; 0 while the item is in another group
	panel   *resultsView
	group   *resultGroup // the group drawing the slot
	index   int
	shown   *row // what the slot showed last, kept hidden while the item is elsewhere
	open    bool // a not-earned row shows its reasons
	clause  bool // the clause's original text is shown
}

// Render draws the slot. When the item leaves the slot's group, the row it showed stays,
// hidden and without its hooks and ids: an item that comes back (a figure typed across a
// threshold and back) then changes a few texts and attributes, rather than go-app building
// its row again in one group and tearing it down in the other.
func (s *resultRow) Render() app.UI {
	if s.Version == 0 {
		if s.shown == nil {
			return el("li").Attr("hidden", true)
		}
		return s.row(s.shown, false)
	}
	shown := s.panel.rows[s.index]
	s.shown = &shown
	return s.row(s.shown, true)
}

// row draws r as the slot's group shows it; live is false for a row kept hidden.
func (s *resultRow) row(r *row, live bool) app.UI {
	it := &r.item
	var body []app.UI
	if r.group == groupMissed {
		var details app.UI
		if s.open {
			details = s.details(r, live)
		}
		body = []app.UI{flag(boxEl("details", "why",
			box("summary", "", clauseBadge(r.lang, it.Measure), sayIn(r.lang, "strong", "title", r.title), sayIn(r.lang, "span", "why-line", r.why)),
			details,
		), "open", s.open).On("toggle", s.onToggle)}
	} else {
		var hint, check app.UI
		if r.group == groupNear {
			hint = s.hint(r)
		}
		if r.check.text != "" {
			check = txEl("p", "to-check", r.check.text).Attr("data-check-unit", r.check.paths)
		}
		body = []app.UI{
			box("div", "item-head", clauseBadge(r.lang, it.Measure), sayIn(r.lang, "strong", "title", r.title), s.verdict(r)),
			hint,
			check,
			s.details(r, live),
		}
		if it.Eligible {
			body = append(body, nextSteps(r))
		}
	}
	li := boxEl("li", "item basis-"+string(it.Basis), body...)
	if !live {
		return li.Attr("hidden", true)
	}
	return li.Attr("data-item", string(it.ID)).Attr("data-eligible", strconv.FormatBool(it.Eligible)).Attr("data-amount", it.Amount.StringFixed(2))
}

// verdict says where the item stands: earned with its amount and basis, open to
// application, or not earned.
func (s *resultRow) verdict(r *row) app.UI {
	c := T(r.lang)
	switch r.group {
	case groupCompetitive:
		return tx("span", "verdict may-apply", fill(c.MayApply, "money", bigMoney(r.lang, r.item.Amount)))
	case groupNear:
		return tx("span", "verdict", c.NotEligible)
	}
	return box("div", "verdict-amount",
		tx("span", "verdict", c.Eligible), tx("span", "basis", c.Basis[basisIndex(r.item.Basis)]),
		tx("span", "big", r.big), tx("span", "exact", r.exact))
}

// hint is how a number would earn the item.
func (s *resultRow) hint(r *row) app.UI {
	return box("p", "hint", tx("strong", "", T(r.lang).HintLabel+labelSep(r.lang)), sayIn(r.lang, "span", "", r.hint))
}

// details are an item's reasons, readings and clause; a hidden row's have no ids, which
// its live twin in another group carries.
func (s *resultRow) details(r *row, live bool) app.UI {
	c := T(r.lang)
	it := &r.item
	var hint, readings, text app.UI
	if r.group == groupMissed && r.hint != "" {
		hint = s.hint(r)
	}
	if r.readings != "" {
		readings = app.Raw(r.readings)
	}
	toggle := c.ShowClause
	if s.clause {
		toggle, text = c.HideClause, clauseText(r.lang, it.Measure)
	}
	textID := textIf(live, "clause-"+string(it.ID))
	return box("div", "item-details",
		app.Raw(r.reasons),
		hint,
		readings,
		boxEl("button", "clause-toggle", app.Text(fill(toggle, "clause", clauseName(r.lang, it.Measure))), sayIn(r.lang, "span", "visually-hidden", labelSep(r.lang)+r.title)).
			Attr("type", "button").Aria("expanded", s.clause).Aria("controls", textID).OnClick(s.onClause),
		boxEl("div", "", text).ID(textID),
	)
}

var markClass = [...]string{rules.Met: "met", rules.Unmet: "unmet", rules.Note: "note"}

// labelSep follows a label: a full-width colon in Chinese, a colon and a space in English.
func labelSep(lang rules.Lang) string {
	if lang == rules.English {
		return ": "
	}
	return "："
}

// onToggle follows the folding of a not-earned row: its reasons are drawn only when open.
func (s *resultRow) onToggle(ctx app.Context, e app.Event) {
	open := ctx.JSSrc().Get("open").Bool()
	if open == s.open {
		ctx.PreventUpdate()
		return
	}
	s.open = open
	s.redrawAlone(ctx)
}

// onClause opens or closes the clause's original text in place.
func (s *resultRow) onClause(ctx app.Context, e app.Event) {
	s.clause = !s.clause
	s.redrawAlone(ctx)
}

// redrawAlone draws this row again, and nothing around it.
func (s *resultRow) redrawAlone(ctx app.Context) {
	ctx.PreventUpdate()
	s.redraw(s.group.ctx)
}

// clauseText is the original text of clause n, with the English rendering in English.
func clauseText(lang rules.Lang, n int) app.UI {
	c := T(lang)
	ed := rules.Current
	cl := ed.Clause(n)
	var english app.UI
	if lang == rules.English {
		english = box("div", "", tx("p", "clause-label", c.ClauseEnglish), boxEl("blockquote", "", sayIn(lang, "p", "", ed.English[n])).Lang("en"))
	}
	return box("div", "clause-text",
		tx("p", "clause-label", c.ClauseOriginal),
		boxEl("blockquote", "", append([]app.UI{tx("p", "clause-heading", cl.Heading)}, lines("p", "", cl.Paragraphs)...)...).Lang("zh-CN"),
		english,
	)
}
