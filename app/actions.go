package app

import (
	"baotou-widget/app/form"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
	"baotou-widget/rules/sharelink"
)

// actions are what the user does with the answers as a whole: they sit with the results,
// where the user looks when done, and say what they did right there.
func (w *Widget) actions() app.UI {
	c := T(w.lang)
	labels := [...]string{c.Share, c.Save, c.Open, c.Print, c.Clear}
	handlers := [...]app.EventHandler{w.onShare, w.onSave, w.onOpen, w.onPrint, w.onClear}
	buttons := make([]app.UI, len(actionNames))
	for i, name := range actionNames {
		buttons[i] = button(labels[i], handlers[i]).ID("action-"+name).Attr("data-action", name)
	}
	var undo, share, withName app.UI
	if w.name != "" {
		withName = box("label", "share-name",
			flag(void("input").Attr("type", "checkbox").ID("share-name"), "checked", w.shareName).OnChange(w.onShareName),
			sayIn(w.lang, "span", "", fill(c.ShareWithName, "name", w.name)))
	}
	if w.undo != nil {
		undo = button(c.Undo, w.onUndo).ID("action-undo").Attr("data-action", "undo")
	}
	if w.shareLink != "" {
		share = box("div", "with-unit share",
			txEl("label", "visually-hidden", c.ShareLinkLabel).Attr("for", "share-link"),
			void("input").Attr("type", "text").ID("share-link").Attr("readonly", true).Attr("data-share-link", "true").Attr("value", w.shareLink),
			button(c.Copy, w.onCopy),
		)
	}
	return boxEl("section", "actions",
		txEl("h3", "visually-hidden", c.ActionsLabel).ID("actions-title"),
		box("div", "buttons", buttons...),
		withName,
		void("input").Attr("type", "file").ID("open-file").Class("visually-hidden").Attr("accept", ".json,application/json").
			TabIndex(-1).Aria("label", c.Open).OnChange(w.onFileChosen),
		box("div", "action-status",
			txEl("p", textIf(w.status.kind == statusRefused, "bad"), w.status.text(w.lang)).ID("action-status").Attr("role", "status").TabIndex(-1),
			undo,
		),
		share,
	).Aria("labelledby", "actions-title")
}

// actionNames are the actions' data-action hooks, in the order of their buttons.
var actionNames = [...]string{"share", "save", "open", "print", "clear"}

// onShare makes the share link of the current answers, with the organisation's name only
// when the user ticked it, and where the browser has a share sheet (a phone's, for the
// chat apps links travel by) opens it with a line of result; elsewhere the link is shown
// to copy.
func (w *Widget) onShare(ctx app.Context, e app.Event) {
	name := ""
	if w.shareName {
		name = w.name
	}
	w.shareLink = pageAddress() + "#a=" + sharelink.EncodeNamed(w.form.Answers, name)
	w.status = status{kind: statusShared}
	c := T(w.lang)
	line := fill(c.ShareLine, "exact", bigMoney(w.lang, w.assessment.Total), "upto", bigMoney(w.lang, w.assessment.TotalUpTo))
	if name != "" {
		line = name + labelSep(w.lang) + line
	}
	shareSheet(c.AppName, line, w.shareLink)
	w.focusLater(ctx, "share-link")
}

// onShareName follows the choice to put the organisation's name in the link.
func (w *Widget) onShareName(ctx app.Context, e app.Event) {
	w.shareName = ctx.JSSrc().Get("checked").Bool()
	w.shareLink = ""
}

// shareLinkOf is the address that opens answers on this page.
func shareLinkOf(a rules.Answers) string { return pageAddress() + "#a=" + sharelink.Encode(a) }

// onCopy puts the share link on the clipboard.
func (w *Widget) onCopy(ctx app.Context, e app.Event) {
	copyText(w.shareLink)
	w.status = status{kind: statusCopied}
}

// onSave offers the answers as a JSON file of the answers contract.
func (w *Widget) onSave(ctx app.Context, e app.Event) {
	name := "baotou-answers-" + time.Now().Format("20060102") + ".json"
	download(name, "application/json", string(rules.EncodeIndent(w.form.Answers)))
	w.status = status{kind: statusSaved, name: name}
}

// onOpen asks for a file of answers.
func (w *Widget) onOpen(ctx app.Context, e app.Event) {
	app.Window().GetElementByID("open-file").Call("click")
}

// onFileChosen reads the chosen file; a bad one is refused whole, in the questionnaire's
// words, and the current answers stay.
func (w *Widget) onFileChosen(ctx app.Context, e app.Event) {
	readFile(ctx, ctx.JSSrc(), func(ctx app.Context, name, text string, err error) {
		var a rules.Answers
		if err == nil {
			a, err = rules.Decode([]byte(text))
		}
		if err != nil {
			w.status = status{kind: statusRefused, name: name, err: err}
			w.focusLater(ctx, "action-status")
			return
		}
		w.load(a)
		w.changed(ctx, "")
		w.status = status{kind: statusOpened, name: name}
		ctx.Defer(func(app.Context) { syncInputs(&w.form) })
	})
}

// onPrint prints: the browser's beforeprint event fills the printed page (recap.go), as it
// does for the browser's own print command.
func (w *Widget) onPrint(ctx app.Context, e app.Event) {
	ctx.Defer(func(app.Context) { app.Window().Call("print") })
}

// undoFor is how long "cleared · undo" is offered.
const undoFor = 30 * time.Second

// onClear empties every answer at once, and offers to undo it for a while.
func (w *Widget) onClear(ctx app.Context, e app.Event) {
	before := &snapshot{form: w.form, name: w.name, incubator: w.incubator, aside: w.aside}
	w.form.Clear()
	w.name, w.incubator, w.aside = "", false, form.Aside{}
	w.changed(ctx, "")
	w.undo, w.status = before, status{kind: statusCleared}
	ctx.Defer(func(app.Context) { syncInputs(&w.form) })
	ctx.After(undoFor, func(ctx app.Context) {
		if w.undo == before {
			w.undo, w.status = nil, status{}
		}
	})
}

// onUndo gives back the answers as they were before "clear".
func (w *Widget) onUndo(ctx app.Context, e app.Event) {
	u := w.undo
	if u == nil {
		return
	}
	w.form, w.name, w.incubator, w.aside = u.form, u.name, u.incubator, u.aside
	w.changed(ctx, "")
	w.status = status{kind: statusUndone}
	ctx.Defer(func(app.Context) { syncInputs(&w.form) })
	w.focusLater(ctx, "action-clear")
}

// focusLater moves the focus to the element with that id once the page is drawn: where a
// control goes away, or an outcome appears, the keyboard's user is taken there. It waits on
// the page's context: the control that asked may be gone by then.
func (w *Widget) focusLater(ctx app.Context, id string) {
	if w.ready {
		ctx = w.page
	}
	ctx.Defer(func(app.Context) { focusID(id) })
}

// toResults takes the user to the full results: the page scrolls there and the focus
// follows, without a link that would replace the address's #a=….
func (w *Widget) toResults() {
	if el := app.Window().GetElementByID("results-title"); el.Truthy() {
		// The focus first: in a host page, it asks the host to bring the title clear of the
		// bar (embed.go), and the scroll that follows must have the last word.
		el.Call("focus", map[string]any{"preventScroll": true})
		reveal(el)
	}
}
