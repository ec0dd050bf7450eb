package batch

import (
	"fmt"
	"strings"

	"baotou-widget/rules"
)

// Errors is everything wrong with a batch, one entry per bad row in the order of the
// file, so that an officer fixes them all in one pass. Nothing is assessed while any is
// left.
type Errors []RowError

// RowError is what is wrong in one row of the spreadsheet; Line 0 is the file as a whole.
type RowError struct {
	Line  int
	Cells []CellError
}

// CellError is one bad cell (or column, in the header row): where it is, what it holds
// and what is wrong with it.
type CellError struct {
	Column string // the spreadsheet's column letter, "D"; empty for the file as a whole
	Header string // the column's name as the file writes it
	Value  string // what the cell holds

	problem problem
	field   *rules.Field   // the column's field, for the words it allows
	fields  []*rules.Field // the fields an ambiguous column could mean
	detail  string         // a column letter or a reader's own message
}

func (e Errors) Error() string { return strings.Join(e.Lines(rules.English), "\n") }

// Lines renders every bad row as one line in lang: "第 3 行：D 列“今年研发费用（万元）”：
// “12,0x” 不是金额".
func (e Errors) Lines(lang rules.Lang) []string {
	lines := make([]string, len(e))
	for i, r := range e {
		lines[i] = r.Message(lang)
		if r.Line > 0 {
			lines[i] = fmt.Sprintf(catalog(lang).row, r.Line) + ": " + lines[i]
		}
	}
	return lines
}

// Message renders the row's problems in lang, without the row's number.
func (r RowError) Message(lang rules.Lang) string {
	m := catalog(lang)
	parts := make([]string, len(r.Cells))
	for i := range r.Cells {
		parts[i] = r.Cells[i].Message(lang)
	}
	return strings.Join(parts, m.join)
}

// Message renders one cell's problem in lang.
func (c *CellError) Message(lang rules.Lang) string {
	m := catalog(lang)
	var where []string
	switch {
	case c.Header != "":
		where = append(where, fmt.Sprintf(m.cell, c.Column, c.Header))
	case c.Column != "":
		where = append(where, fmt.Sprintf(m.column, c.Column))
	}
	if c.Value != "" && c.Column != "" && c.problem != problemUnknownColumn && c.problem != problemDuplicateColumn &&
		c.problem != problemAmbiguousColumn && c.problem != problemNeedUnit {
		where = append(where, fmt.Sprintf(m.value, c.Value))
	}
	text := c.text(m, lang)
	if len(where) == 0 {
		return text
	}
	return strings.Join(where, ": ") + ": " + text
}

// text is the problem alone, with the figures or words it names.
func (c *CellError) text(m *messages, lang rules.Lang) string {
	switch c.problem {
	case problemCSVSyntax, problemXLSXBroken, problemDuplicateColumn:
		return m.text(c.problem, c.detail)
	case problemAmbiguousColumn:
		names := make([]string, len(c.fields))
		for i, f := range c.fields {
			names[i] = fmt.Sprintf(m.value, columnTitle(lang, f))
		}
		return m.text(c.problem, strings.Join(names, m.listSep))
	case problemNeedUnit:
		q := questionTitle(lang, c.field)
		return m.text(c.problem, q, q)
	case problemNotWord:
		words := allowedWords(lang, c.field)
		if len(words) > maxWordsInMessage {
			return m.text(problemNotWordLong)
		}
		return m.text(c.problem, strings.Join(words, m.listSep))
	}
	return m.text(c.problem)
}

// maxWordsInMessage is how many allowed words a message lists before it points to the
// template's explanation sheet instead.
const maxWordsInMessage = 12

// fileError is a problem with the file as a whole.
func fileError(p problem, detail string) Errors {
	return Errors{{Cells: []CellError{{problem: p, detail: detail}}}}
}
