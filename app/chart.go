package app

import (
	"fmt"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// The chart of clause 六: what the growth and scale subsidies pay for every R&D figure at
// the user's revenue and last year's R&D, drawn from the rules themselves (each point is
// rules.AssessItem), with the user's own figure marked on the curves.

// chartSize is the SVG's coordinate box and its margins.
const (
	chartW, chartH                    = 640.0, 300.0
	padLeft, padRight, padTop, padBot = 56.0, 16.0, 16.0, 44.0
	chartSamples                      = 160
)

// rdCurve is the chart's data for one set of answers apart from this year's R&D.
type rdCurve struct {
	key           string // the answers it was computed for, less this year's R&D
	xMax, yMax    decimal.Decimal
	xs            []decimal.Decimal
	growth, scale []decimal.Decimal
	drawn         map[rules.Lang]string // the background, once drawn, by language
}

// rdCurveKey is what the curve depends on: everything but rd.thisYear, and the x range.
func rdCurveKey(a rules.Answers, xMax decimal.Decimal) string {
	a.RD.ThisYear = decimal.Decimal{}
	return string(rules.Encode(a)) + "|" + xMax.String()
}

// chartXMax is the right end of the R&D axis: past the user's figure, last year's R&D
// plus the growth threshold, and the R&D that meets 4% intensity at this revenue, rounded
// up to a round figure so that the axis stays put, and the point moves along the curves,
// while the user types.
func chartXMax(rd rules.RD) decimal.Decimal {
	x := decimal.Max(decimal.NewFromInt(12000000),
		rd.ThisYear.Mul(decimal.NewFromFloat(1.1)),
		rd.LastYear.Add(decimal.NewFromInt(3000000)),
		rd.Revenue.Mul(decimal.New(5, -2)))
	step := decimal.NewFromInt(10000000)
	if x.GreaterThan(decimal.NewFromInt(100000000)) {
		step = decimal.NewFromInt(50000000)
	}
	return x.Div(step).Ceil().Mul(step)
}

// newRDCurve samples both items of 六 along the R&D axis, adding the figures where a
// threshold is crossed so that each step is drawn where it is.
func newRDCurve(a rules.Answers) *rdCurve {
	xMax := chartXMax(a.RD)
	c := &rdCurve{key: rdCurveKey(a, xMax), xMax: xMax, drawn: map[rules.Lang]string{}}
	cent := decimal.New(1, -2)
	xs := []decimal.Decimal{a.RD.LastYear.Add(decimal.NewFromInt(1000000)), a.RD.Revenue.Mul(decimal.New(4, -2)), a.RD.Revenue.Mul(decimal.New(3, -2))}
	for _, t := range []int64{10000000, 50000000} {
		xs = append(xs, decimal.NewFromInt(t), decimal.NewFromInt(t).Add(cent))
	}
	for i := 0; i <= chartSamples; i++ {
		xs = append(xs, xMax.Mul(decimal.NewFromInt(int64(i))).Div(decimal.NewFromInt(chartSamples)))
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].LessThan(xs[j]) })
	c.yMax = decimal.NewFromInt(100000)
	for _, x := range xs {
		if x.IsNegative() || x.GreaterThan(xMax) {
			continue
		}
		b := a
		b.RD.ThisYear = x.RoundCeil(2)
		g, s := rules.AssessItem(b, rules.RDGrowth).Amount, rules.AssessItem(b, rules.RDScale).Amount
		c.xs, c.growth, c.scale = append(c.xs, x), append(c.growth, g), append(c.scale, s)
		c.yMax = decimal.Max(c.yMax, g.Add(s))
	}
	c.yMax = c.yMax.Mul(decimal.NewFromFloat(1.15))
	return c
}

func (c *rdCurve) px(x decimal.Decimal) float64 {
	return padLeft + x.Div(c.xMax).InexactFloat64()*(chartW-padLeft-padRight)
}

func (c *rdCurve) py(y decimal.Decimal) float64 {
	return chartH - padBot - y.Div(c.yMax).InexactFloat64()*(chartH-padTop-padBot)
}

// path draws one series as steps joined by lines.
func (c *rdCurve) path(ys []decimal.Decimal) string {
	var b strings.Builder
	for i := range c.xs {
		cmd := "L"
		if i == 0 {
			cmd = "M"
		}
		fmt.Fprintf(&b, "%s%.1f %.1f", cmd, c.px(c.xs[i]), c.py(ys[i]))
	}
	return b.String()
}

// background is the chart without the user's point: axes, tiers, caps and curves. It is
// drawn once for each curve and language, not at every keystroke.
func (c *rdCurve) background(lang rules.Lang) string {
	if s, ok := c.drawn[lang]; ok {
		return s
	}
	t := T(lang)
	var svg strings.Builder
	fmt.Fprintf(&svg, `<svg class="rd-chart" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="rd-chart-title" xmlns="http://www.w3.org/2000/svg">`, chartW, chartH)
	fmt.Fprintf(&svg, `<title id="rd-chart-title">%s</title>`, htmlEscape(t.ChartTitle))
	// Axes, with the R&D axis in 万元 at five ticks.
	fmt.Fprintf(&svg, `<path d="M%.0f %.0fV%.0fH%.0f" class="axis"/>`, padLeft, padTop, chartH-padBot, chartW-padRight)
	for i := 0; i <= 4; i++ {
		v := c.xMax.Mul(decimal.NewFromInt(int64(i))).Div(decimal.NewFromInt(4))
		fmt.Fprintf(&svg, `<text x="%.1f" y="%.0f" class="tick" text-anchor="middle">%s</text>`, c.px(v), chartH-padBot+14, rules.FormatWan(v.Round(0)))
		y := c.yMax.Mul(decimal.NewFromInt(int64(i))).Div(decimal.NewFromInt(4))
		fmt.Fprintf(&svg, `<text x="%.0f" y="%.1f" class="tick" text-anchor="end">%s</text>`, padLeft-6, c.py(y)+4, rules.FormatWan(y.Round(-2)))
	}
	fmt.Fprintf(&svg, `<text x="%.0f" y="%.0f" class="axis-title" text-anchor="middle">%s</text>`, (padLeft+chartW-padRight)/2, chartH-8, htmlEscape(t.ChartX))
	fmt.Fprintf(&svg, `<text x="12" y="%.0f" class="axis-title" transform="rotate(-90 12 %.0f)" text-anchor="middle">%s</text>`, (padTop+chartH-padBot)/2, (padTop+chartH-padBot)/2, htmlEscape(t.ChartY))
	// The tiers: the 超过 1000 万 and 超过 5000 万 lines, and each cap.
	for _, tier := range []int64{10000000, 50000000} {
		v := decimal.NewFromInt(tier)
		if v.LessThan(c.xMax) {
			fmt.Fprintf(&svg, `<path d="M%.1f %.0fV%.0f" class="tier"/><text x="%.1f" y="%.0f" class="tier-label">&gt; %s</text>`,
				c.px(v), padTop, chartH-padBot, c.px(v)+3, padTop+10, rules.FormatWan(v)+t.Wan)
		}
	}
	for _, cap := range []int64{100000, 200000, 500000} {
		v := decimal.NewFromInt(cap)
		if v.LessThan(c.yMax) {
			fmt.Fprintf(&svg, `<path d="M%.0f %.1fH%.0f" class="tier"/>`, padLeft, c.py(v), chartW-padRight)
		}
	}
	fmt.Fprintf(&svg, `<path d="%s" class="series growth"/>`, c.path(c.growth))
	fmt.Fprintf(&svg, `<path d="%s" class="series scale"/>`, c.path(c.scale))
	c.drawn[lang] = svg.String()
	return c.drawn[lang]
}

// rdChart is the SVG, or nothing while revenue is unknown (intensity needs it).
func (w *Widget) rdChart() app.UI {
	a := w.form.Answers
	if !a.RD.Revenue.IsPositive() {
		return app.Div().Class("chart")
	}
	if w.curve == nil || w.curve.key != rdCurveKey(a, chartXMax(a.RD)) {
		w.curve = newRDCurve(a)
	}
	c, t := w.curve, T(w.lang)
	// The point is where the results already stand: no need to assess again.
	g := w.assessment.Item(rules.RDGrowth).Amount
	s := w.assessment.Item(rules.RDScale).Amount
	x := decimal.Min(a.RD.ThisYear, c.xMax)

	var svg strings.Builder
	svg.WriteString(c.background(w.lang))
	// The user's point on each curve and on their sum.
	fmt.Fprintf(&svg, `<circle cx="%.1f" cy="%.1f" r="5" class="point growth"/>`, c.px(x), c.py(g))
	fmt.Fprintf(&svg, `<circle cx="%.1f" cy="%.1f" r="5" class="point scale"/>`, c.px(x), c.py(s))
	fmt.Fprintf(&svg, `<circle data-chart-point="%s" cx="%.1f" cy="%.1f" r="7" class="point you"><title>%s</title></circle>`,
		a.RD.ThisYear.StringFixed(2), c.px(x), c.py(g.Add(s)), htmlEscape(fmt.Sprintf(t.ChartYou, rules.FormatWan(a.RD.ThisYear), rules.FormatWan(g.Add(s)))))
	svg.WriteString(`</svg>`)

	return app.Figure().Class("chart").Body(
		app.Raw(svg.String()),
		app.FigCaption().Body(
			app.Span().Class("key growth").Text(rules.Title(w.lang, rules.RDGrowth)),
			app.Span().Class("key scale").Text(rules.Title(w.lang, rules.RDScale)),
			app.Span().Class("key you").Text(fmt.Sprintf(t.ChartYou, rules.FormatWan(a.RD.ThisYear), rules.FormatWan(g.Add(s)))),
		),
	)
}
