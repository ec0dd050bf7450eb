package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/shopspring/decimal"
)

// Every text the rules give is read by someone: these tests render each of them, for
// every example, every test profile and the fuzz corpus, in both languages, and refuse
// what a reader would stumble on.

// everySentence makes one Msg with each constructor of reasons.go.
func everySentence() []Msg {
	d := decimal.NewFromInt(1234567)
	return []Msg{
		amountIsZero(), capped(d), formula(d, d, d), ceilingShown(d), sentence(msgCeilingIf, money(d)),
		requested(d, d), requestedBlank(d), sentence(msgRequestedBlankIf, money(d)),
		inZoneMet(), notInZone(), isEnterprise(), notEnterprise(OrgUniversity), rewardedAbove(),
		applying(OpenCall), notApplying(OpenCall), fieldListed("robots"), fieldOther(), fieldBlank(),
		orgMayApply(OrgEnterprise), orgMayNotApply(OrgOther), outsideOpenCall(), outsideBreakthrough(),
		selectedByCompetition(), arrangedByDepartment(),
		platformFiled(PlatformRegionKeyLab), platformNotFiled(PlatformRegionKeyLab), platformsStack(2),
		pilotBuilt(), pilotNotBuilt(), pilotLeading(), pilotNotLeading(), pilotBeforeBlank(),
		pilotYear(2, 3), pilotYearMissing(), pilotYearPast(4, 3),
		pilotCapReached(d, d), pilotCost(d), pilotNoCost(), pilotRemaining(d, d, d),
		conceptFiled(), conceptNotFiled(), conceptJudged(), transferRoles(TechTransferRoles), noTransferRole(),
		noAmountNamed(), contractsTier(d, d), contractsAward(d), sentence(msgContractsAwardIf, money(d)),
		contractsBelow(d, d), contractsNone(), contractsJudged(), hintContracts(d, d),
		techSMEFiled(TechSMEFirst), techSMENotFiled(), hteMet(HTEIntroduced), hteMet(HTEFirst), hteMet(HTERenewed), noHTE(),
		recognisedFirst("gazelleFirst"), notRecognisedFirst("unicornFirst"),
		aboveScale(), notAboveScale(), superDeduction(), revenueGiven(d), noRevenue(), lastYearBlank(), rdIncrease(d, d, d, d),
		rdIncreaseShort(d, d, d, d), intensityMet(d, d), intensityLow(d, d), scaleTierMet(d, d, d, d),
		rdOver(d, d), rdNotOver(d, d), hintRD(d, d), hintRDOver(d, d, d),
		loanTechSME(), loanHTE(), loanNotQualified(), interestPaid(d), noInterest(),
		rated(RatingBasic), notRated(), cultivatedCount("cultivated.hte", 10, d, d), cultivatedSome(), cultivatedSum(d),
		sentence(msgCultivatedSumIf, money(d)), noneCultivated(),
	}
}

var placeholder = regexp.MustCompile(`\{[0-9]\}`)

// TestCatalogSentences: every sentence exists in both languages and names exactly the
// figures its constructor gives, each once at least.
func TestCatalogSentences(t *testing.T) {
	seen := map[msgID]bool{}
	for _, m := range everySentence() {
		seen[m.id] = true
		n := len(m.args)
		for _, lang := range []Lang{Chinese, English} {
			tmpl := catalog(lang).text[m.id]
			if tmpl == "" {
				t.Errorf("%s: sentence %d has no text", lang, m.id)
			}
			for _, p := range placeholder.FindAllString(tmpl, -1) {
				if i := int(p[1] - '0'); i < 1 || i > n {
					t.Errorf("%s: sentence %d %q names %s; it has %d figures", lang, m.id, tmpl, p, n)
				}
			}
			for i := 1; i <= n; i++ {
				if !strings.Contains(tmpl, "{"+string(rune('0'+i))+"}") {
					t.Errorf("%s: sentence %d %q leaves out figure %d", lang, m.id, tmpl, i)
				}
			}
			checkText(t, lang, "sentence", m.Text(lang))
		}
	}
	for id := msgID(1); id < msgCount; id++ {
		if !seen[id] {
			t.Errorf("sentence %d has no constructor in everySentence", id)
		}
	}
	for _, lang := range []Lang{Chinese, English} {
		c := catalog(lang)
		for p := ProblemNotJSON; p < problemCount; p++ {
			if c.problems[p] == "" {
				t.Errorf("%s: problem %d has no text", lang, p)
			}
		}
		for n := 1; n <= ReadingCount; n++ {
			if c.readings[n] == "" {
				t.Errorf("%s: Reading %d has no text", lang, n)
			}
		}
		for n := 1; n <= 8; n++ {
			checkText(t, lang, "measure "+ClauseNo(lang, n)+" title", MeasureTitle(lang, n))
		}
		for _, f := range Fields {
			for _, v := range f.Values {
				if Term(lang, v) == v && f.Kind == KindList {
					t.Errorf("%s: %s value %q has no term", lang, f.Path, v)
				}
			}
		}
	}
}

// profiles are every set of answers the tests know: the examples, the test tables and
// the fuzz corpus kept in testdata.
func profiles(t *testing.T) map[string]Answers {
	out := map[string]Answers{}
	add := func(name string, data []byte) {
		if a, err := Decode(data); err == nil {
			out[name] = a
		} else {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, p := range mustGlob(t, "examples/*.answers.json") {
		add(p, readFile(t, p))
	}
	for _, table := range itemCases() {
		for _, c := range table {
			add(c.name, []byte("{"+c.answers+"}"))
		}
	}
	for _, c := range hintCases {
		add(c.name, []byte("{"+c.answers+"}"))
	}
	for _, p := range mustGlob(t, "testdata/fuzz/FuzzAssess/*") {
		seed, ok := fuzzInput(readFile(t, p))
		if !ok {
			t.Fatalf("%s is not a corpus file", p)
		}
		out[p] = fuzzAnswers(seed)
	}
	return out
}

// fuzzInput reads the []byte value of a file of the fuzzer's corpus.
func fuzzInput(file []byte) ([]byte, bool) {
	_, rest, ok := strings.Cut(string(file), "[]byte(")
	if !ok {
		return nil, false
	}
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimSpace(rest), ")"))
	return []byte(s), err == nil
}

// TestEveryTextReads renders every title, reason, hint and reading of every profile.
func TestEveryTextReads(t *testing.T) {
	ps := profiles(t)
	if len(ps) < 200 {
		t.Fatalf("only %d profiles", len(ps))
	}
	for name, a := range ps {
		s := Assess(a)
		for _, lang := range []Lang{Chinese, English} {
			checkAssessmentTexts(t, name, lang, &s)
		}
		for _, p := range readingProblems(&a, &s) {
			t.Errorf("%s: %s", name, p)
		}
	}
}

// TestReadingsConcernTheirItem: a Reading that names several qualities shows each item
// only its own.
func TestReadingsConcernTheirItem(t *testing.T) {
	for _, c := range []struct {
		n        int
		id       ItemID
		has, not string
	}{
		{8, RDGrowth, "加计扣除", "实绩突出"},
		{8, ConceptCenter, "实绩突出", "加计扣除"},
		{8, PilotPlatformItem, "龙头企业", "实绩突出"},
		{8, HTE, "有效", "实绩突出"},
		{7, OpenCall, "公开竞争", ""},
		{11, RDScale, "上年研发费用", "申请金额"},
		{11, Breakthrough, "申请金额", "研发费用"},
		{11, PilotPlatformItem, "以前年度已获支持", "申请金额"},
		{8, TechContracts, "工作业绩突出", "实绩突出"},
		{7, Breakthrough, "安排部署", "公开竞争"},
		{14, OpenCall, "第一条", "第二条"},
		{14, Breakthrough, "第二条", "公开竞争"},
		{9, RegionKeyLab, "包头市", ""},
		{13, OpenCall, "等", ""},
		{15, RegionRDCenter, "每类", ""},
	} {
		got := ReadingText(Chinese, c.n, c.id)
		if !strings.Contains(got, c.has) || (c.not != "" && strings.Contains(got, c.not)) {
			t.Errorf("Reading %d for %s: %q", c.n, c.id, got)
		}
	}
}

// checkAssessmentTexts refuses a text a reader would stumble on, anywhere in s.
func checkAssessmentTexts(t testing.TB, name string, lang Lang, s *Assessment) {
	t.Helper()
	for i := range s.Items {
		it := &s.Items[i]
		where := name + " " + string(it.ID)
		if title := Title(lang, it.ID); title == string(it.ID) || title == "" {
			t.Errorf("%s %s: no title", where, lang)
		}
		for _, r := range it.Reasons {
			checkText(t, lang, where, r.Text(lang))
			if it.Eligible && r.Msg.id == msgZeroAmount {
				t.Errorf("%s %s: earned, yet says %q", where, lang, r.Text(lang))
			}
		}
		if it.Hint != nil {
			checkText(t, lang, where+" hint", it.Hint.Text(lang))
		}
		if len(it.Readings) > 0 {
			text := it.ReadingText(lang)
			for _, line := range strings.Split(text, "\n") {
				checkText(t, lang, where+" reading", line)
			}
			label := catalog(lang).readingLabel
			if strings.Count(text, FinalSay(lang)) != 1 || strings.Contains(text, label+catalog(lang).labelSep+label) {
				t.Errorf("%s %s: readings %q", where, lang, text)
			}
		}
		if it.Eligible && it.Basis != Unspecified && !it.Amount.IsPositive() {
			t.Errorf("%s: earned with amount %s", where, it.Amount)
		}
		for _, p := range itemTextProblems(it, lang) {
			t.Errorf("%s %s: %s", where, lang, p)
		}
	}
}

// The figures of a sentence as the catalogs write them: 万元 (with the exact yuan in
// brackets or not), ¥ or RMB, or a percentage. A figure's shown value is its first number.
const figure = `(?:¥[0-9,]+(?:\.[0-9]+)?|RMB [0-9,]+(?:\.[0-9]+)?|[0-9][0-9,]*(?:\.[0-9]+)?(?: 万元|%)(?:（¥[0-9,.]+）)?)`

var (
	comparison = regexp.MustCompile(`(` + figure + `)\s*(≥|<|，低于|，不足|，不低于|，达到|未超过|超过|, below|, short of|, at least|does not exceed|exceeds)\s*(` + figure + `)`)
	// reachFor are the words that make a threshold something reached: wrong for 超过.
	reachFor  = regexp.MustCompile(`(?:达到|R&D of) (` + figure + `)`)
	awardLine = regexp.MustCompile(`奖励(?:合计)? [0-9¥]|按最高额|award (?:RMB|[0-9])|awards in all|shown at its ceiling`)
	earnsIt   = regexp.MustCompile(`即可获得|would earn this item`)
	openComp  = regexp.MustCompile(`公开竞争|open competition|compete openly`)
)

// shownValue reads a figure as the reader sees it: the number in front, in its unit (yuan,
// or per cent for a percentage).
func shownValue(fig string) decimal.Decimal {
	unit := decimal.NewFromInt(1)
	s := strings.TrimPrefix(strings.TrimPrefix(fig, "¥"), "RMB ")
	if i := strings.IndexAny(s, " %（"); i >= 0 {
		if strings.HasPrefix(s[i:], " 万元") {
			unit = tenThousand
		}
		s = s[:i]
	}
	return decimal.RequireFromString(strings.ReplaceAll(s, ",", "")).Mul(unit)
}

// holds says whether "l op r" is true of the shown values.
func holds(l decimal.Decimal, op string, r decimal.Decimal) bool {
	switch op {
	case "≥", "，不低于", "，达到", ", at least":
		return l.GreaterThanOrEqual(r)
	case "<", "，低于", "，不足", ", below", ", short of":
		return l.LessThan(r)
	case "超过", "exceeds":
		return l.GreaterThan(r)
	}
	return l.LessThanOrEqual(r) // 未超过, does not exceed
}

// itemTextProblems are what a careful reader would find false or over-promising in an
// item's words (spec/ui.md, "Words and numbers"): a comparison that does not hold at the
// precision shown; a threshold the clause says 超过 written as one to reach; an award
// stated on an item that is not earned; "即可获得" where the department still judges a
// quality; 公开竞争 said of 二, which names none (Reading 14).
func itemTextProblems(it *Item, lang Lang) []string {
	var out []string
	texts := make([]string, 0, len(it.Reasons)+1)
	for _, r := range it.Reasons {
		text := r.Text(lang)
		texts = append(texts, text)
		if !it.Eligible && r.Mark != Unmet && awardLine.MatchString(text) {
			out = append(out, "an award stated on an item not earned: "+MarkText(r.Mark)+" "+text)
		}
	}
	if it.Hint != nil {
		hint := it.Hint.Text(lang)
		texts = append(texts, hint)
		if (it.ID == TechContracts || it.ID == ConceptCenter) && earnsIt.MatchString(hint) {
			out = append(out, "a hint that promises an item whose quality the department judges: "+hint)
		}
	}
	for _, text := range texts {
		for _, m := range comparison.FindAllStringSubmatch(text, -1) {
			if !holds(shownValue(m[1]), m[2], shownValue(m[3])) {
				out = append(out, "a comparison false as shown: "+text)
			}
		}
		if it.Measure == 6 {
			for _, m := range reachFor.FindAllStringSubmatch(text, -1) {
				for _, tier := range measure6.Scale {
					if v := shownValue(m[1]); v.Equal(tier.Over.Value) || v.Equal(tier.Over.Value.Add(oneCent)) {
						out = append(out, "a 超过 threshold written as one to reach: "+text)
					}
				}
			}
		}
	}
	if it.ID == Breakthrough {
		for _, text := range append(texts, it.ReadingText(lang)) {
			if openComp.MatchString(text) {
				out = append(out, "二 said to be an open competition: "+text)
			}
		}
	}
	return out
}

// readingProblems are the places where a blank or a choice shaped an item and the item
// does not name the Reading that says so.
func readingProblems(a *Answers, s *Assessment) []string {
	var out []string
	want := func(id ItemID, n int, why string) {
		if !slices.Contains(s.Item(id).Readings, n) {
			out = append(out, fmt.Sprintf("%s: %s, yet no Reading %d", id, why, n))
		}
	}
	for _, p := range []struct {
		id     ItemID
		p      Project
		fields []string
	}{{OpenCall, a.OpenCall, Current.M1.Fields}, {Breakthrough, a.Breakthrough, Current.M2.Fields}} {
		if !p.p.Applying {
			continue
		}
		if !p.p.Requested.IsPositive() {
			want(p.id, 11, "no support requested, read as the ceiling")
		}
		if !has(p.fields, p.p.Field) {
			want(p.id, 13, "a field the clause does not list")
		}
		if !a.InZone {
			want(p.id, 14, "an organisation outside the zone")
		}
	}
	if rd := a.RD; rd.LastYear.IsZero() && rd.ThisYear.IsPositive() && rd.Revenue.IsPositive() {
		want(RDGrowth, 11, "last year's R&D blank, read as zero")
	}
	if p := a.PilotPlatform; p.Built {
		want(PilotPlatformItem, 8, "whether the builder is a leading enterprise or service organisation")
		if p.Year > 1 && p.ReceivedBefore.IsZero() {
			want(PilotPlatformItem, 11, "support received before blank, read as zero")
		}
	}
	for i, platform := range Platforms {
		if has(a.NewPlatforms, platform) && len(a.NewPlatforms) > 1 {
			want(itemRules[2+i].id, 15, "several platforms newly filed")
		}
	}
	if it := s.Item(TechContracts); it.Hint != nil || a.TechContracts.GreaterThanOrEqual(measure4.Contracts[len(measure4.Contracts)-1].Min.Value) {
		want(TechContracts, 8, "工作业绩突出, judged by the department")
	}
	for _, id := range a.HigherLevelRewarded {
		want(ItemID(id), 9, "marked as rewarded by a higher-level department")
	}
	return out
}

var (
	leftOver     = regexp.MustCompile(`%!|\{[0-9]\}|  |^ | $|NaN|<nil>`)
	unitThenHan  = regexp.MustCompile(`[元%‰] \p{Han}`)
	fullWidth    = regexp.MustCompile(`[，。：；“”！？]`)
	hanOutsideOf = regexp.MustCompile(`\([^()]*\)`)
)

// checkText refuses an empty text, a formatting error, a stray space after a unit in
// Chinese, and in English full-width punctuation or Chinese outside the parentheses that
// quote the policy's own terms.
func checkText(t testing.TB, lang Lang, where, s string) {
	t.Helper()
	if strings.TrimSpace(s) == "" {
		t.Errorf("%s %s: empty text", where, lang)
		return
	}
	if leftOver.MatchString(s) {
		t.Errorf("%s %s: %q", where, lang, s)
	}
	if lang == Chinese && unitThenHan.MatchString(s) {
		t.Errorf("%s %s: a space after a unit in %q", where, lang, s)
	}
	if lang == English {
		if fullWidth.MatchString(s) {
			t.Errorf("%s %s: full-width punctuation in %q", where, lang, s)
		}
		for _, r := range hanOutsideOf.ReplaceAllString(s, "") {
			if unicode.Is(unicode.Han, r) {
				t.Errorf("%s %s: Chinese outside a quoted term in %q", where, lang, s)
				break
			}
		}
	}
}

// TestHanRuns: English text splits into its Chinese stretches, with their full-width
// punctuation, and the rest; nothing is lost or repeated.
func TestHanRuns(t *testing.T) {
	for s, want := range map[string]string{
		"":      "",
		"plain": "plain",
		"揭榜挂帅":  "[揭榜挂帅]",
		"open call (揭榜挂帅) and 今年研发费用（万元）: x": "open call ([揭榜挂帅]) and [今年研发费用（万元）]: x",
		"also 是/否, √": "also [是]/[否], √",
	} {
		var b strings.Builder
		HanRuns(s, func(run string, han bool) {
			if han {
				run = "[" + run + "]"
			}
			b.WriteString(run)
		})
		if b.String() != want {
			t.Errorf("%q: %q, want %q", s, b.String(), want)
		}
	}
}

// TestTextChecksCatch: each check of itemTextProblems and readingProblems fails on the
// sentence it is there to refuse, in the words the widget once said, and passes the
// sentence as it now reads.
func TestTextChecksCatch(t *testing.T) {
	yuan := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	bad := []struct {
		name  string
		it    Item
		langs []Lang // English writes yuan to the cent, so 万元's loss is Chinese alone
	}{
		{"growth in 万元 compared with its own threshold", Item{ID: RDGrowth, Measure: 6, Reasons: []Reason{{Unmet,
			sentence(msgIncreaseShort, money(yuan("5000000")), money(yuan("4000000.01")), money(yuan("999999.99")), money(yuan("1000000")))}}}, []Lang{Chinese}},
		{"contracts in 万元 below themselves", Item{ID: TechContracts, Measure: 4, Reasons: []Reason{{Unmet,
			sentence(msgContractsBelow, money(yuan("4999999.99")), money(yuan("5000000")))}}}, []Lang{Chinese}},
		{"达到 for 六's 超过", Item{ID: RDScale, Measure: 6, Hint: &[]Msg{hintRD(yuan("10000000.01"), yuan("5000000.01"))}[0]}, nil},
		{"an award line on an item not earned", Item{ID: TechContracts, Measure: 4, Reasons: []Reason{{Met, contractsAward(yuan("100000"))}}}, nil},
		{"a ceiling shown on an item not earned", Item{ID: HTE, Measure: 5, Reasons: []Reason{{Note, ceilingShown(yuan("150000"))}}}, nil},
		{"即可获得 where 工作业绩突出 is judged", Item{ID: TechContracts, Measure: 4, Hint: &[]Msg{hintRD(yuan("5000000"), yuan("1000000"))}[0]}, nil},
		{"公开竞争 in 二's reasons", Item{ID: Breakthrough, Measure: 2, Reasons: []Reason{{Note, selectedByCompetition()}}}, nil},
	}
	for _, c := range bad {
		langs := c.langs
		if langs == nil {
			langs = []Lang{Chinese, English}
		}
		for _, lang := range langs {
			if len(itemTextProblems(&c.it, lang)) == 0 {
				t.Errorf("%s (%s): not caught", c.name, lang)
			}
		}
	}
	// 二's readings are read by the same test; Reading 7 as it once was worded for both.
	for _, old := range []string{"“揭榜挂帅”“科技突围”项目通过公开竞争择优支持", "open-call and breakthrough projects (揭榜挂帅, 科技突围) are funded by open competition"} {
		if !openComp.MatchString(old) {
			t.Errorf("%q: not caught", old)
		}
	}
	good := []Item{
		{ID: RDGrowth, Measure: 6, Reasons: []Reason{{Unmet, rdIncreaseShort(yuan("5000000"), yuan("4000000.01"), yuan("999999.99"), yuan("1000000"))}}},
		{ID: TechContracts, Measure: 4, Reasons: []Reason{{Unmet, contractsBelow(yuan("4999999.99"), yuan("5000000"))}, {Note, sentence(msgContractsAwardIf, money(yuan("30000")))}}},
		{ID: RDScale, Measure: 6, Hint: &[]Msg{hintRDOver(yuan("10000000"), yuan("10000000.01"), yuan("5000000.01"))}[0]},
		{ID: TechContracts, Measure: 4, Hint: &[]Msg{hintContracts(yuan("5000000"), yuan("1000000"))}[0]},
		{ID: Breakthrough, Measure: 2, Readings: []int{7}, Reasons: []Reason{{Note, arrangedByDepartment()}}},
	}
	for _, it := range good {
		for _, lang := range []Lang{Chinese, English} {
			if p := itemTextProblems(&it, lang); len(p) > 0 {
				t.Errorf("%s (%s): refused %q", it.ID, lang, p)
			}
		}
	}

	// A reading left out where a blank or a choice shaped the item.
	for _, answers := range []string{
		`"openCall":{"applying":true,"field":"other","requested":"1000"}`,                                                  // 13
		`"breakthrough":{"applying":true,"field":"ai"}`,                                                                    // 11, 14
		`"inZone":true,"orgType":"enterprise","aboveScaleIndustrial":true,"rd":{"thisYear":"2000000","revenue":"9000000"}`, // 11
		`"inZone":true,"orgType":"enterprise","newPlatforms":["region_rd_center","innovation_consortium"]`,                 // 15
		`"pilotPlatform":{"built":true,"year":2}`,                                                                          // 8, 11
		`"higherLevelRewarded":["m5.hte"]`,                                                                                 // 9
		`"inZone":true,"orgType":"enterprise","techContracts":"4000000"`,                                                   // 8
	} {
		a, err := Decode([]byte("{" + answers + "}"))
		if err != nil {
			t.Fatal(err)
		}
		s := Assess(a)
		if p := readingProblems(&a, &s); len(p) > 0 {
			t.Errorf("{%s}: %q", answers, p)
		}
		for i := range s.Items {
			s.Items[i].Readings = nil
		}
		if len(readingProblems(&a, &s)) == 0 {
			t.Errorf("{%s}: readings dropped, not caught", answers)
		}
	}
}
