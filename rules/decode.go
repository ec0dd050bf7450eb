package rules

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// Decode reads answers strictly, as spec/answers.md says: any unknown field, duplicate key,
// value of the wrong type, unknown enum value or bad amount, count or year refuses the whole
// document with a *FieldError naming the field path.
func Decode(data []byte) (Answers, error) {
	var a Answers
	// Windows Notepad starts UTF-8 with a byte-order mark; the contract ignores it.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	d := &jsonDecoder{dec: tokens{data: data}}
	tok, err := d.dec.next()
	if err != nil {
		return Answers{}, &FieldError{Problem: ProblemNotJSON}
	}
	if tok != json.Delim('{') {
		return Answers{}, &FieldError{Value: describe(tok), Problem: ProblemNotObject}
	}
	if err := d.object("", &a); err != nil {
		return Answers{}, err
	}
	if _, err := d.dec.next(); err != io.EOF {
		return Answers{}, &FieldError{Problem: ProblemTrailing}
	}
	return a, nil
}

type jsonDecoder struct{ dec tokens }

// object reads the members of an object whose '{' is consumed, under the path prefix.
func (d *jsonDecoder) object(prefix string, a *Answers) error {
	seen := map[string]bool{}
	for d.dec.more() {
		tok, err := d.dec.next()
		if err != nil {
			return &FieldError{Path: prefix, Problem: ProblemNotJSON}
		}
		key := tok.(string) // inside an object, encoding/json only yields string keys
		path := key
		if prefix != "" {
			path = prefix + "." + key
		}
		if seen[key] {
			return &FieldError{Path: path, Problem: ProblemDuplicate}
		}
		seen[key] = true
		if err := d.member(path, a); err != nil {
			return err
		}
	}
	if _, err := d.dec.next(); err != nil {
		return &FieldError{Path: prefix, Problem: ProblemNotJSON}
	}
	return nil
}

// member reads the value at path: a group of fields, or one field.
func (d *jsonDecoder) member(path string, a *Answers) error {
	tok, err := d.dec.next()
	if err != nil {
		return &FieldError{Path: path, Problem: ProblemNotJSON}
	}
	if groups[path] {
		if tok != json.Delim('{') {
			return &FieldError{Path: path, Value: describe(tok), Problem: ProblemNotObject}
		}
		return d.object(path, a)
	}
	f := fieldIndex[path]
	if f == nil {
		return &FieldError{Path: path, Problem: ProblemUnknownField}
	}
	if f.Kind == KindList {
		return d.list(f, tok, a)
	}
	return setScalar(f, tok, a)
}

// list reads a JSON array of enum values into the set at f.
func (d *jsonDecoder) list(f *Field, tok json.Token, a *Answers) error {
	if tok != json.Delim('[') {
		return &FieldError{Path: f.Path, Value: describe(tok), Problem: ProblemNotList}
	}
	*f.List(a) = nil
	for i := 0; d.dec.more(); i++ {
		path := f.Path + "[" + strconv.Itoa(i) + "]"
		tok, err := d.dec.next()
		if err != nil {
			return &FieldError{Path: path, Problem: ProblemNotJSON}
		}
		s, ok := tok.(string)
		if !ok || !f.checkEnum(s) {
			return &FieldError{Path: path, Value: describe(tok), Problem: ProblemNotEnum}
		}
		f.addToList(a, s)
	}
	if _, err := d.dec.next(); err != nil {
		return &FieldError{Path: f.Path, Problem: ProblemNotJSON}
	}
	return nil
}

// isInteger reports whether s is a JSON integer without fraction or exponent.
func isInteger(s string) bool { return isDigits(strings.TrimPrefix(s, "-")) }

// setScalar checks a JSON token against f's kind and stores it.
func setScalar(f *Field, tok json.Token, a *Answers) error {
	bad := func(p Problem) error { return &FieldError{Path: f.Path, Value: describe(tok), Problem: p} }
	switch f.Kind {
	case KindBool:
		b, ok := tok.(bool)
		if !ok {
			return bad(ProblemNotBool)
		}
		*f.Bool(a) = b
	case KindAmount:
		var s string
		switch v := tok.(type) {
		case string:
			s = v
		case json.Number:
			s = v.String()
		default:
			return bad(ProblemNotAmount)
		}
		if s == "" {
			*f.Amount(a) = zeroAmount
			return nil
		}
		v, p := ParseAmount(s)
		if p != ProblemNone {
			return bad(p)
		}
		*f.Amount(a) = v
	case KindEnum:
		s, ok := tok.(string)
		if !ok || (s != "" && !f.checkEnum(s)) {
			return bad(ProblemNotEnum)
		}
		*f.Text(a) = s
	case KindCount, KindYear:
		num, ok := tok.(json.Number)
		if !ok || !isInteger(num.String()) {
			return bad(problemForInt(f.Kind))
		}
		n, err := strconv.ParseInt(num.String(), 10, 64)
		if err != nil {
			return bad(problemForInt(f.Kind))
		}
		check := checkCount
		if f.Kind == KindYear {
			check = checkYear
		}
		if p := check(n); p != ProblemNone {
			return bad(p)
		}
		*f.Int(a) = int(n)
	}
	return nil
}

func problemForInt(k Kind) Problem {
	if k == KindYear {
		return ProblemNotYear
	}
	return ProblemNotCount
}

// describe writes a token as it stood in the JSON, for error messages.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case nil:
		return "null"
	case string:
		b, _ := json.Marshal(v)
		return string(b)
	case json.Delim:
		if v == '{' {
			return "{…}"
		}
		if v == '[' {
			return "[…]"
		}
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	case json.Number:
		return v.String()
	}
	return ""
}

// SetText stores a field's value written as plain text, as in a CSV cell: booleans as
// true/false (also 1/0, yes/no, 是/否, any case), lists with ";" between values, amounts,
// enums, counts and years as in the contract. An empty cell means none.
func SetText(a *Answers, f *Field, text string) error {
	text = strings.TrimSpace(text)
	bad := func(p Problem) error {
		b, _ := json.Marshal(text)
		return &FieldError{Path: f.Path, Value: string(b), Problem: p}
	}
	switch f.Kind {
	case KindBool:
		switch strings.ToLower(text) {
		case "", "false", "0", "no", "否":
			*f.Bool(a) = false
		case "true", "1", "yes", "是":
			*f.Bool(a) = true
		default:
			return bad(ProblemNotBool)
		}
		return nil
	case KindList:
		*f.List(a) = nil
		if text == "" {
			return nil
		}
		for _, v := range strings.Split(text, ";") {
			v = strings.TrimSpace(v)
			if !f.checkEnum(v) {
				return bad(ProblemNotEnum)
			}
			f.addToList(a, v)
		}
		return nil
	case KindCount, KindYear:
		if text == "" {
			*f.Int(a) = 0
			return nil
		}
		if !isInteger(text) {
			return bad(problemForInt(f.Kind))
		}
		return setScalar(f, json.Number(text), a)
	}
	return setScalar(f, text, a)
}
