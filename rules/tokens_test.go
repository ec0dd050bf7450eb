package rules

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"testing"
)

// FuzzTokens compares tokens with what it replaced, encoding/json's Decoder with UseNumber:
// for any input, the same tokens in the same order, and an error at the same token. The
// seeds are the examples and the JSON that tends to split readers: numbers at their edges,
// escapes, nesting, stray delimiters, several documents in a row.
func FuzzTokens(f *testing.F) {
	addExamples(f)
	for _, s := range []string{
		``, ` `, `{}`, `[]`, `[1,]`, `{"a":1,}`, `{"a" 1}`, `{"a":}`, `{1:2}`, `[1 2]`, `]`, `}`, `[}`, `{]`,
		`0`, `-0`, `01`, `-`, `1.`, `.5`, `1e`, `1e+`, `1E-2`, `-1.5e10`, `1.5.5`, `00`, `0x1`, `+1`,
		`"a\u00e9\n"`, `"\u12"`, `"\x"`, `"a`, "\"\x01\"", `"\ud800"`, "\"\xff\"",
		`true`, `tru`, `truex`, `nul`, `null null`, `1 2 3`, `{} {}`, `[[[[]]]]`, `[{"a":[true,false,null]}]`,
		`{"a":{"b":{"c":[1,{"d":"e"}]}}}`, `{"":""}`, "\t\n\r {}", `{"a":1}x`, `[1]]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ours := tokens{data: data}
		theirs := json.NewDecoder(bytes.NewReader(data))
		theirs.UseNumber()
		for i := 0; ; i++ {
			a, errA := ours.next()
			b, errB := theirs.Token()
			if (errA == nil) != (errB == nil) || errA == io.EOF != (errB == io.EOF) {
				t.Fatalf("%q token %d: tokens gives %#v, %v; json.Decoder %#v, %v", data, i, a, errA, b, errB)
			}
			if errA != nil {
				return
			}
			if fmt.Sprintf("%T %#v", a, a) != fmt.Sprintf("%T %#v", b, b) {
				t.Fatalf("%q token %d: tokens gives %#v, json.Decoder %#v", data, i, a, b)
			}
		}
	})
}
