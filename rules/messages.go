package rules

import (
	"strconv"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
)

// Lang is a language the widget speaks.
type Lang string

// The languages: Chinese is the reference, English complete beside it.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// ParseLang reads "zh" or "en"; anything else is Chinese, the default.
func ParseLang(s string) Lang {
	if strings.HasPrefix(strings.ToLower(s), "en") {
		return English
	}
	return Chinese
}

// Msg is one sentence of an explanation: a sentence of the catalog and the figures it
// names. It is rendered in a language only when shown, so that Assess stays free of
// language. A Msg is made only by the constructors in reasons.go, one per sentence, whose
// parameters say what each figure is (an amount, a count, a term): the compiler, not a
// format verb, decides how a figure is written, so a count can never land where a name
// belongs. The zero Msg names no sentence, and check refuses it.
type Msg struct {
	id   msgID
	args []arg
}

// msgID names a sentence of the catalogs; 0 is no sentence.
type msgID uint8

// arg is one figure of a sentence, typed by what it is; it writes itself (see render).
type arg struct {
	d    decimal.Decimal // an amount of yuan, or a ratio
	key  string          // a catalog term; several joined by termSep
	n    int32
	kind argKind
}

// termSep joins the keys of several terms in one figure: no key holds it.
const termSep = "\x00"

type argKind uint8

const (
	argMoney   argKind = iota + 1 // yuan, written as the page writes money
	argExact                      // yuan compared or in brackets: one figure, exact as shown
	argPercent                    // a ratio as a percentage truncated to two decimals (6.00%)
	argRate                       // a policy rate as briefly as it allows (3%, 5‰)
	argCount                      // a whole number
	argTerm                       // one catalog term, or "not given" for ""
	argTerms                      // catalog terms, joined
)

func money(d decimal.Decimal) arg        { return arg{kind: argMoney, d: d} }
func exact(d decimal.Decimal) arg        { return arg{kind: argExact, d: d} }
func percent(d decimal.Decimal) arg      { return arg{kind: argPercent, d: d} }
func rate(d decimal.Decimal) arg         { return arg{kind: argRate, d: d} }
func count(n int) arg                    { return arg{kind: argCount, n: int32(n)} }
func term(key string) arg                { return arg{kind: argTerm, key: key} }
func terms(keys []string) arg            { return arg{kind: argTerms, key: strings.Join(keys, termSep)} }
func sentence(id msgID, args ...arg) Msg { return Msg{id: id, args: args} }

// Mark says what a reason does for the result.
type Mark int

// The marks of reasons.
const (
	Met   Mark = iota // a test that passed
	Unmet             // a test that failed
	Note              // a figure or remark that explains the amount
)

// Reason is one line of an item's explanation.
type Reason struct {
	Mark Mark
	Msg  Msg
}

// Text renders m in lang: each {n} of the sentence is the n-th figure, written by its kind.
func (m Msg) Text(lang Lang) string {
	c := catalog(lang)
	tmpl := c.text[m.id]
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		if n, ok := placeholderAt(tmpl, i); ok && n < len(m.args) {
			b.WriteString(c.render(m.args[n]))
			i += 2
			continue
		}
		b.WriteByte(tmpl[i])
	}
	return Current.Fill(lang, b.String())
}

// placeholderAt reads a {1} … {9} at i of a sentence, as the index of its figure.
func placeholderAt(tmpl string, i int) (int, bool) {
	if i+2 >= len(tmpl) || tmpl[i] != '{' || tmpl[i+2] != '}' || tmpl[i+1] < '1' || tmpl[i+1] > '9' {
		return 0, false
	}
	return int(tmpl[i+1] - '1'), true
}

// Text renders the reason in lang, without its mark.
func (r Reason) Text(lang Lang) string { return r.Msg.Text(lang) }

// render writes one figure of a sentence.
func (c *messages) render(a arg) string {
	switch a.kind {
	case argMoney:
		return c.money(a.d)
	case argExact:
		return c.exact(a.d)
	case argPercent:
		return formatPercent(a.d)
	case argRate:
		return c.rate(a.d)
	case argCount:
		return strconv.Itoa(int(a.n))
	case argTerm:
		return c.term(a.key)
	case argTerms:
		keys := strings.Split(a.key, termSep)
		for i, k := range keys {
			keys[i] = c.term(k)
		}
		return strings.Join(keys, c.listSep)
	}
	return "" // a figure the sentence does not have; the catalog tests refuse such a sentence
}

func (c *messages) term(key string) string {
	if key == "" {
		return c.none
	}
	if t, ok := c.index().terms[key]; ok {
		return t
	}
	return key
}

// Term gives the name of an item, enum value or field in lang: Term(Chinese, "m6.rd_growth")
// is "研发费用增量补助".
func Term(lang Lang, key string) string { return Current.Fill(lang, catalog(lang).term(key)) }

// Question gives the questionnaire's wording of the answer field at path in lang: how the
// page asks it and how a spreadsheet's column may name it.
func Question(lang Lang, path string) string {
	return Current.Fill(lang, catalog(lang).index().questions[path])
}

// FormerQuestion gives the wording an earlier version gave the question at path in lang,
// or "": a spreadsheet headed from an older template still names its columns so.
func FormerQuestion(lang Lang, path string) string {
	return catalog(lang).index().formerQuestions[path]
}

// Title gives an item's name in lang.
func Title(lang Lang, id ItemID) string { return Term(lang, string(id)) }

// ReadingText gives the part of Reading n of spec/rules.md that concerns item id, in lang,
// led by its number: "解读 7：…". A Reading that speaks of several items (8 names four
// qualities the department judges) shows each item only its own part.
func ReadingText(lang Lang, n int, id ItemID) string {
	c := catalog(lang)
	text := c.readings[n]
	for _, key := range []string{string(id), string(id)[:2]} {
		if part, ok := c.index().readingParts[strconv.Itoa(n)+"/"+key]; ok {
			text = part
			break
		}
	}
	return c.readingLabel + " " + strconv.Itoa(n) + c.labelSep + Current.Fill(lang, text)
}

// FinalSay is the note that the zone's department interprets the policy (附则二), shown
// once with the readings of an item.
func FinalSay(lang Lang) string { return catalog(lang).finalSay }

// MarkText gives the sign of a mark (✓, ✗, ·).
func MarkText(m Mark) string { return [...]string{"✓", "✗", "·"}[m] }

// ClauseNumeral gives the clause number of measure n as the policy writes it (六).
func ClauseNumeral(n int) string {
	return [...]string{"", "一", "二", "三", "四", "五", "六", "七", "八"}[n]
}

// ClauseNo gives the number of measure n as a reader of lang counts: 六 in Chinese, 6 in
// English.
func ClauseNo(lang Lang, n int) string {
	if lang == English {
		return strconv.Itoa(n)
	}
	return ClauseNumeral(n)
}

// MeasureTitle gives the title of measure n (1 … 8) in lang: the questionnaire heads its
// cards with it, the officers' forecast its rows.
func MeasureTitle(lang Lang, n int) string { return Term(lang, "m"+strconv.Itoa(n)) }

// ReadingCount is the number of Readings in spec/rules.md.
const ReadingCount = 15

// messages is one language's catalog: every sentence the rules say, in one place. The
// sentences are an array indexed by msgID, static data rather than code.
type messages struct {
	text         [msgCount]string
	problems     [problemCount]string
	readings     [ReadingCount + 1]string // 1 … ReadingCount
	readingParts words                    // "8/m4.concept_center" or "8/m6": the part for an item or a measure
	readingLabel string
	labelSep     string
	finalSay     string
	terms        words
	questions    words
	// formerQuestions are wordings of earlier versions, still read as column headers.
	formerQuestions words
	indexOnce       sync.Once
	indexed         indexes
	money           func(decimal.Decimal) string
	exact           func(decimal.Decimal) string // one figure that is right as shown, never bracketed
	rate            func(decimal.Decimal) string
	none            string
	listSep         string
}

// words are a catalog's named texts, written as a list: static data in the program,
// where a map literal would be code that fills it at start.
type words []struct{ key, text string }

// indexes are the lists of words as maps, made on first use.
type indexes struct{ terms, questions, formerQuestions, readingParts map[string]string }

func (c *messages) index() *indexes {
	c.indexOnce.Do(func() {
		c.indexed = indexes{index(c.terms), index(c.questions), index(c.formerQuestions), index(c.readingParts)}
	})
	return &c.indexed
}

func index(ws words) map[string]string {
	m := make(map[string]string, len(ws))
	for _, w := range ws {
		m[w.key] = w.text
	}
	return m
}

func catalog(lang Lang) *messages {
	if lang == English {
		return &english
	}
	return &chinese
}

// Equal reports whether two sentences say the same with the same figures.
func (m Msg) Equal(o Msg) bool {
	if m.id != o.id || len(m.args) != len(o.args) {
		return false
	}
	for i, a := range m.args {
		b := o.args[i]
		if a.kind != b.kind || a.key != b.key || a.n != b.n || !a.d.Equal(b.d) {
			return false
		}
	}
	return true
}
