package rules

import (
	"regexp"
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
		amountIsZero(), capped(d), formula(d, d, d), ceilingShown(d), requested(d, d),
		inZoneMet(), notInZone(), isEnterprise(), notEnterprise(OrgUniversity), rewardedAbove(),
		applying(OpenCall), notApplying(OpenCall), fieldListed("robots"), fieldNotListed(FieldOther),
		orgMayApply(OrgEnterprise), orgMayNotApply(OrgOther), openCompetitionNote(), selectedByCompetition(),
		platformFiled(PlatformRegionKeyLab), platformNotFiled(PlatformRegionKeyLab),
		pilotBuilt(), pilotNotBuilt(), pilotWho(), pilotYear(2, 3), pilotYearMissing(), pilotYearPast(4, 3),
		pilotCapReached(d, d), pilotCost(d), pilotNoCost(), pilotRemaining(d, d, d),
		conceptFiled(), conceptNotFiled(), conceptJudged(), transferRoles(TechTransferRoles), noTransferRole(),
		noAmountNamed(), contractsTier(d, d, d), contractsBelow(d, d), hintContracts(d, d),
		techSMEFiled(TechSMEFirst), techSMENotFiled(), hteMet(HTEIntroduced), hteMet(HTEFirst), hteMet(HTERenewed), noHTE(),
		recognisedFirst("gazelleFirst"), notRecognisedFirst("unicornFirst"),
		aboveScale(), notAboveScale(), superDeduction(), revenueGiven(d), noRevenue(), rdIncrease(d, d, d, d),
		rdIncreaseShort(d, d, d, d), intensityMet(d, d), intensityLow(d, d), scaleTierMet(d, d, d, d),
		rdOver(d, d), rdNotOver(d, d), hintRD(d, d),
		loanTechSME(), loanHTE(), loanNotQualified(), interestPaid(d), noInterest(),
		rated(RatingBasic), notRated(), cultivatedCount("cultivated.hte", 10, d, d), cultivatedSum(d), noneCultivated(),
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
		for n := 1; n <= 12; n++ {
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
	}
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
