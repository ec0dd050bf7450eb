package batch

import (
	"strings"

	"baotou-widget/rules"
)

// The words a cell may hold. An enum or a list takes its contract's codes ("enterprise")
// and the names the rules' catalog gives them in either language ("企业", and the
// field-qualified "首次认定的" of hte.first); an item already rewarded above is named as
// the questionnaire lists it ("三 · 新备案自治区重点实验室"), by its title alone, or by its id.

var (
	// fieldWords maps each enum or list field's path to its words, normalised, and the
	// value each means.
	fieldWords = map[string]map[string]string{}
	// boolWords are the ways a spreadsheet says yes or no.
	boolWords = map[string]bool{}
	// emptyWords say "nothing here" in any column: a spreadsheet's "-" for zero, "空".
	emptyWords = map[string]bool{"": true, "空": true, "-": true, "/": true}
)

func init() {
	for _, w := range []string{"是", "有", "对", "√", "✓", "✔", "☑", "1", "true", "yes", "y"} {
		boolWords[normalise(w)] = true
	}
	for _, w := range []string{"否", "无", "不是", "错", "×", "✗", "✘", "☐", "0", "false", "no", "n", "空", "-", "/"} {
		boolWords[normalise(w)] = false
	}
	for i := range rules.Fields {
		f := &rules.Fields[i]
		if f.Kind != rules.KindEnum && f.Kind != rules.KindList {
			continue
		}
		words, ambiguous := map[string]string{}, map[string]bool{}
		for _, v := range f.Values {
			for _, w := range valueWords(f, v) {
				for _, key := range wordKeys(w) {
					if prev, ok := words[key]; ok && prev != v {
						ambiguous[key] = true
					}
					words[key] = v
				}
			}
		}
		for key := range ambiguous {
			delete(words, key) // a word two values share names neither
		}
		fieldWords[f.Path] = words
	}
}

// shortWords are what officers write for a choice whose name in the catalog is a phrase
// ("引进的有效期内高新技术企业"), by field path and value: the words do not change when the
// questionnaire's wording does, so a template filled last year still reads.
var shortWords = map[string][]string{
	"techSME.first":  {"首次备案", "首次", "first filing"},
	"techSME.repeat": {"再次备案", "再次", "repeat filing"},
	"hte.introduced": {"新引进", "引进", "introduced"},
	"hte.first":      {"首次认定", "首次", "first recognised"},
	"hte.renewed":    {"再次认定", "重新认定", "re-recognised"},
}

// valueWords are the ways to write value v of field f: its code, its names and the
// short words officers use.
func valueWords(f *rules.Field, v string) []string {
	words := append([]string{v}, shortWords[f.Path+"."+v]...)
	for _, lang := range langs {
		words = append(words, valueName(lang, f, v))
		if t := rules.Term(lang, f.Path+"."+v); t != f.Path+"."+v {
			words = append(words, t)
		}
		if t := rules.Term(lang, v); t != v {
			words = append(words, t)
		}
		if isItem(f) {
			words = append(words, itemName(lang, rules.ItemID(v)))
		}
	}
	return words
}

// valueName is how the template names value v of f in lang: the catalog's name of it
// under this field ("hte.first": 首次认定的) or on its own ("enterprise": 企业), and for an
// item, its clause and title. A Chinese attribute's "的" is left off: 首次认定.
func valueName(lang rules.Lang, f *rules.Field, v string) string {
	if isItem(f) {
		return itemName(lang, rules.ItemID(v))
	}
	name := rules.Term(lang, f.Path+"."+v)
	if name == f.Path+"."+v {
		name = rules.Term(lang, v)
	}
	return strings.TrimSuffix(name, "的")
}

// itemName is an item as the questionnaire lists it: "三 · 新备案自治区重点实验室", and
// in English "3 · …".
func itemName(lang rules.Lang, id rules.ItemID) string {
	return rules.ClauseNo(lang, measureOf(id)) + " · " + rules.Title(lang, id)
}

// measureOf is the clause of an item, from its id ("m3.region_key_lab" is 3).
func measureOf(id rules.ItemID) int { return int(id[1] - '0') }

// isItem reports whether f's values are item ids.
func isItem(f *rules.Field) bool { return f.Path == "higherLevelRewarded" }

// wordKeys are the normalised forms a word is found by: as it is, without a trailing
// "的", without a bracketed remark ("新引进（有效期内）的" is also 新引进), and without the
// catalog's "this year", which a spreadsheet of this year's figures leaves out.
func wordKeys(w string) []string {
	key := normalise(w)
	if bare := strings.TrimSuffix(strings.TrimPrefix(key, "今年"), "thisyear"); bare != "" {
		key = bare
	}
	keys := []string{normalise(w), key, strings.TrimSuffix(key, "的")}
	if open := strings.IndexByte(key, '('); open > 0 {
		if end := strings.IndexByte(key[open:], ')'); end > 0 {
			keys = append(keys, strings.TrimSuffix(key[:open]+key[open+end+1:], "的"))
		}
	}
	return keys
}

// word finds the value a cell's word means in f, by the same forms as the words were
// stored: "再次认定的" and "新引进（有效期内）" find their values however the catalog words them.
func word(f *rules.Field, cell string) (string, bool) {
	words := fieldWords[f.Path]
	for _, key := range wordKeys(cell) {
		if v, ok := words[key]; ok {
			return v, true
		}
	}
	return "", false
}

// allowedWords lists the template's names of f's values in lang, for the explanation
// sheet and for messages.
func allowedWords(lang rules.Lang, f *rules.Field) []string {
	words := make([]string, len(f.Values))
	for i, v := range f.Values {
		words[i] = valueName(lang, f, v)
	}
	return words
}

// listSeparators split a list's members: semicolons and commas in either width, a
// vertical bar, a line break. The enumeration comma 、 is handled apart, as it is also
// part of some names ("四 · 中试平台、熟化基地").
var listSeparators = strings.NewReplacer("；", ";", ",", ";", "，", ";", "|", ";", "\n", ";")

// listValues reads a list cell into values; ok is false at the first word that is none.
func listValues(f *rules.Field, cell string) ([]string, bool) {
	var values []string
	for _, part := range strings.Split(listSeparators.Replace(cell), ";") {
		// Join the pieces between enumeration commas until they make a word.
		pending := ""
		for _, piece := range strings.Split(part, "、") {
			if pending != "" {
				pending += "、"
			}
			pending += piece
			if v, ok := word(f, pending); ok {
				values = append(values, v)
				pending = ""
			}
		}
		if !emptyWords[normalise(pending)] {
			return nil, false
		}
	}
	return values, true
}
