package rules

import "github.com/shopspring/decimal"

// 八、鼓励科技企业孵化器提质增效
//
//	对获评工信部卓越级、高能级、基础级孵化器，一次性分别给予不超过 200 万元、100 万元和 30 万元的
//	资金支持。孵化器运营机构每新引进培育 1 家高新技术企业，奖励 2 万元；每新引进培育 1 家营业收入
//	首次达到 1000 万元的企业，奖励 1 万元；每新引进培育 1 家营业收入首次达到 2000 万元的企业，奖励
//	2 万元；每新引进培育 1 家营业收入首次达到 5000 万元的企业，奖励 5 万元，年度最高奖励不超过
//	50 万元。

// The items of 八.
const (
	IncubatorRating      ItemID = "m8.incubator_rating"
	IncubatorCultivation ItemID = "m8.incubator_cultivation"
)

// Measure8 is 八's awards: the ratings', the per-enterprise ones and their yearly cap.
type Measure8 struct {
	Excellent, High, Basic                              Param
	PerHTE, PerRevenue10M, PerRevenue20M, PerRevenue50M Param
	// The revenue an enterprise first reaches for each per-enterprise award.
	Revenue10M, Revenue20M, Revenue50M Param
	CultivationCap                     Param
}

var measure8 = Measure8{
	Excellent:      yuan("八", 2000000, "卓越级……一次性分别给予不超过 200 万元"),
	High:           yuan("八", 1000000, "高能级……100 万元"),
	Basic:          yuan("八", 300000, "基础级……30 万元"),
	PerHTE:         yuan("八", 20000, "每新引进培育 1 家高新技术企业，奖励 2 万元"),
	PerRevenue10M:  yuan("八", 10000, "每新引进培育 1 家营业收入首次达到 1000 万元的企业，奖励 1 万元"),
	PerRevenue20M:  yuan("八", 20000, "每新引进培育 1 家营业收入首次达到 2000 万元的企业，奖励 2 万元"),
	PerRevenue50M:  yuan("八", 50000, "每新引进培育 1 家营业收入首次达到 5000 万元的企业，奖励 5 万元"),
	Revenue10M:     yuan("八", 10000000, "营业收入首次达到 1000 万元"),
	Revenue20M:     yuan("八", 20000000, "营业收入首次达到 2000 万元"),
	Revenue50M:     yuan("八", 50000000, "营业收入首次达到 5000 万元"),
	CultivationCap: yuan("八", 500000, "年度最高奖励不超过 50 万元"),
}

// ratingAward is the rating award for the answer's incubatorRating value.
func (m *Measure8) ratingAward(rating string) (Param, bool) {
	switch rating {
	case RatingExcellent:
		return m.Excellent, true
	case RatingHigh:
		return m.High, true
	case RatingBasic:
		return m.Basic, true
	}
	return Param{}, false
}

// assessIncubatorRating pays the rating's maximum (Reading 7). 八 names incubators, not
// enterprises, so the organisation's type is not tested.
func assessIncubatorRating(c *check, a *Answers) {
	inZone(c, a)
	p, ok := c.ed.M8.ratingAward(a.IncubatorRating)
	if c.require(ok, rated(a.IncubatorRating), notRated()) {
		ceiling(c, p)
	}
}

// assessIncubatorCultivation counts each enterprise once at its highest revenue threshold,
// a high-tech enterprise earning its award beside any revenue tier; the annual cap covers
// this item only (Reading 5).
func assessIncubatorCultivation(c *check, a *Answers) {
	inZone(c, a)
	k, m := a.Cultivated, c.ed.M8
	c.reading(5)
	counts := []struct {
		n   int
		per Param
		key string
	}{
		{k.HTE, m.PerHTE, "cultivated.hte"},
		{k.Revenue10M, m.PerRevenue10M, "cultivated.revenue10M"},
		{k.Revenue20M, m.PerRevenue20M, "cultivated.revenue20M"},
		{k.Revenue50M, m.PerRevenue50M, "cultivated.revenue50M"},
	}
	sum := decimal.Decimal{}
	for _, x := range counts {
		if x.n > 0 {
			part := x.per.Value.Mul(decimal.NewFromInt(int64(x.n)))
			c.note(cultivatedCount(x.key, x.n, x.per.Value, part))
			sum = sum.Add(part)
		}
	}
	if c.require(sum.IsPositive(), cultivatedSome(), noneCultivated()) {
		c.note(cultivatedSum(sum))
		c.pay(c.capAt(sum, m.CultivationCap.Value))
	}
}
