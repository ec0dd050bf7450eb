package app

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// recap is what the page prints: one A4 page with the organisation in brief, every earned
// item with its amount, basis and clause, the totals, the readings applied, the notice,
// and the share link with its QR code, so that the paper leads back to the page. On
// screen it is hidden; the print style sheet shows only it.
func (w *Widget) recap() app.UI {
	c := T(w.lang)
	s := &w.assessment
	a := &w.form.Answers
	var earned []*rules.Item
	var readings []string
	for i := range s.Items {
		if it := &s.Items[i]; it.Eligible {
			earned = append(earned, it)
			for _, n := range it.SortedReadings() {
				readings = appendNew(readings, rules.ReadingText(w.lang, n, it.ID))
			}
		}
	}
	yesNo := func(b bool) string {
		if b {
			return c.Yes
		}
		return c.No
	}
	return app.Section().Class("recap").Body(
		app.H1().Text(c.AppName+" · "+c.RecapTitle),
		app.P().Text(c.RecapDate+": "+time.Now().Format("2006-01-02")),
		app.P().Text(fmt.Sprintf("%s: %s %s · %s %s · %s %s", c.RecapProfile,
			rules.Question(w.lang, "inZone"), yesNo(a.InZone),
			rules.Question(w.lang, "orgType"), rules.Term(w.lang, a.OrgType),
			rules.Question(w.lang, "aboveScaleIndustrial"), yesNo(a.AboveScaleIndustrial))),
		app.Table().Body(
			app.Caption().Text(c.RecapEarned),
			app.TBody().Body(
				app.Range(earned).Slice(func(i int) app.UI {
					it := earned[i]
					return app.Tr().Body(
						app.Td().Text(numerals[it.Measure]),
						app.Td().Text(rules.Title(w.lang, it.ID)),
						app.Td().Text(c.Basis[it.Basis]),
						app.Td().Class("num").Text(when(it.Basis != rules.Unspecified, w.wan(it.Amount)+" · "+w.yuan(it.Amount))),
					)
				}),
				app.If(len(earned) == 0, func() app.UI { return app.Tr().Body(app.Td().ColSpan(4).Text(c.RecapNone)) }),
			),
		),
		app.P().Class("recap-totals").Body(
			app.Strong().Text(c.TotalExact+": "+w.wan(s.Total)+" ("+w.yuan(s.Total)+")"),
			app.Text(" · "),
			app.Strong().Text(c.TotalUpTo+": "+w.wan(s.TotalUpTo)+" ("+w.yuan(s.TotalUpTo)+")"),
		),
		app.If(len(readings) > 0, func() app.UI {
			return app.Div().Body(
				app.H2().Text(c.RecapReadings),
				app.Ul().Class("recap-readings").Body(app.Range(readings).Slice(func(i int) app.UI {
					return app.Li().Text(readings[i])
				})),
			)
		}),
		app.Div().Class("recap-notice").Body(app.Range(c.Notice).Slice(func(i int) app.UI { return app.P().Text(c.Notice[i]) })),
		app.If(w.shareLink != "", func() app.UI {
			return app.Div().Class("recap-back").Body(
				qrCode(w.shareLink, c.ShareLinkLabel),
				app.P().Body(app.Text(c.RecapBack), app.Br(), app.Span().Class("link").Text(w.shareLink)),
			)
		}),
	)
}

// appendNew adds the values not yet in list.
func appendNew(list []string, values ...string) []string {
	for _, v := range values {
		found := false
		for _, x := range list {
			found = found || x == v
		}
		if !found {
			list = append(list, v)
		}
	}
	return list
}
