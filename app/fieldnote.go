package app

import (
	"baotou-widget/rules/input"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// fieldNote is the line under a number field: the figure as it was understood, in both
// units ("即 1,200 万元（¥12,000,000）"), a gentle note where the figure looks typed in the
// wrong unit, and what is wrong with text that cannot be read. The input's description
// points at it. It is a live part: a keystroke in its field redraws it alone.
type fieldNote struct {
	app.Compo
	live

	Draw int
	Path string
}

// Render draws the note.
func (n *fieldNote) Render() app.UI {
	w := n.w
	c := T(w.lang)
	id := inputID(n.Path)
	understood, note, problem, fix := "", "", "", app.UI(nil)
	if p := w.form.Problem(n.Path); p != input.OK {
		problem = c.InputProblems[p]
	} else if f := rules.FieldByPath(n.Path); f.Kind == rules.KindAmount && w.form.Text(n.Path) != "" {
		understood = fill(c.Understood, "money", understoodMoney(w.lang, *f.Amount(&w.form.Answers)))
		note = c.UnitNotes[w.form.UnitNote(n.Path)]
		fix = w.fixButton(n.Path)
	}
	return box("div", "field-note",
		txEl("p", "understood", understood).ID(id+"-read"),
		txEl("p", "unit-note", note).ID(id+"-check"),
		fix,
		txEl("p", "problem", problem).ID(id+"-problem").Attr("role", "alert"),
	)
}

// understoodMoney writes an amount in both units in Chinese, and in yuan in English.
func understoodMoney(lang rules.Lang, v decimal.Decimal) string {
	if lang == rules.English {
		return "RMB " + rules.FormatYuan(v)
	}
	return rules.FormatWan(v) + " 万元（¥" + rules.FormatYuan(v) + "）"
}
