// Package form holds the questionnaire's state apart from its components: the answers,
// the text typed in each field as typed, what is wrong with it, and the notes on figures
// that look typed in the wrong unit, with the figure each was likely meant to be.
package form

import (
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/input"
)

// Form is the questionnaire's state: the answers, and the text typed in each number field
// exactly as typed, so that nothing the user wrote is rewritten or silently dropped.
type Form struct {
	Answers  rules.Answers
	Unit     input.Unit
	text     map[string]string
	problems map[string]input.Problem
	// unfinished are the fields whose text may be a figure still being typed ("1500."):
	// its problem waits until the field is left, and the field keeps its last figure.
	unfinished map[string]bool
}

// New is an empty questionnaire that reads amounts in 万元.
func New() Form {
	return Form{Unit: input.Wan, text: map[string]string{}, problems: map[string]input.Problem{}, unfinished: map[string]bool{}}
}

// Text is what the field at path shows.
func (f *Form) Text(path string) string { return f.text[path] }

// Problem says what is wrong with the text at path, input.OK when nothing is.
func (f *Form) Problem(path string) input.Problem { return f.problems[path] }

// HasProblems reports whether any field holds text that could not be used.
func (f *Form) HasProblems() bool { return len(f.problems) > 0 }

// SetText takes the text typed into an amount, count or year field. Text that cannot be
// used leaves the field unanswered and is marked with its problem; the text stays. Text
// that may be a figure still being typed ("1500.") keeps the field's last figure and is
// marked only when the field is left (Leave).
func (f *Form) SetText(path, text string) { f.setText(path, text, true) }

// Leave is told that the user left the field at path: text still unfinished there is
// what it is now, a problem. It reports whether the field changed.
func (f *Form) Leave(path string) bool {
	if !f.unfinished[path] {
		return false
	}
	f.setText(path, f.text[path], false)
	return true
}

// setText reads text into the field at path; typing says the user may still be typing.
func (f *Form) setText(path, text string, typing bool) {
	field := rules.FieldByPath(path)
	if field == nil {
		return
	}
	f.text[path] = text
	var (
		amount  decimal.Decimal
		n       int
		problem input.Problem
	)
	switch field.Kind {
	case rules.KindAmount:
		amount, problem = input.ParseMoney(text, f.Unit)
	case rules.KindCount:
		n, problem = input.ParseWhole(text, 0, rules.MaxCount)
	case rules.KindYear:
		n, problem = input.ParseWhole(text, 1, rules.MaxCount)
	default:
		return
	}
	if typing && problem != input.OK && input.Unfinished(text) {
		f.unfinished[path] = true
		delete(f.problems, path)
		return
	}
	delete(f.unfinished, path)
	if field.Kind == rules.KindAmount {
		*field.Amount(&f.Answers) = amount
	} else {
		*field.Int(&f.Answers) = n
	}
	if problem == input.OK {
		delete(f.problems, path)
	} else {
		f.problems[path] = problem
	}
}

// SetBool answers a yes/no field.
func (f *Form) SetBool(path string, v bool) {
	if field := rules.FieldByPath(path); field != nil && field.Kind == rules.KindBool {
		*field.Bool(&f.Answers) = v
	}
}

// SetEnum answers a choice; a value the field does not allow leaves it unanswered.
func (f *Form) SetEnum(path, v string) {
	field := rules.FieldByPath(path)
	if field == nil || field.Kind != rules.KindEnum {
		return
	}
	if !slices.Contains(field.Values, v) {
		v = ""
	}
	*field.Text(&f.Answers) = v
}

// SetMember ticks or unticks one value of a list.
func (f *Form) SetMember(path, v string, on bool) {
	field := rules.FieldByPath(path)
	if field == nil || field.Kind != rules.KindList || !slices.Contains(field.Values, v) {
		return
	}
	field.SetListMember(&f.Answers, v, on)
}

// SetUnit switches the unit amounts are typed in, rewriting every valid amount's text in
// the new unit so that the figures stay the same.
func (f *Form) SetUnit(u input.Unit) {
	if u != input.Wan && u != input.Yuan {
		return
	}
	f.Unit = u
	for i := range rules.Fields {
		field := &rules.Fields[i]
		if field.Kind == rules.KindAmount && f.problems[field.Path] == input.OK {
			f.text[field.Path] = input.FormatMoney(*field.Amount(&f.Answers), u)
		}
	}
}

// Load replaces the answers, writing each number field's text from them.
func (f *Form) Load(a rules.Answers) {
	f.Answers = a
	f.text = map[string]string{}
	f.problems = map[string]input.Problem{}
	f.unfinished = map[string]bool{}
	for i := range rules.Fields {
		field := &rules.Fields[i]
		switch field.Kind {
		case rules.KindAmount:
			f.text[field.Path] = input.FormatMoney(*field.Amount(&a), f.Unit)
		case rules.KindCount, rules.KindYear:
			if n := *field.Int(&a); n != 0 {
				f.text[field.Path] = strconv.Itoa(n)
			}
		}
	}
}

// Clear empties every answer and every field, keeping the unit.
func (f *Form) Clear() { f.Load(rules.Answers{}) }

// Note says why a figure may have been typed in the wrong unit.
type Note int

const (
	NoNote           Note = iota
	NoteTooBigInWan       // a figure in 万元 above what the field plausibly holds: typed in 元?
	NoteAboveRevenue      // above this year's operating revenue
	NoteCount
)

// wanCeilings are the figures, in 万元, above which an answer looks typed in 元: 10 亿元
// for a year's R&D, interest, equipment or contracts of one enterprise, 1,000 亿元 for its
// revenue. A note, never a change: the figure stays as typed.
var wanCeilings = map[string]int64{"rd.revenue": 10000000}

const wanCeiling = 100000

// UnitNote gives the gentle note for the amount at path, if its figure looks like a slip
// of unit: the figure stays as typed and counts as typed.
func (f *Form) UnitNote(path string) Note {
	field := rules.FieldByPath(path)
	if field == nil || field.Kind != rules.KindAmount || f.problems[path] != input.OK {
		return NoNote
	}
	v := *field.Amount(&f.Answers)
	ceiling, ok := wanCeilings[path]
	if !ok {
		ceiling = wanCeiling
	}
	if f.Unit == input.Wan && v.GreaterThan(decimal.NewFromInt(ceiling*10000)) {
		return NoteTooBigInWan
	}
	if revenue := f.Answers.RD.Revenue; (path == "loanInterest" || path == "rd.thisYear") && revenue.IsPositive() && v.GreaterThan(revenue) {
		return NoteAboveRevenue
	}
	return NoNote
}

// Checks are the amounts that carry a note, in the questionnaire's order: the results
// rest on figures to check. A question not asked holds no figure, so it is never here.
func (f *Form) Checks() []string {
	var paths []string
	for i := range rules.Fields {
		if p := rules.Fields[i].Path; f.UnitNote(p) != NoNote {
			paths = append(paths, p)
		}
	}
	return paths
}

// Fix is the figure the amount at path was likely meant to be, where its note says which:
// digits typed in 元 into a 万元 field stand for that many 元.
func (f *Form) Fix(path string) (decimal.Decimal, bool) {
	if f.UnitNote(path) != NoteTooBigInWan {
		return decimal.Decimal{}, false
	}
	v := rules.FieldByPath(path).Amount(&f.Answers).Div(decimal.NewFromInt(10000))
	return v, v.Equal(v.Truncate(2))
}

// SetAmount answers the amount at path with v, writing its text in the form's unit.
func (f *Form) SetAmount(path string, v decimal.Decimal) {
	if field := rules.FieldByPath(path); field != nil && field.Kind == rules.KindAmount {
		f.setText(path, input.FormatMoney(v, f.Unit), false)
	}
}

// IncubatorFields are the questions of 八, asked only of an incubator's operator.
var IncubatorFields = []string{"incubatorRating", "cultivated.hte", "cultivated.revenue10M", "cultivated.revenue20M", "cultivated.revenue50M"}

// IsIncubator reports whether any answer of 八 is given.
func (f *Form) IsIncubator() bool {
	c := f.Answers.Cultivated
	r := f.Answers.IncubatorRating
	return (r != "" && r != rules.RatingNone) || c.HTE+c.Revenue10M+c.Revenue20M+c.Revenue50M > 0
}

// Aside holds the answers of a section the user closed, to give them back if it opens
// again: a hidden question never counts, and reopening loses nothing.
type Aside struct {
	answers rules.Answers
	text    map[string]string
}

// PutAside takes the fields at paths out of the answers, keeping them in the Aside.
func (f *Form) PutAside(paths []string) Aside {
	kept := Aside{text: map[string]string{}}
	for _, p := range paths {
		field := rules.FieldByPath(p)
		copyField(field, &kept.answers, &f.Answers)
		copyField(field, &f.Answers, &rules.Answers{})
		kept.text[p] = f.text[p]
		delete(f.text, p)
		delete(f.problems, p)
		delete(f.unfinished, p)
	}
	return kept
}

// TakeBack gives the fields at paths their answers from the Aside again.
func (f *Form) TakeBack(paths []string, kept Aside) {
	for _, p := range paths {
		field := rules.FieldByPath(p)
		copyField(field, &f.Answers, &kept.answers)
		if t := kept.text[p]; t != "" {
			f.setText(p, t, false)
		}
	}
}

// copyField copies the value of one field from src to dst.
func copyField(f *rules.Field, dst, src *rules.Answers) {
	switch f.Kind {
	case rules.KindBool:
		*f.Bool(dst) = *f.Bool(src)
	case rules.KindAmount:
		*f.Amount(dst) = *f.Amount(src)
	case rules.KindEnum:
		*f.Text(dst) = *f.Text(src)
	case rules.KindList:
		*f.List(dst) = *f.List(src)
	default:
		*f.Int(dst) = *f.Int(src)
	}
}
