package batch

import (
	gohtml "html"
	"strings"
	"testing"

	"baotou-widget/rules"
)

// FuzzHTMLText: whatever a cell or a name holds, the page's HTML carries it as text: in an
// attribute and in an element, in both languages, nothing of it can close the attribute
// or open a tag, and the browser reads back exactly what was written. The questionnaire's
// raw HTML (app) uses the same escaper, the standard library's.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"", "磁材公司", `"><script>alert(1)</script>`, "a'b", "&amp;", "&#39;", "R&D 研发 <b>", "\x00\xff", "]]>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []rules.Lang{rules.Chinese, rules.English} {
			h := &html{lang: lang}
			h.elem("p", s, "title", s)
			out := h.String()
			rest, ok := strings.CutPrefix(out, `<p title="`)
			attr, text, ok2 := strings.Cut(rest, `">`)
			text, ok3 := strings.CutSuffix(text, "</p>")
			if !ok || !ok2 || !ok3 {
				t.Fatalf("%s: %q written as %q", lang, s, out)
			}
			text = strings.ReplaceAll(strings.ReplaceAll(text, `<span lang="zh-CN">`, ""), "</span>", "")
			for _, part := range []string{attr, text} {
				if strings.ContainsAny(part, `<>"'`) {
					t.Errorf("%s: %q written as %q: markup left in the text", lang, s, out)
				}
				if gohtml.UnescapeString(part) != s {
					t.Errorf("%s: %q written as %q reads back as %q", lang, s, out, gohtml.UnescapeString(part))
				}
			}
		}
	})
}
