package batch

import (
	"strings"

	"baotou-widget/rules"
)

// The columns of a batch are the answer fields of rules.Fields. A header names one by
// the questionnaire's wording in Chinese or English (rules.Question), which for an amount
// ends with its unit, "今年研发费用（万元）" or "（元）"; or by the field's path as in the
// answers contract, "rd.thisYear", whose amounts are in yuan unless a unit follows.

// langs are the languages a header or a word may be written in, Chinese first.
var langs = []rules.Lang{rules.Chinese, rules.English}

// column is what a header names: a field and the unit of its amounts, or (field nil) the
// organisation's name.
type column struct {
	field *rules.Field
	wan   bool
}

var (
	// headerFields maps a normalised header, its unit taken off, to the fields it may
	// name: more than one when a wording is shared by two questions.
	headerFields = map[string][]*rules.Field{}
	// nameHeaders are the headers of the name column.
	nameHeaders = map[string]bool{}
	// sharedWording counts the fields that ask with each wording, by language.
	sharedWording = map[rules.Lang]map[string]int{}
)

// units are the suffixes a header may end with, normalised, and whether each means 万元.
var units = []struct {
	suffix string
	wan    bool
}{
	{"(万元)", true}, {"(万)", true}, {"(10,000yuan)", true}, {"(10kyuan)", true}, {"(wan)", true},
	{"(元)", false}, {"(yuan)", false}, {"(rmb)", false}, {"(cny)", false},
}

func init() {
	for _, lang := range langs {
		sharedWording[lang] = map[string]int{}
		for _, f := range rules.Fields {
			sharedWording[lang][rules.Question(lang, f.Path)]++
		}
	}
	for i := range rules.Fields {
		f := &rules.Fields[i]
		addHeader(f.Path, f)
		for _, lang := range langs {
			addHeader(questionTitle(lang, f), f)
			addHeader(rules.Question(lang, f.Path), f)
			if former := rules.FormerQuestion(lang, f.Path); former != "" {
				// A template filled in before the question's wording changed still reads.
				addHeader(former, f)
			}
		}
	}
	for _, name := range []string{"名称", "企业名称", "机构名称", "单位名称", "企业", "name", "organisation", "organization", "company", zh.nameHeader, en.nameHeader} {
		nameHeaders[normalise(name)] = true
	}
}

func addHeader(header string, f *rules.Field) {
	key := normalise(header)
	for _, g := range headerFields[key] {
		if g == f {
			return
		}
	}
	headerFields[key] = append(headerFields[key], f)
}

// questionTitle is the questionnaire's wording of f in lang, led by its group's first
// question where two questions share it: both projects of 一 and 二 ask "申请支持金额".
func questionTitle(lang rules.Lang, f *rules.Field) string {
	q := rules.Question(lang, f.Path)
	if sharedWording[lang][q] < 2 {
		return q
	}
	group, _, _ := strings.Cut(f.Path, ".")
	for _, g := range rules.Fields {
		if strings.HasPrefix(g.Path, group+".") {
			return rules.Question(lang, g.Path) + " · " + q
		}
	}
	return q
}

// columnTitle is the header the template gives f in lang: its question and, for an
// amount, the template's unit (万元 in Chinese, as the questionnaire asks; yuan in English).
func columnTitle(lang rules.Lang, f *rules.Field) string {
	t := questionTitle(lang, f)
	if f.Kind == rules.KindAmount {
		t += catalog(lang).amountUnit
	}
	return t
}

// readHeader maps every header cell to its column, and lists what is wrong with the
// header row: a repeated or ambiguous column, or an amount without its unit. A column
// the template does not know (序号, 备注) is left out and named in unused; unless the
// header is not one (matched false: no row named the template's columns), whose
// unknown columns are wrong, so that the officer sees what the batch expected.
func readHeader(header []string, matched bool) (cols []*column, unused []string, bad []CellError) {
	cols = make([]*column, len(header))
	seen := map[*rules.Field]int{}
	nameAt := -1
	for i, h := range header {
		if h == "" {
			continue
		}
		cell := CellError{Column: columnLetter(i), Header: h, Value: h}
		key, wan, hasUnit := splitUnit(normalise(h))
		if nameHeaders[key] && !hasUnit {
			if nameAt >= 0 {
				cell.problem, cell.detail = problemDuplicateColumn, columnLetter(nameAt)
				bad = append(bad, cell)
				continue
			}
			nameAt, cols[i] = i, &column{}
			continue
		}
		fields := headerFields[key]
		switch {
		case len(fields) == 0 && matched:
			unused = append(unused, h)
			continue
		case len(fields) == 0:
			cell.problem = problemUnknownColumn
		case len(fields) > 1:
			cell.problem, cell.fields = problemAmbiguousColumn, fields
		case hasUnit && fields[0].Kind != rules.KindAmount:
			cell.problem = problemUnknownColumn
		case !hasUnit && fields[0].Kind == rules.KindAmount && key != normalise(fields[0].Path):
			cell.problem, cell.field = problemNeedUnit, fields[0]
		}
		if cell.problem != problemNone {
			bad = append(bad, cell)
			continue
		}
		f := fields[0]
		if j, ok := seen[f]; ok {
			cell.problem, cell.detail = problemDuplicateColumn, columnLetter(j)
			bad = append(bad, cell)
			continue
		}
		seen[f] = i
		cols[i] = &column{field: f, wan: wan}
	}
	return cols, unused, bad
}

// isHeader tells whether a row is the header: two of its cells or more, or all of them,
// name the template's columns (as readHeader reads them, rightly or not).
func isHeader(cells []string) bool {
	known, filled := 0, 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		filled++
		key, _, _ := splitUnit(normalise(c))
		if nameHeaders[key] || len(headerFields[key]) > 0 {
			known++
		}
	}
	return known >= 2 || known > 0 && known == filled
}

// splitUnit takes a unit off the end of a normalised header.
func splitUnit(h string) (rest string, wan, ok bool) {
	for _, u := range units {
		if rest, found := strings.CutSuffix(h, u.suffix); found {
			return rest, u.wan, true
		}
	}
	return h, false, false
}

// normalise folds what people and spreadsheets vary in a header or a word: full-width
// letters, digits and brackets become ASCII, spaces and quotation marks go, dashes and
// middle dots take one form, and Latin letters are lower case.
func normalise(s string) string {
	if isPlain(s) {
		return s // most cells: figures and codes
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0 // full-width ASCII
		}
		switch r {
		case ' ', '\t', '\n', '\r', '\u3000', '\u00a0', '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』':
			continue
		case '–', '—', '－':
			r = '-'
		case '・', '•', '‧', '･', '⋅':
			r = '·'
		case '【', '〔':
			r = '('
		case '】', '〕':
			r = ')'
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPlain reports whether normalise would leave s as it is.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c <= ' ' || c == '"' || c == '\'' || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// columnLetter names the i-th column (from 0) as a spreadsheet does: A … Z, AA, AB, ….
func columnLetter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}
