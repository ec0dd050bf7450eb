package batch

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Sheet is the sheet of a spreadsheet that holds the organisations, as text: its header
// row and every row below it that holds anything, each with its row number as the
// spreadsheet shows it. Rows above the header (a title, a note) are left out.
type Sheet struct {
	Name       string         // the workbook's sheet read; empty for a CSV
	Skipped    []SkippedSheet // the workbook's sheets passed over before it
	HeaderLine int
	Header     []string
	Rows       []SheetRow

	// matched tells whether the header names the template's columns; if no row does,
	// the header is the first row that holds anything, whose columns are then refused.
	matched bool
}

// SkippedSheet is a sheet of the workbook that was not read: a hidden one, or one
// without the template's columns near its top (a cover, a note, a chart's data).
type SkippedSheet struct {
	Name   string
	Hidden bool
}

// SheetRow is one row of a sheet. NoResult are the columns (from 0) of formulas saved
// without their result.
type SheetRow struct {
	Line     int
	Cells    []string
	NoResult []int
}

// The first bytes of the formats a file may be in.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0} // .xls, and encrypted .xlsx
	utf8BOM  = []byte{0xEF, 0xBB, 0xBF}
)

// ReadSheet reads an .xlsx workbook's sheet of organisations (readXLSX), or a CSV in
// UTF-8 (with or without a byte-order mark), UTF-16 with its mark, or GB18030/GBK, which
// Excel on a Chinese Windows writes as "CSV (逗号分隔)". The format is told from the
// bytes, not the file's name.
func ReadSheet(data []byte) (*Sheet, error) {
	if err := CheckSize(len(data)); err != nil {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(data, zipMagic):
		return readXLSX(data)
	case bytes.HasPrefix(data, oleMagic):
		return nil, fileError(problemOldXLS, "")
	}
	text, ok := decodeText(data)
	if !ok {
		return nil, fileError(problemNotSpreadsheet, "")
	}
	return readCSV(text)
}

// decodeText gives a CSV's text as UTF-8: valid UTF-8 is taken as it is (a valid GB18030
// text of Chinese is almost never valid UTF-8), UTF-16 needs its mark, anything else is
// read as GB18030, of which GBK is a part. Text with NUL bytes is not a CSV at all.
func decodeText(data []byte) (string, bool) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		out, _, err := transform.Bytes(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder(), data)
		return string(out), err == nil
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if bytes.IndexByte(data, 0) >= 0 {
		return "", false
	}
	if utf8.Valid(data) {
		return string(data), true
	}
	out, _, err := transform.Bytes(simplifiedchinese.GB18030.NewDecoder(), data)
	return string(out), err == nil
}

// readCSV reads rows separated by the delimiter the header row uses most: a comma, or a
// tab (Excel's "Unicode text") or a semicolon (Excel where the decimal mark is a comma).
func readCSV(text string) (*Sheet, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sniffDelimiter(text)
	r.FieldsPerRecord = -1 // a short row leaves its last cells empty
	var raw rawSheet
	for {
		record, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, Errors{{Line: pe.Line, Cells: []CellError{csvProblem(pe.Err)}}}
			}
			return nil, fileError(problemCSVSyntax, err.Error())
		}
		line, _ := r.FieldPos(0)
		if len(record) > maxColumns {
			return nil, limitErrors(rowError{line, limitError{problemTooManyColumns, columnLetter(maxColumns)}})
		}
		if err := raw.add(line, record, nil); err != nil {
			return nil, limitErrors(err)
		}
	}
	s := raw.sheet("")
	return s, s.check()
}

// csvProblem names what is wrong with a CSV's quotes in the page's language: Go's own
// words are English only.
func csvProblem(err error) CellError {
	switch {
	case errors.Is(err, csv.ErrQuote):
		return CellError{problem: problemCSVOpenQuote}
	case errors.Is(err, csv.ErrBareQuote):
		return CellError{problem: problemCSVBareQuote}
	}
	return CellError{problem: problemCSVSyntax, detail: err.Error()}
}

func sniffDelimiter(text string) rune {
	first, _, _ := strings.Cut(text, "\n")
	best, count := ',', strings.Count(first, ",")
	for _, d := range []rune{'\t', ';'} {
		if n := strings.Count(first, string(d)); n > count {
			best, count = d, n
		}
	}
	return best
}

// rawSheet is a sheet being read: its rows that hold anything, and how many cells they
// lay out, within the limits.
type rawSheet struct {
	rows  []SheetRow
	cells int
}

// add takes a row; rows that hold nothing (spreadsheets save a few) are left out.
func (s *rawSheet) add(line int, cells []string, noResult []int) error {
	empty := len(noResult) == 0
	for i, c := range cells {
		if tooLong(c) {
			return rowError{line, limitError{problemCellTooLong, columnLetter(i)}}
		}
		cells[i] = strings.TrimSpace(c)
		if cells[i] != "" {
			empty = false
		}
	}
	switch {
	case empty:
		return nil
	case len(s.rows) == maxRows:
		return rowError{line, limitError{problemTooManyRows, ""}}
	case s.cells+len(cells) > maxCells:
		return rowError{line, limitError{problemTooManyCells, ""}}
	}
	if len(s.rows) == 0 {
		cells[0] = strings.TrimPrefix(cells[0], "\ufeff")
	}
	s.cells += len(cells)
	s.rows = append(s.rows, SheetRow{Line: line, Cells: cells, NoResult: noResult})
	return nil
}

// merge gives every cell of a merged range the value of its first, as the officer sees
// it: "是" merged down three rows is 是 in each. Only rows that hold anything are filled:
// a range reaching into empty rows makes no organisations of them. The cells filled
// count against maxCells, so that ranges over ranges cannot keep the worker busy.
func (s *rawSheet) merge(ranges []cellRange) error {
	filled := 0
	for _, m := range ranges {
		top := sort.Search(len(s.rows), func(i int) bool { return s.rows[i].Line-1 >= m.row0 })
		if top == len(s.rows) || s.rows[top].Line-1 != m.row0 || m.col0 >= len(s.rows[top].Cells) {
			continue // the first cell holds nothing: neither do the others
		}
		first := &s.rows[top]
		value, noResult := first.Cells[m.col0], slices.Contains(first.NoResult, m.col0)
		last := min(m.col1, maxColumns-1)
		for i := top; i < len(s.rows) && s.rows[i].Line-1 <= m.row1; i++ {
			r := &s.rows[i]
			if grow := last + 1 - len(r.Cells); grow > 0 {
				if s.cells += grow; s.cells > maxCells {
					return rowError{r.Line, limitError{problemTooManyCells, ""}}
				}
				r.Cells = append(r.Cells, make([]string, grow)...)
			}
			if filled += last + 1 - m.col0; filled > maxCells {
				return rowError{r.Line, limitError{problemTooManyCells, ""}}
			}
			for c := m.col0; c <= last; c++ {
				r.Cells[c] = value
				if noResult && i != top {
					r.NoResult = append(r.NoResult, c)
				}
			}
		}
	}
	return nil
}

// maxTitleRows is how far down its sheet a header row may stand, below a title and notes.
const maxTitleRows = 20

// sheet finds the header row among the first rows: the first that names the template's
// columns, else the first that holds anything.
func (s *rawSheet) sheet(name string) *Sheet {
	sh := &Sheet{Name: name}
	if len(s.rows) == 0 {
		return sh
	}
	h := 0
	for i := range min(len(s.rows), maxTitleRows) {
		if isHeader(s.rows[i].Cells) {
			h, sh.matched = i, true
			break
		}
	}
	sh.HeaderLine, sh.Header, sh.Rows = s.rows[h].Line, s.rows[h].Cells, s.rows[h+1:]
	return sh
}

func (s *Sheet) check() error {
	switch {
	case s.Header == nil:
		return fileError(problemEmpty, "")
	case len(s.Rows) == 0:
		return Errors{{Line: s.HeaderLine, Cells: []CellError{{problem: problemNoRows}}}}
	}
	return nil
}

// readXLSX reads the first visible sheet whose header row names the template's columns,
// passing over hidden sheets and covers; if none does, the first visible sheet, whose
// header is then refused. A workbook keeps a number as the binary fraction it computed
// (117.5 万元 may be stored as 117.49999999999999); Excel shows and means 15 significant
// digits, so numbers are read at that precision.
func readXLSX(data []byte) (*Sheet, error) {
	b, err := openWorkbook(data)
	if err != nil {
		return nil, xlsxErrors(err, 0)
	}
	var first *Sheet
	var skipped []SkippedSheet
	for _, info := range b.sheets {
		if info.hidden {
			skipped = append(skipped, SkippedSheet{Name: info.name, Hidden: true})
			continue
		}
		s, err := b.sheet(info)
		if err != nil {
			return nil, err
		}
		if s.matched {
			s.Skipped = skipped
			return s, s.check()
		}
		if first == nil {
			first = s
		}
		skipped = append(skipped, SkippedSheet{Name: info.name})
	}
	switch {
	case first != nil:
	case len(b.sheets) == 0:
		return nil, fileError(problemEmpty, "")
	default: // every sheet hidden
		if first, err = b.sheet(b.sheets[0]); err != nil {
			return nil, err
		}
	}
	return first, first.check()
}

// sheet reads one sheet of the workbook, its merged ranges filled.
func (b *workbook) sheet(info sheetInfo) (*Sheet, error) {
	var raw rawSheet
	line := 0
	merged, err := b.readSheet(info, func(r int, cells []xlsxCell) error {
		line = max(r, line+1) // a writer may leave out row numbers
		texts, noResult := sheetCells(cells)
		return raw.add(line, texts, noResult)
	})
	if err == nil {
		err = raw.merge(merged)
	}
	if err != nil {
		return nil, xlsxErrors(err, line+1)
	}
	return raw.sheet(info.name), nil
}

// xlsxErrors says what stopped a workbook's reading: a limit, or a broken part, in the
// row where it stopped (line), if it was in one.
func xlsxErrors(err error, line int) Errors {
	if errs := limitErrors(err); errs != nil {
		return errs
	}
	var re rowError
	if errors.As(err, &re) {
		return Errors{{Line: max(re.line, line), Cells: []CellError{{problem: problemXLSXBroken, detail: err.Error()}}}}
	}
	return fileError(problemXLSXBroken, err.Error())
}

// limitErrors says which limit a file goes beyond, in the row where it does if it does
// in one; nil if err is not a limit's.
func limitErrors(err error) Errors {
	var le limitError
	if !errors.As(err, &le) {
		return nil
	}
	cell := CellError{Column: le.column, problem: le.problem}
	var re rowError
	if errors.As(err, &re) {
		return Errors{{Line: re.line, Cells: []CellError{cell}}}
	}
	return Errors{{Cells: []CellError{cell}}}
}

// sheetCells lays a row's cells out by column, numbers at Excel's precision, and names
// the columns of its formulas without a result.
func sheetCells(cells []xlsxCell) (out []string, noResult []int) {
	if len(cells) == 0 {
		return nil, nil
	}
	out = make([]string, cells[len(cells)-1].col+1)
	for _, c := range cells {
		for len(out) <= c.col {
			out = append(out, "")
		}
		out[c.col] = c.text
		switch {
		case c.noResult:
			noResult = append(noResult, c.col)
		case c.number:
			out[c.col] = excelNumber(c.text)
		}
	}
	return out, noResult
}

// excelNumber writes a stored number with at most 15 significant digits, exactly. A
// number too large for any cell of ours is left as written, for the cell's check to refuse.
func excelNumber(v string) string {
	if isPlainNumber(v) {
		return v // as rounding would write it: most figures are, and rounding allocates
	}
	d, err := decimal.NewFromString(v)
	if err != nil || d.Exponent() > 15 || d.Exponent() < -40 {
		return v
	}
	return d.Round(15 - int32(d.NumDigits()) - d.Exponent()).String()
}

// isPlainNumber tells whether v is a number of at most 15 significant digits written as
// decimal's String writes it: no leading zeros, no trailing zeros after the point, no
// exponent, no minus sign on zero.
func isPlainNumber(v string) bool {
	negative := strings.HasPrefix(v, "-")
	whole, frac, point := strings.Cut(strings.TrimPrefix(v, "-"), ".")
	switch {
	case whole == "" || len(whole) > 1 && whole[0] == '0':
		return false // "", ".5", "007"
	case point && (frac == "" || frac[len(frac)-1] == '0'):
		return false // "1.", "1.50"
	}
	significant := 0
	for _, digits := range [2]string{whole, frac} {
		for i := 0; i < len(digits); i++ {
			if digits[i] < '0' || digits[i] > '9' {
				return false
			}
			if significant > 0 || digits[i] != '0' {
				significant++
			}
		}
	}
	return significant <= 15 && (significant > 0 || !negative)
}
