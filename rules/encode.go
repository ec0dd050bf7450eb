package rules

import (
	"bytes"
	"strconv"
	"strings"
)

// Encode writes answers as the contract's JSON, in the contract's order, leaving out every
// field that holds its zero value: equal answers give equal bytes, and the result decodes
// back to the same answers.
func Encode(a Answers) []byte { return encode(a, false) }

// EncodeIndent is Encode laid out for people, as in a saved answers file: what json.Indent
// makes of it with an indent of two spaces, written directly because json.Indent's
// scanner weighs 7 KB in the WebAssembly.
func EncodeIndent(a Answers) []byte { return append(encode(a, true), '\n') }

func encode(a Answers, indent bool) []byte {
	var b bytes.Buffer
	// line gives what comes before a member at depth: nothing, or a new indented line.
	line := func(depth int) string {
		if !indent {
			return ""
		}
		return "\n" + strings.Repeat("  ", depth)
	}
	colon := ":"
	if indent {
		colon = ": "
	}
	b.WriteByte('{')
	open := ""         // the group whose object is open
	top, inner := 0, 0 // members written at the top level and in the open group
	for i := range Fields {
		f := &Fields[i]
		group, key, _ := strings.Cut(f.Path, ".")
		if key == "" {
			group, key = "", f.Path
		}
		count, depth := &top, 1
		if group != "" {
			count, depth = &inner, 2
		}
		v, ok := f.encodeValue(&a, line(depth+1), line(depth))
		if !ok {
			continue
		}
		if group != open {
			if open != "" {
				b.WriteString(line(1) + "}")
			}
			open = group
			if group != "" {
				if top > 0 {
					b.WriteByte(',')
				}
				top++
				b.WriteString(line(1) + strconv.Quote(group) + colon + "{")
				inner = 0
			}
		}
		if *count > 0 {
			b.WriteByte(',')
		}
		*count++
		b.WriteString(line(depth) + strconv.Quote(key) + colon + v)
	}
	if open != "" {
		b.WriteString(line(1) + "}")
	}
	if top > 0 {
		b.WriteString(line(0))
	}
	b.WriteByte('}')
	return b.Bytes()
}

// encodeValue gives the JSON of f's value in a, and false when it is the zero value. A
// list's items each follow item, and its "]" follows end.
func (f *Field) encodeValue(a *Answers, item, end string) (string, bool) {
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
		return "[" + item + strings.Join(quoted, ","+item) + end + "]", true
	default:
		n := *f.Int(a)
		return strconv.Itoa(n), n != 0
	}
}
