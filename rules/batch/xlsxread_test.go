package batch

import (
	"archive/zip"
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
)

// workbookOf zips a workbook around a sheet's XML (within <worksheet><sheetData>, unless
// it is a whole part) and shared strings' items (none if ""). Style 1 shows a date in a
// built-in format, style 2 in a format of the workbook's own.
func workbookOf(t testing.TB, sheet, sst string) []byte {
	t.Helper()
	if !strings.HasPrefix(sheet, "<?xml") {
		sheet = `<worksheet xmlns="` + nsMain + `"><sheetData>` + sheet + `</sheetData></worksheet>`
	}
	parts := map[string]string{
		"xl/workbook.xml": `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRels + `"><sheets>` +
			`<sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="` + nsPkgRels + `">` +
			`<Relationship Id="rId1" Type="` + nsRels + `/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/styles.xml": `<styleSheet xmlns="` + nsMain + `"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
			`<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
		"xl/worksheets/sheet1.xml": sheet,
	}
	if sst != "" {
		parts["xl/sharedStrings.xml"] = `<sst xmlns="` + nsMain + `">` + sst + `</sst>`
	}
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	for name, body := range parts {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// sheetText is a sheet as the batch reads it, a row a line: "2: a|b|c".
func sheetText(s *Sheet) string {
	lines := []string{fmt.Sprintf("%d: %s", s.HeaderLine, strings.Join(s.Header, "|"))}
	for _, r := range s.Rows {
		lines = append(lines, fmt.Sprintf("%d: %s", r.Line, strings.Join(r.Cells, "|")))
	}
	return strings.Join(lines, "\n")
}

// TestXLSXCells: what writers other than ours put in a sheet reads as Excel shows it.
func TestXLSXCells(t *testing.T) {
	sst := `<si><t>A&amp;B &lt;&gt; &quot;&apos; &#20225;&#x4E1A;</t></si>` +
		`<si><r><rPr><b/><sz val="11"/></rPr><t>永磁</t></r><r><t xml:space="preserve"> 材料</t></r></si>` +
		`<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>` +
		`<si><t>line&#13;&#10;two</t></si>` + "<si><t>cr\r\nlf</t></si>" +
		`<si><t><![CDATA[<raw> & ]]>text</t></si>`
	for _, c := range []struct{ name, sheet, want string }{
		{"shared strings: entities, rich text, phonetic guide, line ends, CDATA",
			`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
				`<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>`,
			"1: A&B <> \"' 企业|永磁 材料|漢字\n2: line\r\ntwo|cr\nlf|<raw> & text"},
		{"inline strings, plain and rich",
			`<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="inlineStr"><is><r><t>a</t></r><r><rPr/><t>b</t></r></is></c></row>` +
				`<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> x&amp;y </t></is></c></row>`,
			"1: 名称|ab\n2: x&y"},
		{"skipped columns, empty and self-closing cells",
			`<row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c></row>` +
				`<row r="3"><c r="B3"/><c r="C3" s="0"><v/></c><c r="D3"></c><c r="F3"><v>7</v></c><c r="AA3"><v>8</v></c></row>`,
			"1: h\n3: |||||7|||||||||||||||||||||8"},
		{"rows and cells without references",
			`<row><c><v>1</v></c><c/><c><v>3</v></c></row><row><c r="B2"><v>4</v></c><c><v>5</v></c></row><row><c/></row><row><c><v>6</v></c></row>`,
			"1: 1||3\n2: |4|5\n4: 6"},
		{"numbers, booleans, errors, formulas, dates",
			`<row r="1"><c r="A1"><v>117.49999999999999</v></c><c r="B1" t="n"><v>1.50</v></c><c r="C1" t="b"><v>1</v></c>` +
				`<c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="str"><f>A1&amp;"x"</f><v>117.5x</v></c>` +
				`<c r="F1" s="1"><v>45322</v></c><c r="G1" s="2"><v>45322.5</v></c><c r="H1" t="d"><v>2024-01-31</v></c></row>` +
				`<row r="2"><c r="A2"><v>0</v></c></row>`,
			"1: 117.5|1.5|1|#N/A|117.5x|2024-01-31|2024-01-31T12:00:00Z|2024-01-31\n2: 0"},
		{"namespace prefixes, as .NET's OpenXML SDK writes",
			`<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="` + nsMain + `"><x:sheetData>` +
				`<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>y</x:t></x:is></x:c></x:row>` +
				`</x:sheetData></x:worksheet>`,
			"1: 永磁 材料\n2: |y"},
		{"comments, declarations, an attribute with >",
			`<!-- a > b --><row r="1" x="a>b"><?pi x?><c r="A1"><!-- c --><v>1<!-- d --></v></c></row>`,
			"1: 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := ReadSheet(workbookOf(t, c.sheet, sst))
			if s == nil {
				t.Fatal(err)
			}
			if got := sheetText(s); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

// TestXLSXPrefixedWorkbook: the sheet list may be prefixed too.
func TestXLSXPrefixedWorkbook(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"xl/workbook.xml": `<x:workbook xmlns:x="` + nsMain + `" xmlns:r="` + nsRels + `"><x:sheets>` +
			`<x:sheet name="b" sheetId="2" r:id="R2"/><x:sheet name="a" sheetId="1" r:id="R1"/></x:sheets></x:workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="` + nsPkgRels + `"><Relationship Id="R1" Target="/xl/worksheets/a.xml"/>` +
			`<Relationship Id="R2" Target="./worksheets/b.xml"/></Relationships>`,
		"xl/worksheets/b.xml": `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>名称</t></is></c><c t="inlineStr"><is><t>inZone</t></is></c></row></sheetData></worksheet>`,
	} {
		w, _ := z.Create(name)
		w.Write([]byte(body))
	}
	z.Close()
	s, err := ReadSheet(buf.Bytes())
	if s == nil || sheetText(s) != "1: 名称|inZone" {
		t.Errorf("%v, %v", s, err)
	}
}

// TestXLSXRoundTripsText: our writer's texts read back as written, whatever they hold.
func TestXLSXRoundTripsText(t *testing.T) {
	texts := []string{`a<b>&c"d'e`, "two\nlines", "tab\there", " 前后空格 ", "企业 🚀", "]]>", "&amp;"}
	var out bytes.Buffer
	err := writeXLSX(&out, []xsheet{{name: "<&>", rows: func(w *rowWriter) error {
		for _, s := range texts {
			w.row(text(s), numeric("12.30"), integer(-4), money(-5))
		}
		return nil
	}}})
	if err != nil {
		t.Fatal(err)
	}
	rows := readAll(t, out.Bytes())[0]
	for i, s := range texts {
		if want := []string{s, "12.30", "-4", "-0.05"}; fmt.Sprint(rows[i]) != fmt.Sprint(want) {
			t.Errorf("row %d: %q, want %q", i+1, rows[i], want)
		}
	}
}

// TestIsDateFormat: the date formats are those the regular expression of the library
// this reader replaced found.
func TestIsDateFormat(t *testing.T) {
	groups := regexp.MustCompile(`\[.+?\]|\\.|".*?"`)
	for _, code := range []string{"General", "0.00", "#,##0", `yyyy"年"m"月"d"日"`, "[$-804]yyyy/m/d", "[Red]0.00", "[h]:mm:ss",
		`"TRUE";"TRUE";"FALSE"`, `0.00\h`, `\d0`, "[]d", "[]]", `"d`, `"a"d`, "[\nd]", "\\", "[", `[$¥-804]#,##0`, "mm:ss", "0 \"days\""} {
		want := strings.ContainsAny(groups.ReplaceAllString(code, ""), "dmhysDMHYS")
		if got := isDateFormat(code); got != want {
			t.Errorf("%q: %v, want %v", code, got, want)
		}
	}
}

// TestXLSXBroken: a broken workbook says so, in the officer's language, and never panics.
func TestXLSXBroken(t *testing.T) {
	good := `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>x&amp;y</t></is></c></row>`
	for _, sheet := range []string{
		`<row r="1"><c r="A1" t="s"><v>9</v></c></row>`,
		`<row r="1"><c r="A1" t="s"><v>x</v></c></row>`,
		`<row r="x"><c r="A1"><v>1</v></c></row>`,
		`<row r="1"><c r="A1"><v>a&nbsp;b</v></c></row>`,
		`<row r="1"><c r="A1"><v>a & b</v></c></row>`,
		`<row r="1"><c r="A1"><v>&#0;</v></c></row>`,
		`<row r="1"><c r="ZZZZ1"><v>1</v></c></row>`,
		`<row r="1"><c r="A1" s="x"><v>1</v></c></row>`,
		`<row r="1"><c r="A1" s="1"><v>soon</v></c></row>`,
		`<row r="1"><c r="A1" t="inlineStr"><v>1</v></c></row>`,
		"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\xff</t></is></c></row>",
		good[:len(good)-10],
	} {
		_, err := ReadSheet(workbookOf(t, sheet, `<si><t>h</t></si>`))
		if !isBroken(err) {
			t.Errorf("%s: %v", sheet, err)
		}
	}
	whole := workbookOf(t, good, `<si><t>h</t></si>`)
	for n := len(zipMagic); n < len(whole); n++ {
		if _, err := ReadSheet(whole[:n]); !isBroken(err) {
			t.Errorf("the first %d bytes: %v", n, err)
		}
	}
	for i := range len(good) {
		ReadSheet(workbookOf(t, good[:i], `<si><t>h</t></si>`))
	}
}

func isBroken(err error) bool {
	errs, ok := err.(Errors)
	return ok && strings.Contains(strings.Join(errs.Lines(rules.English), "\n"), "the .xlsx file cannot be read")
}

// FuzzReadSheet: whatever a sheet's part holds, reading never panics nor hangs.
func FuzzReadSheet(f *testing.F) {
	f.Add(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>a&amp;</t></r></is></c></row>`, `<si><r><t>x</t></r><rPh><t>y</t></rPh></si>`)
	f.Add(`<x:row><x:c><x:v>1.5</x:v></x:c><c s="1"><v>3</v></c><![CDATA[x]]><!-- c --></x:row>`, `<si><t>&#x4E1A;</t></si>`)
	f.Fuzz(func(t *testing.T, sheet, sst string) {
		ReadSheet(workbookOf(t, sheet, sst))
	})
}

// FuzzExcelNumber: a number excelNumber takes as it is reads the same rounded.
func FuzzExcelNumber(f *testing.F) {
	for _, v := range []string{"0", "-0", "0.05", "-0.5", "117.49999999999999", "123456789012345", "1234567890123456",
		"1.50", "007", ".5", "1.", "1e3", "+5", "-", "0.0000000000000000000000000000000000000000001", "99999999999999.9"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if !isPlainNumber(v) {
			return
		}
		d, err := decimal.NewFromString(v)
		if err != nil {
			t.Fatalf("%q is not a number", v)
		}
		if r := d.Round(15 - int32(d.NumDigits()) - d.Exponent()).String(); r != v {
			t.Errorf("%q rounds to %q", v, r)
		}
	})
}
