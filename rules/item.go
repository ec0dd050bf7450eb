package rules

import "github.com/shopspring/decimal"

// ItemID names one of the 21 items of spec/rules.md.
type ItemID string

// Basis says how firm an item's amount is.
type Basis string

// The bases of spec/rules.md.
const (
	Exact       Basis = "exact"       // the text fixes the sum or a formula
	UpTo        Basis = "up_to"       // the text states the award as a maximum
	Competitive Basis = "competitive" // a project grant won in open competition: may apply
	Unspecified Basis = "unspecified" // support promised, no amount named
)

// Item is one item's result: whether it is earned, how much, on what basis, and why.
type Item struct {
	ID       ItemID
	Measure  int // the clause, 1 for 一 … 8 for 八
	Basis    Basis
	Eligible bool
	Amount   decimal.Decimal // rounded to cents; zero when not eligible
	Reasons  []Reason
	Readings []int // the Readings of spec/rules.md that shaped the result
	Hint     *Msg  // for a not-earned item a number could change: the nearest threshold
	// Near: the hint moves a figure the user entered above zero, so a number alone stands
	// between the user and the item ("差一点可获得"); a hint that would start something from
	// nothing stays with its item among the not-earned.
	Near bool
}

// Assessment is the result for all 21 items, in the order of spec/rules.md.
type Assessment struct {
	Items     []Item
	Total     decimal.Decimal // eligible items of basis exact
	TotalUpTo decimal.Decimal // Total plus eligible items of basis up_to
	// TotalCompetitive is what the competitive projects could bring if selected; it is
	// never part of Total or TotalUpTo (Reading 7).
	TotalCompetitive decimal.Decimal
}

// Item returns the result for id, or nil.
func (s *Assessment) Item(id ItemID) *Item {
	for i := range s.Items {
		if s.Items[i].ID == id {
			return &s.Items[i]
		}
	}
	return nil
}

// itemRule ties an item to its clause, basis and the function that assesses it.
type itemRule struct {
	id      ItemID
	measure int
	basis   Basis
	assess  func(c *check, a *Answers)
}

// itemRules is the list of spec/rules.md, in its order.
var itemRules = []itemRule{
	{OpenCall, 1, Competitive, assessOpenCall},
	{Breakthrough, 2, Competitive, assessBreakthrough},
	{NationalKeyLab, 3, Exact, platformAward(PlatformNationalKeyLab, func(m *Measure3) Param { return m.NationalKeyLab })},
	{RegionKeyLab, 3, Exact, platformAward(PlatformRegionKeyLab, func(m *Measure3) Param { return m.RegionKeyLab })},
	{AcademicianWorkstation, 3, Exact, platformAward(PlatformAcademician, func(m *Measure3) Param { return m.Academician })},
	{RegionRDCenter, 3, Exact, platformAward(PlatformRegionRDCenter, func(m *Measure3) Param { return m.RegionRDCenter })},
	{InnovationConsortium, 3, Exact, platformAward(PlatformConsortium, func(m *Measure3) Param { return m.Consortium })},
	{NewRDInstitution, 3, Exact, platformAward(PlatformNewRDInstitution, func(m *Measure3) Param { return m.NewRDInstitution })},
	{PilotPlatformItem, 4, Exact, assessPilotPlatform},
	{ConceptCenter, 4, UpTo, assessConceptCenter},
	{TechTransfer, 4, Unspecified, assessTechTransfer},
	{TechContracts, 4, Exact, assessTechContracts},
	{TechSME, 5, Exact, assessTechSME},
	{HTE, 5, UpTo, assessHTE},
	{Gazelle, 5, UpTo, assessGazelle},
	{Unicorn, 5, UpTo, assessUnicorn},
	{RDGrowth, 6, Exact, assessRDGrowth},
	{RDScale, 6, Exact, assessRDScale},
	{LoanInterest, 7, UpTo, assessLoanInterest},
	{IncubatorRating, 8, UpTo, assessIncubatorRating},
	{IncubatorCultivation, 8, Exact, assessIncubatorCultivation},
}

// ItemIDs lists the 21 items in the order of spec/rules.md.
func ItemIDs() []ItemID {
	ids := make([]ItemID, len(itemRules))
	for i, r := range itemRules {
		ids[i] = r.id
	}
	return ids
}

func itemIDStrings() []string {
	ids := make([]string, len(itemRules))
	for i, r := range itemRules {
		ids[i] = string(r.id)
	}
	return ids
}

// Assess computes every item for the answers under the edition in force. It is pure: the
// same answers always give the same assessment.
func Assess(a Answers) Assessment { return Current.Assess(a) }

// AssessInto is Current.AssessInto.
func AssessInto(s *Assessment, a Answers) { Current.AssessInto(s, a) }

// AssessItem is Current.AssessItem.
func AssessItem(a Answers, id ItemID) Item { return Current.AssessItem(a, id) }

// Assess computes every item for the answers under this edition.
func (e *Edition) Assess(a Answers) Assessment {
	var s Assessment
	e.AssessInto(&s, a)
	return s
}

// AssessInto is Assess written into s, reusing the room for reasons and readings that s
// holds from an earlier assessment: a batch of many organisations then allocates one
// assessment, not one each. What s held before is overwritten.
func (e *Edition) AssessInto(s *Assessment, a Answers) {
	if len(s.Items) != len(itemRules) {
		s.Items = make([]Item, len(itemRules))
		// One allocation holds every item's reasons and readings, each item a capped part.
		reasons := make([]Reason, len(itemRules)*reasonsRoom)
		readings := make([]int, len(itemRules)*readingsRoom)
		for i := range s.Items {
			s.Items[i].Reasons = reasons[i*reasonsRoom : i*reasonsRoom : (i+1)*reasonsRoom]
			s.Items[i].Readings = readings[i*readingsRoom : i*readingsRoom : (i+1)*readingsRoom]
		}
	}
	s.Total, s.TotalUpTo, s.TotalCompetitive = zeroAmount, zeroAmount, zeroAmount
	for i := range itemRules {
		it := &s.Items[i]
		*it = Item{Reasons: it.Reasons[:0], Readings: it.Readings[:0]}
		itemRules[i].apply(e, it, &a, it.Reasons, it.Readings)
		switch {
		case !it.Eligible:
		case it.Basis == Exact:
			s.Total = s.Total.Add(it.Amount)
		case it.Basis == UpTo:
			s.TotalUpTo = s.TotalUpTo.Add(it.Amount)
		case it.Basis == Competitive:
			s.TotalCompetitive = s.TotalCompetitive.Add(it.Amount)
		}
	}
	s.TotalUpTo = s.TotalUpTo.Add(s.Total)
}

// AssessItem computes one item alone, as Assess would: for charts that ask the same item
// many times with one figure changed.
func (e *Edition) AssessItem(a Answers, id ItemID) Item {
	var it Item
	for _, r := range itemRules {
		if r.id == id {
			r.apply(e, &it, &a, make([]Reason, 0, reasonsRoom), make([]int, 0, readingsRoom))
		}
	}
	return it
}

// The room an item's reasons and readings usually need; more still fits, by a copy.
const reasonsRoom, readingsRoom = 8, 4

// apply assesses one item into it, writing its reasons and readings into the room given.
func (r *itemRule) apply(e *Edition, it *Item, a *Answers, reasons []Reason, readings []int) {
	c := check{ed: e, item: it, ok: true}
	it.ID, it.Measure, it.Basis = r.id, r.measure, r.basis
	it.Reasons, it.Readings = reasons, readings
	r.assess(&c, a)
	noDoubleReward(&c, a)
	c.settle()
}

// check gathers one item's tests as they are made: each adds a reason, and any failure
// makes the item not earned.
type check struct {
	ed     *Edition
	item   *Item
	ok     bool
	amount decimal.Decimal
}

// require records a test: met when ok, with the sentence for either outcome. Both are
// needed whatever the outcome, so that a test written without one of its sentences fails
// the first time it runs, not only the day its other outcome happens.
func (c *check) require(ok bool, met, unmet Msg) bool {
	mustSay(c.item.ID, met)
	mustSay(c.item.ID, unmet)
	if ok {
		c.record(Met, met)
	} else {
		c.fail(unmet)
	}
	return ok
}

// met records a test that is met.
func (c *check) met(m Msg) { c.record(Met, m) }

// fail records a test that is not met.
func (c *check) fail(m Msg) {
	c.record(Unmet, m)
	c.ok = false
}

// note records a fact that explains the result without deciding it.
func (c *check) note(m Msg) { c.record(Note, m) }

func (c *check) record(mark Mark, m Msg) {
	mustSay(c.item.ID, m)
	c.item.Reasons = append(c.item.Reasons, Reason{Mark: mark, Msg: m})
}

// mustSay refuses the zero Msg: a reason without words is a programming error, never a
// blank line (or the catalog's first sentence) shown to a user.
func mustSay(id ItemID, m Msg) {
	if m.id == 0 {
		panic("rules: a reason of " + string(id) + " without its sentence")
	}
}

// reading records that a Reading of spec/rules.md shaped the result.
func (c *check) reading(n int) {
	for _, r := range c.item.Readings {
		if r == n {
			return
		}
	}
	c.item.Readings = append(c.item.Readings, n)
}

// onlyFailed reports whether the failed tests are just the numeric ones whose results are
// given: a hint helps only when a number is all that stands in the way.
func (c *check) onlyFailed(results ...bool) bool {
	failed := 0
	for _, ok := range results {
		if !ok {
			failed--
		}
	}
	for _, r := range c.item.Reasons {
		if r.Mark == Unmet {
			failed++
		}
	}
	return failed == 0
}

// hint records the nearest threshold for an item that is not earned; near when it moves a
// figure the user entered above zero.
func (c *check) hint(m Msg, near bool) {
	mustSay(c.item.ID, m)
	c.item.Hint, c.item.Near = &m, near
}

// pay sets the computed amount, before rounding.
func (c *check) pay(amount decimal.Decimal) { c.amount = amount }

// settle rounds the amount once, after any cap, and decides eligibility: every test met
// and, unless the basis names no amount, an amount above 0.00.
func (c *check) settle() {
	it := c.item
	amount := roundCents(c.amount)
	it.Eligible = c.ok && (it.Basis == Unspecified || amount.IsPositive())
	if c.ok && !it.Eligible {
		c.fail(amountIsZero())
	}
	if it.Eligible && it.Basis != Unspecified {
		it.Amount = amount
	}
	if it.Eligible {
		it.Hint, it.Near = nil, false
		return
	}
	// Not earned: a sentence that states the award says it only as a condition.
	for i, r := range it.Reasons {
		if id, ok := awardIf[r.Msg.id]; ok {
			it.Reasons[i].Msg.id = id
		}
	}
}

// capAt limits amount to limit and says so when it bites.
func (c *check) capAt(amount, limit decimal.Decimal) decimal.Decimal {
	if amount.GreaterThan(limit) {
		c.note(capped(limit))
		return limit
	}
	return amount
}

// Equal reports whether two results say the same: the same outcome, amount, reasons with
// the same figures, readings and hint. The widget redraws an item only when it changes.
func (it *Item) Equal(o *Item) bool {
	if it.ID != o.ID || it.Eligible != o.Eligible || it.Basis != o.Basis || !it.Amount.Equal(o.Amount) ||
		len(it.Reasons) != len(o.Reasons) || len(it.Readings) != len(o.Readings) || (it.Hint == nil) != (o.Hint == nil) || it.Near != o.Near {
		return false
	}
	for i := range it.Reasons {
		if it.Reasons[i].Mark != o.Reasons[i].Mark || !it.Reasons[i].Msg.Equal(o.Reasons[i].Msg) {
			return false
		}
	}
	for i := range it.Readings {
		if it.Readings[i] != o.Readings[i] {
			return false
		}
	}
	return it.Hint == nil || it.Hint.Equal(*o.Hint)
}
