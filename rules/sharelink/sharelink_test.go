package sharelink

import (
	"slices"
	"strings"
	"testing"

	"baotou-widget/rules"
	"baotou-widget/rules/examples"
)

func TestShareRoundTrip(t *testing.T) {
	for _, name := range examples.Names() {
		data, _ := examples.Answers(name)
		a, err := rules.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		link := Encode(a)
		b, err := Decode(link)
		if err != nil {
			t.Fatalf("%s: %s: %v", name, link, err)
		}
		if string(rules.Encode(a)) != string(rules.Encode(b)) {
			t.Errorf("%s: link %s gives different answers", name, link)
		}
	}
	a, _ := rules.Decode([]byte(`{"inZone":true,"orgType":"enterprise","rd":{"revenue":"200000000"},"newPlatforms":["national_key_lab","region_key_lab"]}`))
	if got, want := Encode(a), "1~0~1enterprise~anational_key_lab;region_key_lab~p200000000"; got != want {
		t.Errorf("Encode = %s, want %s", got, want)
	}
}

// TestEveryFieldCode: every code of version 1 reads as the field it was given, frozen
// here: a field inserted before another would move its code, and every link made before
// would open with the wrong answers. Every field of the answers has a code.
func TestEveryFieldCode(t *testing.T) {
	codes := []struct{ link, answers string }{
		{"1~0", `{"inZone":true}`},
		{"1~1enterprise", `{"orgType":"enterprise"}`},
		{"1~2", `{"aboveScaleIndustrial":true}`},
		{"1~3m1.open_call;m8.incubator_cultivation", `{"higherLevelRewarded":["m1.open_call","m8.incubator_cultivation"]}`},
		{"1~4", `{"openCall":{"applying":true}}`},
		{"1~5rare_earth_materials", `{"openCall":{"field":"rare_earth_materials"}}`},
		{"1~61234.5", `{"openCall":{"requested":"1234.5"}}`},
		{"1~7", `{"breakthrough":{"applying":true}}`},
		{"1~8rare_earth_materials", `{"breakthrough":{"field":"rare_earth_materials"}}`},
		{"1~91234.5", `{"breakthrough":{"requested":"1234.5"}}`},
		{"1~anational_key_lab;new_rd_institution", `{"newPlatforms":["national_key_lab","new_rd_institution"]}`},
		{"1~b", `{"pilotPlatform":{"built":true}}`},
		{"1~c2", `{"pilotPlatform":{"year":2}}`},
		{"1~d1234.5", `{"pilotPlatform":{"equipmentCost":"1234.5"}}`},
		{"1~e1234.5", `{"pilotPlatform":{"receivedBefore":"1234.5"}}`},
		{"1~f", `{"conceptCenter":true}`},
		{"1~gseller;registry", `{"techTransferRoles":["seller","registry"]}`},
		{"1~h1234.5", `{"techContracts":"1234.5"}`},
		{"1~inone", `{"techSME":"none"}`},
		{"1~jnone", `{"hte":"none"}`},
		{"1~k", `{"hteCertified":true}`},
		{"1~l", `{"gazelleFirst":true}`},
		{"1~m", `{"unicornFirst":true}`},
		{"1~n1234.5", `{"rd":{"thisYear":"1234.5"}}`},
		{"1~o1234.5", `{"rd":{"lastYear":"1234.5"}}`},
		{"1~p1234.5", `{"rd":{"revenue":"1234.5"}}`},
		{"1~q1234.5", `{"loanInterest":"1234.5"}`},
		{"1~rnone", `{"incubatorRating":"none"}`},
		{"1~s2", `{"cultivated":{"hte":2}}`},
		{"1~t2", `{"cultivated":{"revenue10M":2}}`},
		{"1~u2", `{"cultivated":{"revenue20M":2}}`},
		{"1~v2", `{"cultivated":{"revenue50M":2}}`},
		{"1~w", `{"pilotPlatform":{"leadingOrService":true}}`},
	}
	if len(codes) != len(shareFieldsV1) {
		t.Errorf("%d codes checked, %d fields have one", len(codes), len(shareFieldsV1))
	}
	for _, c := range codes {
		a, err := Decode(c.link)
		if err != nil {
			t.Errorf("Decode(%q): %v", c.link, err)
			continue
		}
		if got := string(rules.Encode(a)); got != c.answers {
			t.Errorf("Decode(%q) = %s, want %s", c.link, got, c.answers)
		}
		if again := Encode(a); again != c.link {
			t.Errorf("%s encodes as %q, want %q", c.answers, again, c.link)
		}
	}
	for _, f := range rules.Fields {
		if !slices.Contains(shareFieldsV1, f.Path) {
			t.Errorf("field %s has no code: a share link would lose it", f.Path)
		}
	}
}

func TestShareRefusesBadLinks(t *testing.T) {
	for _, c := range []struct {
		link string
		err  error
	}{
		{"", ErrDamaged},
		{"0~0", ErrDamaged},
		{"x", ErrDamaged},
		{"2~0", ErrFuture},
		{"17", ErrFuture},
		{"02~0", ErrDamaged},
		{"1~", ErrDamaged},
		{"1~0~", ErrDamaged},
		{"1~0~0", ErrDamaged},         // a field twice
		{"1~0yes", ErrDamaged},        // a yes with a value
		{"1~1company", ErrDamaged},    // unknown enum value
		{"1~p12,000", ErrDamaged},     // not an amount
		{"1~p1200.50", ErrDamaged},    // not as written by the encoder
		{"1~z1", ErrDamaged},          // unknown code
		{"1~p", ErrDamaged},           // empty value
		{"1~snone;first", ErrDamaged}, // list syntax in an enum
		{"1~0~1enterp", ErrDamaged},   // truncated
	} {
		if _, err := Decode(c.link); err != c.err {
			t.Errorf("Decode(%q) = %v, want %v", c.link, err, c.err)
		}
	}
	if a, err := Decode("1"); err != nil || string(rules.Encode(a)) != "{}" {
		t.Errorf("empty link: %v", err)
	}
}

// FuzzShareLink: the decoder never panics, and a link it accepts re-encodes to a link
// that decodes to the same answers.
func FuzzShareLink(f *testing.F) {
	for _, name := range examples.Names() {
		data, _ := examples.Answers(name)
		a, _ := rules.Decode(data)
		f.Add(Encode(a))
	}
	f.Add("1~0~0")
	f.Add("2~x")
	f.Fuzz(func(t *testing.T, link string) {
		a, err := Decode(link)
		if err != nil {
			return
		}
		again := Encode(a)
		b, err := Decode(again)
		if err != nil {
			t.Fatalf("%q re-encoded as %q, which does not decode: %v", link, again, err)
		}
		if string(rules.Encode(a)) != string(rules.Encode(b)) || again != Encode(b) {
			t.Fatalf("%q and its re-encoding %q differ", link, again)
		}
	})
}

// TestShareName: the organisation's name travels only in a link made with it, survives
// "~", "#" and a messenger's escaping, and leaves the links made without it as they were.
func TestShareName(t *testing.T) {
	a, _ := rules.Decode([]byte(`{"inZone":true,"orgType":"enterprise","rd":{"revenue":"200000000"}}`))
	if got := EncodeNamed(a, ""); got != Encode(a) {
		t.Errorf("a link without a name changed: %s", got)
	}
	for _, name := range []string{"包头稀土 ~ 磁材#1 有限公司", "A&B Co. 50%"} {
		link := EncodeNamed(a, name)
		b, got, err := DecodeNamed(link)
		if err != nil || got != name || string(rules.Encode(a)) != string(rules.Encode(b)) {
			t.Errorf("%q: %s gives %q, %v", name, link, got, err)
		}
		if strings.ContainsAny(link[len(Encode(a)):], "%#&?") {
			t.Errorf("%q: the name is written with characters an address escapes: %s", name, link)
		}
	}
	if _, name, err := DecodeNamed(Encode(a)); err != nil || name != "" {
		t.Errorf("a link without a name: %q, %v", name, err)
	}
	for _, link := range []string{"1~_", "1~_!!", "1~__w8", "1~_YQ~_YQ"} { // empty, not base64url, not UTF-8, twice
		if _, _, err := DecodeNamed(link); err != ErrDamaged {
			t.Errorf("DecodeNamed(%q) = %v, want ErrDamaged", link, err)
		}
	}
}

// TestOldLinksStillOpen: pilotPlatform.leadingOrService came after the first links were
// made; its code is appended, so a link made before it opens to the same answers, and the
// new field writes a code of its own.
func TestOldLinksStillOpen(t *testing.T) {
	// The pilot plant's link as the version before the new field wrote it.
	const before = "1~0~1enterprise~2~3m3.academician_workstation~anational_key_lab;academician_workstation;region_rd_center;innovation_consortium;new_rd_institution~b~c2~d8000000~e1200000~f~gseller;registry~h50000000~jintroduced~l~n60000000~o57000000~p1600000000~q800000"
	a, err := Decode(before)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"inZone":true,"orgType":"enterprise","aboveScaleIndustrial":true,"higherLevelRewarded":["m3.academician_workstation"],` +
		`"newPlatforms":["national_key_lab","academician_workstation","region_rd_center","innovation_consortium","new_rd_institution"],` +
		`"pilotPlatform":{"built":true,"year":2,"equipmentCost":"8000000","receivedBefore":"1200000"},"conceptCenter":true,` +
		`"techTransferRoles":["seller","registry"],"techContracts":"50000000","hte":"introduced","gazelleFirst":true,` +
		`"rd":{"thisYear":"60000000","lastYear":"57000000","revenue":"1600000000"},"loanInterest":"800000"}`
	if got := string(rules.Encode(a)); got != want {
		t.Errorf("an old link reads as\n%s\nwant\n%s", got, want)
	}
	if got := Encode(a); got != before {
		t.Errorf("the same answers now write %s, want %s", got, before)
	}
	a.PilotPlatform.LeadingOrService = true
	if got := Encode(a); got != before+"~w" {
		t.Errorf("with the builder's answer: %s, want %s~w", got, before)
	}
}
