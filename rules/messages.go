package rules

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Lang is a language the widget speaks.
type Lang string

// The languages: Chinese is the reference, English complete beside it.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// ParseLang reads "zh" or "en"; anything else is Chinese, the default.
func ParseLang(s string) Lang {
	if strings.HasPrefix(strings.ToLower(s), "en") {
		return English
	}
	return Chinese
}

// MsgID names a message of the catalog.
type MsgID int

// Msg is a message with its figures, rendered in a language only when shown, so that
// Assess stays free of language.
type Msg struct {
	ID   MsgID
	Args []any // decimal.Decimal (yuan), percent, rate, term, termList, int
}

func msg(id MsgID, args ...any) Msg { return Msg{ID: id, Args: args} }

// Mark says what a reason does for the result.
type Mark int

// The marks of reasons.
const (
	Met   Mark = iota // a test that passed
	Unmet             // a test that failed
	Note              // a figure or remark that explains the amount
)

// Reason is one line of an item's explanation.
type Reason struct {
	Mark Mark
	Msg  Msg
}

// percent is a ratio shown as a percentage truncated to two decimals (6.00%).
type percent decimal.Decimal

// rate is a policy rate shown as briefly as it allows (3%, 0.5%).
type rate decimal.Decimal

// term is a key of the catalog's terms: an item id, an enum value, a field path.
type term string

// termList is a list of terms shown joined.
type termList []string

// termOrNone is the term for v, or the catalog's word for "not given".
func termOrNone(v string) term {
	if v == "" {
		return term("")
	}
	return term(v)
}

// Text renders m in lang.
func (m Msg) Text(lang Lang) string {
	c := catalog(lang)
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		args[i] = c.arg(a)
	}
	return fmt.Sprintf(c.text[m.ID], args...)
}

// Text renders the reason in lang, without its mark.
func (r Reason) Text(lang Lang) string { return r.Msg.Text(lang) }

// arg renders one figure of a message.
func (c *messages) arg(a any) string {
	switch v := a.(type) {
	case decimal.Decimal:
		return c.yuan(FormatYuan(v))
	case percent:
		return formatPercent(decimal.Decimal(v))
	case rate:
		return decimal.Decimal(v).Mul(hundred).String() + "%"
	case term:
		return c.term(string(v))
	case termList:
		parts := make([]string, len(v))
		for i, t := range v {
			parts[i] = c.term(t)
		}
		return strings.Join(parts, c.listSep)
	case int:
		return fmt.Sprint(v)
	}
	return fmt.Sprint(a)
}

func (c *messages) term(key string) string {
	if key == "" {
		return c.none
	}
	if t, ok := c.terms[key]; ok {
		return t
	}
	return key
}

// Term gives the name of an item, enum value or field in lang: Term(Chinese, "m6.rd_growth")
// is "研发费用增量补助".
func Term(lang Lang, key string) string { return catalog(lang).term(key) }

// Question gives the questionnaire's wording of the answer field at path in lang: how the
// page asks it and how a spreadsheet's column may name it.
func Question(lang Lang, path string) string { return catalog(lang).questions[path] }

// Title gives an item's name in lang.
func Title(lang Lang, id ItemID) string { return Term(lang, string(id)) }

// ReadingText gives Reading n of spec/rules.md in lang, with the note that the department
// interprets the policy.
func ReadingText(lang Lang, n int) string {
	c := catalog(lang)
	return fmt.Sprintf(c.readingFormat, n, c.readings[n])
}

// MarkText gives the sign of a mark (✓, ✗, ·).
func MarkText(m Mark) string { return [...]string{"✓", "✗", "·"}[m] }

// ClauseNumeral gives the clause number of measure n as the policy writes it (六).
func ClauseNumeral(n int) string {
	return [...]string{"", "一", "二", "三", "四", "五", "六", "七", "八"}[n]
}

// messages is one language's catalog: every sentence the rules say, in one place.
type messages struct {
	text          map[MsgID]string
	problems      map[Problem]string
	terms         map[string]string
	questions     map[string]string
	readings      map[int]string
	readingFormat string
	yuan          func(figure string) string
	none          string
	listSep       string
}

func catalog(lang Lang) *messages {
	if lang == English {
		return &english
	}
	return &chinese
}

// The messages of the rules; each has a text in messages_zh.go and messages_en.go.
const (
	MsgZeroAmount MsgID = iota
	MsgCapped
	MsgFormula
	MsgCeilingShown
	MsgRequested
	MsgInZone
	MsgNotInZone
	MsgEnterprise
	MsgNotEnterprise
	MsgRewardedAbove
	MsgApplying
	MsgNotApplying
	MsgFieldListed
	MsgFieldNotListed
	MsgOrgMayApply
	MsgOrgMayNotApply
	MsgOpenCompetition
	MsgPlatformFiled
	MsgPlatformNotFiled
	MsgPilotBuilt
	MsgPilotNotBuilt
	MsgPilotWho
	MsgPilotYear
	MsgPilotYearMissing
	MsgPilotYearPast
	MsgPilotCapReached
	MsgPilotNoCost
	MsgPilotRemaining
	MsgConceptFiled
	MsgConceptNotFiled
	MsgConceptJudged
	MsgTransferRoles
	MsgNoTransferRole
	MsgNoAmountNamed
	MsgContractsTier
	MsgContractsBelow
	MsgHintContracts
	MsgTechSMEFiled
	MsgTechSMENotFiled
	MsgHTE
	MsgNoHTE
	MsgFirstRecognised
	MsgNotFirstRecognised
	MsgAboveScale
	MsgNotAboveScale
	MsgSuperDeduction
	MsgRevenue
	MsgNoRevenue
	MsgIncrease
	MsgIncreaseShort
	MsgIntensity
	MsgIntensityLow
	MsgScaleTier
	MsgRDOver
	MsgRDNotOver
	MsgHintRD
	MsgLoanTechSME
	MsgLoanHTE
	MsgLoanNotQualified
	MsgInterestPaid
	MsgNoInterest
	MsgRated
	MsgNotRated
	MsgCultivatedCount
	MsgCultivatedSum
	MsgNoneCultivated
	msgCount
)
