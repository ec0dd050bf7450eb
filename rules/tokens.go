package rules

import (
	"encoding/json"
	"errors"
	"io"
)

// tokens reads a JSON document token by token as encoding/json's Decoder.Token does with
// UseNumber: delimiters as json.Delim, strings, numbers as json.Number, true, false and
// null, refusing what the Decoder refuses at the same token. The Decoder's streaming
// machinery costs the WebAssembly 14 KB for documents the program holds whole; strings
// are still unquoted by encoding/json itself.
type tokens struct {
	data  []byte
	pos   int
	state tokenState
	outer []tokenState // the states of the enclosing arrays and objects
}

// tokenState is what the reader may take next, as in the Decoder.
type tokenState uint8

const (
	topValue    tokenState = iota
	arrayStart             // after [
	arrayValue             // after a comma in an array
	arrayComma             // after a value in an array
	objectStart            // after {
	objectKey              // after a comma in an object
	objectColon            // after a key
	objectValue            // after a colon
	objectComma            // after a value in an object
)

var errSyntax = errors.New("not valid JSON")

// skipSpace moves past JSON's white space and reports whether anything is left.
func (t *tokens) skipSpace() bool {
	for t.pos < len(t.data) {
		switch t.data[t.pos] {
		case ' ', '\t', '\n', '\r':
			t.pos++
		default:
			return true
		}
	}
	return false
}

// more reports whether the current array or object has another element.
func (t *tokens) more() bool {
	return t.skipSpace() && t.data[t.pos] != ']' && t.data[t.pos] != '}'
}

func (t *tokens) valueAllowed() bool {
	switch t.state {
	case topValue, arrayStart, arrayValue, objectValue:
		return true
	}
	return false
}

// valueEnd moves the state past a value that was read.
func (t *tokens) valueEnd() {
	switch t.state {
	case arrayStart, arrayValue:
		t.state = arrayComma
	case objectValue:
		t.state = objectComma
	}
}

// next gives the next token, io.EOF at the end of the input.
func (t *tokens) next() (json.Token, error) {
	for {
		if !t.skipSpace() {
			return nil, io.EOF
		}
		c := t.data[t.pos]
		switch {
		case c == '[' || c == '{':
			if !t.valueAllowed() {
				return nil, errSyntax
			}
			t.pos++
			t.outer = append(t.outer, t.state)
			t.state = arrayStart
			if c == '{' {
				t.state = objectStart
			}
			return json.Delim(c), nil
		case c == ']' || c == '}':
			if c == ']' && t.state != arrayStart && t.state != arrayComma || c == '}' && t.state != objectStart && t.state != objectComma {
				return nil, errSyntax
			}
			t.pos++
			t.state = t.outer[len(t.outer)-1]
			t.outer = t.outer[:len(t.outer)-1]
			t.valueEnd()
			return json.Delim(c), nil
		case c == ':' && t.state == objectColon:
			t.pos++
			t.state = objectValue
		case c == ',' && t.state == arrayComma:
			t.pos++
			t.state = arrayValue
		case c == ',' && t.state == objectComma:
			t.pos++
			t.state = objectKey
		case c == '"' && (t.state == objectStart || t.state == objectKey):
			key, err := t.str()
			t.state = objectColon
			return key, err
		case t.valueAllowed():
			v, err := t.scalar()
			t.valueEnd()
			return v, err
		default:
			return nil, errSyntax
		}
	}
}

// scalar reads a string, number, true, false or null.
func (t *tokens) scalar() (json.Token, error) {
	rest := string(t.data[t.pos:])
	for _, lit := range []struct {
		text  string
		value json.Token
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if rest[0] == lit.text[0] {
			if len(rest) < len(lit.text) || rest[:len(lit.text)] != lit.text {
				return nil, errSyntax
			}
			t.pos += len(lit.text)
			return lit.value, nil
		}
	}
	if rest[0] == '"' {
		return t.str()
	}
	return t.number()
}

// str reads a string, checked here and unquoted by encoding/json.
func (t *tokens) str() (string, error) {
	i := t.pos + 1
	for ; i < len(t.data) && t.data[i] != '"'; i++ {
		switch c := t.data[i]; {
		case c < ' ':
			return "", errSyntax
		case c == '\\':
			i++
			if i == len(t.data) {
				return "", errSyntax
			}
			switch t.data[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(t.data) || !isHex(t.data[i+1:i+5]) {
					return "", errSyntax
				}
				i += 4
			default:
				return "", errSyntax
			}
		}
	}
	if i == len(t.data) {
		return "", errSyntax
	}
	var s string
	err := json.Unmarshal(t.data[t.pos:i+1], &s)
	t.pos = i + 1
	return s, err
}

func isHex(b []byte) bool {
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// number reads a number as JSON writes them: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?.
// It ends where that form ends; what follows is the next token's business.
func (t *tokens) number() (json.Token, error) {
	start, i := t.pos, t.pos
	if t.data[i] == '-' {
		i++
	}
	digits := func() bool {
		j := i
		for i < len(t.data) && '0' <= t.data[i] && t.data[i] <= '9' {
			i++
		}
		return i > j
	}
	switch {
	case i < len(t.data) && t.data[i] == '0':
		i++
	case !digits():
		return nil, errSyntax
	}
	if i < len(t.data) && t.data[i] == '.' {
		i++
		if !digits() {
			return nil, errSyntax
		}
	}
	if i < len(t.data) && (t.data[i] == 'e' || t.data[i] == 'E') {
		i++
		if i < len(t.data) && (t.data[i] == '+' || t.data[i] == '-') {
			i++
		}
		if !digits() {
			return nil, errSyntax
		}
	}
	t.pos = i
	return json.Number(t.data[start:i]), nil
}
