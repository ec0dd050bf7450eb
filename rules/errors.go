package rules

// Problem says what is wrong with a value, in words the catalog renders in each language.
type Problem int

// The problems the decoder reports.
const (
	ProblemNone Problem = iota
	ProblemNotJSON
	ProblemNotObject
	ProblemUnknownField
	ProblemDuplicate
	ProblemNotBool
	ProblemNotAmount
	ProblemTooLarge
	ProblemNotEnum
	ProblemNotList
	ProblemNotCount
	ProblemCountRange
	ProblemNotYear
	ProblemTrailing
	problemCount
)

// FieldError is bad input, named by the field path of the answers contract and the value
// found there: `rd.thisYear: "12,0": not an amount`.
type FieldError struct {
	Path    string // "rd.thisYear", "newPlatforms[2]"; empty for the document as a whole
	Value   string // the offending value as written, JSON-quoted where it was a string
	Problem Problem
}

func (e *FieldError) Error() string { return e.Message(English) }

// ProblemText says what a problem is, in lang.
func ProblemText(lang Lang, p Problem) string { return catalog(lang).problems[p] }

// Message renders the error in lang.
func (e *FieldError) Message(lang Lang) string {
	s := catalog(lang).problems[e.Problem]
	if e.Value != "" {
		s = e.Value + ": " + s
	}
	if e.Path != "" {
		s = e.Path + ": " + s
	}
	return s
}
