package rules

// 四、大力支持科技成果转化
//
//	支持龙头企业或专业服务机构新建中试平台、熟化基地等，按照设备购置费用的 30% 给予连续 3 年、
//	累计不超过 300 万元的资金支持。对稀土高新区范围内备案且实绩突出的概念验证中心，给予最高
//	20 万元资金支持。加大技术转移奖补力度，对技术交易输出（入）方、技术转移服务机构、技术合同
//	登记机构等给予补贴支持。……当年企业技术合同认定登记成功且技术合同中技术交易额累计在 5000 万元
//	以上的企业给予 10 万元资金奖励；1000 万—5000 万元给予 5 万元资金奖励；500 万元—1000 万元给予
//	3 万元资金奖励。

// The items of 四.
const (
	PilotPlatformItem ItemID = "m4.pilot_platform"
	ConceptCenter     ItemID = "m4.concept_center"
	TechTransfer      ItemID = "m4.tech_transfer"
	TechContracts     ItemID = "m4.tech_contracts"
)

// Measure4 is 四's parameters: the pilot platforms', the proof-of-concept centres' and the
// contract tiers.
type Measure4 struct {
	PilotRate, PilotCumulativeCap, PilotYears Param
	ConceptCeiling                            Param
	// Contract tiers, highest first: at or above Min, the award (Reading 3).
	Contracts []ContractTier
}

var measure4 = Measure4{
	PilotRate:          ratio("四", "0.30", "按照设备购置费用的 30% 给予"),
	PilotCumulativeCap: yuan("四", 3000000, "累计不超过 300 万元"),
	PilotYears:         years("四", 3, "连续 3 年"),
	ConceptCeiling:     yuan("四", 200000, "给予最高 20 万元资金支持"),
	Contracts: []ContractTier{
		{Min: yuan("四", 50000000, "技术交易额累计在 5000 万元以上"), Award: yuan("四", 100000, "给予 10 万元资金奖励")},
		{Min: yuan("四", 10000000, "1000 万—5000 万元"), Award: yuan("四", 50000, "给予 5 万元资金奖励")},
		{Min: yuan("四", 5000000, "500 万元—1000 万元"), Award: yuan("四", 30000, "给予 3 万元资金奖励")},
	},
}

// ContractTier is one tier of 四's contract award: at or above Min, Award.
type ContractTier struct{ Min, Award Param }

// assessPilotPlatform pays 30% of this year's equipment cost in support years 1 to 3, so
// that all years together stay within 3,000,000 (Reading 4), to a builder that counts
// itself a 龙头企业 or 专业服务机构: the user's judgement, the department's decision
// (Reading 8).
func assessPilotPlatform(c *check, a *Answers) {
	p := a.PilotPlatform
	inZone(c, a)
	c.require(p.Built, pilotBuilt(), pilotNotBuilt())
	if !p.Built {
		return
	}
	c.reading(4)
	c.reading(8)
	c.require(p.LeadingOrService, pilotLeading(), pilotNotLeading())
	years := int(c.ed.M4.PilotYears.Value.IntPart())
	switch {
	case p.Year == 0:
		c.fail(pilotYearMissing())
	case p.Year > years:
		c.fail(pilotYearPast(p.Year, years))
	default:
		c.met(pilotYear(p.Year, years))
	}
	if p.Year > 1 && p.ReceivedBefore.IsZero() {
		// A later year with nothing received before: a blank read as zero (Reading 11).
		c.reading(11)
		c.note(pilotBeforeBlank())
	}
	remaining := c.ed.M4.PilotCumulativeCap.Value.Sub(p.ReceivedBefore)
	if !remaining.IsPositive() {
		c.fail(pilotCapReached(p.ReceivedBefore, c.ed.M4.PilotCumulativeCap.Value))
		return
	}
	if !c.require(p.EquipmentCost.IsPositive(), pilotCost(p.EquipmentCost), pilotNoCost()) {
		return
	}
	amount := p.EquipmentCost.Mul(c.ed.M4.PilotRate.Value)
	c.note(formula(c.ed.M4.PilotRate.Value, p.EquipmentCost, amount))
	if amount.GreaterThan(remaining) {
		c.note(pilotRemaining(c.ed.M4.PilotCumulativeCap.Value, p.ReceivedBefore, remaining))
		amount = remaining
	}
	c.pay(amount)
}

// assessConceptCenter: 实绩突出 is for the department to judge (Reading 8).
func assessConceptCenter(c *check, a *Answers) {
	inZone(c, a)
	if c.require(a.ConceptCenter, conceptFiled(), conceptNotFiled()) {
		c.reading(7)
		c.reading(8)
		c.note(conceptJudged())
	}
	c.pay(c.ed.M4.ConceptCeiling.Value)
}

// assessTechTransfer: 四 promises 补贴支持 to the parties of technology transfer but names no
// amount, so the item is earned with no sum and never added to a total.
func assessTechTransfer(c *check, a *Answers) {
	inZone(c, a)
	if c.require(len(a.TechTransferRoles) > 0, transferRoles(a.TechTransferRoles), noTransferRole()) {
		c.note(noAmountNamed())
	}
}

// assessTechContracts pays by the tier of this year's registered technology transaction
// amount; the overlapping bounds resolve upward (Reading 3). 工作业绩突出 is for the
// department (Reading 8), so a figure alone only meets the amount condition.
func assessTechContracts(c *check, a *Answers) {
	inZone(c, a)
	amount := a.TechContracts
	lowest := c.ed.M4.Contracts[len(c.ed.M4.Contracts)-1].Min.Value
	for _, t := range c.ed.M4.Contracts {
		if amount.GreaterThanOrEqual(t.Min.Value) {
			c.reading(3)
			c.met(contractsTier(amount, t.Min.Value))
			contractsJudgedBy(c)
			c.note(contractsAward(t.Award.Value))
			c.pay(t.Award.Value)
			return
		}
	}
	if amount.IsZero() {
		c.fail(contractsNone())
	} else {
		c.fail(contractsBelow(amount, lowest))
	}
	if c.onlyFailed(false) {
		contractsJudgedBy(c)
		c.hint(hintContracts(lowest, lowest.Sub(amount)), amount.IsPositive())
	}
}

// contractsJudgedBy notes that 工作业绩突出 is the department's to judge (Reading 8).
func contractsJudgedBy(c *check) {
	c.reading(8)
	c.note(contractsJudged())
}
