package rules

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestDecodeAccepts(t *testing.T) {
	for _, in := range []string{
		`{}`,
		`{"rd":{"thisYear":"1234567.89"}}`,
		`{"rd":{"thisYear":"007"}}`,
		`{"rd":{"thisYear":12.5}}`,
		`{"rd":{"thisYear":""}}`,
		`{"loanInterest":"1000000000000"}`,
		`{"orgType":""}`,
		`{"newPlatforms":["region_key_lab","region_key_lab"]}`,
		`{"cultivated":{"hte":100000}}`,
		`{"pilotPlatform":{"year":4}}`,
		`{"higherLevelRewarded":["m6.rd_growth"]}`,
		` {"inZone":true} `,
		"\ufeff{\"inZone\":true}", // Windows Notepad's byte-order mark
		`{"pilotPlatform":{"built":true,"leadingOrService":true}}`,
	} {
		if _, err := Decode([]byte(in)); err != nil {
			t.Errorf("%s: %v", in, err)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	for _, c := range []struct{ in, err string }{
		{`not json`, "not valid JSON"},
		{`[]`, `[…]: not a JSON object`},
		{`{"inZone":true}{}`, "more after the JSON"},
		{`{"inzone":true}`, "inzone: unknown field"},
		{`{"rd":{"thisyear":"1"}}`, "rd.thisyear: unknown field"},
		{`{"inZone":true,"inZone":false}`, "inZone: given twice"},
		{`{"rd":{"thisYear":"1","thisYear":"2"}}`, "rd.thisYear: given twice"},
		{`{"inZone":null}`, "inZone: null: not true or false"},
		{`{"inZone":"yes"}`, `inZone: "yes": not true or false`},
		{`{"rd":{"thisYear":"12,0"}}`, `rd.thisYear: "12,0": not an amount`},
		{`{"rd":{"thisYear":"5."}}`, `rd.thisYear: "5.": not an amount`},
		{`{"rd":{"thisYear":".5"}}`, `rd.thisYear: ".5": not an amount`},
		{`{"rd":{"thisYear":"1.230"}}`, `rd.thisYear: "1.230": not an amount`},
		{`{"rd":{"thisYear":"-1"}}`, `rd.thisYear: "-1": not an amount`},
		{`{"rd":{"thisYear":-1}}`, `rd.thisYear: -1: not an amount`},
		{`{"rd":{"thisYear":"1e5"}}`, `rd.thisYear: "1e5": not an amount`},
		{`{"rd":{"thisYear":1e5}}`, `rd.thisYear: 1e5: not an amount`},
		{`{"rd":{"thisYear":"NaN"}}`, `rd.thisYear: "NaN": not an amount`},
		{`{"rd":{"thisYear":null}}`, `rd.thisYear: null: not an amount`},
		{`{"loanInterest":"1000000000000.01"}`, `loanInterest: "1000000000000.01": above 1,000,000,000,000`},
		{`{"rd":"1"}`, `rd: "1": not a JSON object`},
		{`{"orgType":"company"}`, `orgType: "company": not one of the allowed values`},
		{`{"orgType":null}`, `orgType: null: not one of the allowed values`},
		{`{"newPlatforms":["x"]}`, `newPlatforms[0]: "x": not one of the allowed values`},
		{`{"newPlatforms":["region_key_lab",""]}`, `newPlatforms[1]: "": not one of the allowed values`},
		{`{"newPlatforms":"region_key_lab"}`, `newPlatforms: "region_key_lab": not a list`},
		{`{"higherLevelRewarded":["m9.x"]}`, `higherLevelRewarded[0]: "m9.x": not one of the allowed values`},
		{`{"cultivated":{"hte":-1}}`, `cultivated.hte: -1: not between 0 and 100000`},
		{`{"cultivated":{"hte":100001}}`, `cultivated.hte: 100001: not between 0 and 100000`},
		{`{"cultivated":{"hte":1.0}}`, `cultivated.hte: 1.0: not a whole number`},
		{`{"cultivated":{"hte":1e2}}`, `cultivated.hte: 1e2: not a whole number`},
		{`{"cultivated":{"hte":"3"}}`, `cultivated.hte: "3": not a whole number`},
		{`{"cultivated":{"hte":99999999999999999999}}`, `cultivated.hte: 99999999999999999999: not a whole number`},
		{`{"pilotPlatform":{"year":0}}`, `pilotPlatform.year: 0: not a whole number from 1 to 100000`},
		{`{"openCall":{"applying":true,"field":"ai"}}`, `openCall.field: "ai": not one of the allowed values`},
		{`{"inZone":true,`, "not valid JSON"},
	} {
		_, err := Decode([]byte(c.in))
		if err == nil || err.Error() != c.err {
			t.Errorf("%s: error %v, want %q", c.in, err, c.err)
		}
	}
}

func TestDecodeErrorInChinese(t *testing.T) {
	_, err := Decode([]byte(`{"rd":{"thisYear":"12,0"}}`))
	if got := err.(*FieldError).Message(Chinese); got != `rd.thisYear: "12,0": 不是金额（元，最多两位小数，不带符号和分隔符）` {
		t.Errorf("got %q", got)
	}
}

// TestEncodeRoundTrip: every example encodes canonically and decodes to the same answers.
func TestEncodeRoundTrip(t *testing.T) {
	for _, path := range mustGlob(t, "examples/*.answers.json") {
		a, err := Decode(readFile(t, path))
		if err != nil {
			t.Fatal(err)
		}
		enc := Encode(a)
		b, err := Decode(enc)
		if err != nil {
			t.Fatalf("%s: re-decoding %s: %v", path, enc, err)
		}
		if !bytes.Equal(Encode(b), enc) {
			t.Errorf("%s: encoding is not stable:\n%s\n%s", path, enc, Encode(b))
		}
		if _, err := Decode(EncodeIndent(a)); err != nil {
			t.Errorf("%s: indented form: %v", path, err)
		}
		checkIndent(t, a)
	}
	if got := string(Encode(Answers{})); got != "{}" {
		t.Errorf("empty answers encode as %s", got)
	}
	a, _ := Decode([]byte(`{"newPlatforms":["new_rd_institution","national_key_lab"],"rd":{"revenue":"12.50"},"inZone":true}`))
	if got, want := string(Encode(a)), `{"inZone":true,"newPlatforms":["national_key_lab","new_rd_institution"],"rd":{"revenue":"12.5"}}`; got != want {
		t.Errorf("Encode = %s, want %s", got, want)
	}
	checkIndent(t, a)
	checkIndent(t, Answers{})
}

// checkIndent: EncodeIndent lays out Encode's JSON as json.Indent does.
func checkIndent(t *testing.T, a Answers) {
	t.Helper()
	var want bytes.Buffer
	if err := json.Indent(&want, Encode(a), "", "  "); err != nil {
		t.Fatal(err)
	}
	want.WriteByte('\n')
	if got := EncodeIndent(a); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("EncodeIndent =\n%s\nwant\n%s", got, want.Bytes())
	}
}

func TestSetText(t *testing.T) {
	var a Answers
	for _, c := range []struct{ path, text string }{
		{"inZone", "TRUE"}, {"orgType", "enterprise"}, {"newPlatforms", "region_key_lab; national_key_lab"},
		{"rd.thisYear", "12000000"}, {"cultivated.hte", "3"}, {"pilotPlatform.year", "2"}, {"hteCertified", "是"},
	} {
		if err := SetText(&a, FieldByPath(c.path), c.text); err != nil {
			t.Errorf("%s=%q: %v", c.path, c.text, err)
		}
	}
	if want := `{"inZone":true,"orgType":"enterprise","newPlatforms":["national_key_lab","region_key_lab"],"pilotPlatform":{"year":2},"hteCertified":true,"rd":{"thisYear":"12000000"},"cultivated":{"hte":3}}`; string(Encode(a)) != want {
		t.Errorf("got %s", Encode(a))
	}
	for _, c := range []struct{ path, text, err string }{
		{"inZone", "maybe", `inZone: "maybe": not true or false`},
		{"rd.thisYear", "12,000", `rd.thisYear: "12,000": not an amount`},
		{"cultivated.hte", "2.5", `cultivated.hte: "2.5": not a whole number`},
		{"newPlatforms", "lab", `newPlatforms: "lab": not one of the allowed values`},
	} {
		if err := SetText(&a, FieldByPath(c.path), c.text); err == nil || err.Error() != c.err {
			t.Errorf("%s=%q: %v, want %q", c.path, c.text, err, c.err)
		}
	}
}
