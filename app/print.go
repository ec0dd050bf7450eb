package app

import (
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// The printed page is the results panel as the print style sheet shows it: one A4 page
// with the organisation and its profile, the date, every earned item with its amount,
// basis and clause and the figures entered that shaped it, the totals, the readings
// applied, the notice, and the share link with its QR code, so that the paper leads back
// to the page. The panel is live, so the print button and the browser's own print command
// print the answers on screen alike; only the link and its QR code are drawn when the
// browser prints (beforeprint), since they change with every key.

// printHead is what the printed page says first: whose assessment, when, and who the
// organisation is.
func (w *Widget) printHead() app.UI {
	c := T(w.lang)
	a := &w.form.Answers
	title := c.RecapTitle
	if w.name != "" {
		title = w.name + " · " + title
	}
	yesNo := func(b bool) string { return [2]string{c.No, c.Yes}[b2i(b)] }
	return box("div", "print-only print-head",
		sayIn(w.lang, "p", "print-title", title),
		tx("p", "", c.AppName+" · "+c.RecapDate+labelSep(w.lang)+time.Now().Format("2006-01-02")),
		sayIn(w.lang, "p", "", c.RecapProfile+labelSep(w.lang)+strings.Join([]string{
			rules.Question(w.lang, "inZone") + " " + yesNo(a.InZone),
			rules.Question(w.lang, "orgType") + " " + rules.Term(w.lang, a.OrgType),
			rules.Question(w.lang, "aboveScaleIndustrial") + " " + yesNo(a.AboveScaleIndustrial),
		}, " · ")),
	)
}

// printFoot is what the printed page says last: the readings applied to the items earned,
// each once, whom to contact, and the place of the link back.
func (w *Widget) printFoot() app.UI {
	c := T(w.lang)
	var readings []app.UI
	seen := map[string]bool{}
	for i := range w.assessment.Items {
		it := &w.assessment.Items[i]
		if !it.Eligible {
			continue
		}
		for _, n := range it.SortedReadings() {
			if t := rules.ReadingText(w.lang, n, it.ID); !seen[t] {
				seen[t] = true
				readings = append(readings, sayIn(w.lang, "li", "", t))
			}
		}
	}
	var applied app.UI
	if len(readings) > 0 {
		applied = box("div", "", tx("p", "print-label", c.RecapReadings), box("ul", "print-readings", readings...), sayIn(w.lang, "p", "", rules.FinalSay(w.lang)))
	}
	return box("div", "print-only print-foot", applied, printContact(w.lang), boxEl("div", "print-back").ID("print-back"))
}

// fillPrint draws the link back and its QR code into their place, synchronously, before
// the browser lays the page out for print. go-app draws that place empty and never looks
// inside it.
func (w *Widget) fillPrint() {
	el := app.Window().GetElementByID("print-back")
	if !el.Truthy() {
		return
	}
	link := shareLinkOf(w.form.Answers)
	c := T(w.lang)
	el.Set("innerHTML", qrSVG(link, c.ShareLinkLabel)+`<p>`+html.EscapeString(c.RecapBack)+`<br><span class="link">`+html.EscapeString(link)+`</span></p>`)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// shapedBy are the figures the user enters that shape an item's amount, printed beside it
// so that the paper can be checked.
var shapedBy = map[rules.ItemID][]string{
	rules.OpenCall:             {"openCall.requested"},
	rules.Breakthrough:         {"breakthrough.requested"},
	rules.PilotPlatformItem:    {"pilotPlatform.year", "pilotPlatform.equipmentCost", "pilotPlatform.receivedBefore"},
	rules.TechContracts:        {"techContracts"},
	rules.RDGrowth:             {"rd.thisYear", "rd.lastYear", "rd.revenue"},
	rules.RDScale:              {"rd.thisYear", "rd.revenue"},
	rules.LoanInterest:         {"loanInterest"},
	rules.IncubatorCultivation: {"cultivated.hte", "cultivated.revenue10M", "cultivated.revenue20M", "cultivated.revenue50M"},
}

// entered writes the figures that shaped an earned item: "今年研发费用 1,200 万元 · …".
func (w *Widget) entered(it *rules.Item) string {
	if !it.Eligible {
		return ""
	}
	var parts []string
	for _, path := range shapedBy[it.ID] {
		f := rules.FieldByPath(path)
		var v string
		if f.Kind == rules.KindAmount {
			if d := *f.Amount(&w.form.Answers); !d.IsZero() {
				v = rules.Money(w.lang, d)
			}
		} else if n := *f.Int(&w.form.Answers); n != 0 {
			v = strconv.Itoa(n)
		}
		if v != "" {
			parts = append(parts, rules.Question(w.lang, path)+" "+v)
		}
	}
	return strings.Join(parts, " · ")
}
