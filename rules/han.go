package rules

import (
	"unicode"
	"unicode/utf8"
)

// HanRuns calls run for each stretch of s, in order: the Chinese ones (han) and the
// others. English text quotes the policy's own terms in Chinese; a page marks those
// stretches as Chinese (lang="zh-CN"), so that a screen reader reads them in Chinese and
// the browser picks a Chinese font. The questionnaire's page and the officers' batch
// worker both write English this way.
func HanRuns(s string, run func(text string, han bool)) {
	for s != "" {
		i := indexHan(s, true)
		if i > 0 {
			run(s[:i], false)
		}
		s = s[i:]
		if s == "" {
			return
		}
		j := indexHan(s, false)
		run(s[:j], true)
		s = s[j:]
	}
}

// indexHan finds the first rune of s that is (han) or is not (!han) Chinese; punctuation
// inside a Chinese run (full-width, U+3000 and above) stays with it.
func indexHan(s string, han bool) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		chinese := unicode.Is(unicode.Han, r) || (!han && (unicode.In(r, unicode.Han, unicode.Punct) && r >= 0x3000))
		if chinese == han {
			return i
		}
		i += n
	}
	return len(s)
}
