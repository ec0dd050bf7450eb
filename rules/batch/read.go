package batch

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/input"
)

// Row is one organisation of a batch: its row in the spreadsheet, its name (empty when
// the file has no name column) and its answers.
type Row struct {
	Line    int
	Name    string
	Answers rules.Answers
}

// Stage is a step of a batch that reports its progress.
type Stage int

// The stages, in the order they run.
const (
	StageCheck  Stage = iota // reading every cell into answers
	StageAssess              // assessing every organisation
)

// Progress is told, now and then, how many rows of total a stage has done. Nil is quiet.
type Progress func(stage Stage, done, total int)

// progressEvery is how many rows pass between two reports: often enough for a smooth
// bar, rarely enough to cost nothing.
const progressEvery = 250

func (p Progress) report(stage Stage, done, total int) {
	if p != nil && (done%progressEvery == 0 || done == total) {
		p(stage, done, total)
	}
}

// Input is what a batch reads from a file: every organisation, and where in the file.
type Input struct {
	Rows []Row
	Source
}

// Source says where in its file a batch found the organisations, so that the page can
// say it: the sheet and the header row read, the sheets passed over, and the columns
// the template does not know, which were left out.
type Source struct {
	Sheet      string // empty for a CSV
	HeaderLine int
	Skipped    []SkippedSheet
	Unused     []string // the headers of the columns left out
}

// Read reads a spreadsheet (see ReadSheet) and every organisation in it. Anything wrong,
// in the file, its header or any cell, gives Errors that list every bad row, and no rows.
func Read(data []byte, progress Progress) (*Input, error) {
	s, err := ReadSheet(data)
	if err != nil {
		return nil, err
	}
	return s.Decode(progress)
}

// Decode reads every row of the sheet into answers, as Read does.
func (s *Sheet) Decode(progress Progress) (*Input, error) {
	cols, unused, headerErrs := readHeader(s.Header, s.matched)
	in := &Input{Source: Source{Sheet: s.Name, HeaderLine: s.HeaderLine, Skipped: s.Skipped, Unused: unused}}
	var errs Errors
	stray := map[int]bool{}
	rows := make([]Row, len(s.Rows))
	for i, r := range s.Rows {
		row := &rows[i]
		row.Line = r.Line
		var bad []CellError
		for j, cell := range r.Cells {
			switch {
			case j >= len(cols) || s.Header[j] == "":
				if cell != "" {
					stray[j] = true
				}
			case cols[j] == nil: // a column left out, or a bad one, reported once in the header row
			case slices.Contains(r.NoResult, j):
				bad = append(bad, CellError{Column: columnLetter(j), Header: s.Header[j], problem: problemNoResult})
			case cols[j].field == nil:
				row.Name = cell
			case cell == "":
				// Not given: the answers' zero value. Most cells of a filled template are.
			default:
				if p := setCell(&row.Answers, cols[j], cell); p != problemNone {
					bad = append(bad, CellError{Column: columnLetter(j), Header: s.Header[j], Value: cell, problem: p, field: cols[j].field})
				}
			}
		}
		if bad != nil {
			errs = append(errs, RowError{Line: r.Line, Cells: bad})
		}
		progress.report(StageCheck, i+1, len(s.Rows))
	}
	for _, j := range slices.Sorted(maps.Keys(stray)) {
		headerErrs = append(headerErrs, CellError{Column: columnLetter(j), problem: problemStrayCell})
	}
	if headerErrs != nil {
		errs = append(Errors{{Line: s.HeaderLine, Cells: headerErrs}}, errs...)
	}
	if errs != nil {
		return nil, errs
	}
	in.Rows = rows
	return in, nil
}

// setCell stores one cell's text in a, read as col's field and unit, or says what is
// wrong with it. What it stores has passed the answers contract's own checks.
func setCell(a *rules.Answers, col *column, cell string) problem {
	f := col.field
	key := normalise(cell)
	text := ""
	switch f.Kind {
	case rules.KindBool:
		yes, ok := boolWords[key]
		if !ok {
			if !emptyWords[key] {
				return problemNotBool
			}
		}
		text = strconv.FormatBool(yes)
	case rules.KindEnum:
		v, ok := word(f, cell)
		if !ok && !emptyWords[key] {
			return problemNotWord
		}
		text = v
	case rules.KindList:
		values, ok := listValues(f, cell)
		if !ok {
			return problemNotWord
		}
		text = strings.Join(values, ";")
	case rules.KindAmount:
		if emptyWords[key] {
			break
		}
		v, p := amount(cell, col.wan)
		if p != problemNone {
			return p
		}
		text = v.String()
	case rules.KindCount, rules.KindYear:
		if emptyWords[key] {
			break
		}
		n, p := whole(cell)
		switch {
		case p == problemNotAmount:
			return problemNotWhole
		case (p == problemNegative || p == problemCountRange) && f.Kind == rules.KindYear:
			return problemYearRange
		case p == problemNegative:
			return problemCountRange
		case p != problemNone:
			return p
		}
		text = strconv.FormatInt(n, 10)
	}
	if err := rules.SetText(a, f, text); err != nil {
		return contractProblem[err.(*rules.FieldError).Problem]
	}
	return problemNone
}

// contractProblem words what the answers contract refuses in a spreadsheet's terms;
// the checks above leave only ranges for it to refuse.
var contractProblem = map[rules.Problem]problem{
	rules.ProblemNotBool:    problemNotBool,
	rules.ProblemNotEnum:    problemNotWord,
	rules.ProblemNotAmount:  problemNotAmount,
	rules.ProblemTooLarge:   problemTooLarge,
	rules.ProblemNotCount:   problemNotWhole,
	rules.ProblemCountRange: problemCountRange,
	rules.ProblemNotYear:    problemYearRange,
}

// amount reads a money cell in yuan as the questionnaire reads a typed figure
// (input.ParseMoney): a cell may name its own unit (120万, 1200000元), which wins over the
// column's, and a spreadsheet may write a large number with an exponent (1.2E+07); a cell
// the questionnaire would refuse ("1,2", "1200,5") is a bad row, never another number.
func amount(cell string, wan bool) (decimal.Decimal, problem) {
	unit := input.Yuan
	if wan {
		unit = input.Wan
	}
	v, p := input.ParseMoney(cell, unit)
	return v, inputProblem[p]
}

// whole reads a count or a year as the questionnaire does; a spreadsheet may write 3 as
// 3.0. The answers contract then checks its range.
func whole(cell string) (int64, problem) {
	n, p := input.ParseWhole(cell, 0, rules.MaxCount)
	return int64(n), inputProblem[p]
}

// inputProblem words a figure's problem in a spreadsheet's terms.
var inputProblem = [input.ProblemCount]problem{
	input.OK:           problemNone,
	input.NotNumber:    problemNotAmount,
	input.Negative:     problemNegative,
	input.TooPrecise:   problemTooPrecise,
	input.TooLarge:     problemTooLarge,
	input.NotWhole:     problemNotWhole,
	input.OutOfRange:   problemCountRange,
	input.BadSeparator: problemBadSeparator,
}
