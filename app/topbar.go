package app

import (
	"baotou-widget/rules/input"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"baotou-widget/rules"
)

// topbar holds the title and the language and unit switches. Embedded in the park's page,
// the title stays for screen readers only: the host's page names the widget.
func (w *Widget) topbar() app.UI {
	c := T(w.lang)
	return box("header", "topbar",
		box("div", "title", tx("h1", "", c.AppName), tx("p", "tagline", c.Tagline)),
		box("div", "switches",
			navLinks(c),
			langSwitch(w.lang, w.onLang),
			boxEl("label", "unit-switch", app.Text(c.UnitLabel+" "),
				boxEl("select", "", option(string(input.Wan), c.UnitWan, w.form.Unit == input.Wan), option(string(input.Yuan), c.UnitYuan, w.form.Unit == input.Yuan)).
					ID("unit").OnChange(w.onUnit),
			).Attr("for", "unit"),
		),
	)
}

// option is one choice of a select.
func option(value, text string, selected bool) app.UI {
	return flag(el("option").Attr("value", value), "selected", selected).Text(text)
}

// langSwitch is the pair of language buttons every page has; the chosen one is pressed.
func langSwitch(lang rules.Lang, onLang app.EventHandler) app.UI {
	buttons := make([]app.UI, 2)
	for i, l := range []rules.Lang{rules.Chinese, rules.English} {
		buttons[i] = button([...]string{"中文", "English"}[i], onLang).Attr("data-lang-choice", string(l)).
			Lang(htmlLang(l)).Attr("aria-pressed", lang == l)
	}
	return boxEl("div", "lang-switch", buttons...).Attr("role", "group").Aria("label", T(lang).LanguageLabel)
}

// navLinks lead to the widget's three pages.
func navLinks(c *Catalog) app.UI {
	links := make([]app.UI, 3)
	for i, path := range []string{"/", "/brief", "/officers"} {
		links[i] = txEl("a", "", [...]string{c.NavHome, c.NavBrief, c.NavOfficers}[i]).Attr("href", internalHref(path))
	}
	return boxEl("nav", "pages", links...).Aria("label", c.NavLabel)
}

// privacy says where the answers are, and keeps them on this device if asked.
func (w *Widget) privacy() app.UI {
	c := T(w.lang)
	remember := flag(flag(void("input").Attr("type", "checkbox").ID("remember"), "checked", w.remember), "disabled", !w.storageOK).
		Aria("describedby", "remember-note").OnChange(w.onRemember)
	return el("section").Class("card privacy").Aria("label", c.DataTitle).Body(
		tx("p", "privacy-note", c.PrivacyNote),
		el("details").Class("data-where").Body(tx("summary", "", c.DataTitle), box("ul", "", lines("li", "", c.DataWhere)...)),
		box("div", "check", remember, txEl("label", "", c.Remember).Attr("for", "remember")),
		txEl("p", "help", c.RememberNote).ID("remember-note"),
		txEl("p", "problem", textIf(!w.storageOK, c.StorageBlocked)).Attr("role", "status"),
	)
}
