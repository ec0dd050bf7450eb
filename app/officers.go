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
	return app.Div().Class("widget officers").Attr("data-ready", when(app.IsClient, "true")).Attr("data-lang", string(o.lang)).Body(
		app.Header().Class("topbar").Body(
			app.Div().Class("title").Body(app.H1().Text(c.OfficersTitle), app.P().Class("tagline").Text(c.OfficersIntro)),
			app.Div().Class("switches").Body(
				navLinks(c),
				app.Div().Class("lang-switch").Attr("role", "group").Attr("aria-label", c.LanguageLabel).Body(
					app.Button().Type("button").Attr("data-lang-choice", "zh").Attr("aria-pressed", o.lang == rules.Chinese).Text("中文").OnClick(o.onLang),
					app.Button().Type("button").Attr("data-lang-choice", "en").Attr("aria-pressed", o.lang == rules.English).Text("English").OnClick(o.onLang),
				),
			),
		),
		app.Section().Class("card").Body(
			app.Ol().Class("steps").Body(
				app.Li().Body(app.Text(c.OfficersStep1+" "), app.A().Href("/web/forecast-template.csv").Attr("download", "forecast-template.csv").Text(c.OfficersTemplate)),
				app.Li().Text(c.OfficersStep2),
				app.Li().Body(app.Text(c.OfficersStep3), app.Pre().Body(app.Code().Text("go run ./cmd/assess -csv forecast.csv > result.csv\ngo run ./cmd/assess -csv -lang en forecast.csv > result.csv"))),
				app.Li().Text(c.OfficersStep4),
			),
		),
		app.Section().Class("card").Body(
			app.Table().Class("columns").Body(
				app.Caption().Text(c.OfficersColumns),
				app.THead().Body(app.Tr().Body(app.Th().Text(c.OfficersColumn), app.Th().Text(c.OfficersMeaning), app.Th().Text(c.OfficersValues))),
				app.TBody().Body(
					app.Tr().Body(app.Td().Body(app.Code().Text("name")), app.Td().Text(c.OfficersName), app.Td().Text("")),
					app.Range(rules.Fields).Slice(func(i int) app.UI {
						f := &rules.Fields[i]
						return app.Tr().Body(
							app.Td().Body(app.Code().Text(f.Path)),
							app.Td().Text(rules.Question(o.lang, f.Path)),
							app.Td().Text(c.KindValues[f.Kind]+valueList(f)),
						)
					}),
				),
			),
		),
		app.Footer().Class("notice").Body(app.Range(c.Notice).Slice(func(i int) app.UI { return app.P().Text(c.Notice[i]) })),
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

// navLinks lead to the widget's three pages.
func navLinks(c *Catalog) app.UI {
	return app.Nav().Class("pages").Body(
		app.A().Href(internalHref("/")).Text(c.NavHome),
		app.A().Href(internalHref("/brief")).Text(c.NavBrief),
		app.A().Href(internalHref("/officers")).Text(c.NavOfficers),
	)
}
