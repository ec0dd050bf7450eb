package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
	"baotou-widget/rules/examples"
)

// Brief is the page at /brief, for an officer at a projector: example organisations to
// pick without typing, one measure a screen stepped through with the arrow keys, the
// running total always in view, and a QR code that opens the same answers on a phone.
type Brief struct {
	app.Compo

	lang       rules.Lang
	persona    string
	answers    rules.Answers
	assessment rules.Assessment
	step       int // 0 the organisation, 1 … 8 the measures, 9 the totals
	ready      bool
	keys       app.Func
}

// briefPersonas are the organisations of the picker, in the order an officer would show
// them; together they earn every one of the 21 items.
var briefPersonas = []string{"magnet-maker", "alloy-works", "pilot-plant", "unicorn-startup", "incubator-operator", "research-institute-outside"}

// briefSteps is the last step: the totals and the QR code.
const briefSteps = 9

// NewBrief is the briefing, showing the first persona.
func NewBrief() *Brief {
	b := &Brief{lang: rules.Chinese}
	b.pick(briefPersonas[0])
	return b
}

// pick shows a persona from its first screen.
func (b *Brief) pick(name string) {
	data, err := examples.Answers(name)
	if err != nil {
		return
	}
	a, err := rules.Decode(data)
	if err != nil {
		return
	}
	b.persona, b.answers, b.assessment, b.step = name, a, rules.Assess(a), 0
}

// OnNav takes ?lang= and ?persona=, so a briefing can be prepared as a bookmark.
func (b *Brief) OnNav(ctx app.Context) {
	q := ctx.Page().URL().Query()
	if l := q.Get("lang"); l != "" {
		b.lang = rules.ParseLang(l)
	}
	if p := q.Get("persona"); p != "" {
		b.pick(p)
	}
	ctx.Page().SetTitle(T(b.lang).BriefTitle)
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(b.lang))
	}
}

// OnMount listens to the arrow keys of the whole page.
func (b *Brief) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	b.keys = app.FuncOf(func(this app.Value, args []app.Value) any {
		ev := args[0]
		if delta := stepKeys[ev.Get("key").String()]; delta != 0 {
			ev.Call("preventDefault")
			ctx.Dispatch(func(app.Context) { b.move(delta) })
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", b.keys)
	b.ready = true
}

// OnDismount stops listening.
func (b *Brief) OnDismount() {
	if b.keys != nil {
		app.Window().Call("removeEventListener", "keydown", b.keys)
		b.keys.Release()
	}
}

// stepKeys move forward or back: arrows, page keys, and the space bar of a clicker.
var stepKeys = map[string]int{"ArrowRight": 1, "ArrowDown": 1, "PageDown": 1, " ": 1, "ArrowLeft": -1, "ArrowUp": -1, "PageUp": -1}

func (b *Brief) move(delta int) {
	b.step = min(max(b.step+delta, 0), briefSteps)
}

func (b *Brief) onPersona(ctx app.Context, e app.Event) {
	b.pick(ctx.JSSrc().Get("dataset").Get("persona").String())
}

func (b *Brief) onNext(ctx app.Context, e app.Event) { b.move(1) }
func (b *Brief) onPrev(ctx app.Context, e app.Event) { b.move(-1) }

func (b *Brief) onLang(ctx app.Context, e app.Event) {
	b.lang = rules.ParseLang(ctx.JSSrc().Get("dataset").Get("langChoice").String())
	app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(b.lang))
}

// shareLink opens the persona's answers in the questionnaire: at the public address the
// site was built for, or at this site's own.
func (b *Brief) shareLink() string {
	return siteAddress() + "#a=" + EncodeShare(b.answers)
}

// Render lays out the screen: the bar with persona and totals, the step, the QR code.
func (b *Brief) Render() app.UI {
	c := T(b.lang)
	w := &Widget{lang: b.lang} // for the money formats and item views shared with the page
	ready := ""
	if b.ready {
		ready = "true"
	}
	link := b.shareLink()
	return app.Div().Class("brief").Attr("data-ready", ready).Attr("data-lang", string(b.lang)).Attr("data-step", b.step).Body(
		app.Header().Class("brief-bar").Body(
			app.Strong().Class("persona-name").Text(c.Personas[b.persona].Name),
			app.Span().Class("brief-total").Attr("data-total", b.assessment.Total.StringFixed(2)).
				Text(c.TotalExact+" "+w.wan(b.assessment.Total)),
			app.Span().Class("brief-total").Attr("data-total-upto", b.assessment.TotalUpTo.StringFixed(2)).
				Text(c.TotalUpTo+" "+w.wan(b.assessment.TotalUpTo)),
			app.Span().Class("brief-step").Attr("aria-live", "polite").Text(fmt.Sprintf(c.BriefStep, b.step+1, briefSteps+1)),
		),
		app.Nav().Class("brief-picker").Attr("aria-label", c.BriefPick).Body(
			app.Range(briefPersonas).Slice(func(i int) app.UI {
				name := briefPersonas[i]
				return app.Button().Type("button").Attr("data-persona", name).Attr("aria-pressed", name == b.persona).
					Text(c.Personas[name].Name).OnClick(b.onPersona)
			}),
			app.Span().Class("lang-switch").Body(
				app.Button().Type("button").Attr("data-lang-choice", "zh").Attr("aria-pressed", b.lang == rules.Chinese).Text("中文").OnClick(b.onLang),
				app.Button().Type("button").Attr("data-lang-choice", "en").Attr("aria-pressed", b.lang == rules.English).Text("English").OnClick(b.onLang),
			),
		),
		app.Div().Class("brief-main").Body(
			app.Main().Class("brief-screen").Body(b.screen(w)),
			app.Aside().Class("brief-qr").Body(
				qrCode(link, c.BriefQR),
				app.P().Text(c.BriefQR),
				app.P().Class("link").Attr("data-share-link", link).Text(link),
			),
		),
		app.Footer().Class("brief-nav").Body(
			app.Button().Type("button").Text("← "+c.Prev).Disabled(b.step == 0).OnClick(b.onPrev),
			app.Span().Text(c.BriefKeys),
			navLinks(c),
			app.Button().Type("button").Text(c.Next+" →").Disabled(b.step == briefSteps).OnClick(b.onNext),
		),
	)
}

// screen is the current step: the organisation, one measure, or the totals.
func (b *Brief) screen(w *Widget) app.UI {
	c := T(b.lang)
	switch {
	case b.step == 0:
		return app.Div().Body(
			app.H1().Text(c.Personas[b.persona].Name),
			app.P().Class("about").Text(c.Personas[b.persona].About),
		)
	case b.step == briefSteps:
		return app.Div().Body(
			app.H1().Text(c.ResultsTitle),
			app.P().Class("big").Text(c.TotalExact+": "+w.wan(b.assessment.Total)),
			app.P().Class("big").Text(c.TotalUpTo+": "+w.wan(b.assessment.TotalUpTo)),
			app.P().Text(c.Notice[0]+" "+c.Notice[1]),
		)
	}
	m := c.Measures[b.step]
	var items []*rules.Item
	for i := range b.assessment.Items {
		if it := &b.assessment.Items[i]; it.Measure == b.step {
			items = append(items, it)
		}
	}
	return app.Div().Body(
		app.H1().Body(app.Span().Class("clause-no").Text(numerals[b.step]), app.Text(" "+m.Title)),
		app.P().Class("about").Text(m.Summary),
		app.Ul().Class("items").Body(app.Range(items).Slice(func(i int) app.UI { return w.item(items[i], true) })),
	)
}
