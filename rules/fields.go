package rules

import "github.com/shopspring/decimal"

// Kind is the type of an answer field, which decides how it is read and written.
type Kind int

// The kinds of answer fields.
const (
	KindBool   Kind = iota // JSON true/false; a checkbox
	KindAmount             // yuan as a string or number; a text input
	KindEnum               // one of Values; a select
	KindList               // a set of Values; one checkbox per value
	KindCount              // an integer 0…MaxCount
	KindYear               // an integer ≥ 1
)

// MaxCount is the largest count the contract accepts.
const MaxCount = 100000

// Field is one answer field: its path in the contract, its kind, the values an enum or
// list may take, and where it lives in Answers. The decoder, the encoder, the CSV batch
// and the questionnaire all read this one table.
type Field struct {
	Path   string
	Kind   Kind
	Values []string
	ptr    func(*Answers) any // *bool, *decimal.Decimal, *string, *[]string or *int
}

// Fields lists every answer field in the contract's order.
var Fields = []Field{
	{"inZone", KindBool, nil, func(a *Answers) any { return &a.InZone }},
	{"orgType", KindEnum, OrgTypes, func(a *Answers) any { return &a.OrgType }},
	{"aboveScaleIndustrial", KindBool, nil, func(a *Answers) any { return &a.AboveScaleIndustrial }},
	{"higherLevelRewarded", KindList, itemIDStrings(), func(a *Answers) any { return &a.HigherLevelRewarded }},

	{"openCall.applying", KindBool, nil, func(a *Answers) any { return &a.OpenCall.Applying }},
	{"openCall.field", KindEnum, OpenCallFields, func(a *Answers) any { return &a.OpenCall.Field }},
	{"openCall.requested", KindAmount, nil, func(a *Answers) any { return &a.OpenCall.Requested }},
	{"breakthrough.applying", KindBool, nil, func(a *Answers) any { return &a.Breakthrough.Applying }},
	{"breakthrough.field", KindEnum, BreakthroughFields, func(a *Answers) any { return &a.Breakthrough.Field }},
	{"breakthrough.requested", KindAmount, nil, func(a *Answers) any { return &a.Breakthrough.Requested }},

	{"newPlatforms", KindList, Platforms, func(a *Answers) any { return &a.NewPlatforms }},

	{"pilotPlatform.built", KindBool, nil, func(a *Answers) any { return &a.PilotPlatform.Built }},
	{"pilotPlatform.leadingOrService", KindBool, nil, func(a *Answers) any { return &a.PilotPlatform.LeadingOrService }},
	{"pilotPlatform.year", KindYear, nil, func(a *Answers) any { return &a.PilotPlatform.Year }},
	{"pilotPlatform.equipmentCost", KindAmount, nil, func(a *Answers) any { return &a.PilotPlatform.EquipmentCost }},
	{"pilotPlatform.receivedBefore", KindAmount, nil, func(a *Answers) any { return &a.PilotPlatform.ReceivedBefore }},
	{"conceptCenter", KindBool, nil, func(a *Answers) any { return &a.ConceptCenter }},
	{"techTransferRoles", KindList, TechTransferRoles, func(a *Answers) any { return &a.TechTransferRoles }},
	{"techContracts", KindAmount, nil, func(a *Answers) any { return &a.TechContracts }},

	{"techSME", KindEnum, TechSMEValues, func(a *Answers) any { return &a.TechSME }},
	{"hte", KindEnum, HTEValues, func(a *Answers) any { return &a.HTE }},
	{"hteCertified", KindBool, nil, func(a *Answers) any { return &a.HTECertified }},
	{"gazelleFirst", KindBool, nil, func(a *Answers) any { return &a.GazelleFirst }},
	{"unicornFirst", KindBool, nil, func(a *Answers) any { return &a.UnicornFirst }},

	{"rd.thisYear", KindAmount, nil, func(a *Answers) any { return &a.RD.ThisYear }},
	{"rd.lastYear", KindAmount, nil, func(a *Answers) any { return &a.RD.LastYear }},
	{"rd.revenue", KindAmount, nil, func(a *Answers) any { return &a.RD.Revenue }},

	{"loanInterest", KindAmount, nil, func(a *Answers) any { return &a.LoanInterest }},

	{"incubatorRating", KindEnum, Ratings, func(a *Answers) any { return &a.IncubatorRating }},
	{"cultivated.hte", KindCount, nil, func(a *Answers) any { return &a.Cultivated.HTE }},
	{"cultivated.revenue10M", KindCount, nil, func(a *Answers) any { return &a.Cultivated.Revenue10M }},
	{"cultivated.revenue20M", KindCount, nil, func(a *Answers) any { return &a.Cultivated.Revenue20M }},
	{"cultivated.revenue50M", KindCount, nil, func(a *Answers) any { return &a.Cultivated.Revenue50M }},
}

// fieldIndex finds a field by path; groups names the objects that hold fields.
var (
	fieldIndex = map[string]*Field{}
	groups     = map[string]bool{}
)

func init() {
	for i := range Fields {
		f := &Fields[i]
		fieldIndex[f.Path] = f
		for j := range f.Path {
			if f.Path[j] == '.' {
				groups[f.Path[:j]] = true
			}
		}
	}
}

// FieldByPath returns the field at path, or nil.
func FieldByPath(path string) *Field { return fieldIndex[path] }

// Bool, Amount, Text, List and Int give the field's place in a. Each panics when asked for
// the wrong kind, which is a programming error, not bad input.
func (f *Field) Bool(a *Answers) *bool              { return f.ptr(a).(*bool) }
func (f *Field) Amount(a *Answers) *decimal.Decimal { return f.ptr(a).(*decimal.Decimal) }
func (f *Field) Text(a *Answers) *string            { return f.ptr(a).(*string) }
func (f *Field) List(a *Answers) *[]string          { return f.ptr(a).(*[]string) }
func (f *Field) Int(a *Answers) *int                { return f.ptr(a).(*int) }

// addToList puts v into the set at f in a, keeping the contract's order.
func (f *Field) addToList(a *Answers, v string) {
	list := f.List(a)
	if has(*list, v) {
		return
	}
	out := make([]string, 0, len(*list)+1)
	for _, x := range f.Values {
		if x == v || has(*list, x) {
			out = append(out, x)
		}
	}
	*list = out
}

// SetListMember adds v to or removes v from the list at f, keeping the contract's order.
func (f *Field) SetListMember(a *Answers, v string, on bool) {
	if on {
		f.addToList(a, v)
		return
	}
	list := f.List(a)
	out := (*list)[:0:0]
	for _, x := range *list {
		if x != v {
			out = append(out, x)
		}
	}
	*list = out
}

// checkEnum reports whether v is allowed at f; "" is allowed for an enum (it means none).
func (f *Field) checkEnum(v string) bool { return has(f.Values, v) }

func checkCount(n int64) Problem {
	if n < 0 || n > MaxCount {
		return ProblemCountRange
	}
	return ProblemNone
}

func checkYear(n int64) Problem {
	if n < 1 || n > MaxCount {
		return ProblemNotYear
	}
	return ProblemNone
}

// CSVTemplateHeader is the header row of a batch forecast that names every answer field,
// after the optional name column: what officers start a forecast from.
func CSVTemplateHeader() []string {
	h := []string{"name"}
	for _, f := range Fields {
		h = append(h, f.Path)
	}
	return h
}
