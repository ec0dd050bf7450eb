package app

import (
	"baotou-widget/app/form"
	"baotou-widget/rules"
	"baotou-widget/rules/input"
)

// Catalog holds every sentence the widget shows in one language; catalog_zh.go and
// catalog_en.go fill it. The rules' reasons, the names of items and choices and the
// wording of each question come from the rules' own catalog (rules.Term, rules.Question),
// so each word has one home. Texts with a {name} are filled by fill.
type Catalog struct {
	AppName, Tagline, LoadingLabel, NoScript string
	DataTitle                                string
	DataWhere                                []string

	LanguageLabel, UnitLabel, UnitWan, UnitYuan string
	NavLabel, NavHome, NavBrief, NavOfficers    string
	FormLabel                                   string

	ProfileTitle, ProfileSummary, OrgName, OrgNameHelp string
	MeasureSummaries                                   [9]string // what each measure pays, under its title (rules.MeasureTitle); 1 … 8
	EnterpriseOnly                                     string
	IncubatorLead, IncubatorLeadHelp                   string
	RewardedTitle, RewardedLead                        string

	Help   texts  // a line under a question, by field path, where one helps
	Choose string // the empty choice of a select

	InputProblems [input.ProblemCount]string
	Understood    string // {money}: the figure as read
	UnitNotes     [form.NoteCount]string
	ToCheck       string // {fields}: the noted figures a result rests on
	FixTo         string // {money}: the figure a unit slip likely meant

	ResultsTitle, TotalExact, TotalUpTo, TotalCompetitive, TotalNote, TotalsSaid  string
	GroupEarned, GroupNear, GroupNearNote, GroupCompetitive, GroupCompetitiveNote string
	GroupMissed, NothingEarned, FixProblems                                       string
	Eligible, NotEligible, MayApply                                               string
	Basis                                                                         [basisCount]string
	ClauseName                                                                    string // {n}: 第六条 / clause 6
	ShowClause, HideClause, ClauseOriginal, ClauseEnglish                         string
	ReadingsLabel, HintLabel, ReasonsLabel                                        string
	ToResults                                                                     string

	NextTitle, NextChecks, NextFigures, NextContact, NextRewarded string // an earned item's next steps (next.go)
	AskTransfer, AskRewarded, AskAnswer                           string // the questions the answers raise (ask.go); {money}

	Notice []string
	// 附则三: the validity from the issue date ({Validity} years), until a {date} when the
	// deployment gave the issue date, and the warning above the results once it is past.
	ValidFromIssue, ValidUntil, Expired string

	ActionsLabel, Share, ShareMade, ShareLinkLabel, Copy, Copied, Save, Saved, Open, Print string
	ShareWithName, ShareLine                                                               string // {name}; {exact} and {upto}, the totals
	Clear, Cleared, Undo, Undone                                                           string
	FileOpened, FileRefused, FieldProblem, FieldProblemNoValue, Allowed                    string
	Remember, RememberNote, StorageBlocked, PrivacyNote                                    string
	UpdateAvailable, Reload                                                                string
	Alerts                                                                                 [alertCount]string

	CompareStart, CompareHelp, CompareTitle, CompareItem, ScenarioA, ScenarioB, Difference, CompareSwap, CompareEnd string

	ChartTitle, ChartX, ChartY, ChartSum, ChartYou, ChartTiers, ChartCap string

	RecapTitle, RecapDate, RecapProfile, RecapEarned, RecapNone, RecapReadings, RecapBack string
	Yes, No                                                                               string

	BriefTitle, BriefPick, BriefStep, BriefQR, BriefKeys, Next, Prev string
	BriefFigures, BriefByMeasure, BriefNotEarned, BriefNext          string
	BriefFacts                                                       map[string]string               // short names of long questions, by path, for /brief's first screen
	Personas                                                         [len(briefPersonas)]PersonaText // in the picker's order

	OfficersTitle, OfficersIntro, OfficersStep3 string

	// The officers' batch on /officers: a spreadsheet in, the zone's forecast out. The
	// forecast itself is drawn by the batch worker, whose words are package batch's.
	BatchSteps                                              []string // how it goes, in order
	BatchTemplateXLSX, BatchTemplateCSV, BatchTemplateOther string
	BatchDrop, BatchDropHint, BatchProgress                 string
	BatchStarting                                           string
	BatchReading                                            string                   // {file}
	BatchFailed                                             string                   // {reason}
	BatchDied                                               string                   // {file}
	BatchCancel                                             string                   // the button that stops a file being read
	BatchCancelled                                          string                   // {file}
	BatchUnreadable                                         string                   // {file}
	BatchStages                                             [len(batchStages)]string // the worker's stages (batchStages), after none
	BatchCount                                              string                   // {done} / {total}
	BatchBad                                                string                   // {file}, {rows}
	BatchDone                                               string                   // {file}, {orgs}, {seconds}
	BatchExample, BatchCommandLine                          string
}

// PersonaText names an example organisation of the briefing and says what it shows.
type PersonaText struct{ Name, About string }

// T gives the catalog of lang.
func T(lang rules.Lang) *Catalog {
	if lang == rules.English {
		return &en
	}
	return &zh
}

// texts are named texts, written as a list: static data in the program, where a map
// literal would be code that fills it at start.
type texts []struct{ key, text string }

// get gives the text named key, or "".
func (ts texts) get(key string) string {
	for _, t := range ts {
		if t.key == key {
			return t.text
		}
	}
	return ""
}

// basisIndex numbers the bases for the catalog's Basis.
func basisIndex(b rules.Basis) int {
	switch b {
	case rules.Exact:
		return 0
	case rules.UpTo:
		return 1
	case rules.Competitive:
		return 2
	}
	return 3
}

const basisCount = 4
