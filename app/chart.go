package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// The chart of clause 六: what the growth and scale subsidies, and the two together, pay
// for every R&D figure at the user's revenue and last year's R&D, drawn from the rules
// themselves (each point is rules.AssessItem), with the user's own figure on the sum.
//
// The lines are an SVG stretched over the plot, drawn once for each curve; the tick
// labels, the caps and the user's point are HTML placed in per cent of the plot, so that
// their text keeps its size on a phone and a keystroke moves one point.

const chartSamples = 160

// rdCurve is the chart's data for one set of answers apart from this year's R&D.
type rdCurve struct {
	xMax, yMax           decimal.Decimal
	xStep, yStep         decimal.Decimal
	xs                   []decimal.Decimal
	growth, scale, total []decimal.Decimal
	svg                  string
	labels               []chartLabel // the tick and cap labels, in labelsLang
	labelsLang           rules.Lang
}

// chartLabel is a tick or cap label placed on the plot: they change with the curve and the
// language, not with a keystroke that only moves the point, so they are written once.
type chartLabel struct {
	class, side, at, text string
}

// The round steps of an axis: 1, 2, 2.5 and 5 times a power of ten.
var stepFactors = []decimal.Decimal{decimal.NewFromInt(1), decimal.NewFromInt(2), decimal.RequireFromString("2.5"), decimal.NewFromInt(5)}

// roundAxis gives a round step and the multiple of it that is the axis's end, for about
// four ticks up to at least max.
func roundAxis(max decimal.Decimal) (step, end decimal.Decimal) {
	for p := decimal.NewFromInt(1); ; p = p.Mul(decimal.NewFromInt(10)) {
		for _, f := range stepFactors {
			step = f.Mul(p)
			if max.Div(step).LessThanOrEqual(decimal.NewFromInt(5)) {
				return step, max.Div(step).Ceil().Mul(step)
			}
		}
	}
}

// chartXEnd is the R&D axis's reach: past the lowest scale tier, a quarter past the user's
// figure, so that typing moves the point and leaves the axis alone, well past last year's
// R&D plus the growth threshold, and a quarter past the R&D that meets the growth
// subsidy's intensity at this revenue.
func chartXEnd(m *rules.Measure6, rd rules.RD) decimal.Decimal {
	quarterPast := decimal.RequireFromString("1.25")
	return decimal.Max(m.Scale[len(m.Scale)-1].Over.Value.Mul(decimal.RequireFromString("1.2")),
		rd.ThisYear.Mul(quarterPast),
		rd.LastYear.Add(m.GrowthMinIncrease.Value.Mul(decimal.NewFromInt(3))),
		rd.Revenue.Mul(m.GrowthMinIntensity.Value).Mul(quarterPast))
}

// newRDCurve samples both items of 六 along the R&D axis, adding the figures where a
// threshold is crossed so that each step is drawn where it is.
func newRDCurve(a rules.Answers) *rdCurve {
	m := &rules.Current.M6
	c := &rdCurve{}
	c.xStep, c.xMax = roundAxis(chartXEnd(m, a.RD))
	cent := decimal.New(1, -2)
	xs := []decimal.Decimal{a.RD.LastYear.Add(m.GrowthMinIncrease.Value), a.RD.Revenue.Mul(m.GrowthMinIntensity.Value)}
	for _, t := range m.Scale {
		xs = append(xs, a.RD.Revenue.Mul(t.MinIntensity.Value), t.Over.Value, t.Over.Value.Add(cent))
	}
	for i := 0; i <= chartSamples; i++ {
		xs = append(xs, c.xMax.Mul(decimal.NewFromInt(int64(i))).Div(decimal.NewFromInt(chartSamples)))
	}
	sortDecimals(xs)
	top := m.GrowthCap.Value
	for _, x := range xs {
		if x.IsNegative() || x.GreaterThan(c.xMax) {
			continue
		}
		b := a
		b.RD.ThisYear = x.RoundCeil(2)
		g, s := rules.AssessItem(b, rules.RDGrowth).Amount, rules.AssessItem(b, rules.RDScale).Amount
		c.xs = append(c.xs, x)
		c.growth, c.scale, c.total = append(c.growth, g), append(c.scale, s), append(c.total, g.Add(s))
		top = decimal.Max(top, g.Add(s))
	}
	c.yStep, c.yMax = roundAxis(top.Mul(decimal.RequireFromString("1.05")))
	c.svg = c.lines()
	return c
}

// at gives a point's place in the plot, in per cent from the left and from the bottom.
func (c *rdCurve) at(x, y decimal.Decimal) (left, bottom float64) {
	return ratio(x, c.xMax) * 100, ratio(y, c.yMax) * 100
}

// ratio gives a/b as a float for drawing. It goes through the decimal's text: its own
// Float64 links math/big's rationals, and slices.SortFunc a sort of its own for decimals,
// both heavy in the WebAssembly for what a chart needs.
func ratio(a, b decimal.Decimal) float64 {
	f, _ := strconv.ParseFloat(a.Div(b).String(), 64)
	return f
}

// sortDecimals sorts the few figures a curve samples, in place.
func sortDecimals(xs []decimal.Decimal) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].LessThan(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// lines is the SVG of the curves, the tiers and the caps, in a box of 1000 × 1000 that the
// page stretches over the plot.
func (c *rdCurve) lines() string {
	var b strings.Builder
	b.WriteString(`<svg class="lines" viewBox="0 0 1000 1000" preserveAspectRatio="none" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">`)
	for _, t := range rules.Current.M6.Scale {
		if x := t.Over.Value; x.LessThan(c.xMax) {
			left, _ := c.at(x, decimal.Zero)
			b.WriteString(`<path class="tier" d="M` + num(left*10) + ` 0V1000"/>`)
		}
	}
	for _, cap := range chartCaps() {
		if cap.LessThan(c.yMax) {
			_, bottom := c.at(decimal.Zero, cap)
			b.WriteString(`<path class="cap" d="M0 ` + num(1000-bottom*10) + `H1000"/>`)
		}
	}
	for _, s := range []struct {
		class string
		ys    []decimal.Decimal
	}{{"growth", c.growth}, {"scale", c.scale}, {"sum", c.total}} {
		b.WriteString(`<path class="series ` + s.class + `" d="`)
		for i := range c.xs {
			left, bottom := c.at(c.xs[i], s.ys[i])
			if i == 0 {
				b.WriteString("M")
			} else {
				b.WriteString("L")
			}
			b.WriteString(num(left*10) + " " + num(1000-bottom*10))
		}
		b.WriteString(`"/>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// chartCaps are the caps of 六: the growth subsidy's and each scale tier's.
func chartCaps() []decimal.Decimal {
	m := &rules.Current.M6
	caps := []decimal.Decimal{m.GrowthCap.Value}
	for _, t := range m.Scale {
		caps = append(caps, t.Cap.Value)
	}
	return caps
}

// num writes a coordinate to one decimal.
func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// pct writes a CSS percentage.
func pct(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) + "%" }

// rdChartView is the chart in the page. It is a live part: a keystroke in an R&D field
// redraws it alone, and moves only its point unless the curve itself changed.
type rdChartView struct {
	app.Compo
	live

	Draw int
}

// Render draws the chart, or nothing while revenue is unknown (intensity needs it).
func (v *rdChartView) Render() app.UI {
	w := v.w
	a := &w.form.Answers
	if !a.RD.Revenue.IsPositive() {
		return el("div").Class("chart")
	}
	if w.curve == nil || a.RD.ThisYear.GreaterThan(w.curve.xMax) {
		w.curve = newRDCurve(*a)
	}
	c, lang, t := w.curve, w.lang, T(w.lang)
	g := w.assessment.Item(rules.RDGrowth).Amount
	s := w.assessment.Item(rules.RDScale).Amount
	left, bottom := c.at(decimal.Min(a.RD.ThisYear, c.xMax), g.Add(s))
	you := fill(t.ChartYou, "rd", rules.Money(lang, a.RD.ThisYear), "growth", rules.Money(lang, g),
		"scale", rules.Money(lang, s), "sum", rules.Money(lang, g.Add(s)))
	labels := c.plotLabels(lang)
	plot := make([]app.UI, 0, len(labels)+4)
	plot = append(plot, app.Raw(c.svg))
	for _, l := range labels {
		plot = append(plot, txEl("span", l.class, l.text).Style(l.side, l.at))
	}
	plot = append(plot,
		el("span").Class("point").Attr("data-chart-point", a.RD.ThisYear.StringFixed(2)).Style("left", pct(left)).Style("bottom", pct(bottom)),
		tx("span", "axis-title x", t.ChartX), tx("span", "axis-title y", t.ChartY))
	return boxEl("figure", "chart",
		sayInEl(lang, "figcaption", "", t.ChartTitle).ID("rd-chart-title"),
		boxEl("div", "plot", plot...).Aria("hidden", true),
		box("ul", "legend",
			sayIn(lang, "li", "key growth", rules.Title(lang, rules.RDGrowth)),
			sayIn(lang, "li", "key scale", rules.Title(lang, rules.RDScale)),
			tx("li", "key sum", t.ChartSum)),
		boxEl("p", "chart-you", sayIn(lang, "span", "visually-hidden", rules.Current.Fill(lang, t.ChartTiers)+" "), sayIn(lang, "span", "", you)).ID("rd-chart-text"),
	).Aria("labelledby", "rd-chart-title").Aria("describedby", "rd-chart-text")
}

// plotLabels are the axes' tick labels and the caps' labels in lang, written once for the
// curve and the language.
func (c *rdCurve) plotLabels(lang rules.Lang) []chartLabel {
	if c.labels != nil && c.labelsLang == lang {
		return c.labels
	}
	t := T(lang)
	var out []chartLabel
	out = c.ticks(out, "tick x", "left", c.xStep, c.xMax, func(v decimal.Decimal) string { return axisLabel(lang, v, true) })
	out = c.ticks(out, "tick y", "bottom", c.yStep, c.yMax, func(v decimal.Decimal) string { return axisLabel(lang, v, false) })
	for _, cap := range chartCaps() {
		if cap.LessThan(c.yMax) {
			_, b := c.at(decimal.Zero, cap)
			out = append(out, chartLabel{"cap-label", "bottom", pct(b), fill(t.ChartCap, "money", bigMoney(lang, cap))})
		}
	}
	c.labels, c.labelsLang = out, lang
	return out
}

// ticks adds an axis's tick labels, 0 to its end by step, placed by side ("left" or
// "bottom") in per cent of the plot.
func (c *rdCurve) ticks(out []chartLabel, class, side string, step, end decimal.Decimal, label func(decimal.Decimal) string) []chartLabel {
	for v := decimal.Zero; v.LessThanOrEqual(end); v = v.Add(step) {
		at := ratio(v, end) * 100
		out = append(out, chartLabel{class, side, pct(at), label(v)})
	}
	return out
}

// axisLabel writes a tick: 万元 in Chinese; RMB million on the R&D axis and RMB thousand
// on the subsidy axis in English, as the axis titles say.
func axisLabel(lang rules.Lang, v decimal.Decimal, rd bool) string {
	switch {
	case lang != rules.English:
		return rules.FormatWan(v)
	case rd:
		return rules.FormatYuan(v.Div(decimal.NewFromInt(1000000)).Round(2))
	}
	return rules.FormatYuan(v.Div(decimal.NewFromInt(1000)).Round(2))
}
