package app

import (
	"baotou-widget/app/form"
	"baotou-widget/rules/input"
	"html"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
	"baotou-widget/rules/sharelink"
)

// Widget is the page at "/": the questionnaire on one side, the live results on the
// other. It owns the state; the sections (profile.go, measure1.go … measure8.go,
// rewarded.go) render from it, and the live parts (results.go, totalsbar.go, chart.go,
// fieldnote.go, announcer.go) follow every keystroke without it being drawn again.
type Widget struct {
	app.Compo

	form       form.Form
	assessment rules.Assessment
	lang       rules.Lang
	name       string // the organisation's name, for the printed page only

	ready     bool // the program has mounted: the data-ready hook
	remember  bool // the user asked to keep answers on this device
	storageOK bool // the browser lets this page keep answers
	update    bool // a new version is installed and waits for a reload
	embed     bool // in an iframe on another site (?embed=1)
	linked    bool // the address still carries the answers of the link that opened the page

	alert     alertKind  // how the page opened
	status    status     // what the last action did
	shareLink string     // the link made by the share action, until the answers change
	shareName bool       // the user chose to put the organisation's name in the link
	undo      *snapshot  // the answers before "clear", while undo is offered
	baseline  *scenario  // what-if: the answers kept as scenario A
	incubator bool       // 八's lead question: the organisation operates an incubator
	aside     form.Aside // 八's answers while its lead question says no
	said      string     // the totals as last announced to screen readers
	curve     *rdCurve   // clause 六's chart, kept while only this year's R&D changes

	draws int              // the page's draws, which the live parts follow
	page  app.Context      // the page's own context, above every live part
	parts map[string]*live // the mounted live parts, by key
	print app.Func         // fills the printed page when the browser prints

	pauses   map[string]*pause // the work waiting for a pause in typing, by kind (settle.go)
	settling []settleRequest   // requests to settle that wait for that work
	settle   app.Func          // answers requests to settle
}

// snapshot is the answers as they were, to give them back.
type snapshot struct {
	form      form.Form
	name      string
	incubator bool
	aside     form.Aside
}

// NewWidget is the questionnaire, empty, in Chinese.
func NewWidget() *Widget {
	w := &Widget{form: form.New(), lang: rules.Chinese, storageOK: true}
	w.parts = map[string]*live{}
	w.pauses = map[string]*pause{}
	w.assess()
	return w
}

// OnNav takes the language asked for in the address (?lang=en), the embedded layout
// (?embed=1) and the answers of a share link (#a=…).
func (w *Widget) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	if l, _ := queryValue(u, "lang"); l != "" {
		w.setLang(ctx, rules.ParseLang(l))
	}
	if embed, _ := queryValue(u, "embed"); embed == "1" && !w.embed {
		w.embed = true
		if app.IsClient {
			ctx.Defer(func(app.Context) { embedInHost() })
		}
	}
	if link, ok := strings.CutPrefix(fragment(u), "a="); ok {
		w.openLink(link)
	} else if addressDamaged {
		addressDamaged = false
		w.alert = alertLinkDamaged
	}
}

// openLink loads the answers of a share link; a damaged one leaves the answers as they
// are and says why.
func (w *Widget) openLink(link string) {
	a, name, err := sharelink.DecodeNamed(link)
	switch err {
	case nil:
		w.load(a)
		w.name = name // the link's answers are someone's: named only if its maker chose
		w.linked = true
		w.alert = alertLinkRestored
	case sharelink.ErrFuture:
		w.alert = alertLinkFuture
	default:
		w.alert = alertLinkDamaged
	}
}

// load replaces every answer.
func (w *Widget) load(a rules.Answers) {
	w.form.Load(a)
	w.incubator = w.form.IsIncubator()
	w.aside = form.Aside{}
	w.assess()
}

// OnMount restores the answers of this tab or of this device (unless a share link brought
// others), listens to the browser, and marks the page ready for people and tests.
func (w *Widget) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	w.page = ctx
	w.restore(addressDamaged || strings.HasPrefix(fragment(ctx.Page().URL()), "a="))
	w.setLang(ctx, w.lang)
	w.update = ctx.AppUpdateAvailable()
	w.ready = true
	onDamagedAddress = func() {
		ctx.Dispatch(func(app.Context) {
			addressDamaged = false
			w.alert = alertLinkDamaged
		})
	}
	w.print = onBrowser("beforeprint", w.fillPrint)
	w.settle = answerSettle(ctx, w)
	w.showPending()
	keepOnLeave(w.saveNow)
}

// OnDismount stops listening to the browser.
func (w *Widget) OnDismount() {
	onDamagedAddress = nil
	offBrowser("beforeprint", w.print)
	offBrowser(settleEvent, w.settle)
}

// OnAppUpdate shows the "new version — reload" notice.
func (w *Widget) OnAppUpdate(ctx app.Context) { w.update = ctx.AppUpdateAvailable() }

// onText takes what was typed into an amount, count or year field. Unless the field's
// problem comes or goes (its input's aria-invalid changes), only the live parts are drawn
// again: at a phone's speed, that is what keeps typing fluid.
func (w *Widget) onText(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	path := src.Get("dataset").Get("q").String()
	before := w.form.Problem(path)
	w.form.SetText(path, src.Get("value").String())
	w.changed(ctx, path)
	if w.form.Problem(path) != before {
		return
	}
	ctx.PreventUpdate()
	w.redrawLive(path)
}

// onLeave marks text left unfinished in a field ("1500.") as the problem it now is; while
// the field had the focus it was a figure still being typed.
func (w *Widget) onLeave(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("q").String()
	if !w.form.Leave(path) {
		ctx.PreventUpdate()
		return
	}
	w.changed(ctx, path)
}

// redrawLive draws again what a keystroke in the field at path can change.
func (w *Widget) redrawLive(path string) {
	w.redrawPart("results")
	w.redrawPart("bar")
	if strings.HasPrefix(path, "rd.") {
		w.redrawPart("chart")
	}
	for _, q := range notesShaped(path) {
		w.redrawPart("note " + q)
	}
}

// redrawPart draws the live part at key again, alone, if it is on the page.
func (w *Widget) redrawPart(key string) {
	if p := w.parts[key]; p != nil {
		p.redraw(w.page)
	}
}

// notesShaped are the fields whose line of understanding a change at path can change:
// its own, and the figures checked against revenue.
func notesShaped(path string) []string {
	if path == "rd.revenue" {
		return []string{path, "rd.thisYear", "loanInterest"}
	}
	return []string{path}
}

// onCheck takes a ticked or unticked box: a yes/no field, or one value of a list.
func (w *Widget) onCheck(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	path, checked := src.Get("dataset").Get("q").String(), src.Get("checked").Bool()
	if f := rules.FieldByPath(path); f != nil && f.Kind == rules.KindList {
		w.form.SetMember(path, src.Get("value").String(), checked)
	} else {
		w.form.SetBool(path, checked)
	}
	w.changed(ctx, path)
}

// onSelect takes a choice.
func (w *Widget) onSelect(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	path := src.Get("dataset").Get("q").String()
	w.form.SetEnum(path, src.Get("value").String())
	w.changed(ctx, path)
}

// onIncubator answers 八's lead question: closing it puts its answers aside, so that they
// never count while hidden, and opening it again gives them back.
func (w *Widget) onIncubator(ctx app.Context, e app.Event) {
	w.incubator = ctx.JSSrc().Get("checked").Bool()
	if w.incubator {
		w.form.TakeBack(form.IncubatorFields, w.aside)
	} else {
		w.aside = w.form.PutAside(form.IncubatorFields)
	}
	w.changed(ctx, "incubatorRating")
}

// onName keeps the organisation's name, for the printed page.
func (w *Widget) onName(ctx app.Context, e app.Event) {
	w.name = ctx.JSSrc().Get("value").String()
	ctx.PreventUpdate()
	w.redrawPart("results") // the printed page names the organisation
	w.scheduleSave(ctx)
}

// onUnit switches the unit amounts are typed in.
func (w *Widget) onUnit(ctx app.Context, e app.Event) {
	w.form.SetUnit(input.Unit(ctx.JSSrc().Get("value").String()))
	w.alert = alertUnitYuan
	if w.form.Unit == input.Wan {
		w.alert = alertUnitWan
	}
	w.scheduleSave(ctx)
}

// onLang switches the language; the answers and figures stay.
func (w *Widget) onLang(ctx app.Context, e app.Event) {
	w.setLang(ctx, rules.ParseLang(ctx.JSSrc().Get("dataset").Get("langChoice").String()))
}

func (w *Widget) setLang(ctx app.Context, l rules.Lang) {
	w.lang = l
	ctx.Page().SetTitle(T(l).AppName)
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(l))
	}
}

// htmlLang is the page's lang attribute for a language.
func htmlLang(l rules.Lang) string {
	if l == rules.English {
		return "en"
	}
	return "zh-CN"
}

// onReload loads the new version.
func (w *Widget) onReload(ctx app.Context, e app.Event) { ctx.Reload() }

// onSubmit keeps Enter in a field from submitting the form: there is nothing to send.
func (w *Widget) onSubmit(ctx app.Context, e app.Event) { e.PreventDefault() }

// changed follows a change of the answer at path ("" for many): the results, clause 六's
// curve, the address (the link that opened the page no longer says what is on screen),
// and, once the user pauses, the answers kept in this tab and what a screen reader hears.
func (w *Widget) changed(ctx app.Context, path string) {
	w.assess()
	if shapesCurve(path) {
		w.curve = nil
	}
	w.shareLink, w.status, w.undo = "", status{}, nil
	if w.linked {
		w.linked = false
		dropFragment()
	}
	w.scheduleSave(ctx)
	w.scheduleAnnouncement(ctx)
}

func (w *Widget) assess() { w.assessment = rules.Assess(w.form.Answers) }

// shapesCurve reports whether the answer at path ("" for any) can change clause 六's curve:
// everything that decides its two items but this year's R&D, which only moves the point.
func shapesCurve(path string) bool {
	switch path {
	case "", "inZone", "orgType", "aboveScaleIndustrial", "higherLevelRewarded", "rd.lastYear", "rd.revenue":
		return true
	}
	return false
}

// saveDelay and AnnounceDelay wait for a pause in typing: saving a whole set of answers at
// every key is work the keystroke need not wait for, and a screen reader should hear the
// totals once, not once a key (the browser test of the screen reader's path checks that
// no announcement comes sooner after a key than AnnounceDelay).
const (
	saveDelay     = 400 * time.Millisecond
	AnnounceDelay = 1200 * time.Millisecond
)

// scheduleSave keeps the answers once the user pauses.
func (w *Widget) scheduleSave(ctx app.Context) { w.afterPause(ctx, "save", saveDelay, w.saveNow) }

// scheduleAnnouncement tells screen readers the totals once the user pauses.
func (w *Widget) scheduleAnnouncement(ctx app.Context) {
	w.afterPause(ctx, "announce", AnnounceDelay, func() { w.redrawPart("announcer") })
}

// Render lays out the page: the top bar, the questions, the results, the notice.
func (w *Widget) Render() app.UI {
	c := T(w.lang)
	w.draws++
	class := "widget"
	if w.embed {
		class += " embed"
	}
	var update app.UI
	if w.update {
		update = box("p", "", app.Text(c.UpdateAvailable+" "), button(c.Reload, w.onReload))
	}
	// Embedded, the totals bar comes first: a bare iframe shows it at its top.
	bar, barLast := app.UI(&totalsBar{Draw: w.draws, live: livePart(w, "bar")}), app.UI(nil)
	if !w.embed {
		bar, barLast = nil, bar
	}
	return boxEl("div", class,
		app.Raw(`<noscript><p class="noscript">`+html.EscapeString(c.NoScript)+`</p></noscript>`),
		bar,
		w.topbar(),
		box("main", "",
			boxEl("div", "update", update).Attr("role", "status"),
			alertView(w.lang, w.alert),
			box("div", "layout",
				w.questions().OnSubmit(w.onSubmit).Body(
					w.profile(), w.measure1(), w.measure2(), w.measure3(), w.measure4(),
					w.measure5(), w.measure6(), w.measure7(), w.measure8(), w.rewarded(), w.privacy(),
				),
				&resultsView{Draw: w.draws, live: livePart(w, "results")},
			),
			&announcer{Draw: w.draws, live: livePart(w, "announcer")},
		),
		notice(w.lang),
		barLast,
	).Attr("data-ready", textIf(w.ready, "true")).Attr("data-lang", string(w.lang))
}

// questions is the form of the questionnaire. Until the program runs, the prerendered
// questions are there to read, inert (go-app knows no inert property: the attribute is
// written only while it applies).
func (w *Widget) questions() app.HTMLElem {
	form := el("form").Class("questions").Aria("label", T(w.lang).FormLabel).Attr("novalidate", true)
	if !w.ready {
		form = form.Attr("inert", true)
	}
	return form
}

// notice is the reminder that the figures are an estimate, with the measures' validity.
func notice(lang rules.Lang) app.UI {
	return box("footer", "notice", append(lines("p", "", T(lang).Notice), tx("p", "", validity(lang, deployment())))...)
}

// lines are one element of tag and class for each text.
func lines(tag, class string, texts []string) []app.UI {
	out := make([]app.UI, len(texts))
	for i, t := range texts {
		out[i] = tx(tag, class, t)
	}
	return out
}

// textIf is s if cond holds, else empty: for lines that are always in the page but only
// sometimes say something.
func textIf(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}
