package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// Officers is the page at /officers: how the zone's officers forecast a budget for many
// organisations at once with cmd/assess -csv, with the CSV template to start from and what
// each column means, in the page's language.
type Officers struct {
	app.Compo
	lang rules.Lang
}

// NewOfficers is the page, in Chinese.
func NewOfficers() *Officers { return &Officers{lang: rules.Chinese} }

// OnNav takes ?lang=.
func (o *Officers) OnNav(ctx app.Context) {
	if l := ctx.Page().URL().Query().Get("lang"); l != "" {
		o.lang = rules.ParseLang(l)
	}
	ctx.Page().SetTitle(T(o.lang).OfficersTitle)
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(o.lang))
	}
}

func (o *Officers) onLang(ctx app.Context, e app.Event) {
	o.lang = rules.ParseLang(ctx.JSSrc().Get("dataset").Get("langChoice").String())
	app.Window().Get("document").Get("documentElement").Set("lang", htmlLang(o.lang))
}

// Render explains the batch in four steps and lists the columns.
func (o *Officers) Render() app.UI {
	c := T(o.lang)
	return el("div").Class("widget officers").Attr("data-ready", textIf(app.IsClient, "true")).Attr("data-lang", string(o.lang)).Body(
		el("header").Class("topbar").Body(
			el("div").Class("title").Body(el("h1").Text(c.OfficersTitle), el("p").Class("tagline").Text(c.OfficersIntro)),
			el("div").Class("switches").Body(
				navLinks(c),
				langSwitch(o.lang, o.onLang),
			),
		),
		el("section").Class("card").Body(
			el("ol").Class("steps").Body(
				el("li").Body(app.Text(c.OfficersStep1+" "), el("a").Attr("href", "/web/forecast-template.csv").Attr("download", "forecast-template.csv").Text(c.OfficersTemplate)),
				el("li").Body(say(o.lang, c.OfficersStep2)...),
				el("li").Body(app.Text(c.OfficersStep3), el("pre").Body(el("code").Text("go run ./cmd/assess -csv forecast.csv > result.csv\ngo run ./cmd/assess -csv -lang en forecast.csv > result.csv"))),
				el("li").Text(c.OfficersStep4),
			),
		),
		el("section").Class("card").Body(
			el("table").Class("columns").Body(
				el("caption").Text(c.OfficersColumns),
				el("thead").Body(el("tr").Body(el("th").Text(c.OfficersColumn), el("th").Text(c.OfficersMeaning), el("th").Text(c.OfficersValues))),
				el("tbody").Body(
					el("tr").Body(el("td").Body(el("code").Text("name")), el("td").Text(c.OfficersName), el("td").Text("")),
					app.Range(rules.Fields).Slice(func(i int) app.UI {
						f := &rules.Fields[i]
						return el("tr").Body(
							el("td").Body(el("code").Text(f.Path)),
							el("td").Body(say(o.lang, rules.Question(o.lang, f.Path))...),
							el("td").Text(c.KindValues[f.Kind]+valueList(f)),
						)
					}),
				),
			),
		),
		notice(c),
	)
}

// valueList names the values an enum or list column takes.
func valueList(f *rules.Field) string {
	if len(f.Values) == 0 || len(f.Values) > 12 {
		return ""
	}
	s := ": "
	for i, v := range f.Values {
		if i > 0 {
			s += " / "
		}
		s += v
	}
	return s
}
