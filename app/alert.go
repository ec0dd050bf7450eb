package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// alertKind names a message about the answers as a whole, at the page's top: how the
// page opened (answers restored from a link or from this device, or why they could not
// be), or that the unit of every amount changed.
type alertKind int

const (
	alertNone alertKind = iota
	alertLinkRestored
	alertLinkDamaged
	alertLinkFuture
	alertStorageBroken
	alertRestored
	alertUnitWan // the unit of amounts switched: said, since every figure on screen changes
	alertUnitYuan
	alertCount
)

// alertView shows how the page opened, at its top where the user is then; the element is
// always there, so that a screen reader hears its first message.
func alertView(lang rules.Lang, kind alertKind) app.UI {
	class := "alert"
	switch kind {
	case alertLinkDamaged, alertLinkFuture, alertStorageBroken:
		class += " bad"
	}
	return sayInEl(lang, "p", class, T(lang).Alerts[kind]).ID("alert").Attr("role", "status")
}

// statusKind names the outcome of an action on the answers as a whole.
type statusKind int

const (
	statusNone statusKind = iota
	statusShared
	statusCopied
	statusSaved
	statusOpened
	statusRefused
	statusCleared
	statusUndone
)

// status is what the last action did, shown beside the actions where the user is. It keeps
// what it says as a kind, a file name and an error, not as text, so that it follows a
// switch of language.
type status struct {
	kind statusKind
	name string // the file saved or opened
	err  error  // why a file was refused
}

// text renders the status in lang.
func (s status) text(lang rules.Lang) string {
	c := T(lang)
	switch s.kind {
	case statusShared:
		return c.ShareMade
	case statusCopied:
		return c.Copied
	case statusSaved:
		return fill(c.Saved, "name", s.name)
	case statusOpened:
		return fill(c.FileOpened, "name", s.name)
	case statusRefused:
		return fill(c.FileRefused, "name", s.name, "reason", problemText(lang, s.err))
	case statusCleared:
		return c.Cleared
	case statusUndone:
		return c.Undone
	}
	return ""
}

// errUnreadable is a file the browser could not read; it is shown as "not valid JSON",
// which is what it is to the widget.
var errUnreadable = &rules.FieldError{Problem: rules.ProblemNotJSON}

// problemText says what is wrong with a file of answers in the user's words: the question
// as the questionnaire asks it, the value found, and for a choice the answers allowed.
func problemText(lang rules.Lang, err error) string {
	fe, ok := err.(*rules.FieldError)
	if !ok {
		return err.Error()
	}
	problem := rules.ProblemText(lang, fe.Problem)
	path, _, _ := strings.Cut(fe.Path, "[")
	question := rules.Question(lang, path)
	if question == "" {
		return fe.Message(lang)
	}
	c := T(lang)
	if f := rules.FieldByPath(path); f != nil && len(f.Values) > 0 && fe.Problem == rules.ProblemNotEnum {
		words := make([]string, len(f.Values))
		for i, v := range f.Values {
			words[i] = termOf(lang, path, v)
		}
		problem += fill(c.Allowed, "values", strings.Join(words, " / "))
	}
	if fe.Value == "" {
		return fill(c.FieldProblemNoValue, "question", question, "problem", problem)
	}
	return fill(c.FieldProblem, "question", question, "value", fe.Value, "problem", problem)
}

// termOf names an enum or list value in lang; the rules' catalog keys some values by their
// field ("hte.first") where the bare value would be ambiguous.
func termOf(lang rules.Lang, path, v string) string {
	if t := rules.Term(lang, path+"."+v); t != path+"."+v {
		return t
	}
	return rules.Term(lang, v)
}
