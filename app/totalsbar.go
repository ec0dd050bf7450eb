package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// totalsBar keeps the two totals the organisation can expect in view while it answers:
// fixed at the foot of a phone's screen, and inside the park's page at the foot of the
// part of the frame the host shows (embed.go). A tap takes the user to the full results.
// While the results rest on a figure that looks typed in the wrong unit, it says so above
// the totals, with the fix (checks.go).
// It is a live part: a keystroke redraws it alone.
type totalsBar struct {
	app.Compo
	live

	Draw int // the page's draw: the bar is drawn again with the page

	resize app.Value // watches the bar's height
}

// OnMount watches the bar's height, which the page's scroll padding keeps room for; when
// it grows, the control being typed in may stand under it, and is brought clear again.
func (b *totalsBar) OnMount(ctx app.Context) {
	b.live.OnMount(ctx)
	if !app.IsClient {
		return
	}
	last := 0.0
	b.resize = app.Window().Get("ResizeObserver").New(app.FuncOf(func(this app.Value, args []app.Value) any {
		h := b.JSValue().Get("offsetHeight").Float()
		app.Window().Get("document").Get("documentElement").Get("style").Call("setProperty", "--bar-now", px(h))
		if h > last+1 {
			keepClear()
		}
		last = h
		return nil
	}))
	b.resize.Call("observe", b.JSValue())
}

// OnDismount stops watching the bar.
func (b *totalsBar) OnDismount() {
	b.live.OnDismount()
	if b.resize != nil {
		b.resize.Call("disconnect")
	}
}

// Render draws the bar.
func (b *totalsBar) Render() app.UI {
	w := b.w
	c := T(w.lang)
	if !w.ready {
		// Until the program runs, the totals would be those of no answers, and a tap would
		// do nothing: the bar says that the calculator is loading.
		return boxEl("aside", "totals-bar", tx("p", "bar-loading", c.LoadingLabel)).ID("totals-bar").Aria("label", c.ResultsTitle)
	}
	s := &w.assessment
	bar := boxEl("aside", "totals-bar",
		w.checkStrip(),
		boxEl("button", "to-results",
			box("span", "bar-total", tx("span", "label", c.TotalExact), tx("strong", "", bigMoney(w.lang, s.Total))),
			box("span", "bar-total", tx("span", "label", c.TotalUpTo), tx("strong", "", bigMoney(w.lang, s.TotalUpTo))),
			tx("span", "bar-go", c.ToResults+" ›"),
		).Attr("type", "button").OnClick(b.onTap),
	).ID("totals-bar").Aria("label", c.ResultsTitle)
	if checks := w.form.Checks(); len(checks) > 0 {
		bar = bar.Attr("data-check-unit", strings.Join(checks, " "))
	}
	return bar
}

// onTap takes the user to the full results; nothing on the page changes.
func (b *totalsBar) onTap(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	b.w.toResults()
}
