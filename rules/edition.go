package rules

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Edition is one edition of the measures, whole: its text, every figure with the clause's
// words it comes from, who each item is for, and how long it runs. Everything the widget,
// the command line and the officers' files say about the policy's figures comes from an
// Edition, so that the next edition is a new value of this type and nothing else.
type Edition struct {
	Clauses [10]Clause // as published: 1 … 8 for 一 … 八, ClauseSupplementary for 附则
	// English renders each clause in English: the tool's translation, not an official text.
	English [10]string

	M1, M2 ProjectCall
	M3     Measure3
	M4     Measure4
	M5     Measure5
	M6     Measure6
	M7     Measure7
	M8     Measure8

	// Enterprises are the items whose clause names 企业, with the words that do; another
	// organisation cannot earn them.
	Enterprises map[ItemID]string
	// Validity is how long the edition runs from its issue date (附则三).
	Validity Param
}

// Current is the edition in force, the one Assess applies. Tests put another in its place
// to prove that every figure shown comes from it.
var Current = &edition2025

// edition2025 is the edition of the measures the zone issued, its figures kept in each
// measure's file beside the clause they come from.
var edition2025 = Edition{
	Clauses: parsePolicy(policyText),
	English: englishText,
	M1:      measure1, M2: measure2, M3: measure3, M4: measure4,
	M5: measure5, M6: measure6, M7: measure7, M8: measure8,
	Enterprises: map[ItemID]string{
		NationalKeyLab:         "对新备案为国家级重点实验室的企业",
		RegionKeyLab:           "对新备案为自治区重点实验室的企业",
		AcademicianWorkstation: "对新备案为自治区院士工作站的企业",
		RegionRDCenter:         "对新备案为自治区企业研发中心、创新联合体的企业",
		InnovationConsortium:   "对新备案为自治区企业研发中心、创新联合体的企业",
		NewRDInstitution:       "对新备案为稀土高新区新型研发机构的企业",
		TechContracts:          "技术合同认定登记工作业绩突出的企业",
		TechSME:                "对首次备案的科技型中小企业",
		HTE:                    "对首次认定的高新技术企业",
		Gazelle:                "对首次认定的瞪羚企业",
		Unicorn:                "对首次认定的独角兽企业",
		RDGrowth:               "企业当年研发费用增长",
		RDScale:                "企业当年研发费用超过",
		LoanInterest:           "对依法登记注册并在高新区经营的科技型中小企业和高新技术企业",
	},
	Validity: years("附则", 2, "本政策自印发之日起实施，有效期 2 年"),
}

// Clause is clause n as this edition publishes it: 1 … 8 for 一 … 八, ClauseSupplementary
// for 附则.
func (e *Edition) Clause(n int) Clause { return e.Clauses[n] }

// ForEnterprises reports whether only enterprises can earn item id.
func (e *Edition) ForEnterprises(id ItemID) bool { _, ok := e.Enterprises[id]; return ok }

// ClauseForEnterprises reports whether every item of clause n (1 … 8) is for enterprises
// alone, so that the questionnaire asks another organisation nothing about it.
func (e *Edition) ClauseForEnterprises(n int) bool {
	items := 0
	for _, r := range itemRules {
		if r.measure == n {
			if !e.ForEnterprises(r.id) {
				return false
			}
			items++
		}
	}
	return items > 0
}

// ValidUntil is the last day the edition applies when issued on the given day: 附则三's
// years from the issue date, the day before the anniversary.
func (e *Edition) ValidUntil(issued time.Time) time.Time {
	return issued.AddDate(int(e.Validity.Value.IntPart()), 0, -1)
}

// Params lists every figure of the edition by name ("M6.GrowthCap", "M6.Scale.1.Rate",
// "Validity"), in the order the type declares them.
func (e *Edition) Params() []NamedParam {
	var out []NamedParam
	var walk func(name string, v reflect.Value)
	walk = func(name string, v reflect.Value) {
		switch {
		case v.Type() == reflect.TypeFor[Param]():
			out = append(out, NamedParam{name, v.Interface().(Param)})
		case v.Kind() == reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if f := v.Type().Field(i); f.IsExported() {
					walk(strings.TrimPrefix(name+"."+f.Name, "."), v.Field(i))
				}
			}
		case v.Kind() == reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(name+"."+strconv.Itoa(i), v.Index(i))
			}
		}
	}
	walk("", reflect.ValueOf(e).Elem())
	return out
}

// NamedParam is a figure of an edition with its name in Params.
type NamedParam struct {
	Name string
	Param
}

// param finds a figure by its name in Params, keeping the index of each edition met.
func (e *Edition) param(name string) (Param, bool) {
	paramIndex.Lock()
	defer paramIndex.Unlock()
	m, ok := paramIndex.byEdition[e]
	if !ok {
		m = map[string]Param{}
		for _, p := range e.Params() {
			m[p.Name] = p.Param
		}
		paramIndex.byEdition[e] = m
	}
	p, ok := m[name]
	return p, ok
}

var paramIndex = struct {
	sync.Mutex
	byEdition map[*Edition]map[string]Param
}{byEdition: map[*Edition]map[string]Param{}}

// Fill writes the edition's figures into a catalog's text: each {Name} of a figure of
// Params, as lang writes it (an amount as the page writes money, a rate as 3% or 5‰, years
// as a number), and {Name/万} as the policy writes an amount in Chinese ("1000 万"). A text
// states a figure of the policy only this way, so that the next edition changes it too.
func (e *Edition) Fill(lang Lang, s string) string {
	if !strings.Contains(s, "{M") && !strings.Contains(s, "{V") {
		return s // most texts name no figure (the figures' names start M1 … M8 or Validity)
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		j := strings.IndexByte(s[i+1:], '}')
		if i < 0 || j < 0 {
			break
		}
		b.WriteString(s[:i])
		name, wan := strings.CutSuffix(s[i+1:i+1+j], "/万")
		if p, ok := e.param(name); ok {
			b.WriteString(p.text(lang, wan))
		} else {
			b.WriteString(s[i : i+2+j]) // {1} of a sentence, or a key the tests refuse
		}
		s = s[i+2+j:]
	}
	b.WriteString(s)
	return b.String()
}

// text writes a figure: in lang, or in 万 as the policy writes it.
func (p Param) text(lang Lang, wan bool) string {
	switch {
	case wan:
		return p.Value.Div(tenThousand).String() + " 万"
	case p.Unit == Yuan:
		return Money(lang, p.Value)
	case p.Unit == Ratio:
		return catalog(lang).rate(p.Value)
	}
	return p.Value.String()
}
