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
	// The list ends with 等, so it names where the task list focuses, not who may apply
	// (Reading 13).
	Fields: OpenCallFields[:len(OpenCallFields)-1],
}

// openCallTexts are what 一 says of how its projects are chosen and of organisations
// outside the zone: only 一 names 公开竞争 (Reading 14).
var openCallTexts = projectTexts{chosen: selectedByCompetition, outside: outsideOpenCall}

func assessOpenCall(c *check, a *Answers) {
	project(c, a, OpenCall, a.OpenCall, c.ed.M1.Fields, c.ed.M1.Ceiling, openCallTexts, mayTakeUpOpenCall)
}

// mayTakeUpOpenCall: 组织企业和科研院所揭榜攻关, enterprises and research institutes only.
func mayTakeUpOpenCall(c *check, a *Answers) {
	isOrg := a.OrgType == OrgEnterprise || a.OrgType == OrgResearchInstitute
	c.require(isOrg, orgMayApply(a.OrgType), orgMayNotApply(a.OrgType))
}

// projectTexts are the sentences in which 一 and 二 differ: how a project is chosen, and
// who outside the zone may take part.
type projectTexts struct{ chosen, outside func() Msg }

// project is the rule 一 and 二 share: an application by an organisation that may apply
// (mayApply, when the clause says who), inside the zone or not (Reading 14), in any field
// (Reading 13), for support up to the ceiling.
func project(c *check, a *Answers, id ItemID, p Project, fields []string, ceiling Param, says projectTexts, mayApply func(*check, *Answers)) {
	c.require(p.Applying, applying(id), notApplying(id))
	if !p.Applying {
		return
	}
	switch {
	case has(fields, p.Field):
		c.note(fieldListed(p.Field))
	case p.Field == "":
		c.reading(13)
		c.note(fieldBlank())
	default:
		c.reading(13)
		c.note(fieldOther())
	}
	if mayApply != nil {
		mayApply(c, a)
	}
	if !a.InZone {
		c.reading(14)
		c.note(says.outside())
	}
	c.note(says.chosen())
	c.pay(requestedOrCeiling(c, p, ceiling))
}

// requestedOrCeiling is the support a project may receive: what it asked for, capped at
// the ceiling, or the ceiling when it named no figure, or 0 (Reading 11). The amount is a
// maximum either way (Reading 7).
func requestedOrCeiling(c *check, p Project, ceiling Param) decimal.Decimal {
	c.reading(7)
	if !p.Requested.IsPositive() {
		c.reading(11)
		c.note(requestedBlank(ceiling.Value))
		return ceiling.Value
	}
	c.note(requested(p.Requested, ceiling.Value))
	return c.capAt(p.Requested, ceiling.Value)
}
