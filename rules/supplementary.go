package rules

// 附则
//
//	(一) 对同一企业或同类事项，获得上级部门奖励的，不再重复奖励。
//	(二) 本政策由稀土高新区科技部门负责解释。
//	(三) 本政策自印发之日起实施，有效期 2 年，原《包头稀土高新区管委会行政综合部关于印发〈包头
//	稀土高新区企业技术创新奖励办法〉的通知》(包开行政部发〔2021〕15 号)同时废止。
//
// (二) and (三) pay nothing: the widget states them beside every result (Reading 12); it
// does not know the issue date and invents none.

// noDoubleReward applies 附则一 per item (Reading 9): an item the organisation marked as
// already rewarded by a higher-level department is not earned again.
func noDoubleReward(c *check, a *Answers) {
	if has(a.HigherLevelRewarded, string(c.item.ID)) {
		c.reading(9)
		c.fail(rewardedAbove())
		c.item.Hint, c.item.Near = nil, false
	}
}

// The conditions that apply across items (spec/rules.md, "Conditions that apply across
// items").

// inZone: every item but 一 and 二 needs an organisation registered and operating in the
// zone; and where the edition's clause names 企业 (Edition.Enterprises), an enterprise. A
// missing orgType is not an enterprise.
func inZone(c *check, a *Answers) {
	c.require(a.InZone, inZoneMet(), notInZone())
	if c.ed.ForEnterprises(c.item.ID) {
		c.require(a.OrgType == OrgEnterprise, isEnterprise(), notEnterprise(a.OrgType))
	}
}
