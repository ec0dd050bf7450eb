package app

import (
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// fill puts values into a catalog text's {names}: fill("第{n}条", "n", "六").
func fill(s string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		s = strings.ReplaceAll(s, "{"+pairs[i]+"}", pairs[i+1])
	}
	return s
}

// say is a text as the page shows it: in English, the Chinese it quotes (the policy's own
// terms) is marked as Chinese, so that a screen reader reads it in Chinese and the
// browser picks a Chinese font. Runs are held in one span, so that a flex container (a
// checkbox's label) lays them out as one line of text, not as boxes side by side.
func say(lang rules.Lang, s string) []app.UI {
	var out []app.UI
	runs(lang, s, func(text string, han bool) {
		if han {
			out = append(out, el("span").Lang("zh-CN").Text(text))
		} else {
			out = append(out, app.Text(text))
		}
	})
	if len(out) > 1 {
		return []app.UI{el("span").Body(out...)}
	}
	return out
}

// sayHTML is say as HTML text, escaped: for the parts of the page written as one block of
// markup (a row's reasons), which the browser parses at once instead of the program
// building them node by node.
func sayHTML(lang rules.Lang, s string) string {
	var b strings.Builder
	runs(lang, s, func(text string, han bool) {
		if han {
			b.WriteString(`<span lang="zh-CN">` + html.EscapeString(text) + `</span>`)
		} else {
			b.WriteString(html.EscapeString(text))
		}
	})
	return b.String()
}

// runs cuts s into the runs say marks: in English, alternately not Chinese and Chinese
// (rules.HanRuns, which the batch worker's pages share); otherwise s whole.
func runs(lang rules.Lang, s string, each func(text string, han bool)) {
	if lang != rules.English {
		each(s, false)
		return
	}
	rules.HanRuns(s, each)
}

// bigMoney is an amount as the page shows it large: 万元 in Chinese (117.5 万元), yuan in
// English (RMB 1,175,000).
func bigMoney(lang rules.Lang, d decimal.Decimal) string {
	if lang == rules.English {
		return "RMB " + rules.FormatYuan(d)
	}
	return rules.FormatWan(d) + " 万元"
}

// exactMoney is the exact figure shown small beside the large one in Chinese
// (¥1,175,000.00); in English the large figure is already exact.
func exactMoney(lang rules.Lang, d decimal.Decimal) string {
	if lang == rules.English {
		return ""
	}
	return "¥" + rules.FormatYuanFixed(d)
}

// clauseName names a clause in a sentence: 第六条, clause 6.
func clauseName(lang rules.Lang, n int) string {
	return fill(T(lang).ClauseName, "n", rules.ClauseNo(lang, n))
}

// clauseBadge is a clause's number as a badge that a screen reader reads as the clause's
// name (第六条, clause 6): the words around the number are there, visually hidden.
func clauseBadge(lang rules.Lang, n int) app.UI {
	before, after, _ := strings.Cut(T(lang).ClauseName, "{n}")
	return box("span", "clause-no", hidden(before), app.Text(rules.ClauseNo(lang, n)), hidden(after))
}

// hidden is text for screen readers only, or nothing for no text.
func hidden(text string) app.UI {
	if text == "" {
		return nil
	}
	return tx("span", "visually-hidden", text)
}
