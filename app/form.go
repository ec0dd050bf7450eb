package app

import (
	"strconv"

	"baotou-widget/rules"
)

// Form is the questionnaire's state: the answers, and the text typed in each number field
// exactly as typed, so that nothing the user wrote is rewritten or silently dropped.
type Form struct {
	Answers  rules.Answers
	Unit     Unit
	text     map[string]string
	problems map[string]InputProblem
}

// NewForm is an empty questionnaire that reads amounts in 万元.
func NewForm() Form {
	return Form{Unit: Wan, text: map[string]string{}, problems: map[string]InputProblem{}}
}

// Text is what the field at path shows.
func (f *Form) Text(path string) string { return f.text[path] }

// Problem says what is wrong with the text at path, InputOK when nothing is.
func (f *Form) Problem(path string) InputProblem { return f.problems[path] }

// HasProblems reports whether any field holds text that could not be used.
func (f *Form) HasProblems() bool { return len(f.problems) > 0 }

// SetText takes the text typed into an amount, count or year field. Text that cannot be
// used leaves the field unanswered and is marked with its problem; the text stays.
func (f *Form) SetText(path, text string) {
	field := rules.FieldByPath(path)
	if field == nil {
		return
	}
	f.text[path] = text
	problem := InputOK
	switch field.Kind {
	case rules.KindAmount:
		*field.Amount(&f.Answers), problem = ParseMoney(text, f.Unit)
	case rules.KindCount:
		*field.Int(&f.Answers), problem = ParseWhole(text, 0, rules.MaxCount)
	case rules.KindYear:
		*field.Int(&f.Answers), problem = ParseWhole(text, 1, rules.MaxCount)
	}
	if problem == InputOK {
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
	if !contains(field.Values, v) {
		v = ""
	}
	*field.Text(&f.Answers) = v
}

// SetMember ticks or unticks one value of a list.
func (f *Form) SetMember(path, v string, on bool) {
	field := rules.FieldByPath(path)
	if field == nil || field.Kind != rules.KindList || !contains(field.Values, v) {
		return
	}
	field.SetListMember(&f.Answers, v, on)
}

// SetUnit switches the unit amounts are typed in, rewriting every valid amount's text in
// the new unit so that the figures stay the same.
func (f *Form) SetUnit(u Unit) {
	if u != Wan && u != Yuan {
		return
	}
	f.Unit = u
	for i := range rules.Fields {
		field := &rules.Fields[i]
		if field.Kind == rules.KindAmount && f.problems[field.Path] == InputOK {
			f.text[field.Path] = FormatMoney(*field.Amount(&f.Answers), u)
		}
	}
}

// Load replaces the answers, writing each number field's text from them.
func (f *Form) Load(a rules.Answers) {
	f.Answers = a
	f.text = map[string]string{}
	f.problems = map[string]InputProblem{}
	for i := range rules.Fields {
		field := &rules.Fields[i]
		switch field.Kind {
		case rules.KindAmount:
			f.text[field.Path] = FormatMoney(*field.Amount(&a), f.Unit)
		case rules.KindCount, rules.KindYear:
			if n := *field.Int(&a); n != 0 {
				f.text[field.Path] = strconv.Itoa(n)
			}
		}
	}
}

// Clear empties every answer and every field, keeping the unit.
func (f *Form) Clear() { f.Load(rules.Answers{}) }

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
