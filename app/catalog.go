package app

import "baotou-widget/rules"

// Catalog holds every sentence the widget shows in one language; catalog_zh.go and
// catalog_en.go fill it. The rules' reasons and the names of items and choices come from
// the rules' own catalog (rules.Term), so each word has one home.
type Catalog struct {
	AppName, Tagline, LoadingLabel, NoScript string
	DataTitle                                string
	DataWhere                                []string

	LanguageLabel, UnitLabel, UnitWan, UnitYuan string

	ProfileTitle, ProfileSummary string
	Measures                     [9]MeasureText // 1 … 8; 0 unused
	RewardedTitle, RewardedLead  string

	Help   map[string]string // a line under a question, where one helps
	Choose string            // the empty choice of a select

	InputProblems map[InputProblem]string

	ResultsTitle, TotalExact, TotalUpTo, TotalNote        string
	Earned, NotEarned, NothingEarned                      string
	Eligible, NotEligible                                 string
	Basis                                                 map[rules.Basis]string
	ShowClause, HideClause, ClauseOriginal, ClauseEnglish string
	ReadingLabel, HintLabel, ReasonsLabel                 string
	Wan, Yuan                                             string
	FixProblems                                           string

	Notice []string

	Clear, Remember, RememberNote, StorageBlocked, PrivacyNote string
	UpdateAvailable, Reload                                    string
	Supplementary                                              string

	Share, ShareNote, ShareLinkLabel, Copy, Save, Open, Print string
	Alerts                                                    map[alertKind]string

	CompareStart, CompareHelp, CompareTitle, ScenarioA, ScenarioB, Difference, CompareSwap, CompareEnd string

	ChartTitle, ChartX, ChartY, ChartYou string

	RecapTitle, RecapDate, RecapProfile, RecapEarned, RecapNone, RecapReadings, RecapBack string
	Yes, No                                                                               string

	BriefTitle, BriefPick, BriefStep, BriefQR, BriefKeys, Next, Prev string
	Personas                                                         map[string]PersonaText

	NavHome, NavBrief, NavOfficers string

	OfficersTitle, OfficersIntro, OfficersStep3 string

	ClauseTexts [10]string // English renderings of 一 … 八 (1 … 8) and 附则 (9); empty in Chinese

	// The officers' batch on /officers: a spreadsheet in, the zone's forecast out.
	BatchSteps                                                       []string // how it goes, in order
	BatchTemplateXLSX, BatchTemplateCSV, BatchTemplateOther          string
	BatchDrop, BatchDropHint, BatchProgress                          string
	BatchStarting, BatchReading, BatchFailed                         string
	BatchStages                                                      map[string]string // the worker's stages: check, assess, write
	BatchCount                                                       string            // "%s / %s"
	BatchBad, BatchErrorsTitle, BatchRow                             string
	BatchDone, BatchResultTitle, BatchOrgCount                       string
	BatchCompetitive, BatchDownloadXLSX, BatchDownloadCSV            string
	BatchPreparing, BatchFileName                                    string
	BatchChartTitle, BatchChartDesc                                  string
	BatchSummaryTitle, BatchMeasureItem, BatchOrgsEligible           string
	BatchAll                                                         string
	BatchOrgsTitle, BatchSearch, BatchShowing, BatchNoMatch          string
	BatchName, BatchLine, BatchUnnamed, BatchPrevPage, BatchNextPage string
	BatchExample, BatchCommandLine                                   string
}

// PersonaText names an example organisation of the briefing and says what it shows.
type PersonaText struct{ Name, About string }

// MeasureText is a measure's card heading: its name and what it pays, in a line.
type MeasureText struct{ Title, Summary string }

// catalogs are the two languages.
var catalogs = map[rules.Lang]*Catalog{rules.Chinese: &zh, rules.English: &en}

// T gives the catalog of lang.
func T(lang rules.Lang) *Catalog {
	if c, ok := catalogs[lang]; ok {
		return c
	}
	return &zh
}
