package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// Widget is the page at "/": the questionnaire on one side, the live results on the
// other. It owns the state; the sections (profile.go, measure1.go … measure8.go,
// rewarded.go) and the results (results.go) render from it.
type Widget struct {
	app.Compo

	form        Form
	assessment  rules.Assessment
	lang        rules.Lang
	ready       bool // the program has mounted: the data-ready hook
	remember    bool // the user asked to keep answers on this device
	storageOK   bool // the browser lets this page use localStorage
	update      bool // a new version is installed and waits for a reload
	openClauses map[rules.ItemID]bool
	linked      bool   // the answers came from a share link, not from this device
	shareLink   string // the link made by the share or print action
	alert       alert
	curve       *rdCurve  // clause 六's chart, kept while only this year's R&D changes
	baseline    *scenario // what-if: the answers kept as scenario A
	embed       bool      // in an iframe on another site (?embed=1)
	showMissed  bool      // the items not earned are unfolded

	draws       int         // the page's draws, which the views follow
	page        app.Context // the page's own context, to redraw it from a view's event
	resultsView *view       // the mounted results panel
	chartView   *view       // the mounted chart of clause 六
}

// NewWidget is the questionnaire, empty, in Chinese.
func NewWidget() *Widget {
	w := &Widget{form: NewForm(), lang: rules.Chinese, storageOK: true, openClauses: map[rules.ItemID]bool{}}
	w.assessment = rules.Assess(w.form.Answers)
	return w
}

// OnNav takes the language asked for in the address (?lang=en) and the answers of a
// share link (#a=…).
func (w *Widget) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	if l := u.Query().Get("lang"); l != "" {
		w.setLang(ctx, rules.ParseLang(l))
	}
	if u.Query().Get("embed") == "1" && !w.embed {
		w.embed = true
		if app.IsClient {
			ctx.Defer(func(app.Context) { reportHeight() })
		}
	}
	if link, ok := strings.CutPrefix(fragment(u), "a="); ok {
		w.openLink(link)
	} else if addressDamaged {
		addressDamaged = false
		w.alert = alert{kind: alertLinkDamaged}
	}
}

// openLink loads the answers of a share link; a damaged one leaves the answers as they
// are and says why.
func (w *Widget) openLink(link string) {
	a, err := DecodeShare(link)
	switch err {
	case nil:
		w.load(a)
		w.linked = true
		w.alert = alert{kind: alertLinkRestored}
	case ErrLinkFuture:
		w.alert = alert{kind: alertLinkFuture}
	default:
		w.alert = alert{kind: alertLinkDamaged}
	}
}

// load replaces every answer.
func (w *Widget) load(a rules.Answers) {
	w.form.Load(a)
	w.assess()
}

// OnMount restores remembered answers (unless a share link brought others) and marks the
// page ready for people and tests.
func (w *Widget) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	saved, ok := loadSaved()
	w.storageOK = ok
	if saved != "" {
		a, err := rules.Decode([]byte(saved))
		switch {
		case err != nil:
			w.alert = alert{kind: alertStorageBroken}
		case !w.linked:
			w.load(a)
			w.remember = true
			if w.alert.kind == alertNone {
				w.alert = alert{kind: alertRestored}
			}
		default:
			w.remember = true
		}
	}
	w.setLang(ctx, w.lang)
	w.update = ctx.AppUpdateAvailable()
	w.ready = true
	w.page = ctx
	onDamagedAddress = func() {
		ctx.Dispatch(func(app.Context) {
			addressDamaged = false
			w.alert = alert{kind: alertLinkDamaged}
		})
	}
}

// OnDismount stops listening for damaged addresses.
func (w *Widget) OnDismount() { onDamagedAddress = nil }

// OnAppUpdate shows the "new version — reload" notice.
func (w *Widget) OnAppUpdate(ctx app.Context) { w.update = ctx.AppUpdateAvailable() }

// onText takes what was typed into an amount, count or year field. Typing changes no
// question on screen unless it marks or clears a problem of the field, so then only the
// results and the chart are drawn again.
func (w *Widget) onText(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	path := src.Get("dataset").Get("q").String()
	before, hadProblems := w.form.Problem(path), w.form.HasProblems()
	w.form.SetText(path, src.Get("value").String())
	w.changed()
	if w.form.Problem(path) == before && w.form.HasProblems() == hadProblems && w.resultsView != nil {
		ctx.PreventUpdate()
		w.resultsView.refresh()
		w.chartView.refresh()
	}
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
	w.changed()
}

// onSelect takes a choice.
func (w *Widget) onSelect(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	w.form.SetEnum(src.Get("dataset").Get("q").String(), src.Get("value").String())
	w.changed()
}

// onUnit switches the unit amounts are typed in.
func (w *Widget) onUnit(ctx app.Context, e app.Event) {
	w.form.SetUnit(Unit(ctx.JSSrc().Get("value").String()))
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

// onClear empties every answer and every input on screen.
func (w *Widget) onClear(ctx app.Context, e app.Event) {
	w.form.Clear()
	w.changed()
	ctx.Defer(func(app.Context) { syncInputs(&w.form) })
}

// onRemember keeps the answers on this device, or forgets them.
func (w *Widget) onRemember(ctx app.Context, e app.Event) {
	w.remember = ctx.JSSrc().Get("checked").Bool()
	if w.remember {
		w.storageOK = save(string(rules.Encode(w.form.Answers)))
	} else {
		forget()
	}
}

// onToggleClause opens or closes an item's clause text in place.
func (w *Widget) onToggleClause(ctx app.Context, e app.Event) {
	id := rules.ItemID(ctx.JSSrc().Get("dataset").Get("clauseFor").String())
	w.openClauses[id] = !w.openClauses[id]
}

// onShare makes the share link of the current answers.
func (w *Widget) onShare(ctx app.Context, e app.Event) {
	w.shareLink = pageAddress() + "#a=" + EncodeShare(w.form.Answers)
}

// onCopy puts the share link on the clipboard.
func (w *Widget) onCopy(ctx app.Context, e app.Event) {
	copyText(w.shareLink)
	w.alert = alert{kind: alertCopied}
}

// onSave offers the answers as a JSON file of the answers contract.
func (w *Widget) onSave(ctx app.Context, e app.Event) {
	download("baotou-answers-"+time.Now().Format("20060102")+".json", "application/json", string(rules.EncodeIndent(w.form.Answers)))
}

// onOpen asks for a file of answers.
func (w *Widget) onOpen(ctx app.Context, e app.Event) {
	app.Window().GetElementByID("open-file").Call("click")
}

// onFileChosen reads the chosen file; a bad one is refused whole, naming the field that is
// wrong, and the current answers stay.
func (w *Widget) onFileChosen(ctx app.Context, e app.Event) {
	readFile(ctx, ctx.JSSrc(), func(ctx app.Context, text string, err error) {
		var a rules.Answers
		if err == nil {
			a, err = rules.Decode([]byte(text))
		}
		if err != nil {
			w.alert = alert{kind: alertFileRefused, err: err}
			return
		}
		w.load(a)
		w.changed()
		w.alert = alert{kind: alertFileOpened}
		ctx.Defer(func(app.Context) { syncInputs(&w.form) })
	})
}

// onPrint prints the recap, with the share link and its QR code at its foot.
func (w *Widget) onPrint(ctx app.Context, e app.Event) {
	w.onShare(ctx, e)
	ctx.Defer(func(app.Context) { app.Window().Call("print") })
}

// redraw draws the whole page again, after an event of one of its views changed answers.
func (w *Widget) redraw() {
	if w.ready {
		w.page.Dispatch(func(app.Context) {})
	}
}

// onSubmit keeps Enter in a field from submitting the form: there is nothing to send.
func (w *Widget) onSubmit(ctx app.Context, e app.Event) { e.PreventDefault() }

// onReload loads the new version.
func (w *Widget) onReload(ctx app.Context, e app.Event) { ctx.Reload() }

// changed recomputes the results, and keeps the answers if asked to.
func (w *Widget) changed() {
	w.assess()
	if w.remember {
		w.storageOK = save(string(rules.Encode(w.form.Answers)))
	}
}

func (w *Widget) assess() { w.assessment = rules.Assess(w.form.Answers) }

// Render lays out the page: the questions, the results, the notice.
func (w *Widget) Render() app.UI {
	c := T(w.lang)
	ready := ""
	if w.ready {
		ready = "true"
	}
	w.draws++
	class := "widget"
	if w.embed {
		class += " embed"
	}
	return app.Div().Class(class).Attr("data-ready", ready).Attr("data-lang", string(w.lang)).Body(
		app.Raw(`<noscript><p class="noscript">`+htmlEscape(c.NoScript)+`</p></noscript>`),
		w.topbar(),
		app.Div().Class("update").Attr("role", "status").Body(
			app.If(w.update, func() app.UI {
				return app.P().Body(
					app.Text(c.UpdateAvailable+" "),
					app.Button().Type("button").Text(c.Reload).OnClick(w.onReload),
				)
			}),
		),
		w.alert.view(w.lang),
		app.Div().Class("layout").Body(
			app.Form().Class("questions").Attr("novalidate", true).OnSubmit(w.onSubmit).Body(
				w.profile(),
				w.measure1(),
				w.measure2(),
				w.measure3(),
				w.measure4(),
				w.measure5(),
				w.measure6(),
				w.measure7(),
				w.measure8(),
				w.rewarded(),
				w.actions(),
			),
			w.results(),
		),
		w.notice(),
		w.recap(),
	)
}

// mobileBar keeps both totals in view on a phone and leads to the full results.
func (w *Widget) mobileBar() app.UI {
	c := T(w.lang)
	s := &w.assessment
	return app.A().Class("mobile-bar").Href("#results-title").Body(
		app.Span().Body(app.Text(c.TotalExact), app.Strong().Text(w.wan(s.Total))),
		app.Span().Body(app.Text(c.TotalUpTo), app.Strong().Text(w.wan(s.TotalUpTo))),
	)
}

// topbar holds the title and the language and unit switches.
func (w *Widget) topbar() app.UI {
	c := T(w.lang)
	return app.Header().Class("topbar").Body(
		app.Div().Class("title").Body(
			app.H1().Text(c.AppName),
			app.P().Class("tagline").Text(c.Tagline),
		),
		app.Div().Class("switches").Body(
			navLinks(c),
			app.Div().Class("lang-switch").Attr("role", "group").Attr("aria-label", c.LanguageLabel).Body(
				w.langButton(rules.Chinese, "中文"),
				w.langButton(rules.English, "English"),
			),
			app.Label().For("unit").Class("unit-switch").Body(
				app.Text(c.UnitLabel+" "),
				app.Select().ID("unit").OnChange(w.onUnit).Body(
					app.Option().Value(string(Wan)).Selected(w.form.Unit == Wan).Text(c.UnitWan),
					app.Option().Value(string(Yuan)).Selected(w.form.Unit == Yuan).Text(c.UnitYuan),
				),
			),
		),
	)
}

func (w *Widget) langButton(l rules.Lang, label string) app.UI {
	return app.Button().Type("button").Attr("data-lang-choice", string(l)).Attr("lang", htmlLang(l)).
		Attr("aria-pressed", w.lang == l).Text(label).OnClick(w.onLang)
}

// actions are what the user does with the answers as a whole.
func (w *Widget) actions() app.UI {
	c := T(w.lang)
	return app.Section().Class("card actions").Body(
		app.P().Class("privacy").Text(c.PrivacyNote),
		app.Details().Class("data-where").Body(
			app.Summary().Text(c.DataTitle),
			app.Ul().Body(app.Range(c.DataWhere).Slice(func(i int) app.UI { return app.Li().Text(c.DataWhere[i]) })),
		),
		app.Div().Class("check").Body(
			app.Input().Type("checkbox").ID("remember").Checked(w.remember).Disabled(!w.storageOK).OnChange(w.onRemember),
			app.Label().For("remember").Body(app.Text(c.Remember), app.Small().Text(c.RememberNote)),
		),
		app.P().Class("problem").Attr("role", "status").Text(when(!w.storageOK, c.StorageBlocked)),
		app.Div().Class("buttons").Body(
			app.Button().Type("button").Attr("data-action", "share").Text(c.Share).OnClick(w.onShare),
			app.Button().Type("button").Attr("data-action", "save").Text(c.Save).OnClick(w.onSave),
			app.Button().Type("button").Attr("data-action", "open").Text(c.Open).OnClick(w.onOpen),
			app.Button().Type("button").Attr("data-action", "print").Text(c.Print).OnClick(w.onPrint),
			app.Button().Type("button").Attr("data-action", "clear").Text(c.Clear).OnClick(w.onClear),
		),
		app.Input().Type("file").ID("open-file").Class("visually-hidden").Accept(".json,application/json").
			Attr("tabindex", "-1").Attr("aria-label", c.Open).OnChange(w.onFileChosen),
		app.Div().Class("share").Body(
			app.P().Class("help").Text(c.ShareNote),
			app.If(w.shareLink != "", func() app.UI {
				return app.Div().Class("with-unit").Body(
					app.Label().For("share-link").Class("visually-hidden").Text(c.ShareLinkLabel),
					app.Input().Type("text").ID("share-link").ReadOnly(true).Attr("data-share-link", "true").Value(w.shareLink),
					app.Button().Type("button").Text(c.Copy).OnClick(w.onCopy),
				)
			}),
		),
	)
}

// notice is the reminder that the figures are an estimate.
func (w *Widget) notice() app.UI {
	c := T(w.lang)
	return app.Footer().Class("notice").Body(
		app.Range(c.Notice).Slice(func(i int) app.UI { return app.P().Text(c.Notice[i]) }),
	)
}

// when is s if cond holds, else empty: for lines that are always in the page but only
// sometimes say something.
func when(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}
