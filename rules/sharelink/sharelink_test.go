package sharelink

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
