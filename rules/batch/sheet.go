package batch

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Sheet is the first sheet of a spreadsheet as text: the header row and every row below
// it that holds anything, each with its row number as the spreadsheet shows it.
type Sheet struct {
	HeaderLine int
	Header     []string
	Rows       []SheetRow
}

// SheetRow is one row of a sheet.
type SheetRow struct {
	Line  int
	Cells []string
}

// The first bytes of the formats a file may be in.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0} // .xls, and encrypted .xlsx
	utf8BOM  = []byte{0xEF, 0xBB, 0xBF}
)

// ReadSheet reads an .xlsx workbook's first sheet, or a CSV in UTF-8 (with or without a
// byte-order mark), UTF-16 with its mark, or GB18030/GBK, which Excel on a Chinese Windows
// writes as "CSV (逗号分隔)". The format is told from the bytes, not the file's name.
func ReadSheet(data []byte) (*Sheet, error) {
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
	s := &Sheet{}
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
		s.add(line, record)
	}
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

// add takes a row: the first that holds anything is the header, later ones are rows;
// rows that hold nothing (spreadsheets save a few) are left out.
func (s *Sheet) add(line int, cells []string) {
	empty := true
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
		if cells[i] != "" {
			empty = false
		}
	}
	switch {
	case empty:
	case s.Header == nil:
		s.HeaderLine, s.Header = line, cells
		s.Header[0] = strings.TrimPrefix(s.Header[0], "\ufeff")
	default:
		s.Rows = append(s.Rows, SheetRow{Line: line, Cells: cells})
	}
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

// readXLSX reads the workbook's first sheet. A workbook keeps a number as the binary
// fraction it computed (117.5 万元 may be stored as 117.49999999999999); Excel shows and
// means 15 significant digits, so numbers are read at that precision.
func readXLSX(data []byte) (*Sheet, error) {
	b, err := openWorkbook(data)
	if err != nil {
		return nil, fileError(problemXLSXBroken, err.Error())
	}
	if len(b.sheets) == 0 {
		return nil, fileError(problemEmpty, "")
	}
	s := &Sheet{}
	line := 0
	err = b.readSheet(0, func(r int, cells []xlsxCell) error {
		line = max(r, line+1) // a writer may leave out row numbers
		s.add(line, sheetCells(cells))
		return nil
	})
	var re rowError
	switch {
	case errors.As(err, &re):
		return nil, Errors{{Line: max(re.line, line+1), Cells: []CellError{{problem: problemXLSXBroken, detail: err.Error()}}}}
	case err != nil:
		return nil, fileError(problemXLSXBroken, err.Error())
	}
	return s, s.check()
}

// sheetCells lays a row's cells out by column, numbers at Excel's precision.
func sheetCells(cells []xlsxCell) []string {
	if len(cells) == 0 {
		return nil
	}
	out := make([]string, cells[len(cells)-1].col+1)
	for _, c := range cells {
		for len(out) <= c.col {
			out = append(out, "")
		}
		out[c.col] = c.text
		if c.number {
			out[c.col] = excelNumber(c.text)
		}
	}
	return out
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
