package app

import (
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
		link := EncodeShare(a)
		b, err := DecodeShare(link)
		if err != nil {
			t.Fatalf("%s: %s: %v", name, link, err)
		}
		if string(rules.Encode(a)) != string(rules.Encode(b)) {
			t.Errorf("%s: link %s gives different answers", name, link)
		}
	}
	a, _ := rules.Decode([]byte(`{"inZone":true,"orgType":"enterprise","rd":{"revenue":"200000000"},"newPlatforms":["national_key_lab","region_key_lab"]}`))
	if got, want := EncodeShare(a), "1~0~1enterprise~anational_key_lab;region_key_lab~p200000000"; got != want {
		t.Errorf("EncodeShare = %s, want %s", got, want)
	}
}

func TestShareRefusesBadLinks(t *testing.T) {
	for _, c := range []struct {
		link string
		err  error
	}{
		{"", ErrLinkDamaged},
		{"0~0", ErrLinkDamaged},
		{"x", ErrLinkDamaged},
		{"2~0", ErrLinkFuture},
		{"17", ErrLinkFuture},
		{"02~0", ErrLinkDamaged},
		{"1~", ErrLinkDamaged},
		{"1~0~", ErrLinkDamaged},
		{"1~0~0", ErrLinkDamaged},         // a field twice
		{"1~0yes", ErrLinkDamaged},        // a yes with a value
		{"1~1company", ErrLinkDamaged},    // unknown enum value
		{"1~p12,000", ErrLinkDamaged},     // not an amount
		{"1~p1200.50", ErrLinkDamaged},    // not as written by the encoder
		{"1~z1", ErrLinkDamaged},          // unknown code
		{"1~p", ErrLinkDamaged},           // empty value
		{"1~snone;first", ErrLinkDamaged}, // list syntax in an enum
		{"1~0~1enterp", ErrLinkDamaged},   // truncated
	} {
		if _, err := DecodeShare(c.link); err != c.err {
			t.Errorf("DecodeShare(%q) = %v, want %v", c.link, err, c.err)
		}
	}
	if a, err := DecodeShare("1"); err != nil || string(rules.Encode(a)) != "{}" {
		t.Errorf("empty link: %v", err)
	}
}

// FuzzShareLink: the decoder never panics, and a link it accepts re-encodes to a link
// that decodes to the same answers.
func FuzzShareLink(f *testing.F) {
	for _, name := range examples.Names() {
		data, _ := examples.Answers(name)
		a, _ := rules.Decode(data)
		f.Add(EncodeShare(a))
	}
	f.Add("1~0~0")
	f.Add("2~x")
	f.Fuzz(func(t *testing.T, link string) {
		a, err := DecodeShare(link)
		if err != nil {
			return
		}
		again := EncodeShare(a)
		b, err := DecodeShare(again)
		if err != nil {
			t.Fatalf("%q re-encoded as %q, which does not decode: %v", link, again, err)
		}
		if string(rules.Encode(a)) != string(rules.Encode(b)) || again != EncodeShare(b) {
			t.Fatalf("%q and its re-encoding %q differ", link, again)
		}
	})
}

// FuzzParseMoney: the input normaliser never panics, and what it accepts is a valid
// amount of the contract.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"1,200", "１２００", "1200万", "3000元", "-5", "0.0001", " 1 200.5 万元 "} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, wan bool) {
		unit := Yuan
		if wan {
			unit = Wan
		}
		v, p := ParseMoney(text, unit)
		if p != InputOK {
			return
		}
		if _, problem := rules.ParseAmount(v.StringFixed(2)); problem != rules.ProblemNone || v.IsNegative() {
			t.Fatalf("%q gave %s, not a valid amount", text, v)
		}
	})
}
