package rules

import "github.com/shopspring/decimal"

// The sentences of the rules, each with the constructor that fills in its figures. The
// parameters are typed by what the sentence says, so that the catalogs (messages_zh.go,
// messages_en.go) can write {1}, {2} … and each figure writes itself as what it is.

const (
	_ msgID = iota // the zero Msg: no sentence

	// Amounts.
	msgZeroAmount
	msgCapped
	msgFormula
	msgCeilingShown
	msgCeilingIf
	msgRequested
	msgRequestedBlank
	msgRequestedBlankIf

	// Conditions across items.
	msgInZone
	msgNotInZone
	msgEnterprise
	msgNotEnterprise
	msgRewardedAbove

	// 一 and 二.
	msgApplying
	msgNotApplying
	msgFieldListed
	msgFieldOther
	msgFieldBlank
	msgOrgMayApply
	msgOrgMayNotApply
	msgOutsideOpenCall
	msgOutsideBreakthrough
	msgSelectedByCompetition
	msgArrangedByDepartment

	// 三.
	msgPlatformFiled
	msgPlatformNotFiled
	msgPlatformsStack

	// 四.
	msgPilotBuilt
	msgPilotNotBuilt
	msgPilotLeading
	msgPilotNotLeading
	msgPilotBeforeBlank
	msgPilotYear
	msgPilotYearMissing
	msgPilotYearPast
	msgPilotCapReached
	msgPilotCost
	msgPilotNoCost
	msgPilotRemaining
	msgConceptFiled
	msgConceptNotFiled
	msgConceptJudged
	msgTransferRoles
	msgNoTransferRole
	msgNoAmountNamed
	msgContractsTier
	msgContractsAward
	msgContractsAwardIf
	msgContractsBelow
	msgContractsNone
	msgContractsJudged
	msgHintContracts

	// 五.
	msgTechSMEFiled
	msgTechSMENotFiled
	msgHTE
	msgNoHTE
	msgFirstRecognised
	msgNotFirstRecognised

	// 六.
	msgAboveScale
	msgNotAboveScale
	msgSuperDeduction
	msgRevenue
	msgNoRevenue
	msgLastYearBlank
	msgIncrease
	msgIncreaseShort
	msgIntensity
	msgIntensityLow
	msgScaleTier
	msgRDOver
	msgRDNotOver
	msgHintRD
	msgHintRDOver

	// 七.
	msgLoanTechSME
	msgLoanHTE
	msgLoanNotQualified
	msgInterestPaid
	msgNoInterest

	// 八.
	msgRated
	msgNotRated
	msgCultivatedCount
	msgCultivatedSome
	msgCultivatedSum
	msgCultivatedSumIf
	msgNoneCultivated

	msgCount
)

// Amounts.

func amountIsZero() Msg                        { return sentence(msgZeroAmount) }
func capped(limit decimal.Decimal) Msg         { return sentence(msgCapped, money(limit)) }
func ceilingShown(ceiling decimal.Decimal) Msg { return sentence(msgCeilingShown, money(ceiling)) }
func requested(asked, ceiling decimal.Decimal) Msg {
	return sentence(msgRequested, money(asked), money(ceiling))
}

// requestedBlank: no figure requested, read as the ceiling (Reading 11).
func requestedBlank(ceiling decimal.Decimal) Msg { return sentence(msgRequestedBlank, money(ceiling)) }

// awardIf is the conditional twin of each sentence that states an award: an item that is
// not earned keeps the amount rule only as a condition, never as "award X" (settle).
var awardIf = map[msgID]msgID{
	msgCeilingShown:   msgCeilingIf,
	msgRequestedBlank: msgRequestedBlankIf,
	msgContractsAward: msgContractsAwardIf,
	msgCultivatedSum:  msgCultivatedSumIf,
}

// formula: the rate times the base gives the amount (3% × 150 万元 = 4.5 万元).
func formula(r, base, amount decimal.Decimal) Msg {
	return sentence(msgFormula, rate(r), money(base), money(amount))
}

// Conditions across items.

func inZoneMet() Msg               { return sentence(msgInZone) }
func notInZone() Msg               { return sentence(msgNotInZone) }
func isEnterprise() Msg            { return sentence(msgEnterprise) }
func notEnterprise(org string) Msg { return sentence(msgNotEnterprise, term(org)) }
func rewardedAbove() Msg           { return sentence(msgRewardedAbove) }

// 一 and 二.

func applying(id ItemID) Msg        { return sentence(msgApplying, term(string(id))) }
func notApplying(id ItemID) Msg     { return sentence(msgNotApplying, term(string(id))) }
func fieldListed(field string) Msg  { return sentence(msgFieldListed, term(field)) }
func fieldOther() Msg               { return sentence(msgFieldOther) }
func fieldBlank() Msg               { return sentence(msgFieldBlank) }
func orgMayApply(org string) Msg    { return sentence(msgOrgMayApply, term(org)) }
func orgMayNotApply(org string) Msg { return sentence(msgOrgMayNotApply, term(org)) }
func outsideOpenCall() Msg          { return sentence(msgOutsideOpenCall) }
func outsideBreakthrough() Msg      { return sentence(msgOutsideBreakthrough) }
func selectedByCompetition() Msg    { return sentence(msgSelectedByCompetition) }
func arrangedByDepartment() Msg     { return sentence(msgArrangedByDepartment) }

// 三.

func platformFiled(platform string) Msg    { return sentence(msgPlatformFiled, term(platform)) }
func platformNotFiled(platform string) Msg { return sentence(msgPlatformNotFiled, term(platform)) }
func platformsStack(n int) Msg             { return sentence(msgPlatformsStack, count(n)) }

// 四.

func pilotBuilt() Msg               { return sentence(msgPilotBuilt) }
func pilotNotBuilt() Msg            { return sentence(msgPilotNotBuilt) }
func pilotLeading() Msg             { return sentence(msgPilotLeading) }
func pilotNotLeading() Msg          { return sentence(msgPilotNotLeading) }
func pilotBeforeBlank() Msg         { return sentence(msgPilotBeforeBlank) }
func pilotYear(year, years int) Msg { return sentence(msgPilotYear, count(year), count(years)) }
func pilotYearMissing() Msg         { return sentence(msgPilotYearMissing) }
func pilotYearPast(year, years int) Msg {
	return sentence(msgPilotYearPast, count(year), count(years))
}
func pilotCapReached(before, cap decimal.Decimal) Msg {
	return sentence(msgPilotCapReached, money(before), money(cap))
}
func pilotCost(cost decimal.Decimal) Msg { return sentence(msgPilotCost, money(cost)) }
func pilotNoCost() Msg                   { return sentence(msgPilotNoCost) }
func pilotRemaining(cap, before, remaining decimal.Decimal) Msg {
	return sentence(msgPilotRemaining, money(cap), money(before), money(remaining))
}
func conceptFiled() Msg                { return sentence(msgConceptFiled) }
func conceptNotFiled() Msg             { return sentence(msgConceptNotFiled) }
func conceptJudged() Msg               { return sentence(msgConceptJudged) }
func transferRoles(roles []string) Msg { return sentence(msgTransferRoles, terms(roles)) }
func noTransferRole() Msg              { return sentence(msgNoTransferRole) }
func noAmountNamed() Msg               { return sentence(msgNoAmountNamed) }
func contractsTier(amount, min decimal.Decimal) Msg {
	return sentence(msgContractsTier, exact(amount), money(min))
}
func contractsAward(award decimal.Decimal) Msg { return sentence(msgContractsAward, money(award)) }
func contractsBelow(amount, lowest decimal.Decimal) Msg {
	return sentence(msgContractsBelow, exact(amount), money(lowest))
}
func contractsNone() Msg   { return sentence(msgContractsNone) }
func contractsJudged() Msg { return sentence(msgContractsJudged) }
func hintContracts(need, more decimal.Decimal) Msg {
	return sentence(msgHintContracts, money(need), exact(more))
}

// 五.

func techSMEFiled(kind string) Msg      { return sentence(msgTechSMEFiled, term("techSME."+kind)) }
func techSMENotFiled() Msg              { return sentence(msgTechSMENotFiled) }
func hteMet(kind string) Msg            { return sentence(msgHTE, term("hte."+kind+".met")) }
func noHTE() Msg                        { return sentence(msgNoHTE) }
func recognisedFirst(key string) Msg    { return sentence(msgFirstRecognised, term(key)) }
func notRecognisedFirst(key string) Msg { return sentence(msgNotFirstRecognised, term(key)) }

// 六.

func aboveScale() Msg                    { return sentence(msgAboveScale) }
func notAboveScale() Msg                 { return sentence(msgNotAboveScale) }
func superDeduction() Msg                { return sentence(msgSuperDeduction) }
func revenueGiven(r decimal.Decimal) Msg { return sentence(msgRevenue, money(r)) }
func noRevenue() Msg                     { return sentence(msgNoRevenue) }
func lastYearBlank() Msg                 { return sentence(msgLastYearBlank) }
func intensityMet(got, min decimal.Decimal) Msg {
	return sentence(msgIntensity, percent(got), percent(min))
}
func intensityLow(got, min decimal.Decimal) Msg {
	return sentence(msgIntensityLow, percent(got), percent(min))
}
func rdIncrease(thisYear, lastYear, inc, min decimal.Decimal) Msg {
	return sentence(msgIncrease, money(thisYear), money(lastYear), exact(inc), money(min))
}
func rdIncreaseShort(thisYear, lastYear, inc, min decimal.Decimal) Msg {
	return sentence(msgIncreaseShort, money(thisYear), money(lastYear), exact(inc), money(min))
}
func scaleTierMet(rd, over, got, min decimal.Decimal) Msg {
	return sentence(msgScaleTier, exact(rd), money(over), percent(got), percent(min))
}
func rdOver(rd, over decimal.Decimal) Msg    { return sentence(msgRDOver, exact(rd), money(over)) }
func rdNotOver(rd, over decimal.Decimal) Msg { return sentence(msgRDNotOver, exact(rd), money(over)) }

// hintRD: R&D of need (以上 / 不低于: reaching it is enough), more than now.
func hintRD(need, more decimal.Decimal) Msg { return sentence(msgHintRD, exact(need), exact(more)) }

// hintRDOver: R&D above over (超过: the figure itself is not enough), at least need.
func hintRDOver(over, need, more decimal.Decimal) Msg {
	return sentence(msgHintRDOver, money(over), exact(need), exact(more))
}

// 七.

func loanTechSME() Msg                   { return sentence(msgLoanTechSME) }
func loanHTE() Msg                       { return sentence(msgLoanHTE) }
func loanNotQualified() Msg              { return sentence(msgLoanNotQualified) }
func interestPaid(i decimal.Decimal) Msg { return sentence(msgInterestPaid, money(i)) }
func noInterest() Msg                    { return sentence(msgNoInterest) }

// 八.

func rated(rating string) Msg { return sentence(msgRated, term("incubatorRating."+rating)) }
func notRated() Msg           { return sentence(msgNotRated) }
func cultivatedCount(key string, n int, per, part decimal.Decimal) Msg {
	return sentence(msgCultivatedCount, term(key), count(n), money(per), money(part))
}
func cultivatedSome() Msg                   { return sentence(msgCultivatedSome) }
func cultivatedSum(sum decimal.Decimal) Msg { return sentence(msgCultivatedSum, money(sum)) }
func noneCultivated() Msg                   { return sentence(msgNoneCultivated) }
