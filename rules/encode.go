package rules

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// Encode writes answers as the contract's JSON, in the contract's order, leaving out every
// field that holds its zero value: equal answers give equal bytes, and the result decodes
// back to the same answers.
func Encode(a Answers) []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	open := ""         // the group whose object is open
	top, inner := 0, 0 // members written at the top level and in the open group
	for i := range Fields {
		f := &Fields[i]
		v, ok := f.encodeValue(&a)
		if !ok {
			continue
		}
		group, key, _ := strings.Cut(f.Path, ".")
		if key == "" {
			group, key = "", f.Path
		}
		if group != open {
			if open != "" {
				b.WriteByte('}')
			}
			open = group
			if group != "" {
				if top > 0 {
					b.WriteByte(',')
				}
				top++
				writeKey(&b, group)
				b.WriteByte('{')
				inner = 0
			}
		}
		count := &top
		if group != "" {
			count = &inner
		}
		if *count > 0 {
			b.WriteByte(',')
		}
		*count++
		writeKey(&b, key)
		b.WriteString(v)
	}
	if open != "" {
		b.WriteByte('}')
	}
	b.WriteByte('}')
	return b.Bytes()
}

// EncodeIndent is Encode laid out for people, as in a saved answers file.
func EncodeIndent(a Answers) []byte {
	var out bytes.Buffer
	_ = json.Indent(&out, Encode(a), "", "  ") // Encode always writes valid JSON
	out.WriteByte('\n')
	return out.Bytes()
}

func writeKey(b *bytes.Buffer, k string) {
	b.WriteString(strconv.Quote(k))
	b.WriteByte(':')
}

// encodeValue gives the JSON of f's value in a, and false when it is the zero value.
func (f *Field) encodeValue(a *Answers) (string, bool) {
	switch f.Kind {
	case KindBool:
		return "true", *f.Bool(a)
	case KindAmount:
		v := f.Amount(a)
		return strconv.Quote(v.String()), !v.IsZero()
	case KindEnum:
		v := *f.Text(a)
		return strconv.Quote(v), v != ""
	case KindList:
		list := *f.List(a)
		if len(list) == 0 {
			return "", false
		}
		quoted := make([]string, len(list))
		for i, v := range list {
			quoted[i] = strconv.Quote(v)
		}
		return "[" + strings.Join(quoted, ",") + "]", true
	default:
		n := *f.Int(a)
		return strconv.Itoa(n), n != 0
	}
}
