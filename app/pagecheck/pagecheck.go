// Package pagecheck reads the text of a page as a person sees it, for the tests of the
// questionnaire's pages (app) and of the officers' forecast that the batch worker draws
// (batch): one reader for both, since both write the same languages the same way.
package pagecheck

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"baotou-widget/rules"
)

var (
	brokenText  = regexp.MustCompile(`%!|%[sdv]|\{[0-9a-z]+\}|NaN|<nil>|\bundefined\b`)
	spaceAfter  = regexp.MustCompile(`[元%‰] \p{Han}`)
	fullWidthEn = regexp.MustCompile(`[，。：；“”！？（）]`)
	tagOrText   = regexp.MustCompile(`<(/?)([a-zA-Z0-9]+)([^>]*)>|[^<]+`)
	langAttr    = regexp.MustCompile(`\blang="([^"]+)"`)
)

// quoting reports whether the text stands in a quotation of the policy, whose spacing is
// the policy's own.
func quoting(stack []openTag) bool {
	for _, o := range stack {
		if o.tag == "blockquote" {
			return true
		}
	}
	return false
}

// openTag is an element the text stands in, with its language.
type openTag struct{ tag, lang string }

// voidTags have no end tag.
var voidTags = map[string]bool{"input": true, "br": true, "img": true, "meta": true, "link": true, "hr": true, "path": true, "rect": true, "circle": true}

// Page reads the text a person sees in an HTML page in lang and refuses: a formatting
// error or an unfilled {name} or %s, a space between a unit and the Chinese after it, a
// repeated label, and in English, 万, full-width punctuation or Chinese that is not marked
// as Chinese (lang="zh-CN"), except in a select's options, which cannot hold markup.
func Page(t testing.TB, where string, lang rules.Lang, page string) {
	t.Helper()
	stack := []openTag{{"", string(lang)}}
	for _, m := range tagOrText.FindAllStringSubmatch(page, -1) {
		switch {
		case m[2] != "" && m[1] == "/":
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case m[2] != "":
			l := stack[len(stack)-1].lang
			if a := langAttr.FindStringSubmatch(m[3]); a != nil {
				l = a[1]
			}
			if !voidTags[strings.ToLower(m[2])] && !strings.HasSuffix(m[3], "/") {
				stack = append(stack, openTag{strings.ToLower(m[2]), l})
			}
		default:
			text := html.UnescapeString(m[0])
			if strings.TrimSpace(text) == "" || stack[len(stack)-1].tag == "script" || stack[len(stack)-1].tag == "style" {
				continue
			}
			top := stack[len(stack)-1]
			if brokenText.MatchString(text) {
				t.Errorf("%s: %q", where, text)
			}
			if strings.Contains(text, "解读：解读") || strings.Contains(text, "Reading: Reading") || strings.Contains(text, "自评 · 自评") {
				t.Errorf("%s: a repeated label in %q", where, text)
			}
			if top.lang == "zh" || top.lang == "zh-CN" {
				if spaceAfter.MatchString(text) && !quoting(stack) {
					t.Errorf("%s: a space after a unit in %q", where, text)
				}
				continue
			}
			if top.tag == "option" {
				continue
			}
			if fullWidthEn.MatchString(text) || strings.ContainsRune(text, '万') {
				t.Errorf("%s: English text %q holds full-width punctuation or 万", where, text)
			}
			for _, r := range text {
				if unicode.Is(unicode.Han, r) {
					t.Errorf("%s: Chinese not marked as such in English text %q (in <%s>)", where, text, top.tag)
					break
				}
			}
		}
	}
}
