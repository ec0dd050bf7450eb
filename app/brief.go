package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/examples"
	"baotou-widget/rules/sharelink"
)

// Brief is the page at /brief, for an officer at a projector: example organisations to
// pick without typing, one screen each for the organisation, the eight measures and the
// totals, stepped through with a presenter's clicker, the running total always in view,
// and a QR code that opens the same answers on a phone. Every step fits the screen.
type Brief struct {
	app.Compo

	lang       rules.Lang
	persona    string
	answers    rules.Answers
	assessment rules.Assessment
	step       int // 0 the organisation, 1 … 8 the measures, 9 the totals
	ready      bool
	keys       app.Func
	settle     app.Func // answers requests to settle (settle.go)
}

// briefPersonas are the organisations of the picker, in the order an officer would show
// them; together they earn every one of the 21 items.
var briefPersonas = [...]string{"magnet-maker", "alloy-works", "pilot-plant", "unicorn-startup", "incubator-operator", "research-institute-outside"}

// Persona gives the words of a persona of the briefing in lang, if it is one.
func Persona(lang rules.Lang, name string) (PersonaText, bool) {
	for i, p := range briefPersonas {
		if p == name {
			return T(lang).Personas[i], true
		}
	}
	return PersonaText{}, false
}

// personaIndex is a persona's place in the picker.
func personaIndex(name string) int {
	for i, p := range briefPersonas {
		if p == name {
			return i
		}
	}
	return 0
}

// briefSteps is the last step: the totals by measure and the QR code.
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

// OnNav takes ?lang=, ?persona= and ?step=, so a briefing can be prepared as a bookmark.
func (b *Brief) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	if l, _ := queryValue(u, "lang"); l != "" {
		b.lang = rules.ParseLang(l)
	}
	if p, _ := queryValue(u, "persona"); p != "" {
		b.pick(p)
	}
	step, _ := queryValue(u, "step")
	if n, err := strconv.Atoi(step); err == nil {
		b.step = min(max(n, 0), briefSteps)
	}
	b.setLang(ctx)
}

func (b *Brief) setLang(ctx app.Context) {
	ctx.Page().SetTitle(T(b.lang).BriefTitle)
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(b.lang))
	}
}

// OnMount listens to the keys of a presenter's clicker on the whole page.
func (b *Brief) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	b.keys = app.FuncOf(func(this app.Value, args []app.Value) any {
		ev := args[0]
		if delta := stepKey(ev); delta != 0 {
			ev.Call("preventDefault")
			ctx.Dispatch(func(ctx app.Context) { b.move(ctx, delta) })
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", b.keys)
	b.settle = answerSettle(ctx, nil)
	b.ready = true
}

// OnDismount stops listening.
func (b *Brief) OnDismount() {
	if b.keys != nil {
		app.Window().Call("removeEventListener", "keydown", b.keys)
		b.keys.Release()
	}
	offBrowser(settleEvent, b.settle)
}

// stepKey reads a key as a step: a clicker sends PageDown / PageUp (or →, ←). A key with
// a modifier is the browser's; on a control the arrows and the page keys keep their
// meaning (an arrow moves in a select, a page key scrolls a list), except that the page
// keys still step from a button, where they mean nothing, since a clicker's user has
// often just pressed one.
func stepKey(ev app.Value) int {
	if ev.Get("altKey").Bool() || ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool() || ev.Get("shiftKey").Bool() {
		return 0
	}
	key := ev.Get("key").String()
	delta := map[string]int{"ArrowRight": 1, "PageDown": 1, "ArrowLeft": -1, "PageUp": -1}[key]
	switch tag := strings.ToLower(app.Window().Get("document").Get("activeElement").Get("tagName").String()); tag {
	case "", "body", "html", "main", "div", "section":
		return delta
	case "button", "a":
		if strings.HasPrefix(key, "Page") {
			return delta
		}
	}
	return 0
}

// move steps forward or back; a step button that stops applying gives the focus to the
// other.
func (b *Brief) move(ctx app.Context, delta int) {
	b.step = min(max(b.step+delta, 0), briefSteps)
	active := app.Window().Get("document").Get("activeElement").Get("id").String()
	switch {
	case b.step == 0 && active == "brief-prev":
		ctx.Defer(func(app.Context) { focusID("brief-next") })
	case b.step == briefSteps && active == "brief-next":
		ctx.Defer(func(app.Context) { focusID("brief-prev") })
	}
}

func (b *Brief) onPersona(ctx app.Context, e app.Event) {
	b.pick(ctx.JSSrc().Get("dataset").Get("persona").String())
}

func (b *Brief) onNext(ctx app.Context, e app.Event) { b.move(ctx, 1) }
func (b *Brief) onPrev(ctx app.Context, e app.Event) { b.move(ctx, -1) }

func (b *Brief) onLang(ctx app.Context, e app.Event) {
	b.lang = rules.ParseLang(ctx.JSSrc().Get("dataset").Get("langChoice").String())
	b.setLang(ctx)
}

// shareLink opens the persona's answers in the questionnaire: at the public address the
// site was built for, or at this site's own.
func (b *Brief) shareLink() string {
	return siteAddress() + "#a=" + sharelink.Encode(b.answers)
}

// Render lays out the screen: the bar with persona and totals, the step, the QR code.
func (b *Brief) Render() app.UI {
	c := T(b.lang)
	s := &b.assessment
	link := b.shareLink()
	personas := make([]app.UI, len(briefPersonas)+1)
	for i, name := range briefPersonas {
		personas[i] = button(c.Personas[i].Name, b.onPersona).Attr("data-persona", name).Attr("aria-pressed", name == b.persona)
	}
	personas[len(briefPersonas)] = langSwitch(b.lang, b.onLang)
	return boxEl("div", "brief",
		box("header", "brief-bar",
			tx("strong", "persona-name", c.Personas[personaIndex(b.persona)].Name),
			boxEl("span", "brief-total", tx("span", "label", c.TotalExact), tx("strong", "", bigMoney(b.lang, s.Total))).Attr("data-total", s.Total.StringFixed(2)),
			boxEl("span", "brief-total", tx("span", "label", c.TotalUpTo), tx("strong", "", bigMoney(b.lang, s.TotalUpTo))).Attr("data-total-upto", s.TotalUpTo.StringFixed(2)),
		),
		boxEl("nav", "brief-picker", personas...).Aria("label", c.BriefPick),
		box("div", "brief-main",
			box("main", "brief-screen", b.screen()),
			boxEl("aside", "brief-qr", qrCode(link, c.BriefQR), tx("p", "", c.BriefQR), txEl("p", "link", link).Attr("data-share-link", link)).Aria("label", c.BriefQR),
		),
		box("footer", "brief-nav",
			flag(button("← "+c.Prev, b.onPrev).ID("brief-prev"), "disabled", b.step == 0),
			box("span", "brief-keys",
				txEl("strong", "brief-step", fill(c.BriefStep, "n", strconv.Itoa(b.step+1), "of", strconv.Itoa(briefSteps+1))).Attr("aria-live", "polite"),
				app.Text(" · "+c.BriefKeys)),
			navLinks(c),
			flag(button(c.Next+" →", b.onNext).ID("brief-next"), "disabled", b.step == briefSteps),
		),
	).Attr("data-ready", textIf(b.ready, "true")).Attr("data-lang", string(b.lang)).Attr("data-step", b.step)
}

// screen is the current step: the organisation, one measure, or the totals.
func (b *Brief) screen() app.UI {
	switch b.step {
	case 0:
		return b.organisation()
	case briefSteps:
		return b.byMeasure()
	}
	return b.measure(b.step)
}

// organisation introduces the example with the figures that drive its results.
func (b *Brief) organisation() app.UI {
	c := T(b.lang)
	// The answers in words (a yes, a choice, a list) are a list of facts in smaller type;
	// the figures, amounts and counts, a table in the briefing's 28 px: an example that
	// answers nearly everything still fits the screen. A long question goes by its short
	// name there (BriefFacts): the room reads it, the phone has the whole question.
	var facts, rows []app.UI
	for _, f := range answered(b.lang, &b.answers) {
		if short := c.BriefFacts[f.path]; short != "" {
			f.question = short
		}
		switch f.kind {
		case rules.KindBool:
			facts = append(facts, sayIn(b.lang, "li", "", "✓ "+f.question))
		case rules.KindEnum, rules.KindList:
			facts = append(facts, sayIn(b.lang, "li", "", f.question+labelSep(b.lang)+f.answer))
		default:
			rows = append(rows, box("div", "", sayIn(b.lang, "dt", "", f.question), sayIn(b.lang, "dd", "", f.answer)))
		}
	}
	return box("div", "brief-org",
		tx("h1", "", c.Personas[personaIndex(b.persona)].Name),
		tx("p", "about", b.about()),
		tx("h2", "", c.BriefFigures),
		box("ul", "facts", facts...),
		box("dl", "figures", rows...),
	)
}

// answer is one answer given, as the questionnaire asks it and in words.
type answer struct {
	path, question, answer string
	kind                   rules.Kind
}

// answered lists every answer given.
func answered(lang rules.Lang, a *rules.Answers) []answer {
	c := T(lang)
	var out []answer
	for i := range rules.Fields {
		f := &rules.Fields[i]
		var v string
		switch f.Kind {
		case rules.KindBool:
			v = textIf(*f.Bool(a), c.Yes)
		case rules.KindAmount:
			if d := *f.Amount(a); !d.IsZero() {
				v = rules.Money(lang, d)
			}
		case rules.KindEnum:
			if x := *f.Text(a); x != "" {
				v = termOf(lang, f.Path, x)
			}
		case rules.KindList:
			words := make([]string, len(*f.List(a)))
			for j, x := range *f.List(a) {
				words[j] = termOf(lang, f.Path, x)
			}
			v = strings.Join(words, listSep(lang))
		default:
			if n := *f.Int(a); n != 0 {
				v = strconv.Itoa(n)
			}
		}
		if v != "" {
			out = append(out, answer{f.Path, rules.Question(lang, f.Path), v, f.Kind})
		}
	}
	return out
}

// listSep joins words in a list: 、 in Chinese, a comma in English.
func listSep(lang rules.Lang) string {
	if lang == rules.English {
		return ", "
	}
	return "、"
}

// measure is one clause: its earned items in full, with the amount the largest figure,
// and the others a line each.
func (b *Brief) measure(n int) app.UI {
	var items []app.UI
	earned := 0
	for i := range b.assessment.Items {
		if it := &b.assessment.Items[i]; it.Measure == n {
			items = append(items, b.item(it))
			earned += b2i(it.Eligible)
		}
	}
	return box("div", "brief-measure",
		box("h1", "", clauseBadge(b.lang, n), sayIn(b.lang, "span", "", rules.MeasureTitle(b.lang, n))),
		sayIn(b.lang, "p", "about", rules.Current.Fill(b.lang, T(b.lang).MeasureSummaries[n])),
		// With three earned items or more, each keeps one line of reasons to fit the screen.
		box("ul", "brief-items"+textIf(earned >= 3, " many"), items...),
	)
}

// item is one item on the projector: earned (or open to application) in full, else one
// line with why.
func (b *Brief) item(it *rules.Item) app.UI {
	c := T(b.lang)
	var li app.HTMLElem
	if !it.Eligible {
		why := ""
		for _, r := range it.Reasons {
			if r.Mark == rules.Unmet {
				why = r.Text(b.lang)
				break
			}
		}
		li = boxEl("li", "brief-item missed", sayIn(b.lang, "span", "title", rules.Title(b.lang, it.ID)), sayIn(b.lang, "span", "why", "✗ "+why))
	} else {
		basis := c.Basis[basisIndex(it.Basis)]
		amount, verdict := bigMoney(b.lang, it.Amount), c.Eligible+" · "+basis
		switch it.Basis {
		case rules.Unspecified:
			amount, verdict = basis, c.Eligible
		case rules.Competitive:
			verdict = fill(c.MayApply, "money", amount)
		}
		reasons := []app.UI{tx("li", "verdict", verdict)}
		for _, r := range it.Reasons {
			if r.Mark != rules.Note && !r.Gate() {
				reasons = append(reasons, sayIn(b.lang, "li", "", rules.MarkText(r.Mark)+" "+r.Text(b.lang)))
			}
		}
		li = boxEl("li", "brief-item earned basis-"+string(it.Basis),
			box("div", "brief-item-head", sayIn(b.lang, "span", "title", rules.Title(b.lang, it.ID)), tx("span", "amount", amount)),
			box("ul", "reasons", reasons...),
		)
	}
	return li.Attr("data-item", string(it.ID)).Attr("data-eligible", strconv.FormatBool(it.Eligible)).Attr("data-amount", it.Amount.StringFixed(2))
}

// byMeasure is the last step: the totals beside a bar for each clause, exact and up-to
// amounts stacked, the competitive ceiling apart, and the next steps: where each item's
// checks are (on the phone the QR code opens) and whom to contact.
func (b *Brief) byMeasure() app.UI {
	c := T(b.lang)
	s := &b.assessment
	var parts [9][3]decimal.Decimal // exact, up to, competitive by clause
	for i := range s.Items {
		if it := &s.Items[i]; it.Eligible && it.Basis != rules.Unspecified {
			k := basisIndex(it.Basis)
			parts[it.Measure][k] = parts[it.Measure][k].Add(it.Amount)
		}
	}
	top := decimal.NewFromInt(1)
	for n := 1; n <= 8; n++ {
		top = decimal.Max(top, parts[n][0].Add(parts[n][1]).Add(parts[n][2]))
	}
	bars := make([]app.UI, 8)
	for n := 1; n <= 8; n++ {
		p := parts[n]
		sum := p[0].Add(p[1])
		label := bigMoney(b.lang, sum)
		if p[2].IsPositive() {
			label = fill(c.MayApply, "money", bigMoney(b.lang, p[2]))
		} else if !sum.IsPositive() {
			label = c.BriefNotEarned
		}
		widths := make([]app.UI, 3)
		for k, class := range []string{"part exact", "part up-to", "part competitive"} {
			widths[k] = el("span").Class(class).Style("width", pct(ratio(p[k], top)*100))
		}
		bars[n-1] = box("li", "", box("span", "bar-label", clauseBadge(b.lang, n)), boxEl("span", "bar", widths...).Aria("hidden", true), tx("span", "bar-value", label))
	}
	var competitive app.UI
	if s.TotalCompetitive.IsPositive() {
		competitive = tx("p", "competitive", c.TotalCompetitive+" "+bigMoney(b.lang, s.TotalCompetitive))
	}
	return box("div", "brief-totals",
		tx("h1", "", c.ResultsTitle),
		box("div", "brief-totals-main",
			box("div", "brief-sums",
				box("p", "big", tx("span", "", c.TotalExact), tx("strong", "", bigMoney(b.lang, s.Total))),
				box("p", "big", tx("span", "", c.TotalUpTo), tx("strong", "", bigMoney(b.lang, s.TotalUpTo))),
				competitive,
			),
			box("div", "brief-bars", tx("h2", "", c.BriefByMeasure), box("ul", "", bars...)),
		),
		// Across the screen, not under the sums: in a narrow column its English took six lines.
		tx("p", "notice", c.Notice[0]+" "+c.Notice[1]),
		box("div", "brief-next",
			tx("strong", "next-title", c.NextTitle+labelSep(b.lang)),
			sayIn(b.lang, "span", "", c.BriefNext+" "+c.NextContact+labelSep(b.lang)+contact(b.lang)),
		),
	)
}

// about describes the persona, with its own figures: an organisation's figures, never
// the policy's, although an example may sit on a threshold.
func (b *Brief) about() string {
	a := &b.answers
	return fill(T(b.lang).Personas[personaIndex(b.persona)].About,
		"rdIncrease", rules.Money(b.lang, a.RD.ThisYear.Sub(a.RD.LastYear)), "techContracts", rules.Money(b.lang, a.TechContracts))
}
