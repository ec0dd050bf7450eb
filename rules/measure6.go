package rules

import "github.com/shopspring/decimal"

// 六、支持企业加大研发投入
//
//	支持规模以上工业企业建立研发机构……以企业当年所享受的研发费用加计扣除的研发投入作为依据，企业
//	当年研发费用增长 100 万元以上且研发投入强度不低于 4%，按研发费用增量的 3% 进行补助，单个企业
//	该项补助最高不超过 10 万元；企业当年研发费用超过 1000 万元且研发投入强度不低于 3%，按研发投入
//	的 5‰ 进行补助，单个企业该项补助最高不超过 20 万元；企业当年研发费用超过 5000 万元且研发投入
//	强度不低于 3%，按研发投入的 7‰ 进行补助，单个企业该项补助最高不超过 50 万元。

// The items of 六.
const (
	RDGrowth ItemID = "m6.rd_growth"
	RDScale  ItemID = "m6.rd_scale"
)

// Measure6 is 六's parameters: the growth subsidy's and the scale tiers.
type Measure6 struct {
	GrowthMinIncrease, GrowthMinIntensity, GrowthRate, GrowthCap Param
	// Scale tiers, highest first: only the highest that applies is paid (Reading 1).
	Scale []ScaleTier
}

var measure6 = Measure6{
	GrowthMinIncrease:  yuan("六", 1000000, "企业当年研发费用增长 100 万元以上"),
	GrowthMinIntensity: ratio("六", "0.04", "研发投入强度不低于 4%"),
	GrowthRate:         ratio("六", "0.03", "按研发费用增量的 3% 进行补助"),
	GrowthCap:          yuan("六", 100000, "单个企业该项补助最高不超过 10 万元"),
	Scale: []ScaleTier{
		{
			Over:         yuan("六", 50000000, "企业当年研发费用超过 5000 万元"),
			MinIntensity: ratio("六", "0.03", "研发投入强度不低于 3%"),
			Rate:         ratio("六", "0.007", "按研发投入的 7‰ 进行补助"),
			Cap:          yuan("六", 500000, "单个企业该项补助最高不超过 50 万元"),
		},
		{
			Over:         yuan("六", 10000000, "企业当年研发费用超过 1000 万元"),
			MinIntensity: ratio("六", "0.03", "研发投入强度不低于 3%"),
			Rate:         ratio("六", "0.005", "按研发投入的 5‰ 进行补助"),
			Cap:          yuan("六", 200000, "单个企业该项补助最高不超过 20 万元"),
		},
	},
}

// ScaleTier is one tier of 六's scale subsidy: above Over with intensity at least
// MinIntensity, Rate of R&D up to Cap.
type ScaleTier struct{ Over, MinIntensity, Rate, Cap Param }

// rdGates are the tests both items of 六 share: an above-scale industrial enterprise in the
// zone (Reading 10) with revenue, so that intensity is known (Reading 2). Whether the R&D
// enjoyed the super deduction is for the department (Reading 8).
// It reports whether intensity can be computed.
func rdGates(c *check, a *Answers) bool {
	c.reading(1)
	inZone(c, a)
	c.reading(10)
	c.require(a.AboveScaleIndustrial, aboveScale(), notAboveScale())
	c.reading(8)
	c.note(superDeduction())
	c.reading(2)
	return c.require(a.RD.Revenue.IsPositive(), revenueGiven(a.RD.Revenue), noRevenue())
}

// intensity is R&D over operating revenue (Reading 2); revenue must be positive.
func intensity(rd RD) decimal.Decimal { return rd.ThisYear.Div(rd.Revenue) }

// meetsIntensity compares without dividing, so no rounding can move a figure across the
// line: thisYear ≥ min × revenue.
func meetsIntensity(rd RD, min Param) bool {
	return rd.ThisYear.GreaterThanOrEqual(min.Value.Mul(rd.Revenue))
}

// increase is this year's R&D minus last year's; a decrease is no increase (Readings 2, 11).
func increase(rd RD) decimal.Decimal {
	d := rd.ThisYear.Sub(rd.LastYear)
	if d.IsNegative() {
		return zeroAmount
	}
	return d
}

// assessRDGrowth pays 3% of the increase, capped at 100,000, when R&D grew by 1,000,000 or
// more and intensity is at least 4%. It stacks with the scale subsidy (Reading 1).
func assessRDGrowth(c *check, a *Answers) {
	if !rdGates(c, a) {
		return
	}
	m, rd := c.ed.M6, a.RD
	inc := increase(rd)
	if rd.LastYear.IsZero() && rd.ThisYear.IsPositive() {
		// A blank last year makes all of this year's R&D the increase (Reading 11).
		c.reading(11)
		c.note(lastYearBlank())
	}
	incOK := c.require(inc.GreaterThanOrEqual(m.GrowthMinIncrease.Value),
		rdIncrease(rd.ThisYear, rd.LastYear, inc, m.GrowthMinIncrease.Value),
		rdIncreaseShort(rd.ThisYear, rd.LastYear, inc, m.GrowthMinIncrease.Value))
	intOK := c.require(meetsIntensity(rd, m.GrowthMinIntensity),
		intensityMet(intensity(rd), m.GrowthMinIntensity.Value),
		intensityLow(intensity(rd), m.GrowthMinIntensity.Value))
	if !incOK || !intOK {
		if c.onlyFailed(incOK, intOK) {
			need := decimal.Max(rd.LastYear.Add(m.GrowthMinIncrease.Value), ceilCents(m.GrowthMinIntensity.Value.Mul(rd.Revenue)))
			c.hint(hintRD(need, need.Sub(rd.ThisYear)), rd.ThisYear.IsPositive())
		}
		return
	}
	amount := inc.Mul(m.GrowthRate.Value)
	c.note(formula(m.GrowthRate.Value, inc, amount))
	c.pay(c.capAt(amount, m.GrowthCap.Value))
}

// assessRDScale pays the highest tier whose threshold R&D exceeds, with intensity of at
// least 3% (Reading 1: the tiers are a ladder, not a sum).
func assessRDScale(c *check, a *Answers) {
	if !rdGates(c, a) {
		return
	}
	rd := a.RD
	for _, t := range c.ed.M6.Scale {
		if rd.ThisYear.GreaterThan(t.Over.Value) && meetsIntensity(rd, t.MinIntensity) {
			c.met(scaleTierMet(rd.ThisYear, t.Over.Value, intensity(rd), t.MinIntensity.Value))
			amount := rd.ThisYear.Mul(t.Rate.Value)
			c.note(formula(t.Rate.Value, rd.ThisYear, amount))
			c.pay(c.capAt(amount, t.Cap.Value))
			return
		}
	}
	lowest := c.ed.M6.Scale[len(c.ed.M6.Scale)-1]
	overOK := c.require(rd.ThisYear.GreaterThan(lowest.Over.Value),
		rdOver(rd.ThisYear, lowest.Over.Value), rdNotOver(rd.ThisYear, lowest.Over.Value))
	intOK := c.require(meetsIntensity(rd, lowest.MinIntensity),
		intensityMet(intensity(rd), lowest.MinIntensity.Value),
		intensityLow(intensity(rd), lowest.MinIntensity.Value))
	if c.onlyFailed(overOK, intOK) {
		// 超过 excludes the threshold: the least amount that passes is one cent above it,
		// and the hint says 超过 unless intensity asks for more.
		over := lowest.Over.Value.Add(oneCent)
		need := decimal.Max(over, ceilCents(lowest.MinIntensity.Value.Mul(rd.Revenue)))
		hint := hintRD(need, need.Sub(rd.ThisYear))
		if need.Equal(over) {
			hint = hintRDOver(lowest.Over.Value, need, need.Sub(rd.ThisYear))
		}
		c.hint(hint, rd.ThisYear.IsPositive())
	}
}
