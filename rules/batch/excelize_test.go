package batch

import (
	"bytes"
	"os"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestXLSXAsExcelize compares the .xlsx reader with an independent one, excelize, cell by
// cell on every sheet of every workbook the project writes (the templates, empty and
// filled, and the forecast, in both languages) and of the test workbook Excel saved: each
// workbook the project writes is thereby also read back by a reader not its own. Excelize
// is a test dependency only: the WebAssembly never links it (cmd/widget/deps_test.go).
func TestXLSXAsExcelize(t *testing.T) {
	saved, err := os.ReadFile("testdata/forecast.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	workbooks := map[string][]byte{"testdata/forecast.xlsx": saved}
	rows := examplesAsRows(t)
	for _, lang := range langs {
		var empty, filled, forecast bytes.Buffer
		if err := TemplateXLSX(&empty, lang); err != nil {
			t.Fatal(err)
		}
		if err := TemplateXLSX(&filled, lang, rows...); err != nil {
			t.Fatal(err)
		}
		if err := Assess(rows, nil).WriteXLSX(&forecast, lang); err != nil {
			t.Fatal(err)
		}
		workbooks[string(lang)+" template"] = empty.Bytes()
		workbooks[string(lang)+" filled template"] = filled.Bytes()
		workbooks[string(lang)+" forecast"] = forecast.Bytes()
	}
	for name, data := range workbooks {
		ours, err := openWorkbook(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		theirs, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: excelize: %v", name, err)
		}
		sheets := theirs.GetSheetList()
		if len(sheets) != len(ours.sheets) {
			t.Errorf("%s: %d sheets, excelize reads %d", name, len(ours.sheets), len(sheets))
			continue
		}
		for i, sheet := range sheets {
			want, err := theirs.GetRows(sheet, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatalf("%s, sheet %s: excelize: %v", name, sheet, err)
			}
			if ours.sheets[i].name != sheet {
				t.Errorf("%s: sheet %d is %q, excelize reads %q", name, i+1, ours.sheets[i].name, sheet)
			}
			var got [][]string
			_, err = ours.readSheet(ours.sheets[i], func(line int, cells []xlsxCell) error {
				for len(got) < line {
					got = append(got, nil)
				}
				row := []string{}
				for _, c := range cells {
					for len(row) < c.col {
						row = append(row, "")
					}
					row = append(row, c.text)
				}
				got[line-1] = row
				return nil
			})
			if err != nil {
				t.Fatalf("%s, sheet %s: %v", name, sheet, err)
			}
			compareRows(t, name+", sheet "+sheet, got, want)
		}
	}
}

// compareRows reports every cell two readings of a sheet disagree on; trailing empty
// cells and rows are no difference.
func compareRows(t *testing.T, where string, got, want [][]string) {
	t.Helper()
	cell := func(rows [][]string, r, c int) string {
		if r < len(rows) && c < len(rows[r]) {
			return rows[r][c]
		}
		return ""
	}
	cells := 0
	for r := 0; r < max(len(got), len(want)); r++ {
		for c := 0; c < max(rowLen(got, r), rowLen(want, r)); c++ {
			cells++
			if g, w := cell(got, r, c), cell(want, r, c); g != w {
				t.Errorf("%s, %s: %q, excelize reads %q", where, cellName(r, c), g, w)
			}
		}
	}
	if cells == 0 {
		t.Errorf("%s: no cells to compare", where)
	}
}

func rowLen(rows [][]string, r int) int {
	if r < len(rows) {
		return len(rows[r])
	}
	return 0
}

func cellName(r, c int) string {
	name, _ := excelize.CoordinatesToCellName(c+1, r+1)
	return name
}

// examplesAsRows are the example organisations as rows of a batch.
func examplesAsRows(t *testing.T) []Row {
	t.Helper()
	var rows []Row
	for _, r := range exampleRows {
		rows = append(rows, Row{Line: len(rows) + 2, Name: r.name, Answers: exampleAnswers(t, r.example)})
	}
	return rows
}
