package rules

// 三、鼓励建设高能级创新平台
//
//	对新备案为国家级重点实验室的企业，一次性给予 300 万元奖励资金。对新备案为自治区重点实验室的
//	企业，一次性给予 100 万元奖励资金。对新备案为自治区院士工作站的企业，一次性给予 50 万元奖励
//	资金。对新备案为自治区企业研发中心、创新联合体的企业，一次性给予 40 万元奖励资金。对新备案为
//	稀土高新区新型研发机构的企业，一次性给予 30 万元奖励资金。

// The items of 三, one for each kind of platform.
const (
	NationalKeyLab         ItemID = "m3.national_key_lab"
	RegionKeyLab           ItemID = "m3.region_key_lab"
	AcademicianWorkstation ItemID = "m3.academician_workstation"
	RegionRDCenter         ItemID = "m3.region_rd_center"
	InnovationConsortium   ItemID = "m3.innovation_consortium"
	NewRDInstitution       ItemID = "m3.new_rd_institution"
)

// The platforms of 三 as the answers name them (newPlatforms).
const (
	PlatformNationalKeyLab   = "national_key_lab"
	PlatformRegionKeyLab     = "region_key_lab"
	PlatformAcademician      = "academician_workstation"
	PlatformRegionRDCenter   = "region_rd_center"
	PlatformConsortium       = "innovation_consortium"
	PlatformNewRDInstitution = "new_rd_institution"
)

// Measure3 is 三's one-off awards, one per platform.
type Measure3 struct {
	NationalKeyLab, RegionKeyLab, Academician, RegionRDCenter, Consortium, NewRDInstitution Param
}

var measure3 = Measure3{
	NationalKeyLab:   yuan("三", 3000000, "对新备案为国家级重点实验室的企业，一次性给予 300 万元奖励资金"),
	RegionKeyLab:     yuan("三", 1000000, "对新备案为自治区重点实验室的企业，一次性给予 100 万元奖励资金"),
	Academician:      yuan("三", 500000, "对新备案为自治区院士工作站的企业，一次性给予 50 万元奖励资金"),
	RegionRDCenter:   yuan("三", 400000, "对新备案为自治区企业研发中心、创新联合体的企业，一次性给予 40 万元奖励资金"),
	Consortium:       yuan("三", 400000, "对新备案为自治区企业研发中心、创新联合体的企业，一次性给予 40 万元奖励资金"),
	NewRDInstitution: yuan("三", 300000, "对新备案为稀土高新区新型研发机构的企业，一次性给予 30 万元奖励资金"),
}

// platformAward is the rule every platform of 三 shares: an enterprise in the zone, newly
// filed for the platform, receives its fixed award once.
func platformAward(platform string, award func(*Measure3) Param) func(*check, *Answers) {
	return func(c *check, a *Answers) {
		inZone(c, a)
		filed := has(a.NewPlatforms, platform)
		c.require(filed, platformFiled(platform), platformNotFiled(platform))
		if filed && len(a.NewPlatforms) > 1 {
			// Each kind earns its own award, however many are filed at once (Reading 15).
			c.reading(15)
			c.note(platformsStack(len(a.NewPlatforms)))
		}
		c.pay(award(&c.ed.M3).Value)
	}
}
