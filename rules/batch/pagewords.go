package batch

// pageWords is one language's words of the forecast as the officers' page shows it
// (page.go), a part of each language's messages (catalog(lang).page): the batch worker
// writes that part of the page, so its words live here, beside the batch's others; the
// page keeps only those of its own frame. The
// names of measures and items come from the rules' catalog. Texts with a %s or %d are
// filled by fmt, in the order their comments give.
//
// Amounts: the tables and the chart are in 万元 in Chinese and in yuan in English, their
// captions naming the unit; the three totals are written as the questionnaire writes its
// own (117.5 万元 beside ¥1,175,000.00; RMB 1,175,000).
type pageWords struct {
	errorsTitle string
	row         string // %d: the row of a bad row

	sheetRead, headerRow string // where the organisations were read: %s sheet and %d row, or %d row alone
	skipped, unused      string // before the list of sheets passed over, of columns left out
	hidden, noColumns    string // after the name of a sheet passed over: why
	quoted, listSep      string // a sheet's name, quoted; between names

	resultTitle string
	totals      [3]string // exact, with the "up to" ceilings, competitive projects
	total       string    // %s: a total's figure (figure), with its unit
	orgCount    string    // %s organisations, %s of them eligible
	totalNote   string

	downloadXLSX, downloadCSV, preparing string
	fileName                             string // the downloads' name, without its extension

	chartTitle string
	chartDesc  string    // a measure's bar in words: %s clause, %s exact, %s with "up to", %s competitive
	legend     [3]string // the bar's parts: exact, what the "up to" ceilings add, competitive

	summaryTitle, measureItem, orgsEligible, all string

	orgsTitle, search string
	showing           string // %s first, %s last, %s of all the search finds
	noMatch           string // %s: what was searched
	line, name        string // the organisations' first columns; the totals follow
	unnamed           string
	prevPage          string
	nextPage          string
}

var pageZh = pageWords{
	errorsTitle: "需要修改的行",
	row:         "第 %d 行",

	sheetRead: "读取了工作表“%s”，列名在第 %d 行。",
	headerRow: "列名在第 %d 行。",
	skipped:   "跳过的工作表：",
	unused:    "未使用的列：",
	hidden:    "（隐藏）",
	noColumns: "（没有模板中的列名）",
	quoted:    "“%s”",
	listSep:   "、",

	resultTitle: "全区测算结果",
	totals:      [3]string{"确定金额合计", "含“最高”金额合计", "竞争性项目（若入选）"},
	total:       "%s 万元",
	orgCount:    "共 %s 家企业，其中 %s 家至少符合一项。",
	totalNote:   "“最高”金额按政策上限计，实际以主管部门核定为准。竞争性项目择优支持，不计入合计。",

	downloadXLSX: "下载 Excel（.xlsx）",
	downloadCSV:  "下载 CSV",
	preparing:    "正在生成下载文件…",
	fileName:     "八条措施测算结果",

	chartTitle: "按条款汇总（万元）",
	chartDesc:  "第%s条：确定金额 %s 万元，含“最高”金额 %s 万元，竞争性项目 %s 万元。",
	legend:     [3]string{"确定金额", "最高", "竞争性项目"},

	summaryTitle: "按条款和项目汇总（万元）",
	measureItem:  "条款 / 项目",
	orgsEligible: "符合条件的企业",
	all:          "合计",

	orgsTitle: "每家企业（万元）",
	search:    "按名称搜索",
	showing:   "第 %s–%s 家，共 %s 家",
	noMatch:   "没有名称含“%s”的企业。",
	line:      "行号",
	name:      "企业名称",
	unnamed:   "（未填名称）",
	prevPage:  "上一页",
	nextPage:  "下一页",
}

var pageEn = pageWords{
	errorsTitle: "Rows to correct",
	row:         "Row %d",

	sheetRead: "Read the sheet \"%s\", its column names in row %d.",
	headerRow: "The column names are in row %d.",
	skipped:   "Sheets passed over: ",
	unused:    "Columns not used: ",
	hidden:    " (hidden)",
	noColumns: " (no column of the template)",
	quoted:    "\"%s\"",
	listSep:   ", ",

	resultTitle: "The zone's forecast",
	totals:      [3]string{"Fixed amounts", "With \"up to\" ceilings", "Competitive projects (if selected)"},
	total:       "RMB %s",
	orgCount:    "%s organisations, %s of them eligible for at least one item.",
	totalNote:   "\"Up to\" amounts are the policy's ceilings; the department sets the actual sum. Competitive projects are selected on merit and are not in the totals.",

	downloadXLSX: "Download Excel (.xlsx)",
	downloadCSV:  "Download CSV",
	preparing:    "Writing the downloads…",
	fileName:     "eight-measures-forecast",

	chartTitle: "By clause (RMB)",
	chartDesc:  "Clause %s: exact RMB %s, with \"up to\" amounts RMB %s, competitive projects RMB %s.",
	legend:     [3]string{"exact", "up to", "competitive"},

	summaryTitle: "By clause and item (RMB)",
	measureItem:  "Clause / item",
	orgsEligible: "Organisations eligible",
	all:          "All",

	orgsTitle: "Every organisation (RMB)",
	search:    "Search by name",
	showing:   "%s–%s of %s",
	noMatch:   "No organisation's name contains \"%s\".",
	line:      "Row",
	name:      "Organisation",
	unnamed:   "(no name)",
	prevPage:  "Previous page",
	nextPage:  "Next page",
}
