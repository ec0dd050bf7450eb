package rules

import "github.com/shopspring/decimal"

// 一、设立"揭榜挂帅"重大科技计划项目资金
//
//	聚焦稀土高新区稀土新材料及应用、先进金属材料、高端装备制造、新能源等重点产业和低空经济、
//	算力产业、智能机器人、生物医药等战新产业的"卡脖子"关键核心技术……采用主动布局、公开竞争、
//	定向委托等方式，组织企业和科研院所揭榜攻关……单个项目给予最高500万元支持。

// OpenCall is 揭榜挂帅重大科技计划项目.
const OpenCall ItemID = "m1.open_call"

// ProjectCall is what 一 and 二 each fix: a project's ceiling and the fields they list.
type ProjectCall struct {
	Ceiling Param
	Fields  []string // the fields the clause names, as answers codes; "other" is not among them
}

var measure1 = ProjectCall{
	Ceiling: yuan("一", 5000000, "单个项目给予最高500万元支持"),
	Fields:  OpenCallFields[:len(OpenCallFields)-1],
}

func assessOpenCall(c *check, a *Answers) {
	project(c, a, OpenCall, a.OpenCall, c.ed.M1.Fields, c.ed.M1.Ceiling, mayTakeUpOpenCall)
}

// mayTakeUpOpenCall: 组织企业和科研院所揭榜攻关, enterprises and research institutes only.
func mayTakeUpOpenCall(c *check, a *Answers) {
	isOrg := a.OrgType == OrgEnterprise || a.OrgType == OrgResearchInstitute
	c.require(isOrg, orgMayApply(a.OrgType), orgMayNotApply(a.OrgType))
}

// project is the rule 一 and 二 share: an application in a field the clause lists, by an
// organisation that may apply (mayApply, when the clause says who), for support up to the
// ceiling.
func project(c *check, a *Answers, id ItemID, p Project, fields []string, ceiling Param, mayApply func(*check, *Answers)) {
	c.require(p.Applying, applying(id), notApplying(id))
	if !p.Applying {
		return
	}
	c.require(has(fields, p.Field), fieldListed(p.Field), fieldNotListed(p.Field))
	if mayApply != nil {
		mayApply(c, a)
	}
	openCompetition(c, a)
	c.note(selectedByCompetition())
	c.pay(requestedOrCeiling(c, p, ceiling))
}

// openCompetition notes that 一 and 二 are open competitions: an organisation outside the
// zone may still take part, delivering in the zone.
func openCompetition(c *check, a *Answers) {
	if !a.InZone {
		c.note(openCompetitionNote())
	}
}

// requestedOrCeiling is the support a project may receive: what it asked for, capped at
// the ceiling, or the ceiling when it named no figure (Reading 11). The amount is a
// maximum either way (Reading 7).
func requestedOrCeiling(c *check, p Project, ceiling Param) decimal.Decimal {
	c.reading(7)
	if !p.Requested.IsPositive() {
		c.reading(11)
		c.note(ceilingShown(ceiling.Value))
		return ceiling.Value
	}
	c.note(requested(p.Requested, ceiling.Value))
	return c.capAt(p.Requested, ceiling.Value)
}
