package rules

// 七、强化科技金融支撑
//
//	对依法登记注册并在高新区经营的科技型中小企业和高新技术企业贷款给予一定比例贴息支持，贴息比例
//	最高不超过 20%，贴息金额最高不超过 10 万元。

// LoanInterest is 科技贷款贴息.
const LoanInterest ItemID = "m7.loan_interest"

// Measure7 is 七's interest subsidy: a rate of the interest, up to a cap.
type Measure7 struct{ MaxRate, Cap Param }

var measure7 = Measure7{
	MaxRate: ratio("七", "0.20", "贴息比例最高不超过 20%"),
	Cap:     yuan("七", 100000, "贴息金额最高不超过 10 万元"),
}

// assessLoanInterest pays up to 20% of the interest paid this year, capped at 100,000
// (Reading 6). A tech SME filed this year, a holder of a valid high-tech certificate, or an
// enterprise introduced or (re-)recognised as high-tech this year qualifies.
func assessLoanInterest(c *check, a *Answers) {
	inZone(c, a)
	c.reading(6)
	switch {
	case a.TechSME == TechSMEFirst || a.TechSME == TechSMERepeat:
		c.met(loanTechSME())
	case a.HTECertified || a.HTE == HTEIntroduced || a.HTE == HTEFirst || a.HTE == HTERenewed:
		c.met(loanHTE())
	default:
		c.fail(loanNotQualified())
	}
	if !c.require(a.LoanInterest.IsPositive(), interestPaid(a.LoanInterest), noInterest()) {
		return
	}
	c.reading(7)
	amount := a.LoanInterest.Mul(c.ed.M7.MaxRate.Value)
	c.note(formula(c.ed.M7.MaxRate.Value, a.LoanInterest, amount))
	c.pay(c.capAt(amount, c.ed.M7.Cap.Value))
}
