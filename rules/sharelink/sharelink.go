// Package sharelink writes answers into a share link's fragment and reads them back.
package sharelink

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"baotou-widget/rules"
)

// A share link carries the answers in the address's fragment, which browsers never send to
// a server: /#a=1~0~1enterprise~2~p200000000. After the version, each "~"-separated token
// is a one-character field code and the field's value as text: nothing for a yes, the
// amount in yuan, the enum value, a list's values joined by ";", a whole number.
//
// The codes of version 1 are frozen below: a link made today must open in every later
// version, so a new field gets a new code and a changed meaning gets a new version.

// shareVersion is the version this program writes.
const shareVersion = "1"

// shareFieldsV1 are the fields of version 1, the code of each being its index in base 36.
var shareFieldsV1 = []string{
	"inZone", "orgType", "aboveScaleIndustrial", "higherLevelRewarded",
	"openCall.applying", "openCall.field", "openCall.requested",
	"breakthrough.applying", "breakthrough.field", "breakthrough.requested",
	"newPlatforms",
	"pilotPlatform.built", "pilotPlatform.year", "pilotPlatform.equipmentCost", "pilotPlatform.receivedBefore",
	"conceptCenter", "techTransferRoles", "techContracts",
	"techSME", "hte", "hteCertified", "gazelleFirst", "unicornFirst",
	"rd.thisYear", "rd.lastYear", "rd.revenue",
	"loanInterest",
	"incubatorRating", "cultivated.hte", "cultivated.revenue10M", "cultivated.revenue20M", "cultivated.revenue50M",
	// Added after the first links were made: appended, so every older code keeps its field.
	"pilotPlatform.leadingOrService",
}

// Errors of share links, each shown to the user in words of the catalog.
var (
	ErrDamaged = errors.New("the share link is damaged or incomplete")
	ErrFuture  = errors.New("the share link was made by a newer version of the widget")
)

// nameCode is the token of the organisation's name, which a link carries only when the
// user chooses: not a base-36 digit, so no field's code, present or to come, can take it,
// and a link without it reads as before. The name is written in unpadded base64url, which
// neither "~" nor a messenger's escaping can touch.
const nameCode = "_"

var nameEncoding = base64.RawURLEncoding.Strict()

// EncodeNamed is Encode with the organisation's name, if any.
func EncodeNamed(a rules.Answers, name string) string {
	if name == "" {
		return Encode(a)
	}
	return Encode(a) + "~" + nameCode + nameEncoding.EncodeToString([]byte(name))
}

// Encode writes answers as the fragment value of a share link (what follows "a=").
func Encode(a rules.Answers) string {
	var b strings.Builder
	b.WriteString(shareVersion)
	for i, path := range shareFieldsV1 {
		text, ok := fieldText(&a, rules.FieldByPath(path))
		if !ok {
			continue
		}
		b.WriteByte('~')
		b.WriteString(strconv.FormatInt(int64(i), 36))
		b.WriteString(text)
	}
	return b.String()
}

// fieldText is a field's value as the link writes it, and false when it is unanswered.
func fieldText(a *rules.Answers, f *rules.Field) (string, bool) {
	switch f.Kind {
	case rules.KindBool:
		return "", *f.Bool(a)
	case rules.KindAmount:
		v := f.Amount(a)
		return v.String(), !v.IsZero()
	case rules.KindEnum:
		v := *f.Text(a)
		return v, v != ""
	case rules.KindList:
		v := *f.List(a)
		return strings.Join(v, ";"), len(v) > 0
	default:
		n := *f.Int(a)
		return strconv.Itoa(n), n != 0
	}
}

// Decode reads the fragment value of a share link. A damaged link gives
// ErrDamaged, one from a later version ErrFuture; neither gives half the answers.
func Decode(s string) (rules.Answers, error) {
	a, _, err := DecodeNamed(s)
	return a, err
}

// DecodeNamed is Decode that also gives the organisation's name the link carries, or "".
func DecodeNamed(s string) (rules.Answers, string, error) {
	var a rules.Answers
	var name string
	version, rest, hasFields := strings.Cut(s, "~")
	switch {
	case version == shareVersion:
	case isLaterVersion(version):
		return a, "", ErrFuture
	default:
		return a, "", ErrDamaged
	}
	if !hasFields {
		return a, "", nil
	}
	seen := map[int]bool{}
	for _, token := range strings.Split(rest, "~") {
		if token == "" {
			return rules.Answers{}, "", ErrDamaged
		}
		if token[:1] == nameCode && name == "" {
			b, err := nameEncoding.DecodeString(token[1:])
			if err != nil || len(b) == 0 || !utf8.Valid(b) {
				return rules.Answers{}, "", ErrDamaged
			}
			name = string(b)
			continue
		}
		i, err := strconv.ParseInt(token[:1], 36, 0)
		if err != nil || int(i) >= len(shareFieldsV1) || seen[int(i)] {
			return rules.Answers{}, "", ErrDamaged
		}
		seen[int(i)] = true
		f := rules.FieldByPath(shareFieldsV1[i])
		text := token[1:]
		if f.Kind == rules.KindBool {
			if text != "" {
				return rules.Answers{}, "", ErrDamaged
			}
			text = "true"
		}
		if text == "" || rules.SetText(&a, f, text) != nil || !canonical(&a, f, token[1:]) {
			return rules.Answers{}, "", ErrDamaged
		}
	}
	return a, name, nil
}

// canonical reports whether a value was written as Encode writes it, so that a
// link decodes to answers that encode back to the same link.
func canonical(a *rules.Answers, f *rules.Field, text string) bool {
	got, _ := fieldText(a, f)
	return f.Kind == rules.KindBool || got == text
}

// isLaterVersion reports whether v is a version number above ours.
func isLaterVersion(v string) bool {
	n, err := strconv.Atoi(v)
	mine, _ := strconv.Atoi(shareVersion)
	return err == nil && n > mine && v == strconv.Itoa(n)
}
