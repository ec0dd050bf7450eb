package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// alertKind names a message about the answers as a whole: restored, refused, damaged.
type alertKind int

const (
	alertNone alertKind = iota
	alertLinkRestored
	alertLinkDamaged
	alertLinkFuture
	alertFileOpened
	alertFileRefused
	alertStorageBroken
	alertRestored
	alertCopied
)

// errUnreadable is a file the browser could not read; it is shown as "not valid JSON",
// which is what it is to the widget.
var errUnreadable = &rules.FieldError{Problem: rules.ProblemNotJSON}

// alert is the message shown above the questionnaire. It keeps what it says as a kind and
// an error, not as text, so that it follows a switch of language.
type alert struct {
	kind alertKind
	err  error // the reason a file was refused
}

// text renders the alert in lang.
func (a alert) text(lang rules.Lang) string {
	if a.kind == alertNone {
		return ""
	}
	s := T(lang).Alerts[a.kind]
	if a.err != nil {
		reason := a.err.Error()
		if fe, ok := a.err.(*rules.FieldError); ok {
			reason = fe.Message(lang)
		}
		s = fmt.Sprintf(s, reason)
	}
	return s
}

// view shows the alert where screen readers hear it; the element is always there.
func (a alert) view(lang rules.Lang) app.UI {
	class := "alert"
	switch a.kind {
	case alertLinkDamaged, alertLinkFuture, alertFileRefused, alertStorageBroken:
		class += " bad"
	}
	return app.P().Class(class).ID("alert").Attr("role", "status").Text(a.text(lang))
}
