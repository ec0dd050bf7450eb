package rules

import (
	"strings"
	"testing"
)

// enterprise is the profile most cases start from: an enterprise in the zone.
const enterprise = `"inZone":true,"orgType":"enterprise"`

// item assesses answers given as the members of a JSON object and returns one item.
func item(t *testing.T, members string, id ItemID) Item {
	t.Helper()
	a, err := Decode([]byte("{" + members + "}"))
	if err != nil {
		t.Fatalf("answers {%s}: %v", members, err)
	}
	s := Assess(a)
	return *s.Item(id)
}

// itemCases are every table of cases below: the test profiles whose texts
// TestEveryTextReads also renders.
func itemCases() [][]itemCase {
	return [][]itemCase{measure1And2Cases, measure3Cases, measure4Cases, measure5Cases, measure6Cases, measure7Cases, measure8Cases}
}

type itemCase struct {
	name     string
	answers  string
	id       ItemID
	eligible bool
	amount   string
}

func runItemCases(t *testing.T, cases []itemCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			it := item(t, c.answers, c.id)
			if it.Eligible != c.eligible || it.Amount.StringFixed(2) != c.amount {
				var reasons []string
				for _, r := range it.Reasons {
					reasons = append(reasons, MarkText(r.Mark)+" "+r.Text(English))
				}
				t.Errorf("%s: eligible %v amount %s, want %v %s\n%s", c.id, it.Eligible, it.Amount.StringFixed(2), c.eligible, c.amount, strings.Join(reasons, "\n"))
			}
		})
	}
}

var measure1And2Cases = []itemCase{
	{"ceiling when nothing requested (Reading 11)", enterprise + `,"openCall":{"applying":true,"field":"new_energy"}`, OpenCall, true, "5000000.00"},
	{"cent below the ceiling", enterprise + `,"openCall":{"applying":true,"field":"new_energy","requested":"4999999.99"}`, OpenCall, true, "4999999.99"},
	{"at the ceiling", enterprise + `,"openCall":{"applying":true,"field":"new_energy","requested":"5000000"}`, OpenCall, true, "5000000.00"},
	{"cent above the ceiling is capped", enterprise + `,"openCall":{"applying":true,"field":"new_energy","requested":"5000000.01"}`, OpenCall, true, "5000000.00"},
	{"zero requested means the ceiling", enterprise + `,"openCall":{"applying":true,"field":"robots","requested":"0"}`, OpenCall, true, "5000000.00"},
	{"field other may apply (Reading 13)", enterprise + `,"openCall":{"applying":true,"field":"other"}`, OpenCall, true, "5000000.00"},
	{"field missing may apply (Reading 13)", enterprise + `,"openCall":{"applying":true}`, OpenCall, true, "5000000.00"},
	{"not applying", enterprise + `,"openCall":{"applying":false,"field":"robots"}`, OpenCall, false, "0.00"},
	{"research institute may apply", `"orgType":"research_institute","openCall":{"applying":true,"field":"robots"}`, OpenCall, true, "5000000.00"},
	{"university may not", `"inZone":true,"orgType":"university","openCall":{"applying":true,"field":"robots"}`, OpenCall, false, "0.00"},
	{"missing orgType may not", `"inZone":true,"openCall":{"applying":true,"field":"robots"}`, OpenCall, false, "0.00"},
	{"outside the zone still eligible", `"orgType":"enterprise","openCall":{"applying":true,"field":"biomedicine"}`, OpenCall, true, "5000000.00"},

	{"m2 ceiling", `"breakthrough":{"applying":true,"field":"ai"}`, Breakthrough, true, "10000000.00"},
	{"m2 cent below", `"breakthrough":{"applying":true,"field":"ai","requested":"9999999.99"}`, Breakthrough, true, "9999999.99"},
	{"m2 at", `"breakthrough":{"applying":true,"field":"ai","requested":"10000000"}`, Breakthrough, true, "10000000.00"},
	{"m2 cent above", `"breakthrough":{"applying":true,"field":"ai","requested":"10000000.01"}`, Breakthrough, true, "10000000.00"},
	{"m2 any organisation", `"orgType":"university","breakthrough":{"applying":true,"field":"energy_storage"}`, Breakthrough, true, "10000000.00"},
	{"m2 field other may apply (Reading 13)", `"breakthrough":{"applying":true,"field":"other"}`, Breakthrough, true, "10000000.00"},
	{"m2 university outside the zone, no field (Readings 13, 14)", `"orgType":"university","breakthrough":{"applying":true,"requested":"0"}`, Breakthrough, true, "10000000.00"},
}

func TestMeasure1And2(t *testing.T) { runItemCases(t, measure1And2Cases) }

var measure3Cases = func() []itemCase {
	all := `"newPlatforms":["national_key_lab","region_key_lab","academician_workstation","region_rd_center","innovation_consortium","new_rd_institution"]`
	return []itemCase{
		{"national", enterprise + "," + all, NationalKeyLab, true, "3000000.00"},
		{"region lab", enterprise + "," + all, RegionKeyLab, true, "1000000.00"},
		{"academician", enterprise + "," + all, AcademicianWorkstation, true, "500000.00"},
		{"rd centre", enterprise + "," + all, RegionRDCenter, true, "400000.00"},
		{"consortium", enterprise + "," + all, InnovationConsortium, true, "400000.00"},
		{"new institution", enterprise + "," + all, NewRDInstitution, true, "300000.00"},
		{"not filed", enterprise + `,"newPlatforms":["region_key_lab"]`, NationalKeyLab, false, "0.00"},
		{"outside the zone", `"orgType":"enterprise",` + all, NationalKeyLab, false, "0.00"},
		{"research institute", `"inZone":true,"orgType":"research_institute",` + all, RegionKeyLab, false, "0.00"},
		{"no orgType", `"inZone":true,` + all, RegionKeyLab, false, "0.00"},
		{"repeated value counts once", enterprise + `,"newPlatforms":["region_key_lab","region_key_lab"]`, RegionKeyLab, true, "1000000.00"},
	}
}()

func TestMeasure3(t *testing.T) { runItemCases(t, measure3Cases) }

var measure4Cases = func() []itemCase {
	pilot := func(year, cost, before string) string {
		return enterprise + `,"pilotPlatform":{"built":true,"leadingOrService":true,"year":` + year + `,"equipmentCost":"` + cost + `","receivedBefore":"` + before + `"}`
	}
	return []itemCase{
		{"30% of cost", pilot("1", "4000000", "0"), PilotPlatformItem, true, "1200000.00"},
		{"year 3", pilot("3", "1000000", "0"), PilotPlatformItem, true, "300000.00"},
		{"year 4 past the three years (Reading 4)", pilot("4", "1000000", "0"), PilotPlatformItem, false, "0.00"},
		{"year missing", enterprise + `,"pilotPlatform":{"built":true,"leadingOrService":true,"equipmentCost":"1000000"}`, PilotPlatformItem, false, "0.00"},
		{"not a leading enterprise or service organisation (Reading 8)", enterprise + `,"pilotPlatform":{"built":true,"year":1,"equipmentCost":"6000000"}`, PilotPlatformItem, false, "0.00"},
		{"year 2 with nothing received before (Reading 11)", pilot("2", "1000000", ""), PilotPlatformItem, true, "300000.00"},
		{"cumulative cap cent below", pilot("2", "1000000", "2999999.99"), PilotPlatformItem, true, "0.01"},
		{"cumulative cap reached", pilot("2", "1000000", "3000000"), PilotPlatformItem, false, "0.00"},
		{"cumulative cap passed", pilot("2", "1000000", "3000000.01"), PilotPlatformItem, false, "0.00"},
		{"one year alone capped at 3,000,000", pilot("1", "10000000.01", "0"), PilotPlatformItem, true, "3000000.00"},
		{"cost at the cap", pilot("1", "10000000", "0"), PilotPlatformItem, true, "3000000.00"},
		{"cost cent below the cap", pilot("1", "9999999.99", "0"), PilotPlatformItem, true, "3000000.00"},
		{"rounds half away from zero", pilot("1", "0.05", "0"), PilotPlatformItem, true, "0.02"},
		{"rounds to nothing: not eligible", pilot("1", "0.01", "0"), PilotPlatformItem, false, "0.00"},
		{"no cost", pilot("1", "0", "0"), PilotPlatformItem, false, "0.00"},
		{"not built", enterprise + `,"pilotPlatform":{"year":1,"equipmentCost":"100"}`, PilotPlatformItem, false, "0.00"},
		{"builder's own judgement, any organisation type (Reading 8)", `"inZone":true,"orgType":"other","pilotPlatform":{"built":true,"leadingOrService":true,"year":1,"equipmentCost":"100"}`, PilotPlatformItem, true, "30.00"},

		{"concept centre", enterprise + `,"conceptCenter":true`, ConceptCenter, true, "200000.00"},
		{"concept centre of any organisation", `"inZone":true,"orgType":"university","conceptCenter":true`, ConceptCenter, true, "200000.00"},
		{"concept centre outside the zone", `"conceptCenter":true`, ConceptCenter, false, "0.00"},

		{"tech transfer: no amount, eligible", enterprise + `,"techTransferRoles":["buyer"]`, TechTransfer, true, "0.00"},
		{"tech transfer: no role", enterprise, TechTransfer, false, "0.00"},

		{"contracts cent below 5M", enterprise + `,"techContracts":"4999999.99"`, TechContracts, false, "0.00"},
		{"contracts at 5M", enterprise + `,"techContracts":"5000000"`, TechContracts, true, "30000.00"},
		{"contracts cent above 5M", enterprise + `,"techContracts":"5000000.01"`, TechContracts, true, "30000.00"},
		{"contracts cent below 10M", enterprise + `,"techContracts":"9999999.99"`, TechContracts, true, "30000.00"},
		{"contracts at 10M resolves upward (Reading 3)", enterprise + `,"techContracts":"10000000"`, TechContracts, true, "50000.00"},
		{"contracts cent above 10M", enterprise + `,"techContracts":"10000000.01"`, TechContracts, true, "50000.00"},
		{"contracts cent below 50M", enterprise + `,"techContracts":"49999999.99"`, TechContracts, true, "50000.00"},
		{"contracts at 50M (以上 includes)", enterprise + `,"techContracts":"50000000"`, TechContracts, true, "100000.00"},
		{"contracts cent above 50M", enterprise + `,"techContracts":"50000000.01"`, TechContracts, true, "100000.00"},
		{"contracts: enterprises only", `"inZone":true,"orgType":"research_institute","techContracts":"50000000"`, TechContracts, false, "0.00"},
	}
}()

func TestMeasure4(t *testing.T) { runItemCases(t, measure4Cases) }

var measure5Cases = []itemCase{
	{"first filing", enterprise + `,"techSME":"first"`, TechSME, true, "10000.00"},
	{"repeat filing", enterprise + `,"techSME":"repeat"`, TechSME, true, "20000.00"},
	{"no filing", enterprise + `,"techSME":"none"`, TechSME, false, "0.00"},
	{"introduced", enterprise + `,"hte":"introduced"`, HTE, true, "150000.00"},
	{"first", enterprise + `,"hte":"first"`, HTE, true, "150000.00"},
	{"renewed", enterprise + `,"hte":"renewed"`, HTE, true, "50000.00"},
	{"certificate alone earns nothing", enterprise + `,"hte":"none","hteCertified":true`, HTE, false, "0.00"},
	{"gazelle", enterprise + `,"gazelleFirst":true`, Gazelle, true, "500000.00"},
	{"unicorn", enterprise + `,"unicornFirst":true`, Unicorn, true, "3000000.00"},
	{"unicorn of a research institute", `"inZone":true,"orgType":"research_institute","unicornFirst":true`, Unicorn, false, "0.00"},
	{"gazelle outside the zone", `"orgType":"enterprise","gazelleFirst":true`, Gazelle, false, "0.00"},
}

func TestMeasure5(t *testing.T) { runItemCases(t, measure5Cases) }

var measure6Cases = func() []itemCase {
	rd := func(this, last, revenue string) string {
		return enterprise + `,"aboveScaleIndustrial":true,"rd":{"thisYear":"` + this + `","lastYear":"` + last + `","revenue":"` + revenue + `"}`
	}
	return []itemCase{
		// growth: increase ≥ 1,000,000 and intensity ≥ 4%; revenue 10 000 000 000 keeps intensity high enough only where meant.
		{"increase cent below 1M", rd("5999999.99", "5000000", "100000000"), RDGrowth, false, "0.00"},
		{"increase at 1M", rd("6000000", "5000000", "100000000"), RDGrowth, true, "30000.00"},
		{"increase cent above 1M", rd("6000000.01", "5000000", "100000000"), RDGrowth, true, "30000.00"},
		{"increase rounds half away from zero", rd("6000000.50", "5000000", "100000000"), RDGrowth, true, "30000.02"},
		{"intensity cent below 4%", rd("3999999.99", "0", "100000000"), RDGrowth, false, "0.00"},
		{"intensity at 4%", rd("4000000", "0", "100000000"), RDGrowth, true, "100000.00"},
		{"intensity above 4%", rd("4000000.01", "0", "100000000"), RDGrowth, true, "100000.00"},
		{"growth cap: just under", rd("3333333.33", "0", "50000000"), RDGrowth, true, "100000.00"},
		{"growth below the cap", rd("3000000", "0", "50000000"), RDGrowth, true, "90000.00"},
		{"growth capped", rd("3333333.34", "0", "50000000"), RDGrowth, true, "100000.00"},
		{"missing last year is zero (Reading 11)", enterprise + `,"aboveScaleIndustrial":true,"rd":{"thisYear":"2000000","revenue":"20000000"}`, RDGrowth, true, "60000.00"},
		{"decrease is no increase (Reading 2)", rd("6000000", "8000000", "100000000"), RDGrowth, false, "0.00"},
		{"no revenue (Reading 2)", rd("6000000", "0", "0"), RDGrowth, false, "0.00"},
		{"not above-scale (Reading 10)", enterprise + `,"rd":{"thisYear":"6000000","revenue":"100000000"}`, RDGrowth, false, "0.00"},

		// scale: R&D over 10M (超过 excludes) and intensity ≥ 3%.
		{"scale at 10M excluded", rd("10000000", "10000000", "100000000"), RDScale, false, "0.00"},
		{"scale cent above 10M", rd("10000000.01", "10000000", "100000000"), RDScale, true, "50000.00"},
		{"scale cent below 10M", rd("9999999.99", "10000000", "100000000"), RDScale, false, "0.00"},
		{"scale intensity cent below 3%", rd("29999999.99", "29999999.99", "1000000000"), RDScale, false, "0.00"},
		{"scale intensity at 3%", rd("30000000", "30000000", "1000000000"), RDScale, true, "150000.00"},
		{"scale low tier cap", rd("40000000.01", "40000000", "1000000000"), RDScale, true, "200000.00"},
		{"scale at 50M stays low tier", rd("50000000", "50000000", "1000000000"), RDScale, true, "200000.00"},
		{"scale cent above 50M: high tier only (Reading 1)", rd("50000000.01", "50000000", "1000000000"), RDScale, true, "350000.00"},
		{"scale high tier cap", rd("71428571.43", "71428571.43", "1000000000"), RDScale, true, "500000.00"},
		{"scale high tier below cap", rd("71428570", "71428570", "1000000000"), RDScale, true, "499999.99"},
		{"over 50M but intensity below 3% pays neither tier", rd("60000000", "60000000", "3000000000"), RDScale, false, "0.00"},
		{"growth and scale stack (Reading 1): growth", rd("12000000", "10500000", "200000000"), RDGrowth, true, "45000.00"},
		{"growth and scale stack (Reading 1): scale", rd("12000000", "10500000", "200000000"), RDScale, true, "60000.00"},
		{"scale: research institute", `"inZone":true,"orgType":"research_institute","aboveScaleIndustrial":true,"rd":{"thisYear":"20000000","revenue":"100000000"}`, RDScale, false, "0.00"},
	}
}()

func TestMeasure6(t *testing.T) { runItemCases(t, measure6Cases) }

var measure7Cases = []itemCase{
	{"tech SME filed this year (Reading 6)", enterprise + `,"techSME":"first","loanInterest":"100000"`, LoanInterest, true, "20000.00"},
	{"repeat filing", enterprise + `,"techSME":"repeat","loanInterest":"100000"`, LoanInterest, true, "20000.00"},
	{"valid certificate", enterprise + `,"hteCertified":true,"loanInterest":"100000"`, LoanInterest, true, "20000.00"},
	{"introduced needs no certificate field (Reading 8)", enterprise + `,"hte":"introduced","loanInterest":"100000"`, LoanInterest, true, "20000.00"},
	{"re-recognised", enterprise + `,"hte":"renewed","loanInterest":"100000"`, LoanInterest, true, "20000.00"},
	{"neither SME nor high-tech", enterprise + `,"loanInterest":"100000"`, LoanInterest, false, "0.00"},
	{"cap: cent below", enterprise + `,"techSME":"first","loanInterest":"499999.99"`, LoanInterest, true, "100000.00"},
	{"cap: at", enterprise + `,"techSME":"first","loanInterest":"500000"`, LoanInterest, true, "100000.00"},
	{"cap: cent above", enterprise + `,"techSME":"first","loanInterest":"500000.01"`, LoanInterest, true, "100000.00"},
	{"rounding to 0.00 is not eligible", enterprise + `,"techSME":"first","loanInterest":"0.02"`, LoanInterest, false, "0.00"},
	{"rounding half up", enterprise + `,"techSME":"first","loanInterest":"0.03"`, LoanInterest, true, "0.01"},
	{"no interest", enterprise + `,"techSME":"first"`, LoanInterest, false, "0.00"},
	{"outside the zone", `"orgType":"enterprise","techSME":"first","loanInterest":"100000"`, LoanInterest, false, "0.00"},
}

func TestMeasure7(t *testing.T) { runItemCases(t, measure7Cases) }

var measure8Cases = []itemCase{
	{"excellent", `"inZone":true,"incubatorRating":"excellent"`, IncubatorRating, true, "2000000.00"},
	{"high", `"inZone":true,"incubatorRating":"high"`, IncubatorRating, true, "1000000.00"},
	{"basic", `"inZone":true,"incubatorRating":"basic"`, IncubatorRating, true, "300000.00"},
	{"none", `"inZone":true,"incubatorRating":"none"`, IncubatorRating, false, "0.00"},
	{"rating outside the zone", `"incubatorRating":"basic"`, IncubatorRating, false, "0.00"},
	{"per enterprise", `"inZone":true,"cultivated":{"hte":1,"revenue10M":1,"revenue20M":1,"revenue50M":1}`, IncubatorCultivation, true, "100000.00"},
	{"high-tech beside a revenue tier (Reading 5)", `"inZone":true,"cultivated":{"hte":2,"revenue50M":2}`, IncubatorCultivation, true, "140000.00"},
	{"annual cap: below", `"inZone":true,"cultivated":{"hte":24,"revenue10M":1}`, IncubatorCultivation, true, "490000.00"},
	{"annual cap: at", `"inZone":true,"cultivated":{"hte":25}`, IncubatorCultivation, true, "500000.00"},
	{"annual cap: above", `"inZone":true,"cultivated":{"hte":25,"revenue10M":1}`, IncubatorCultivation, true, "500000.00"},
	{"cap covers cultivation only (Reading 5)", `"inZone":true,"incubatorRating":"excellent","cultivated":{"hte":30}`, IncubatorRating, true, "2000000.00"},
	{"nothing cultivated", `"inZone":true,"cultivated":{"hte":0}`, IncubatorCultivation, false, "0.00"},
}

func TestMeasure8(t *testing.T) { runItemCases(t, measure8Cases) }

// TestNoDoubleReward applies 附则一 to every item (Reading 9).
func TestNoDoubleReward(t *testing.T) {
	a, err := Decode(readFile(t, "examples/pilot-plant.answers.json"))
	if err != nil {
		t.Fatal(err)
	}
	base := Assess(a)
	for _, id := range ItemIDs() {
		b := a
		b.HigherLevelRewarded = append([]string{string(id)}, a.HigherLevelRewarded...)
		s := Assess(b)
		it := s.Item(id)
		if it.Eligible || !it.Amount.IsZero() || it.Hint != nil {
			t.Errorf("%s: eligible %v amount %s after a higher-level reward", id, it.Eligible, it.Amount)
		}
		if !has(intsToStrings(it.Readings), "9") {
			t.Errorf("%s: Reading 9 not named", id)
		}
		if s.Total.GreaterThan(base.Total) || s.TotalUpTo.GreaterThan(base.TotalUpTo) || s.TotalCompetitive.GreaterThan(base.TotalCompetitive) {
			t.Errorf("%s: a higher-level reward raised a total", id)
		}
	}
}

func intsToStrings(ns []int) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = string(rune('0' + n))
	}
	return out
}

// TestOutsideZone: only 一 and 二 stay open to an organisation outside the zone.
func TestOutsideZone(t *testing.T) {
	a, _ := Decode(readFile(t, "examples/pilot-plant.answers.json"))
	a.InZone = false
	a.OpenCall = Project{Applying: true, Field: "robots"}
	a.Breakthrough = Project{Applying: true, Field: "ai"}
	s := Assess(a)
	for _, it := range s.Items {
		want := it.ID == OpenCall || it.ID == Breakthrough
		if it.Eligible != want {
			t.Errorf("%s: eligible %v outside the zone", it.ID, it.Eligible)
		}
	}
}

func TestTotals(t *testing.T) {
	a, _ := Decode(readFile(t, "examples/pilot-plant.answers.json"))
	s := Assess(a)
	if got := s.Total.StringFixed(2); got != "6420000.00" {
		t.Errorf("total %s", got)
	}
	if got := s.TotalUpTo.StringFixed(2); got != "7370000.00" {
		t.Errorf("totalUpTo %s", got)
	}
	if it := s.Item(TechTransfer); !it.Eligible || !it.Amount.IsZero() {
		t.Errorf("tech transfer: eligible %v amount %s, want listed with no amount", it.Eligible, it.Amount)
	}
}

// hintCases are items a number alone stands between, with the hint each gives and whether
// it moves a figure already above zero (near: "差一点可获得").
var hintCases = []struct {
	name, answers string
	id            ItemID
	en, zh        string
	near          bool
}{
	{"contracts: the amount condition alone (Reading 8)", enterprise + `,"techContracts":"4000000"`, TechContracts,
		"a technology transaction amount of RMB 5,000,000 registered this year, RMB 1,000,000 more than now, would meet this item's amount condition",
		"今年认定登记的技术合同中技术交易额达到 500 万元，即再增加 100 万元，就满足本项的金额条件", true},
	{"contracts from nothing", enterprise, TechContracts,
		"RMB 5,000,000 more than now", "即再增加 500 万元", false},
	{"contracts a cent short", enterprise + `,"techContracts":"4999999.99"`, TechContracts,
		"RMB 0.01 more than now", "达到 500 万元，即再增加 ¥0.01，", true},
	{"growth needs intensity", enterprise + `,"aboveScaleIndustrial":true,"rd":{"thisYear":"3200000","revenue":"100000000"}`, RDGrowth,
		"R&D of RMB 4,000,000 this year, RMB 800,000 more than now, would earn this item",
		"今年研发费用达到 400 万元，即再增加 80 万元，即可获得本项", true},
	{"growth needs increase", enterprise + `,"aboveScaleIndustrial":true,"rd":{"thisYear":"6000000","lastYear":"5500000","revenue":"100000000"}`, RDGrowth,
		"R&D of RMB 6,500,000 this year, RMB 500,000 more than now",
		"今年研发费用达到 650 万元，即再增加 50 万元", true},
	{"growth from no R&D", enterprise + `,"aboveScaleIndustrial":true,"rd":{"revenue":"100000000"}`, RDGrowth,
		"R&D of RMB 4,000,000 this year", "今年研发费用达到 400 万元", false},
	{"scale needs a cent over 10M: 超过", enterprise + `,"aboveScaleIndustrial":true,"rd":{"thisYear":"10000000","revenue":"100000000"}`, RDScale,
		"R&D of more than RMB 10,000,000 this year, that is at least RMB 10,000,000.01, RMB 0.01 more than now",
		"今年研发费用超过 1,000 万元，即至少 ¥10,000,000.01、再增加 ¥0.01，即可获得本项", true},
	{"scale: intensity asks for more than the threshold", enterprise + `,"aboveScaleIndustrial":true,"rd":{"thisYear":"5000000","revenue":"500000000"}`, RDScale,
		"R&D of RMB 15,000,000 this year, RMB 10,000,000 more than now",
		"今年研发费用达到 1,500 万元，即再增加 1,000 万元", true},
}

func TestHints(t *testing.T) {
	for _, c := range hintCases {
		it := item(t, c.answers, c.id)
		if it.Hint == nil {
			t.Errorf("%s: no hint", c.name)
			continue
		}
		if !strings.Contains(it.Hint.Text(English), c.en) || !strings.Contains(it.Hint.Text(Chinese), c.zh) {
			t.Errorf("%s: hint %q / %q, want %q / %q", c.name, it.Hint.Text(English), it.Hint.Text(Chinese), c.en, c.zh)
		}
		if it.Near != c.near {
			t.Errorf("%s: near %v, want %v", c.name, it.Near, c.near)
		}
	}
	// No hint where a number is not what stands in the way.
	if it := item(t, `"inZone":true,"orgType":"university","techContracts":"4000000"`, TechContracts); it.Hint != nil {
		t.Errorf("hint for a university: %s", it.Hint.Text(English))
	}
}

// TestItemEqual: an item equals itself assessed again, and differs when a figure it shows
// changes, even by a cent.
func TestItemEqual(t *testing.T) {
	a, _ := Decode(readFile(t, "examples/magnet-maker.answers.json"))
	s1, s2 := Assess(a), Assess(a)
	for i := range s1.Items {
		if !s1.Items[i].Equal(&s2.Items[i]) {
			t.Errorf("%s differs from itself", s1.Items[i].ID)
		}
	}
	a.RD.Revenue = a.RD.Revenue.Add(oneCent)
	s3 := Assess(a)
	if s1.Item(RDGrowth).Equal(s3.Item(RDGrowth)) {
		t.Error("a cent more revenue changes the growth subsidy's reasons, yet the items are equal")
	}
	if !s1.Item(TechSME).Equal(s3.Item(TechSME)) {
		t.Error("revenue changed the tech SME item")
	}
}
