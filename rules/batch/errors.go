package batch

import (
	"fmt"
	"strconv"
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

// Rows is how many rows of the file are bad: a problem with the whole file is none.
func (e Errors) Rows() int {
	n := 0
	for _, r := range e {
		if r.Line > 0 {
			n++
		}
	}
	return n
}

// maxListed is how many bad rows are listed one by one: all of a file's scattered
// mistakes, to fix in one pass, and few enough for the page to draw at once.
const maxListed = 200

// groupFrom is how many rows must share a problem (the same column, value and problem)
// for it to be said once for them all, with how many rows have it.
const groupFrom = 5

// groupLines is how many of a group's rows its line names.
const groupLines = 3

// listing is the bad rows as they are said: the problems many rows share, once each;
// then the rows left, each with its other problems, at most maxListed of them; then how
// many more there are.
type listing struct {
	groups []errorGroup
	rows   Errors
	more   int
}

// errorGroup is a problem that rows share: the first one, their lines, how many.
type errorGroup struct {
	cell  CellError
	lines []int
	count int
}

func (e Errors) listing() listing {
	type key struct {
		column, value string
		problem       problem
	}
	keyOf := func(c *CellError) key { return key{c.Column, c.Value, c.problem} }
	counts := map[key]int{}
	for _, r := range e {
		for i := range r.Cells {
			if r.Line > 0 {
				counts[keyOf(&r.Cells[i])]++
			}
		}
	}
	var l listing
	at := map[key]int{} // a group's index in l.groups
	for _, r := range e {
		var rest []CellError
		for _, c := range r.Cells {
			k := keyOf(&c)
			if r.Line == 0 || counts[k] < groupFrom {
				rest = append(rest, c)
				continue
			}
			i, ok := at[k]
			if !ok {
				i, at[k] = len(l.groups), len(l.groups)
				l.groups = append(l.groups, errorGroup{cell: c})
			}
			g := &l.groups[i]
			if g.count++; len(g.lines) < groupLines {
				g.lines = append(g.lines, r.Line)
			}
		}
		switch {
		case rest == nil:
		case len(l.rows) == maxListed:
			l.more++
		default:
			l.rows = append(l.rows, RowError{Line: r.Line, Cells: rest})
		}
	}
	return l
}

// message says a group's problem in lang, with how many rows have it, and which.
func (g *errorGroup) message(lang rules.Lang) string {
	m := catalog(lang)
	lines := make([]string, len(g.lines))
	for i, n := range g.lines {
		lines[i] = strconv.Itoa(n)
	}
	return fmt.Sprintf(m.group, count(g.count), strings.Join(lines, m.listSep)) + ": " + g.cell.Message(lang)
}

// Lines renders the bad rows as lines in lang (see listing): "第 3 行: D 列“今年研发费用
// （万元）”: “12,0x”: 不是金额".
func (e Errors) Lines(lang rules.Lang) []string {
	l := e.listing()
	var lines []string
	for i := range l.groups {
		lines = append(lines, l.groups[i].message(lang))
	}
	for _, r := range l.rows {
		line := r.Message(lang)
		if r.Line > 0 {
			line = fmt.Sprintf(catalog(lang).row, r.Line) + ": " + line
		}
		lines = append(lines, line)
	}
	if l.more > 0 {
		lines = append(lines, fmt.Sprintf(catalog(lang).more, count(l.more)))
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
		where = append(where, fmt.Sprintf(m.cell, c.Column, cut(c.Header)))
	case c.Column != "":
		where = append(where, fmt.Sprintf(m.column, c.Column))
	}
	if c.Value != "" && c.Column != "" && c.problem != problemUnknownColumn && c.problem != problemDuplicateColumn &&
		c.problem != problemAmbiguousColumn && c.problem != problemNeedUnit {
		where = append(where, fmt.Sprintf(m.value, cut(c.Value)))
	}
	text := c.text(m, lang)
	if len(where) == 0 {
		return text
	}
	return strings.Join(where, ": ") + ": " + text
}

// text is the problem alone, with the figures or words it names.
func (c *CellError) text(m *messages, lang rules.Lang) string {
	if limit, ok := limitOf[c.problem]; ok {
		return m.text(c.problem, count(limit))
	}
	switch c.problem {
	case problemCSVSyntax, problemXLSXBroken, problemDuplicateColumn:
		return m.text(c.problem, cut(c.detail))
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

// maxQuoted is how many characters of a cell a message quotes: enough to find it.
const maxQuoted = 40

// cut shortens a text a message quotes to maxQuoted characters and an ellipsis.
func cut(s string) string {
	n := 0
	for i := range s {
		if n == maxQuoted {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// maxWordsInMessage is how many allowed words a message lists before it points to the
// template's explanation sheet instead.
const maxWordsInMessage = 12

// fileError is a problem with the file as a whole.
func fileError(p problem, detail string) Errors {
	return Errors{{Cells: []CellError{{problem: p, detail: detail}}}}
}
