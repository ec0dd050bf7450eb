package batch

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/examples"
)

// readAll reads every sheet of a workbook as rows of cells, numbers as stored, with the
// reader the batch reads with: what an officer's spreadsheet shows.
func readAll(t *testing.T, data []byte) [][][]string {
	t.Helper()
	b, err := openWorkbook(data)
	if err != nil {
		t.Fatal(err)
	}
	var sheets [][][]string
	for _, sheet := range b.sheets {
		var rows [][]string
		_, err := b.readSheet(sheet, func(line int, cells []xlsxCell) error {
			for len(rows) < line {
				rows = append(rows, nil)
			}
			for _, c := range cells {
				for len(rows[line-1]) <= c.col {
					rows[line-1] = append(rows[line-1], "")
				}
				rows[line-1][c.col] = c.text
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		sheets = append(sheets, rows)
	}
	return sheets
}

func forecastOfExamples(t *testing.T) *Forecast {
	t.Helper()
	rows, err := readRows(readFile(t, "forecast.csv"))
	if err != nil {
		t.Fatal(err)
	}
	return Assess(rows, nil)
}

// TestCSVForExcel: a byte-order mark, Chinese headers with the items' names, every
// organisation, and a last row of sums that adds up.
func TestCSVForExcel(t *testing.T) {
	f := forecastOfExamples(t)
	var out bytes.Buffer
	if err := f.WriteCSV(&out, rules.Chinese, true); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out.Bytes(), utf8BOM) {
		t.Fatal("no byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out.Bytes(), utf8BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := rows[0]
	if len(rows) != len(exampleRows)+2 || len(head) != 26 {
		t.Fatalf("%d rows of %d columns", len(rows), len(head))
	}
	for i, want := range map[int]string{0: "企业名称", 1: "行号", 4: "三 · 新备案国家级重点实验室（元）", 18: "六 · 研发费用增量补助（元）", 23: "确定金额合计（元）", 24: "含“最高”金额合计（元）", 25: "竞争性项目合计（元）"} {
		if head[i] != want {
			t.Errorf("column %d is %q, want %q", i, head[i], want)
		}
	}
	if r := rows[1]; r[0] != "永磁材料企业" || r[1] != "2" || r[18] != "45000.00" || r[23] != "1175000.00" || r[24] != "1285000.00" || r[25] != "3000000.00" {
		t.Errorf("first organisation: %v", r)
	}
	last := rows[len(rows)-1]
	if last[0] != "合计" || last[23] != f.Total.Exact.String() {
		t.Errorf("sum row %v", last)
	}
	for c := 2; c < len(head); c++ {
		var sum Cents
		for _, r := range rows[1 : len(rows)-1] {
			var yuan, cents int64
			fmt.Sscanf(r[c], "%d.%d", &yuan, &cents)
			sum += Cents(yuan*100 + cents)
		}
		if last[c] != sum.String() {
			t.Errorf("%s sums to %s, the sum row says %s", head[c], sum, last[c])
		}
	}
	var english bytes.Buffer
	f.WriteCSV(&english, rules.English, false)
	if !strings.HasPrefix(english.String(), "Organisation,Row,1 · open-call major S&T project (揭榜挂帅) (yuan),") {
		t.Errorf("English header: %.120s", english.String())
	}
}

// TestXLSXRoundTrip: the workbook opens with the reader, its forecast sheet says what the
// CSV says, cell for cell, and its summary sheet sums by measure and item.
func TestXLSXRoundTrip(t *testing.T) {
	f := forecastOfExamples(t)
	var x, c bytes.Buffer
	if err := f.WriteXLSX(&x, rules.Chinese); err != nil {
		t.Fatal(err)
	}
	f.WriteCSV(&c, rules.Chinese, false)
	want, _ := csv.NewReader(&c).ReadAll()
	sheets := readAll(t, x.Bytes())
	if len(sheets) != 2 {
		t.Fatalf("%d sheets", len(sheets))
	}
	for i, row := range want {
		for j, cell := range row {
			got := ""
			if j < len(sheets[0][i]) {
				got = sheets[0][i][j]
			}
			if got != cell {
				t.Errorf("forecast sheet row %d column %d: %q, want %q", i+1, j+1, got, cell)
			}
		}
	}
	summary := sheets[1]
	if summary[0][0] != "条款 / 项目" || summary[1][0] != "第一条" || summary[2][0] != "一 · 揭榜挂帅重大科技计划项目" {
		t.Errorf("summary begins %v", summary[:3])
	}
	total := summary[len(summary)-1]
	if total[0] != "合计" || total[1] != fmt.Sprint(f.Total.Orgs) || total[2] != f.Total.Exact.String() {
		t.Errorf("summary ends %v, want %d organisations and %s", total, f.Total.Orgs, f.Total.Exact)
	}
}

// TestCents: exact to the cent either side of zero.
func TestCents(t *testing.T) {
	for c, want := range map[Cents]string{0: "0.00", 5: "0.05", 123: "1.23", 117500000: "1175000.00", -5: "-0.05", -1234: "-12.34"} {
		if c.String() != want || c.Decimal().StringFixed(2) != want {
			t.Errorf("%d cents: %s / %s, want %s", int64(c), c, c.Decimal().StringFixed(2), want)
		}
	}
}

// benchmarkRows is a batch of n organisations as officers fill the template: the public
// examples again and again, each with its own name and R&D, in words.
func benchmarkRows(n int) []Row {
	var base []rules.Answers
	for _, r := range exampleRows {
		data, _ := examples.Answers(r.example)
		a, _ := rules.Decode(data)
		base = append(base, a)
	}
	rows := make([]Row, n)
	for i := range rows {
		a := base[i%len(base)]
		a.RD.ThisYear = a.RD.ThisYear.Add(decimal.NewFromInt(int64(i%97) * 10000))
		rows[i] = Row{Name: fmt.Sprintf("企业 %05d", i+1), Answers: a}
	}
	return rows
}

// BenchmarkBatch10000 is the page's whole work for the batch of 10,000 (goal ≤ 2 s
// in the browser): reading the filled template, as CSV and as .xlsx, checking and
// assessing every row, writing both downloads; and each stage of it for the CSV.
func BenchmarkBatch10000(b *testing.B) {
	var csvData, xlsxData bytes.Buffer
	TemplateCSV(&csvData, rules.Chinese, benchmarkRows(10000)...)
	TemplateXLSX(&xlsxData, rules.Chinese, benchmarkRows(10000)...)
	rows, err := readRows(csvData.Bytes())
	if err != nil {
		b.Fatal(err)
	}
	f := Assess(rows, nil)
	for name, data := range map[string][]byte{"read-csv": csvData.Bytes(), "read-xlsx": xlsxData.Bytes()} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Read(data, nil)
			}
		})
	}
	b.Run("assess", func(b *testing.B) {
		for b.Loop() {
			Assess(rows, nil)
		}
	})
	b.Run("write", func(b *testing.B) {
		for b.Loop() {
			var x, c bytes.Buffer
			f.WriteXLSX(&x, rules.Chinese)
			f.WriteCSV(&c, rules.Chinese, true)
		}
	})
	for name, data := range map[string][]byte{"csv": csvData.Bytes(), "xlsx": xlsxData.Bytes()} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				rows, err := readRows(data)
				if err != nil {
					b.Fatal(err)
				}
				f := Assess(rows, nil)
				var x, c bytes.Buffer
				if err := f.WriteXLSX(&x, rules.Chinese); err != nil {
					b.Fatal(err)
				}
				if err := f.WriteCSV(&c, rules.Chinese, true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
