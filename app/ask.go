package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// asks are the questions the answers raise, beside the totals, each with a button to the
// question: technology contracts registered but no role in technology transfer (四's
// transfer subsidy may apply), and items earned while 附则一's question, which can remove
// any of them, is unanswered. The container is always drawn, so that the results after
// it keep their places when a question comes or goes.
func (w *Widget) asks() app.UI {
	c := T(w.lang)
	a := &w.form.Answers
	var asks []app.UI
	if a.TechContracts.IsPositive() && len(a.TechTransferRoles) == 0 {
		asks = append(asks, w.ask(fill(c.AskTransfer, "money", rules.Money(w.lang, a.TechContracts)), "techTransferRoles"))
	}
	if len(a.HigherLevelRewarded) == 0 && w.assessment.TotalUpTo.Add(w.assessment.TotalCompetitive).IsPositive() {
		asks = append(asks, w.ask(c.AskRewarded, "higherLevelRewarded"))
	}
	return box("div", "asks", asks...)
}

// ask is one question the answers raise, with the button that takes the user to it.
func (w *Widget) ask(text, path string) app.UI {
	return box("p", "ask", sayIn(w.lang, "span", "", text+" "),
		button(T(w.lang).AskAnswer, w.onAsk).Attr("data-ask", path))
}

// onAsk takes the user to the question an ask names, opening its fold, with the focus on
// its first choice.
func (w *Widget) onAsk(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("ask").String()
	ctx.PreventUpdate()
	el := app.Window().Get("document").Call("querySelector", `[data-q="`+path+`"]`)
	if !el.Truthy() {
		return
	}
	if fold := el.Call("closest", "details"); fold.Truthy() {
		fold.Set("open", true)
	}
	reveal(el)
	el.Call("focus", map[string]any{"preventScroll": true})
}
