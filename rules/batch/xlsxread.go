package batch

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The .xlsx reader: the workbook's small parts (sheet list, relationships, styles) through
// encoding/xml, the shared strings and the sheets, which grow with the rows, through
// xmlScanner. A cell reads as the library this replaced read it: a number as written, a
// number in a date format as its date, a boolean as 0 or 1.

// workbook is an opened .xlsx: its sheets' parts in the workbook's order, its shared
// strings, and which cell styles show a date.
type workbook struct {
	files   []*zip.File
	sheets  []sheetInfo
	strings []string
	dates   []bool

	value, inline []byte // the cell's text as read, kept from cell to cell to save allocations
}

// sheetInfo is a sheet of the workbook: its name, its part, and whether it is hidden
// (Excel's "hidden" or "veryHidden"), which an officer does not see and so does not mean.
type sheetInfo struct {
	name, part string
	hidden     bool
}

// xlsxCell is a cell that holds something: its column from 0, its text, whether that
// text is a number as the workbook stores it, and whether it is a formula without the
// result a spreadsheet program stores beside it (openpyxl writes them so).
type xlsxCell struct {
	col      int
	text     string
	number   bool
	noResult bool
}

// cellRange is a merged range of cells, rows and columns from 0, inclusive.
type cellRange struct{ row0, col0, row1, col1 int }

// maxColumn is Excel's last column, XFD.
const maxColumn = 16383

func openWorkbook(data []byte) (*workbook, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	b := &workbook{files: z.File}
	if b.sheets, err = b.sheetParts(); err != nil {
		return nil, err
	}
	if b.dates, err = b.dateStyles(); err != nil {
		return nil, fmt.Errorf("styles: %w", err)
	}
	if b.strings, err = b.sharedStrings(); err != nil {
		return nil, fmt.Errorf("shared strings: %w", err)
	}
	return b, nil
}

// part gives a part's bytes; a part not there is nil, without an error.
func (b *workbook) part(name string) ([]byte, error) {
	for _, f := range b.files {
		if f.Name == name {
			return readPart(f)
		}
	}
	return nil, nil
}

func readPart(f *zip.File) ([]byte, error) {
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	// Room for the size the archive claims, if it is not absurd, and for ReadFrom's last
	// read: the part is never copied to grow.
	buf := bytes.NewBuffer(make([]byte, 0, min(f.UncompressedSize64, 64<<20)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, maxPart+1)); err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	if buf.Len() > maxPart {
		return nil, limitError{problemPartTooLarge, f.Name}
	}
	return buf.Bytes(), nil
}

// unmarshalPart decodes a part that must be there.
func (b *workbook) unmarshalPart(name string, v any) error {
	data, err := b.part(name)
	if err == nil && data == nil {
		err = errors.New(name + " is missing")
	}
	if err == nil {
		err = xml.Unmarshal(data, v)
	}
	return err
}

// sheetParts names the sheets and their parts, through the workbook's relationships.
func (b *workbook) sheetParts() ([]sheetInfo, error) {
	var book struct {
		Sheets []struct {
			Name  string `xml:"name,attr"`
			State string `xml:"state,attr"`
			ID    string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		List []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := b.unmarshalPart("xl/workbook.xml", &book); err != nil {
		return nil, err
	}
	if err := b.unmarshalPart("xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, err
	}
	sheets := make([]sheetInfo, len(book.Sheets))
	for i, s := range book.Sheets {
		sheets[i] = sheetInfo{name: s.Name, hidden: s.State == "hidden" || s.State == "veryHidden"}
		for _, r := range rels.List {
			if r.ID == s.ID {
				sheets[i].part = partName(r.Target)
			}
		}
	}
	return sheets, nil
}

// partName resolves a relationship's target: absolute, or relative to xl/.
func partName(target string) string {
	if strings.HasPrefix(target, "/") {
		return target[1:]
	}
	return path.Join("xl", target)
}

// dateStyles tells, for each cell style, whether its number format shows a date:
// Excel's built-in formats 14 to 22, or a format of the workbook's own that names days,
// months, years, hours or seconds. A workbook without styles has no dates.
func (b *workbook) dateStyles() ([]bool, error) {
	var styles struct {
		Formats []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Cells []struct {
			Format int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	data, err := b.part("xl/styles.xml")
	if err != nil || data == nil {
		return nil, err
	}
	if err := xml.Unmarshal(data, &styles); err != nil {
		return nil, err
	}
	// Excel keeps at most 64,000 cell formats: a workbook of more is not one a person made.
	if len(styles.Cells) > maxStyles || len(styles.Formats) > maxStyles {
		return nil, limitError{problemTooManyStyles, ""}
	}
	ownDates := map[int]bool{}
	for _, f := range styles.Formats {
		if f.ID >= 164 {
			ownDates[f.ID] = isDateFormat(f.Code)
		}
	}
	dates := make([]bool, len(styles.Cells))
	for i, c := range styles.Cells {
		dates[i] = 14 <= c.Format && c.Format <= 22 || ownDates[c.Format]
	}
	return dates, nil
}

// isDateFormat tells whether a number format names a part of a date or time, outside
// its [colour] or [$-locale] groups, \escapes and "quoted text".
func isDateFormat(code string) bool {
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case c == '[' && skipGroup(code, &i, i+2, ']'):
		case c == '"' && skipGroup(code, &i, i+1, '"'):
		case c == '\\' && i+1 < len(code) && code[i+1] != '\n':
			i++
		case strings.IndexByte("dmhysDMHYS", c) >= 0:
			return true
		}
	}
	return false
}

// skipGroup moves *i to the first close at or after from, on the same line, if there is one.
func skipGroup(code string, i *int, from int, close byte) bool {
	if from > len(code) {
		return false
	}
	j := strings.IndexByte(code[from:], close)
	if j < 0 || strings.IndexByte(code[*i:from+j], '\n') >= 0 {
		return false
	}
	*i = from + j
	return true
}

// sharedStrings reads the table of texts that cells of type "s" index.
func (b *workbook) sharedStrings() ([]string, error) {
	data, err := b.part("xl/sharedStrings.xml")
	if err == nil && data == nil {
		data, err = b.part("xl/SharedStrings.xml")
	}
	if err != nil || data == nil {
		return nil, err
	}
	s := &xmlScanner{b: data}
	var list []string
	var buf []byte
	for {
		ok, t := s.next(), &s.tag
		if !ok {
			return list, s.err
		}
		if t.end || t.empty || !t.is("si") {
			continue
		}
		if buf, _, err = s.appendItem(buf[:0], "si"); err != nil {
			return nil, err
		}
		list = append(list, string(buf))
	}
}

// appendItem appends a string item's text, up to the end tag of that name: its <t>, or
// the <t> of each of its runs of rich text; not the phonetic guide (<rPh>) Japanese
// Excel adds. It tells whether there was a <t> at all.
func (s *xmlScanner) appendItem(dst []byte, name string) ([]byte, bool, error) {
	found := false
	for {
		ok, t := s.next(), &s.tag
		switch {
		case !ok:
			return dst, found, s.endError()
		case t.end && t.is(name):
			if !utf8.Valid(dst) {
				return dst, found, errors.New("text not in UTF-8")
			}
			return dst, found, nil
		case t.end || t.empty && !t.is("t"):
		case t.is("rPh"):
			if err := s.skipTo("rPh"); err != nil {
				return dst, found, err
			}
		case t.is("t"):
			found = true
			if t.empty {
				continue
			}
			var err error
			if dst, err = s.appendText(dst); err != nil {
				return dst, found, err
			}
		}
	}
}

// readSheet reads a sheet's rows, giving each its number (0 where the row has none)
// and the cells that hold something, and then its merged ranges. The cells are reused
// for the next row.
func (b *workbook) readSheet(sheet sheetInfo, row func(line int, cells []xlsxCell) error) ([]cellRange, error) {
	data, err := b.part(sheet.part)
	if err == nil && data == nil {
		err = fmt.Errorf("the sheet's part %q is missing", sheet.part)
	}
	if err != nil {
		return nil, err
	}
	s := &xmlScanner{b: data}
	var cells []xlsxCell
	var merged []cellRange
	for {
		ok, t := s.next(), &s.tag
		switch {
		case !ok:
			return merged, s.err
		case t.end:
			continue
		case t.is("mergeCell"):
			// <mergeCells> follows <sheetData>: the rows are all read by now.
			ref, _ := t.attr("ref")
			r, err := parseRange(ref)
			if err != nil {
				return nil, err
			}
			merged = append(merged, r)
			continue
		case !t.is("row"):
			continue
		}
		line, err := rowNumber(t)
		if err == nil && !t.empty {
			cells, err = b.readRow(s, cells[:0])
		}
		if err == nil {
			err = row(line, cells)
		}
		if err != nil {
			return nil, rowError{line, err}
		}
	}
}

// parseRange reads a merged range's reference, "A2:A4"; a lone cell is a range of one.
func parseRange(ref []byte) (cellRange, error) {
	from, to, found := bytes.Cut(ref, []byte(":"))
	if !found {
		to = from
	}
	r0, c0, err0 := cellRef(from)
	r1, c1, err1 := cellRef(to)
	if err := errors.Join(err0, err1); err != nil || r1 < r0 || c1 < c0 {
		return cellRange{}, fmt.Errorf("merged range %q", ref)
	}
	return cellRange{r0, c0, r1, c1}, nil
}

// cellRef reads a cell's reference, "B2", as its row and column from 0.
func cellRef(ref []byte) (row, col int, err error) {
	letters := 0
	for letters < len(ref) && (ref[letters]|0x20) >= 'a' && (ref[letters]|0x20) <= 'z' {
		letters++
	}
	col, err = cellColumn(ref[:letters], -1)
	if err != nil || letters == 0 {
		return 0, 0, fmt.Errorf("cell reference %q", ref)
	}
	n, err := strconv.Atoi(string(ref[letters:]))
	if err != nil || n < 1 || n > 1<<20 {
		return 0, 0, fmt.Errorf("cell reference %q", ref)
	}
	return n - 1, col, nil
}

// rowError is what went wrong in a row, and where.
type rowError struct {
	line int
	err  error
}

func (e rowError) Error() string { return e.err.Error() }

func (e rowError) Unwrap() error { return e.err }

func rowNumber(t *xmlTag) (int, error) {
	r, ok := t.attr("r")
	if !ok {
		return 0, nil
	}
	n, err := strconv.Atoi(string(r))
	if err != nil {
		return 0, fmt.Errorf("row number %q", r)
	}
	return n, nil
}

// readRow reads a row's cells up to its end tag.
func (b *workbook) readRow(s *xmlScanner, cells []xlsxCell) ([]xlsxCell, error) {
	col := -1
	for {
		ok, t := s.next(), &s.tag
		switch {
		case !ok:
			return cells, s.endError()
		case t.end && t.is("row"):
			return cells, nil
		case t.end || !t.is("c"):
			continue
		}
		a := readCellAttrs(t)
		var err error
		if col, err = cellColumn(a.ref, col); err != nil {
			return cells, err
		}
		if col >= maxColumns {
			return cells, limitError{problemTooManyColumns, columnLetter(col)}
		}
		if t.empty {
			continue
		}
		c, found, err := b.readCell(s, a)
		if err != nil {
			return cells, fmt.Errorf("cell %s: %w", columnLetter(col), err)
		}
		if found {
			c.col = col
			cells = append(cells, c)
		}
	}
}

// cellAttrs are a cell's reference (B2), type and style, read in one pass over its tag.
type cellAttrs struct {
	ref, kind, style []byte
	styled           bool
}

func readCellAttrs(t *xmlTag) cellAttrs {
	var c cellAttrs
	for a := t.attrs; ; {
		key, value, rest, ok := nextAttr(a)
		switch {
		case !ok:
			return c
		case string(key) == "r":
			c.ref = value
		case string(key) == "t":
			c.kind = value
		case string(key) == "s":
			c.style, c.styled = value, true
		}
		a = rest
	}
}

// cellColumn is the column a cell's reference names (B2 is 1), or the one after the
// previous cell where it names none.
func cellColumn(ref []byte, previous int) (int, error) {
	col, n := 0, 0
	for ; n < len(ref) && n < 4; n++ {
		c := ref[n] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
	}
	switch {
	case n == 0:
		return previous + 1, nil
	case col-1 > maxColumn:
		return 0, fmt.Errorf("cell reference %q beyond column XFD", ref)
	}
	return col - 1, nil
}

// readCell reads a cell's value up to its end tag: found is false for a cell that
// holds nothing.
func (b *workbook) readCell(s *xmlScanner, a cellAttrs) (c xlsxCell, found bool, err error) {
	hasV, hasIs, hasF := false, false, false
	for {
		ok, e := s.next(), &s.tag
		switch {
		case !ok:
			return c, false, s.endError()
		case e.end && e.is("c"):
			// A formula's result is stored beside it, a text result as t="str", which
			// may be empty; a number's is never empty.
			if hasF && !hasIs && (!hasV || len(b.value) == 0 && string(a.kind) != "str") {
				return xlsxCell{noResult: true}, true, nil
			}
			if !hasV && !hasIs {
				return c, false, nil
			}
			c, err = b.cellValue(a, hasV, hasIs)
			return c, true, err
		case e.end:
		case e.is("f"):
			hasF = true
		case e.is("v"):
			hasV, b.value = true, b.value[:0]
			if !e.empty {
				if b.value, err = s.appendText(b.value); err != nil {
					return c, false, err
				}
			}
		case e.is("is") && !e.empty:
			if b.inline, hasIs, err = s.appendItem(b.inline[:0], "is"); err != nil {
				return c, false, err
			}
		}
	}
}

// cellValue gives a cell's text by its type (t) and style (s).
func (b *workbook) cellValue(a cellAttrs, hasV, hasIs bool) (xlsxCell, error) {
	kind, v := a.kind, b.value
	date, err := b.isDate(a)
	switch {
	case err != nil:
		return xlsxCell{}, err
	case string(kind) == "inlineStr":
		if !hasIs {
			return xlsxCell{}, errors.New("an inline string without its text")
		}
		return xlsxCell{text: string(b.inline)}, nil
	case !hasV:
		return xlsxCell{}, errors.New("no value")
	case string(kind) == "s":
		return b.sharedString(v)
	case date && string(kind) != "d":
		d, err := excelDate(string(v))
		return xlsxCell{text: d}, err
	}
	if !utf8.Valid(v) {
		return xlsxCell{}, errors.New("text not in UTF-8")
	}
	number := !date && (len(kind) == 0 || string(kind) == "n")
	return xlsxCell{text: string(v), number: number}, nil
}

func (b *workbook) isDate(a cellAttrs) (bool, error) {
	if !a.styled {
		return len(b.dates) > 0 && b.dates[0], nil
	}
	n, err := strconv.Atoi(string(a.style))
	if err != nil {
		return false, fmt.Errorf("style %q", a.style)
	}
	return n >= 0 && n < len(b.dates) && b.dates[n], nil
}

func (b *workbook) sharedString(v []byte) (xlsxCell, error) {
	i, err := strconv.Atoi(string(v))
	if err != nil || i < 0 || i >= len(b.strings) {
		return xlsxCell{}, fmt.Errorf("shared string %q of %d", v, len(b.strings))
	}
	return xlsxCell{text: b.strings[i]}, nil
}

// excelDate writes a date serial number (days since 30 December 1899, with the time of
// day as a fraction) as 2006-01-02, or as RFC 3339 where it has a time.
func excelDate(v string) (string, error) {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return "", fmt.Errorf("date %q", v)
	}
	days := math.Trunc(f)
	t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).
		Add(time.Duration((f - days) * (24 * float64(time.Hour))))
	if f == days {
		return t.Format("2006-01-02"), nil
	}
	return t.Format(time.RFC3339), nil
}
