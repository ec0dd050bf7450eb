package rules

// 五、加大企业创新主体培育力度
//
//	对首次备案的科技型中小企业给予 1 万元研发经费支持，对再次备案的科技型中小企业给予 2 万元研发
//	经费支持。对新引进有效期内的高新技术企业，给予最高 15 万元研发经费支持，对首次认定的高新技术
//	企业给予最高 15 万元研发经费支持，对再次认定的高新技术企业给予最高 5 万元研发经费支持。对首次
//	认定的瞪羚企业给予最高 50 万元研发经费支持。对首次认定的独角兽企业给予最高 300 万元研发经费支持。

// The items of 五.
const (
	TechSME ItemID = "m5.tech_sme"
	HTE     ItemID = "m5.hte"
	Gazelle ItemID = "m5.gazelle"
	Unicorn ItemID = "m5.unicorn"
)

// Measure5 is 五's awards.
type Measure5 struct {
	TechSMEFirst, TechSMERepeat         Param
	HTEIntroduced, HTEFirst, HTERenewed Param
	GazelleCeiling, UnicornCeiling      Param
}

var measure5 = Measure5{
	TechSMEFirst:   yuan("五", 10000, "对首次备案的科技型中小企业给予 1 万元研发经费支持"),
	TechSMERepeat:  yuan("五", 20000, "对再次备案的科技型中小企业给予 2 万元研发经费支持"),
	HTEIntroduced:  yuan("五", 150000, "对新引进有效期内的高新技术企业，给予最高 15 万元研发经费支持"),
	HTEFirst:       yuan("五", 150000, "对首次认定的高新技术企业给予最高 15 万元研发经费支持"),
	HTERenewed:     yuan("五", 50000, "对再次认定的高新技术企业给予最高 5 万元研发经费支持"),
	GazelleCeiling: yuan("五", 500000, "对首次认定的瞪羚企业给予最高 50 万元研发经费支持"),
	UnicornCeiling: yuan("五", 3000000, "对首次认定的独角兽企业给予最高 300 万元研发经费支持"),
}

// hteAward is the high-tech award for the answer's hte value.
func (m *Measure5) hteAward(hte string) (Param, bool) {
	switch hte {
	case HTEIntroduced:
		return m.HTEIntroduced, true
	case HTEFirst:
		return m.HTEFirst, true
	case HTERenewed:
		return m.HTERenewed, true
	}
	return Param{}, false
}

func assessTechSME(c *check, a *Answers) {
	inZone(c, a)
	switch a.TechSME {
	case TechSMEFirst:
		c.met(techSMEFiled(a.TechSME))
		c.pay(c.ed.M5.TechSMEFirst.Value)
	case TechSMERepeat:
		c.met(techSMEFiled(a.TechSME))
		c.pay(c.ed.M5.TechSMERepeat.Value)
	default:
		c.fail(techSMENotFiled())
	}
}

// assessHTE: an enterprise introduced as high-tech holds a valid certificate by definition
// (Reading 8); every amount is a maximum (Reading 7).
func assessHTE(c *check, a *Answers) {
	inZone(c, a)
	p, ok := c.ed.M5.hteAward(a.HTE)
	if !c.require(ok, hteMet(a.HTE), noHTE()) {
		return
	}
	if a.HTE == HTEIntroduced {
		c.reading(8)
	}
	ceiling(c, p)
}

func assessGazelle(c *check, a *Answers) {
	firstRecognised(c, a, a.GazelleFirst, "gazelleFirst", c.ed.M5.GazelleCeiling)
}

func assessUnicorn(c *check, a *Answers) {
	firstRecognised(c, a, a.UnicornFirst, "unicornFirst", c.ed.M5.UnicornCeiling)
}

// firstRecognised is the rule gazelles and unicorns share: an enterprise in the zone first
// recognised this year receives up to the ceiling.
func firstRecognised(c *check, a *Answers, first bool, key string, p Param) {
	inZone(c, a)
	if c.require(first, recognisedFirst(key), notRecognisedFirst(key)) {
		ceiling(c, p)
	}
}

// ceiling pays a "最高" amount at its maximum (Reading 7).
func ceiling(c *check, p Param) {
	c.reading(7)
	c.note(ceilingShown(p.Value))
	c.pay(p.Value)
}
