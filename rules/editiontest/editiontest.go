// Package editiontest is for tests only: an edition of the measures with every figure
// moved, and a finder of the real edition's figures in text. A test that shows its page,
// chart, briefing, template or forecast with the moved edition and still finds a figure
// of the real one has found a figure kept outside the edition.
package editiontest

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/examples"
)

// Moved is a copy of the edition in force with every figure moved: amounts and rates
// times 1.9 (no moved figure equals a real one), years two more; its text and English
// rendering replaced by a sentence that names no figure.
func Moved() *rules.Edition {
	e := *rules.Current
	move(reflect.ValueOf(&e).Elem())
	for n := range e.Clauses {
		e.Clauses[n] = rules.Clause{Heading: e.Clauses[n].Heading, Paragraphs: []string{"（测试版本的条款原文）"}}
		e.English[n] = "(the test edition's text)"
	}
	return &e
}

var factor = decimal.RequireFromString("1.9")

// move changes every Param under v, copying the slices that hold them so that the real
// edition keeps its own.
func move(v reflect.Value) {
	switch {
	case v.Type() == reflect.TypeFor[rules.Param]():
		p := v.Addr().Interface().(*rules.Param)
		if p.Unit == rules.Years {
			p.Value = p.Value.Add(decimal.NewFromInt(2))
		} else {
			p.Value = p.Value.Mul(factor)
		}
	case v.Kind() == reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				move(v.Field(i))
			}
		}
	case v.Kind() == reflect.Slice && v.Len() > 0 && v.Index(0).Kind() == reflect.Struct:
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		v.Set(c)
		for i := 0; i < v.Len(); i++ {
			move(v.Index(i))
		}
	}
}

// Finder finds the real edition's figures as the program writes them in either language:
// an amount as the page writes money (500 万元, 1,000 万元, RMB 5,000,000) or as the policy
// does (5000 万), a rate (3%, 5‰, 0.5%), a number of years in the phrases that state one
// (连续 3 年, 1–3, 有效期 2 年, 2 years).
type Finder struct {
	forms []string // each figure as written, looked for first: a regexp without a literal prefix scans slowly
	res   []*regexp.Regexp
	names []string
}

// NewFinder finds the figures of edition e, except those equal to one of the amounts
// given: an organisation's own figures (an example's 5000 万元 of contracts) are not the
// policy's.
func NewFinder(e *rules.Edition, own ...decimal.Decimal) *Finder {
	f := &Finder{}
	for _, p := range e.Params() {
		if isOwn(p.Value, own) {
			continue
		}
		v := p.Value
		var forms []string
		switch p.Unit {
		case rules.Yuan:
			wan := v.Div(decimal.NewFromInt(10000))
			forms = []string{rules.Money(rules.Chinese, v), wan.String() + " 万", wan.String() + "万"}
			if !wan.Equal(decimal.NewFromInt(1)) { // RMB 10,000 is also English's name of the unit 万元
				forms = append(forms, rules.Money(rules.English, v))
			}
		case rules.Ratio:
			forms = []string{v.Mul(decimal.NewFromInt(100)).String() + "%", v.Mul(decimal.NewFromInt(1000)).String() + "‰"}
		case rules.Years:
			n := v.String()
			forms = []string{"连续 " + n + " 年", "1 至 " + n, "1–" + n, "1 to " + n, "有效期 " + n + " 年", "起 " + n + " 年", n + " years", n + " consecutive"}
		}
		for _, form := range forms {
			f.forms = append(f.forms, form)
			f.res = append(f.res, regexp.MustCompile(`(^|[^0-9.,])`+regexp.QuoteMeta(form)+`($|[^0-9.,]|[.,]($|[^0-9]))`))
			f.names = append(f.names, p.Name+" as "+strconv.Quote(form))
		}
	}
	return f
}

// Amounts are the amounts of a set of answers and the R&D increase they make, for
// NewFinder to leave alone.
func Amounts(a rules.Answers) []decimal.Decimal {
	out := []decimal.Decimal{a.RD.ThisYear.Sub(a.RD.LastYear)}
	for i := range rules.Fields {
		if f := &rules.Fields[i]; f.Kind == rules.KindAmount {
			out = append(out, *f.Amount(&a))
		}
	}
	return out
}

func isOwn(v decimal.Decimal, own []decimal.Decimal) bool {
	for _, o := range own {
		if o.Equal(v) {
			return true
		}
	}
	return false
}

// Find lists the real figures text holds, each with the words around it.
func (f *Finder) Find(text string) []string {
	var out []string
	for i, re := range f.res {
		if !strings.Contains(text, f.forms[i]) {
			continue
		}
		if loc := re.FindStringIndex(text); loc != nil {
			out = append(out, f.names[i]+" in …"+around(text, loc[0], loc[1])+"…")
		}
	}
	return out
}

// around is text near [i, j), whole characters.
func around(text string, i, j int) string {
	i, j = max(i-60, 0), min(j+60, len(text))
	for i > 0 && !utf8Start(text[i]) {
		i--
	}
	for j < len(text) && !utf8Start(text[j]) {
		j++
	}
	return strings.ReplaceAll(text[i:j], "\n", " ")
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// PutInForce puts the moved edition in force for the rest of test t, and gives the real
// edition and the moved one.
func PutInForce(t testing.TB) (real, moved *rules.Edition) {
	real, moved = rules.Current, Moved()
	rules.Current = moved
	t.Cleanup(func() { rules.Current = real })
	return real, moved
}

// Check reports in t every figure of the real edition that find finds in text, and a
// figure the edition in force does not have.
func Check(t testing.TB, where, text string, find *Finder) {
	t.Helper()
	for _, f := range find.Find(text) {
		t.Errorf("%s: %s", where, f)
	}
	if strings.Contains(text, "{M") || strings.Contains(text, "{V") {
		t.Errorf("%s: a figure the edition does not have", where)
	}
}

// Examples are the example organisations' answers, by name.
func Examples(t testing.TB) map[string]rules.Answers {
	t.Helper()
	out := map[string]rules.Answers{}
	for _, name := range examples.Names() {
		data, err := examples.Answers(name)
		if err != nil {
			t.Fatal(err)
		}
		if out[name], err = rules.Decode(data); err != nil {
			t.Fatal(err)
		}
	}
	return out
}
