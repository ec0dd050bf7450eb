package batch

import (
	"fmt"
	"strings"

	"baotou-widget/rules"
)

// problem says what is wrong with a file, a column or a cell; messages renders it.
type problem int

// The problems a batch reports.
const (
	problemNone problem = iota
	problemNotSpreadsheet
	problemOldXLS
	problemCSVSyntax
	problemCSVOpenQuote
	problemCSVBareQuote
	problemXLSXBroken
	problemEmpty
	problemNoRows
	problemUnknownColumn
	problemDuplicateColumn
	problemAmbiguousColumn
	problemNeedUnit
	problemStrayCell
	problemNotBool
	problemNotWord
	problemNotWordLong
	problemNotAmount
	problemTooPrecise
	problemTooLarge
	problemNegative
	problemNotWhole
	problemCountRange
	problemYearRange
	problemNoResult
	problemFileTooLarge
	problemPartTooLarge
	problemTooManyRows
	problemTooManyColumns
	problemTooManyCells
	problemCellTooLong
	problemTooManyStyles
	problemBadSeparator
)

// messages is one language's words of the batch: its problems, the headers of what it
// writes and the template's explanation sheet. The names of fields, items and choices
// come from the rules' catalog (rules.Question, rules.Term), so each has one home.
type messages struct {
	problems map[problem]string
	row      string // "第 %d 行"
	cell     string // column letter, header
	column   string // column letter alone
	value    string // a value as found, quoted (also a column's name in a message)
	join     string // between the problems of one row
	listSep  string // between words in a message
	group    string // rows that share a problem: %s how many, %s the first ones' numbers
	more     string // %s rows with problems not listed

	nameHeader, rowHeader, sumRow, summaryHeader  string
	yesNo                                         [2]string
	totalExact, totalUpTo, totalCompetitive, orgs string
	yuanSuffix                                    string // after an amount column of the result
	measure                                       string // "第%s条"
	forecastSheet, summarySheet                   string
	answersSheet, columnsSheet                    string
	columnsHeader                                 [4]string
	kinds                                         map[rules.Kind]string
	amountUnit                                    string // the template's unit of amounts, as a header suffix
	nameColumn                                    string
	page                                          *pageWords
}

var zh = messages{
	problems: map[problem]string{
		problemNotSpreadsheet:  "不是可读取的表格文件，请保存为 .xlsx 或 CSV 后再试",
		problemOldXLS:          "旧版 .xls 格式无法读取，请在 Excel 中“另存为” .xlsx",
		problemCSVSyntax:       "CSV 格式有误",
		problemCSVOpenQuote:    "CSV 格式有误（引号不成对）",
		problemCSVBareQuote:    "CSV 格式有误（字段中间有引号）",
		problemXLSXBroken:      ".xlsx 文件无法读取：文件已损坏或不完整，请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试",
		problemEmpty:           "文件是空的：第一行应为列名",
		problemNoRows:          "列名下面没有企业：每家企业填一行",
		problemUnknownColumn:   "不是模板中的列名",
		problemDuplicateColumn: "与 %s 列重复",
		problemAmbiguousColumn: "不止一个问题叫这个名字，请使用模板中的列名：%s",
		problemNeedUnit:        "金额列需在列名中注明单位，例如“%s（万元）”或“%s（元）”",
		problemStrayCell:       "这一列没有列名",
		problemNotBool:         "应填 是 或 否（也可填 √、1/0、true/false，留空为否）",
		problemNotWord:         "不是可填写的内容，可填：%s",
		problemNotWordLong:     "不是可填写的内容，见模板的“填写说明”表",
		problemNotAmount:       "不是金额",
		problemTooPrecise:      "金额最多精确到分（0.01 元）",
		problemTooLarge:        "金额超过 1,000,000,000,000 元，请检查单位",
		problemNegative:        "不能为负数",
		problemBadSeparator:    "千位分隔符位置不对：每三位一个逗号，例如 1,200 或 12,000,000",
		problemNotWhole:        "应为整数",
		problemCountRange:      "应在 0 至 100000 之间",
		problemYearRange:       "应为 1 至 100000 之间的整数",
		problemNoResult:        "公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再试",
		problemFileTooLarge:    "文件超过 %s MB，一个区的企业名单远小于此：请检查是否选错了文件",
		problemPartTooLarge:    "文件解压后超过 %s MB，一个区的企业名单远小于此：请检查是否选错了文件",
		problemTooManyRows:     "超过 %s 行：请分成几个文件分别测算",
		problemTooManyColumns:  "超过 %s 列：请删去右侧多余的内容，或把企业数据复制到模板中再试",
		problemTooManyCells:    "单元格超过 %s 个：请删去多余的内容，或把企业数据复制到模板中再试",
		problemCellTooLong:     "单元格超过 %s 个字",
		problemTooManyStyles:   "单元格格式超过 %s 种：请把企业数据复制到模板中再试",
	},
	row:     "第 %d 行",
	cell:    "%s 列“%s”",
	column:  "%s 列",
	value:   "“%s”",
	join:    "；",
	listSep: "、",
	group:   "共 %s 行（第 %s 行等）",
	more:    "另有 %s 行有误，未列出：改好以上各行后重新选择文件，即可看到",

	nameHeader:       "企业名称",
	summaryHeader:    "条款 / 项目",
	yesNo:            [2]string{"是", "否"},
	rowHeader:        "行号",
	sumRow:           "合计",
	totalExact:       "确定金额合计",
	totalUpTo:        "含“最高”金额合计",
	totalCompetitive: "竞争性项目合计",
	orgs:             "符合条件的企业数",
	yuanSuffix:       "（元）",
	measure:          "第%s条",
	forecastSheet:    "测算结果",
	summarySheet:     "汇总",
	answersSheet:     "填写",
	columnsSheet:     "填写说明",
	columnsHeader:    [4]string{"列名", "填写方式", "可填写的内容", "字段路径（也可作列名，金额以元计）"},
	kinds: map[rules.Kind]string{
		rules.KindBool:   "是 / 否（留空为否）",
		rules.KindAmount: "金额，单位见列名（万元或元）",
		rules.KindEnum:   "填下列之一",
		rules.KindList:   "可填多个，用“、”或“；”分隔",
		rules.KindCount:  "家数，0–100000 的整数",
		rules.KindYear:   "1–{M4.PilotYears} 的整数（更大的数表示已过支持期）",
	},
	amountUnit: "（万元）",
	nameColumn: "可选，原样带到结果中",
	page:       &pageZh,
}

// en quotes with straight quotes in what the page shows (the problems, a cell, a value):
// a page in English falls back on a Chinese font for the Chinese it quotes, which draws
// curly quotes full-width. The headers and the template's sheet, which only spreadsheets
// show, keep curly ones, which a CSV need not escape.
var en = messages{
	problems: map[problem]string{
		problemNotSpreadsheet:  "not a spreadsheet this can read: save it as .xlsx or CSV and try again",
		problemOldXLS:          "the old .xls format cannot be read: in Excel, \"Save as\" .xlsx",
		problemCSVSyntax:       "the CSV is malformed (%s)",
		problemCSVOpenQuote:    "the CSV is malformed (a quote \" is not closed)",
		problemCSVBareQuote:    "the CSV is malformed (a quote \" inside an unquoted cell)",
		problemXLSXBroken:      "the .xlsx file cannot be read (%s)",
		problemEmpty:           "the file is empty: its first row should name the columns",
		problemNoRows:          "no organisations below the header: fill one row per organisation",
		problemUnknownColumn:   "is not a column of the template",
		problemDuplicateColumn: "repeats column %s",
		problemAmbiguousColumn: "more than one question has this name; use the template's column name: %s",
		problemNeedUnit:        "an amount column names its unit, such as \"%s (10,000 yuan)\" or \"%s (yuan)\"",
		problemStrayCell:       "this column has no header",
		problemNotBool:         "should be yes or no (also 是/否, √, 1/0, true/false; empty is no)",
		problemNotWord:         "is not one of: %s",
		problemNotWordLong:     "is not one of the allowed values (see the template's \"Columns\" sheet)",
		problemNotAmount:       "is not an amount",
		problemTooPrecise:      "an amount has at most cents (0.01 yuan)",
		problemTooLarge:        "is more than 1,000,000,000,000 yuan: check the unit",
		problemNegative:        "cannot be negative",
		problemBadSeparator:    "has thousands separators in the wrong place: one comma every three digits, such as 1,200 or 12,000,000",
		problemNotWhole:        "should be a whole number",
		problemCountRange:      "should be between 0 and 100000",
		problemYearRange:       "should be a whole number from 1 to 100000",
		problemNoResult:        "a formula without its result: open the file in Excel or WPS, save it and try again",
		problemFileTooLarge:    "the file is over %s MB, far more than a zone's list of organisations: check that it is the right file",
		problemPartTooLarge:    "the file unpacks to over %s MB, far more than a zone's list of organisations: check that it is the right file",
		problemTooManyRows:     "more than %s rows: split the file into several",
		problemTooManyColumns:  "more than %s columns: delete what is on the right, or copy the organisations into the template",
		problemTooManyCells:    "more than %s cells: delete what is not needed, or copy the organisations into the template",
		problemCellTooLong:     "a cell of more than %s characters",
		problemTooManyStyles:   "more than %s cell formats: copy the organisations into the template and try again",
	},
	row:     "row %d",
	cell:    "column %s \"%s\"",
	column:  "column %s",
	value:   "\"%s\"",
	join:    "; ",
	listSep: ", ",
	group:   "%s rows (rows %s, …)",
	more:    "%s more rows have problems and are not listed: correct those above and choose the file again to see them",

	nameHeader:       "Organisation",
	summaryHeader:    "Measure / item",
	yesNo:            [2]string{"yes", "no"},
	rowHeader:        "Row",
	sumRow:           "Sum",
	totalExact:       "Total, exact amounts",
	totalUpTo:        "Total with “up to” amounts",
	totalCompetitive: "Competitive projects",
	orgs:             "Organisations eligible",
	yuanSuffix:       " (yuan)",
	measure:          "Measure %s",
	forecastSheet:    "Forecast",
	summarySheet:     "Summary",
	answersSheet:     "Answers",
	columnsSheet:     "Columns",
	columnsHeader:    [4]string{"Column", "How to fill it", "Allowed values", "Field path (also a column name; amounts then in yuan)"},
	kinds: map[rules.Kind]string{
		rules.KindBool:   "yes / no (empty is no)",
		rules.KindAmount: "an amount in the unit the column names (10,000 yuan or yuan)",
		rules.KindEnum:   "one of",
		rules.KindList:   "several of, separated by “;”",
		rules.KindCount:  "a number of enterprises, 0–100000",
		rules.KindYear:   "a whole number 1–{M4.PilotYears} (a larger one: past the support years)",
	},
	amountUnit: " (yuan)",
	nameColumn: "optional, passed through to the result",
	page:       &pageEn,
}

func catalog(lang rules.Lang) *messages {
	if lang == rules.English {
		return &en
	}
	return &zh
}

// text renders a problem with its arguments. A reader's own message, in English, is
// an argument the Chinese text leaves out.
func (m *messages) text(p problem, args ...any) string {
	if len(args) == 0 || !strings.Contains(m.problems[p], "%") {
		return m.problems[p]
	}
	return fmt.Sprintf(m.problems[p], args...)
}
