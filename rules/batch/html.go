package batch

import (
	gohtml "html"
	"strings"

	"baotou-widget/rules"
)

// html is HTML text being written for the page in one language: elements with attributes
// given as name, value pairs, and text, escaped. In English, the Chinese a text quotes (an
// organisation's name, the policy's terms, a cell of the file) is marked as Chinese, as
// the questionnaire's page marks it (rules.HanRuns).
type html struct {
	strings.Builder
	lang rules.Lang
}

func (h *html) open(tag string, attrs ...string) *html {
	h.WriteString("<" + tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i] == "" {
			continue // an attribute given only sometimes: when(cond, "aria-disabled"), "true"
		}
		h.WriteString(" " + attrs[i] + `="` + gohtml.EscapeString(attrs[i+1]) + `"`)
	}
	h.WriteString(">")
	return h
}

func (h *html) close(tag string) *html { h.WriteString("</" + tag + ">"); return h }

// text writes s as the content of an element.
func (h *html) text(s string) *html {
	if h.lang != rules.English {
		h.WriteString(gohtml.EscapeString(s))
		return h
	}
	rules.HanRuns(s, func(run string, han bool) {
		if han {
			h.WriteString(`<span lang="zh-CN">` + gohtml.EscapeString(run) + "</span>")
		} else {
			h.WriteString(gohtml.EscapeString(run))
		}
	})
	return h
}

// elem writes an element holding text.
func (h *html) elem(tag, text string, attrs ...string) *html {
	return h.open(tag, attrs...).text(text).close(tag)
}

// when gives s if cond holds, else "": an attribute's name that is left out unless cond.
func when(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}
