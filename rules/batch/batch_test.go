package batch

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"

	"baotou-widget/rules"
	"baotou-widget/rules/examples"
)

// testdata/forecast.csv is the Chinese template filled in by hand with the public
// examples, in words as officers write them (是, √, 企业, 首次认定, 自治区院士工作站、创新联合体,
// 三 · 新备案自治区院士工作站), some amounts in 万元 and some in 元. forecast-gb18030.csv is the
// same text as Excel saves "CSV (逗号分隔)" on a Chinese Windows; forecast.xlsx is what
// LibreOffice made of it (shared strings, booleans and numbers as a spreadsheet keeps them).
// Two of its headers keep an earlier template's wording (已获上级部门奖励的项目,
// 今年认定登记的技术合同交易额), which still reads (rules.FormerQuestion); the pilot
// platform's leadingOrService column came later and stands last.
var exampleRows = []struct{ name, example string }{
	{"永磁材料企业", "magnet-maker"},
	{"先进合金企业", "alloy-works"},
	{"中试基地企业", "pilot-plant"},
	{"独角兽科技企业", "unicorn-startup"},
	{"孵化器运营机构", "incubator-operator"},
	{"区外科研院所", "research-institute-outside"},
	{"空白机构", "empty"},
}

func exampleAnswers(t *testing.T, name string) rules.Answers {
	t.Helper()
	data, err := examples.Answers(name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := rules.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// readRows reads a file's organisations, as Read does.
func readRows(data []byte) ([]Row, error) {
	in, err := Read(data, nil)
	if err != nil {
		return nil, err
	}
	return in.Rows, nil
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestReadsTheExamples: each file kind gives the examples' own answers, row by row.
func TestReadsTheExamples(t *testing.T) {
	utf8WithBOM := readFile(t, "forecast.csv")
	if !bytes.HasPrefix(utf8WithBOM, utf8BOM) {
		t.Fatal("testdata/forecast.csv lost its byte-order mark")
	}
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"UTF-8 with BOM", utf8WithBOM},
		{"UTF-8 without BOM", bytes.TrimPrefix(utf8WithBOM, utf8BOM)},
		{"GB18030", readFile(t, "forecast-gb18030.csv")},
		{"xlsx", readFile(t, "forecast.xlsx")},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, err := readRows(c.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != len(exampleRows) {
				t.Fatalf("%d rows, want %d", len(rows), len(exampleRows))
			}
			for i, want := range exampleRows {
				if rows[i].Name != want.name || rows[i].Line != i+2 {
					t.Errorf("row %d: %q at line %d", i, rows[i].Name, rows[i].Line)
				}
				if got, ex := rows[i].Answers, exampleAnswers(t, want.example); !reflect.DeepEqual(rules.Encode(got), rules.Encode(ex)) {
					t.Errorf("%s:\n got %s\nwant %s", want.name, rules.Encode(got), rules.Encode(ex))
				}
			}
		})
	}
}

// TestGB18030IsNotUTF8: the test file really is GB18030, so the test above reads it.
func TestGB18030IsNotUTF8(t *testing.T) {
	gb := readFile(t, "forecast-gb18030.csv")
	if bytes.Contains(gb, []byte("企业")) {
		t.Fatal("the GB18030 test file is UTF-8")
	}
	text, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(gb)
	if !bytes.Equal(text, bytes.TrimPrefix(readFile(t, "forecast.csv"), utf8BOM)) {
		t.Fatal("the GB18030 test file says something else than forecast.csv")
	}
}

// TestForecastMatchesAssess: every organisation's figures are rules.Assess's, and the
// sums by item, measure and in all add up.
func TestForecastMatchesAssess(t *testing.T) {
	rows, err := readRows(readFile(t, "forecast.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	var stages []Stage
	f := Assess(rows, func(s Stage, done, total int) {
		if done == total {
			stages = append(stages, s)
		}
	})
	if !reflect.DeepEqual(stages, []Stage{StageAssess}) {
		t.Errorf("progress reported %v", stages)
	}
	var want Sum
	items := make([]Sum, len(rules.ItemIDs()))
	for i, r := range exampleRows {
		s := rules.Assess(exampleAnswers(t, r.example))
		o := f.Orgs[i]
		if o.Total.String() != s.Total.StringFixed(2) || o.TotalUpTo.String() != s.TotalUpTo.StringFixed(2) || o.Competitive.String() != s.TotalCompetitive.StringFixed(2) {
			t.Errorf("%s: %s / %s / %s, rules %s / %s / %s", r.name, o.Total, o.TotalUpTo, o.Competitive, s.Total.StringFixed(2), s.TotalUpTo.StringFixed(2), s.TotalCompetitive.StringFixed(2))
		}
		for j := range s.Items {
			if o.Items[j].String() != s.Items[j].Amount.StringFixed(2) {
				t.Errorf("%s %s: %s, rules %s", r.name, s.Items[j].ID, o.Items[j], s.Items[j].Amount.StringFixed(2))
			}
			if s.Items[j].Eligible {
				items[j].Orgs++
			}
		}
		want.Exact += centsOf(s.Total)
		want.UpTo += centsOf(s.TotalUpTo)
		want.Competitive += centsOf(s.TotalCompetitive)
	}
	want.Orgs = len(exampleRows) - 1 // the blank organisation is eligible for nothing
	if f.Total != want {
		t.Errorf("zone total %+v, want %+v", f.Total, want)
	}
	var byMeasure, byItem Sum
	for n := 1; n <= 8; n++ {
		byMeasure.Exact += f.Measures[n].Exact
		byMeasure.UpTo += f.Measures[n].UpTo
		byMeasure.Competitive += f.Measures[n].Competitive
	}
	for j, s := range f.Items {
		if s.Orgs != items[j].Orgs {
			t.Errorf("%s: %d organisations eligible, want %d", rules.ItemIDs()[j], s.Orgs, items[j].Orgs)
		}
		byItem.Exact += s.Exact
		byItem.UpTo += s.UpTo
		byItem.Competitive += s.Competitive
	}
	byMeasure.Orgs, byItem.Orgs = want.Orgs, want.Orgs
	if byMeasure != want || byItem != want {
		t.Errorf("sums by measure %+v and by item %+v, want %+v", byMeasure, byItem, want)
	}
	// 一 is open to the research institute outside the zone; 三 only to enterprises in it.
	if f.Measures[1].Orgs != 3 || f.Measures[3].Orgs != 3 {
		t.Errorf("organisations under 一 %d, under 三 %d", f.Measures[1].Orgs, f.Measures[3].Orgs)
	}
}

// TestHeaders: the questionnaire's wording in either language, with a unit that decides
// the amount, or the field's path with amounts in yuan.
func TestHeaders(t *testing.T) {
	for _, c := range []struct {
		header, cell string
		want         string // the answers, encoded
	}{
		{"rd.thisYear", "1200", `{"rd":{"thisYear":"1200"}}`},
		{"今年研发费用（万元）", "1200", `{"rd":{"thisYear":"12000000"}}`},
		{"今年研发费用(元)", "1,200", `{"rd":{"thisYear":"1200"}}`},
		{" 今年研发费用 （ 万元 ） ", "０.５", `{"rd":{"thisYear":"5000"}}`},
		{"R&D expense this year (yuan)", "1.2E+07", `{"rd":{"thisYear":"12000000"}}`},
		{"R&D expense this year (10,000 yuan)", "12", `{"rd":{"thisYear":"120000"}}`},
		{"rd.thisYear（万元）", "12", `{"rd":{"thisYear":"120000"}}`},
		{"今年研发费用（元）", "120万", `{"rd":{"thisYear":"1200000"}}`},
		{"今年研发费用（万元）", "¥1,200,000元", `{"rd":{"thisYear":"1200000"}}`},
		{"Kind of organisation", "research institute", `{"orgType":"research_institute"}`},
		{"机构类型", "高校", `{"orgType":"university"}`},
		{"orgType", "OTHER", `{"orgType":"other"}`},
		{"高新技术企业", "再次认定的", `{"hte":"renewed"}`},
		{"hte", "新引进（有效期内）", `{"hte":"introduced"}`},
		{"今年工信部孵化器评级", "excellent (卓越级)", `{"incubatorRating":"excellent"}`},
		{"申报“揭榜挂帅”项目 · 申请支持金额（不填按最高额）（万元）", "300", `{"openCall":{"requested":"3000000"}}`},
		{`承担"科技突围"专项任务·申请支持金额(不填按最高额)(元)`, "300", `{"breakthrough":{"requested":"300"}}`},
		{"今年是第几个支持年度（1–3）", "2.0", `{"pilotPlatform":{"year":2}}`},
		{"新引进培育的高新技术企业（家）", "１２", `{"cultivated":{"hte":12}}`},
		{"在稀土高新区依法登记注册并经营", "✓", `{"inZone":true}`},
		{"inZone", "否", `{}`},
		{"inZone", "空", `{}`},
		{"inZone", "YES", `{"inZone":true}`},
		{"已获上级部门奖励的项目", "四 · 中试平台、熟化基地、三 · 新备案自治区重点实验室；m7.loan_interest, 科技贷款贴息",
			`{"higherLevelRewarded":["m3.region_key_lab","m4.pilot_platform","m7.loan_interest"]}`},
		{"higherLevelRewarded", "new autonomous-region key laboratory", `{"higherLevelRewarded":["m3.region_key_lab"]}`},
		{"今年新备案的创新平台", "region_key_lab;国家级重点实验室", `{"newPlatforms":["national_key_lab","region_key_lab"]}`},
		{"技术转移中的角色", "技术交易输入方、技术转移服务机构", `{"techTransferRoles":["buyer","service"]}`},
	} {
		data := "名称," + csvQuote(c.header) + "\nx," + csvQuote(c.cell) + "\n"
		rows, err := readRows([]byte(data))
		if err != nil {
			t.Errorf("%s = %q: %v", c.header, c.cell, err)
			continue
		}
		if got := string(rules.Encode(rows[0].Answers)); got != c.want {
			t.Errorf("%s = %q: %s, want %s", c.header, c.cell, got, c.want)
		}
	}
}

func csvQuote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// TestEveryBadRowAtOnce: every bad row is listed, with its line, the column's letter and
// name, the value and what is wrong, in the language asked for; nothing is read.
func TestEveryBadRowAtOnce(t *testing.T) {
	data := "企业名称,今年研发费用（万元）,机构类型,在稀土高新区依法登记注册并经营,已获上级部门奖励的项目,今年是第几个支持年度（1–3）,新引进培育的高新技术企业（家）\n" +
		"好企业,1200,企业,是,,,\n" +
		"甲,\"12,0x\",公司,也许,,,\n" +
		"好企业二,100,,,,,\n" +
		"乙,0.0000001,,,四 · 中试平台,0,-1\n" +
		"丙,-5,,,,1.5,100001\n"
	_, err := Read([]byte(data), nil)
	errs, ok := err.(Errors)
	if !ok {
		t.Fatalf("error %v", err)
	}
	zh := errs.Lines(rules.Chinese)
	want := []string{
		`第 3 行: B 列“今年研发费用（万元）”: “12,0x”: 不是金额；C 列“机构类型”: “公司”: 不是可填写的内容，可填：企业、科研院所、高校、其他；D 列“在稀土高新区依法登记注册并经营”: “也许”: 应填 是 或 否（也可填 √、1/0、true/false，留空为否）`,
		`第 5 行: B 列“今年研发费用（万元）”: “0.0000001”: 金额最多精确到分（0.01 元）；E 列“已获上级部门奖励的项目”: “四 · 中试平台”: 不是可填写的内容，见模板的“填写说明”表；F 列“今年是第几个支持年度（1–3）”: “0”: 应为 1 至 100000 之间的整数；G 列“新引进培育的高新技术企业（家）”: “-1”: 应在 0 至 100000 之间`,
		`第 6 行: B 列“今年研发费用（万元）”: “-5”: 不能为负数；F 列“今年是第几个支持年度（1–3）”: “1.5”: 应为整数；G 列“新引进培育的高新技术企业（家）”: “100001”: 应在 0 至 100000 之间`,
	}
	if !reflect.DeepEqual(zh, want) {
		t.Errorf("in Chinese:\n%s\nwant\n%s", strings.Join(zh, "\n"), strings.Join(want, "\n"))
	}
	if en := errs.Lines(rules.English); !strings.HasPrefix(en[0], `row 3: column B "今年研发费用（万元）": "12,0x": is not an amount; column C "机构类型": "公司": is not one of: enterprise, research institute, university, other`) {
		t.Errorf("in English: %s", en[0])
	}
	if c := errs[1].Cells[1]; errs[1].Line != 5 || c.Column != "E" || c.Header != "已获上级部门奖励的项目" || c.Value != "四 · 中试平台" {
		t.Errorf("second bad row: line %d, %+v", errs[1].Line, c)
	}
}

// TestBadHeaders: repeated and ambiguous columns, an amount without its unit and a column
// without a header are all reported in the header's row, with the bad cells of the
// columns that are good; a column the template does not know is left out, and named.
func TestBadHeaders(t *testing.T) {
	data := "\n名称,备注,今年研发费用,inZone,在稀土高新区依法登记注册并经营,申请支持金额（不填按最高额）（万元）,orgType,\n" +
		"x,,,是,是,,企业,多余\n" +
		"y,,,maybe,,,,\n"
	_, err := Read([]byte(data), nil)
	errs, ok := err.(Errors)
	if !ok || len(errs) != 2 {
		t.Fatalf("error %v", err)
	}
	if errs[0].Line != 2 || errs[1].Line != 4 {
		t.Errorf("lines %d and %d, want 2 (the header) and 4", errs[0].Line, errs[1].Line)
	}
	got := errs.Lines(rules.Chinese)[0]
	if strings.Contains(got, "备注") {
		t.Errorf("the column 备注 is refused: %s", got)
	}
	for _, want := range []string{
		`C 列“今年研发费用”: 金额列需在列名中注明单位，例如“今年研发费用（万元）”或“今年研发费用（元）”`,
		`E 列“在稀土高新区依法登记注册并经营”: 与 D 列重复`,
		`F 列“申请支持金额（不填按最高额）（万元）”: 不止一个问题叫这个名字，请使用模板中的列名：“申报“揭榜挂帅”项目 · 申请支持金额（不填按最高额）（万元）”、“承担“科技突围”专项任务 · 申请支持金额（不填按最高额）（万元）”`,
		`H 列: 这一列没有列名`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("header errors lack %q:\n%s", want, got)
		}
	}
}

// TestBadFiles: what is not a spreadsheet, or holds no organisation, says so.
func TestBadFiles(t *testing.T) {
	for _, c := range []struct {
		data, want string
	}{
		{"", "文件是空的"},
		{"\n\n,,\n", "文件是空的"},
		{"名称,inZone\n", "第 1 行: 列名下面没有企业"},
		{"\xD0\xCF\x11\xE0rest of an old workbook", "旧版 .xls 格式"},
		{"PK\x03\x04not really a zip", ".xlsx 文件无法读取"},
		{"\x89PNG\r\n\x1a\n\x00\x00", "不是可读取的表格文件"},
		{"名称,inZone\n\"x,是\n", "第 2 行: CSV 格式有误（引号不成对"},
		{"名称,inZone\nx\"y,是\n", "第 2 行: CSV 格式有误（字段中间有引号"},
	} {
		_, err := Read([]byte(c.data), nil)
		errs, ok := err.(Errors)
		if !ok || !strings.Contains(strings.Join(errs.Lines(rules.Chinese), "\n"), c.want) {
			t.Errorf("%q: %v, want %q", c.data, err, c.want)
		}
		// In English, English alone.
		if en := strings.Join(errs.Lines(rules.English), "\n"); strings.ContainsFunc(en, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("%q in English: %q", c.data, en)
		}
	}
}

// TestSeparatorsAndEncodings: Excel's other text exports read too.
func TestSeparatorsAndEncodings(t *testing.T) {
	want := `{"inZone":true,"orgType":"enterprise"}`
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "名称\t机构类型\tinZone\r\n甲\t企业\t是\r\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	for name, data := range map[string][]byte{
		"semicolons":     []byte("名称;机构类型;inZone\n甲;企业;是\n"),
		"UTF-16 text":    utf16,
		"short row":      []byte("名称,inZone,机构类型\n甲,是,企业\n乙\n"),
		"blank rows":     []byte("\n名称,inZone,机构类型\n,,\n甲,是,企业\n"),
		"no name column": []byte("inZone,机构类型\n是,企业\n"),
	} {
		rows, err := readRows(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := string(rules.Encode(rows[0].Answers)); got != want {
			t.Errorf("%s: %s", name, got)
		}
	}
}

// TestWordsAreUnambiguous: every word the template lists reads back as its own value,
// in both languages.
func TestWordsAreUnambiguous(t *testing.T) {
	for i := range rules.Fields {
		f := &rules.Fields[i]
		if f.Kind != rules.KindEnum && f.Kind != rules.KindList {
			continue
		}
		for _, lang := range langs {
			for j, w := range allowedWords(lang, f) {
				if got := fieldWords[f.Path][normalise(w)]; got != f.Values[j] {
					t.Errorf("%s: %q reads as %q, want %q", f.Path, w, got, f.Values[j])
				}
			}
		}
	}
}

// TestTemplateFilledIn: the template's own header, filled with every example in the words
// the explanation sheet lists, reads back as the examples, as CSV and as .xlsx.
func TestTemplateFilledIn(t *testing.T) {
	for _, lang := range langs {
		var filled []Row
		for _, r := range exampleRows {
			filled = append(filled, Row{Name: r.name, Answers: exampleAnswers(t, r.example)})
		}
		var csv, x bytes.Buffer
		if err := TemplateCSV(&csv, lang, filled...); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(csv.Bytes(), utf8BOM) {
			t.Error("the CSV template has no byte-order mark")
		}
		if err := TemplateXLSX(&x, lang, filled...); err != nil {
			t.Fatal(err)
		}
		for name, data := range map[string][]byte{"CSV": csv.Bytes(), "xlsx": x.Bytes()} {
			rows, err := readRows(data)
			if err != nil {
				t.Fatalf("%s %s: %v", lang, name, err)
			}
			for i, r := range exampleRows {
				if got, want := rules.Encode(rows[i].Answers), rules.Encode(exampleAnswers(t, r.example)); !bytes.Equal(got, want) || rows[i].Name != r.name {
					t.Errorf("%s %s %s:\n got %s\nwant %s", lang, name, rows[i].Name, got, want)
				}
			}
		}
		if lang == rules.Chinese && !strings.Contains(csv.String(), "\r\n中试基地企业,是,企业,是,三 · 新备案自治区院士工作站,") {
			t.Errorf("the pilot plant is not written in words: %s", csv.String())
		}
	}
	// The .xlsx template: its header is the CSV's, its second sheet names every column.
	var x bytes.Buffer
	if err := TemplateXLSX(&x, rules.Chinese); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadSheet(x.Bytes()); !strings.Contains(fmt.Sprint(err), "no organisations below the header") {
		t.Fatalf("an empty template reads as %v", err)
	}
	sheets := readAll(t, x.Bytes())
	if !reflect.DeepEqual(sheets[0][0], TemplateHeader(rules.Chinese)) {
		t.Errorf("the .xlsx header is %v", sheets[0][0])
	}
	if len(sheets[1]) != len(rules.Fields)+2 || sheets[1][5][0] != rules.Question(rules.Chinese, "higherLevelRewarded") || !strings.Contains(sheets[1][5][2], "三 · 新备案自治区重点实验室") {
		t.Errorf("the explanation sheet: %d rows, row 6 %v", len(sheets[1]), sheets[1][5])
	}
}
