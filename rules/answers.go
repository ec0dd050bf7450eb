package rules

import "github.com/shopspring/decimal"

// Answers is what an organisation tells the questionnaire, in the shape of the answers
// contract (spec/answers.md). The zero value means "no" to everything. Lists hold each
// value once, in the contract's order, so equal answers encode to equal bytes.
type Answers struct {
	InZone               bool
	OrgType              string // OrgEnterprise, OrgResearchInstitute, …; "" is not an enterprise
	AboveScaleIndustrial bool
	HigherLevelRewarded  []string // item ids already rewarded by a higher-level department

	OpenCall     Project
	Breakthrough Project

	NewPlatforms []string

	PilotPlatform     PilotPlatform
	ConceptCenter     bool
	TechTransferRoles []string
	TechContracts     decimal.Decimal

	TechSME      string // TechSMENone, TechSMEFirst, TechSMERepeat
	HTE          string // HTENone, HTEIntroduced, HTEFirst, HTERenewed
	HTECertified bool
	GazelleFirst bool
	UnicornFirst bool

	RD RD

	LoanInterest decimal.Decimal

	IncubatorRating string
	Cultivated      Cultivated
}

// Project is an application under 一 (揭榜挂帅) or 二 (科技突围).
type Project struct {
	Applying  bool
	Field     string
	Requested decimal.Decimal // zero means "the ceiling" (Reading 11)
}

// PilotPlatform is a pilot-scale platform or maturation base under 四.
type PilotPlatform struct {
	Built bool
	// LeadingOrService: the builder counts itself a 龙头企业 or 专业服务机构, as 四 requires;
	// the department decides (Reading 8).
	LeadingOrService bool
	Year             int // support year, 1 to 3; 0 when not given
	EquipmentCost    decimal.Decimal
	ReceivedBefore   decimal.Decimal
}

// RD is the organisation's R&D expense and operating revenue, for 六.
type RD struct {
	ThisYear decimal.Decimal
	LastYear decimal.Decimal
	Revenue  decimal.Decimal
}

// Cultivated counts the enterprises an incubator operator newly introduced or cultivated
// this year, for 八.
type Cultivated struct {
	HTE        int
	Revenue10M int
	Revenue20M int
	Revenue50M int
}

// Enum values of the answers contract.
const (
	OrgEnterprise        = "enterprise"
	OrgResearchInstitute = "research_institute"
	OrgUniversity        = "university"
	OrgOther             = "other"

	TechSMENone   = "none"
	TechSMEFirst  = "first"
	TechSMERepeat = "repeat"

	HTENone       = "none"
	HTEIntroduced = "introduced"
	HTEFirst      = "first"
	HTERenewed    = "renewed"

	RatingNone      = "none"
	RatingExcellent = "excellent"
	RatingHigh      = "high"
	RatingBasic     = "basic"

	FieldOther = "other"
)

// Value lists of the enums and lists, in the contract's order.
var (
	OrgTypes           = []string{OrgEnterprise, OrgResearchInstitute, OrgUniversity, OrgOther}
	OpenCallFields     = []string{"rare_earth_materials", "advanced_metals", "high_end_equipment", "new_energy", "low_altitude", "computing_power", "robots", "biomedicine", FieldOther}
	BreakthroughFields = []string{"rare_earth_materials", "pm_motors", "energy_storage", "smart_manufacturing", "ai", FieldOther}
	Platforms          = []string{PlatformNationalKeyLab, PlatformRegionKeyLab, PlatformAcademician, PlatformRegionRDCenter, PlatformConsortium, PlatformNewRDInstitution}
	TechTransferRoles  = []string{"seller", "buyer", "service", "registry"}
	TechSMEValues      = []string{TechSMENone, TechSMEFirst, TechSMERepeat}
	HTEValues          = []string{HTENone, HTEIntroduced, HTEFirst, HTERenewed}
	Ratings            = []string{RatingNone, RatingExcellent, RatingHigh, RatingBasic}
)

// has reports whether list holds v.
func has(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
