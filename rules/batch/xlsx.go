package batch

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A minimal .xlsx writer: the six parts a workbook needs (content types, two
// relationship lists, the workbook, the styles, the shared strings) and one part a sheet,
// cells written as Excel writes them: text as an index into the shared strings, numbers
// as numbers. Excel, LibreOffice and our reader (xlsxread.go) open it; the
// tests read every workbook written here back. A full library would add megabytes to the
// page's batch worker for features a forecast does not use.

// xcell is one cell: text, a whole number, or an amount in yuan with two decimals.
type xcell struct {
	text  string
	kind  cellKind
	n     int64 // the whole number, or the amount in cents
	style int
}

type cellKind int

const (
	textCell cellKind = iota
	intCell
	moneyCell
	numberCell // text that is a number: an amount or count as an officer typed it
)

// The cell styles of styles.xml, by index.
const (
	styleText = iota
	styleHeader
	styleNumber
	styleBoldNumber
	styleWrapped
)

func text(s string) xcell     { return xcell{text: s} }
func header(s string) xcell   { return xcell{text: s, style: styleHeader} }
func wrapped(s string) xcell  { return xcell{text: s, style: styleWrapped} }
func integer(n int) xcell     { return xcell{kind: intCell, n: int64(n)} }
func money(c Cents) xcell     { return xcell{kind: moneyCell, n: int64(c), style: styleNumber} }
func numeric(s string) xcell  { return xcell{text: s, kind: numberCell} }
func boldMoney(c Cents) xcell { return xcell{kind: moneyCell, n: int64(c), style: styleBoldNumber} }

// xsheet is one sheet: its name, column widths (in characters), whether its first row
// stays in view, drop-down lists, and its rows, which it writes itself so that a large
// sheet is never held whole.
type xsheet struct {
	name        string
	widths      []float64
	freeze      bool
	validations []validation
	rows        func(w *rowWriter) error
}

// validation offers a drop-down list of words in a column below its header; other
// words stay allowed, as the reader takes codes and other names too.
type validation struct {
	column int
	words  string // "是,否"
}

// rowWriter writes a sheet's rows.
type rowWriter struct {
	w       *bufio.Writer
	n       int
	letters []string
	buf     []byte
	strings *sharedStrings
}

// sharedStrings is the workbook's table of texts, each once, which cells refer to.
type sharedStrings struct {
	index map[string]int
	list  []string
}

func (t *sharedStrings) add(s string) int {
	i, ok := t.index[s]
	if !ok {
		i = len(t.list)
		t.index[s] = i
		t.list = append(t.list, s)
	}
	return i
}

func (r *rowWriter) row(cells ...xcell) error {
	r.n++
	b := append(r.buf[:0], `<row r="`...)
	b = strconv.AppendInt(b, int64(r.n), 10)
	b = append(b, `">`...)
	for i, c := range cells {
		for len(r.letters) <= i {
			r.letters = append(r.letters, columnLetter(len(r.letters)))
		}
		if c.kind != moneyCell && c.kind != intCell && c.text == "" && c.style == styleText {
			continue
		}
		b = append(b, `<c r="`...)
		b = append(b, r.letters[i]...)
		b = strconv.AppendInt(b, int64(r.n), 10)
		if c.style != styleText {
			b = append(b, `" s="`...)
			b = strconv.AppendInt(b, int64(c.style), 10)
		}
		switch c.kind {
		case intCell:
			b = strconv.AppendInt(append(b, `"><v>`...), c.n, 10)
		case moneyCell:
			b = Cents(c.n).append(append(b, `"><v>`...))
		case numberCell:
			b = append(append(b, `"><v>`...), c.text...)
		default:
			b = strconv.AppendInt(append(b, `" t="s"><v>`...), int64(r.strings.add(c.text)), 10)
		}
		b = append(b, `</v></c>`...)
	}
	r.buf = append(b, `</row>`...)
	_, err := r.w.Write(r.buf)
	return err
}

// appendEscaped appends s as XML text.
func appendEscaped(b []byte, s string) []byte {
	if !strings.ContainsAny(s, "<>&\"'\r\n\t") && !hasControl(s) {
		return append(b, s...)
	}
	var e strings.Builder
	xml.EscapeText(&e, []byte(s))
	return append(b, e.String()...)
}

// hasControl reports whether s holds a character XML does not allow, which EscapeText
// replaces.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 {
			return true
		}
	}
	return !utf8.ValidString(s)
}

const (
	xmlHead     = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsMain      = `http://schemas.openxmlformats.org/spreadsheetml/2006/main`
	nsRels      = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
	nsPkgRels   = `http://schemas.openxmlformats.org/package/2006/relationships`
	contentType = `application/vnd.openxmlformats-officedocument.spreadsheetml.`
)

// stylesXML: a regular and a bold font; text, header, number with thousands separators
// and two decimals (built-in format 4), bold number, wrapped text.
const stylesXML = xmlHead + `<styleSheet xmlns="` + nsMain + `">` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="5">` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
	`<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="4" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
	`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

// writeXLSX writes a workbook of the sheets.
func writeXLSX(out io.Writer, sheets []xsheet) error {
	z := zip.NewWriter(out)
	// The fastest deflate: a forecast's sheet shrinks tenfold at any level, and the
	// page waits for it.
	z.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	part := func(name, body string) error {
		w, err := z.Create(name)
		if err == nil {
			_, err = io.WriteString(w, body)
		}
		return err
	}
	types := `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="` + contentType + `sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="` + contentType + `styles+xml"/>` +
		`<Override PartName="/xl/sharedStrings.xml" ContentType="` + contentType + `sharedStrings+xml"/>`
	book := `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRels + `"><sheets>`
	rels := `<Relationships xmlns="` + nsPkgRels + `">`
	for i, s := range sheets {
		n := strconv.Itoa(i + 1)
		types += `<Override PartName="/xl/worksheets/sheet` + n + `.xml" ContentType="` + contentType + `worksheet+xml"/>`
		book += `<sheet name="` + escape(s.name) + `" sheetId="` + n + `" r:id="rId` + n + `"/>`
		rels += `<Relationship Id="rId` + n + `" Type="` + nsRels + `/worksheet" Target="worksheets/sheet` + n + `.xml"/>`
	}
	rels += `<Relationship Id="rId` + strconv.Itoa(len(sheets)+1) + `" Type="` + nsRels + `/styles" Target="styles.xml"/>` +
		`<Relationship Id="rId` + strconv.Itoa(len(sheets)+2) + `" Type="` + nsRels + `/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
	for _, p := range []struct{ name, body string }{
		{"[Content_Types].xml", xmlHead + types + `</Types>`},
		{"_rels/.rels", xmlHead + `<Relationships xmlns="` + nsPkgRels + `"><Relationship Id="rId1" Type="` + nsRels + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", xmlHead + book + `</sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", xmlHead + rels},
		{"xl/styles.xml", stylesXML},
	} {
		if err := part(p.name, p.body); err != nil {
			return err
		}
	}
	texts := &sharedStrings{index: map[string]int{}}
	for i, s := range sheets {
		w, err := z.Create("xl/worksheets/sheet" + strconv.Itoa(i+1) + ".xml")
		if err != nil {
			return err
		}
		if err := s.write(w, texts); err != nil {
			return err
		}
	}
	// The sheets have named every text: the table follows them in the archive.
	w, err := z.Create("xl/sharedStrings.xml")
	if err != nil {
		return err
	}
	b := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(b, `%s<sst xmlns="%s" uniqueCount="%d">`, xmlHead, nsMain, len(texts.list))
	var buf []byte
	for _, t := range texts.list {
		buf = append(appendEscaped(append(buf[:0], `<si><t xml:space="preserve">`...), t), `</t></si>`...)
		b.Write(buf)
	}
	b.WriteString(`</sst>`)
	if err := b.Flush(); err != nil {
		return err
	}
	return z.Close()
}

// write writes the sheet's part: view, widths, rows, drop-downs.
func (s *xsheet) write(out io.Writer, texts *sharedStrings) error {
	w := bufio.NewWriterSize(out, 64<<10)
	w.WriteString(xmlHead + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRels + `">`)
	if s.freeze {
		w.WriteString(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`)
	}
	if len(s.widths) > 0 {
		w.WriteString(`<cols>`)
		for i, width := range s.widths {
			fmt.Fprintf(w, `<col min="%d" max="%d" width="%.1f" customWidth="1"/>`, i+1, i+1, width)
		}
		w.WriteString(`</cols>`)
	}
	w.WriteString(`<sheetData>`)
	if err := s.rows(&rowWriter{w: w, strings: texts}); err != nil {
		return err
	}
	w.WriteString(`</sheetData>`)
	if len(s.validations) > 0 {
		fmt.Fprintf(w, `<dataValidations count="%d">`, len(s.validations))
		for _, v := range s.validations {
			col := columnLetter(v.column)
			fmt.Fprintf(w, `<dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="%s2:%s%d"><formula1>"%s"</formula1></dataValidation>`,
				col, col, maxTemplateRows+1, escape(v.words))
		}
		w.WriteString(`</dataValidations>`)
	}
	w.WriteString(`</worksheet>`)
	return w.Flush()
}

// maxTemplateRows is how far down the template's drop-downs reach.
const maxTemplateRows = 10000

func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// width is how wide a column must be, in Excel's characters, to show s: a Chinese
// character takes two.
func width(s string) float64 {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x2E80 {
			n++
		}
	}
	return float64(min(max(n+2, 8), 60))
}
