package batch

import (
	"bytes"
	"errors"
	"strconv"
	"unicode/utf8"
)

// xmlScanner walks the tags of an XML part held in memory, giving names and attributes
// as slices of it. A sheet of 10,000 rows has a few hundred thousand tags: encoding/xml
// allocates a token for each, which in the page's WebAssembly costs seconds.
type xmlScanner struct {
	b   []byte
	pos int
	err error
	tag xmlTag // the tag next moved past
}

// xmlTag is a start tag, an end tag (end) or an empty-element tag (empty).
type xmlTag struct {
	name  []byte // without its namespace prefix: OpenXML SDK writes <x:row>
	attrs []byte
	end   bool
	empty bool
}

func (t xmlTag) is(name string) bool { return string(t.name) == name }

var errXMLEnd = errors.New("the XML ends early")

// next moves past the next tag, which it keeps in s.tag, skipping text, comments, CDATA
// sections and declarations; false at the end of the part or on an error.
func (s *xmlScanner) next() bool {
	for s.err == nil {
		i := indexOf(s.b[s.pos:], '<')
		if i < 0 {
			s.pos = len(s.b)
			return false
		}
		s.pos += i
		if s.pos+1 < len(s.b) && (s.b[s.pos+1] == '!' || s.b[s.pos+1] == '?') {
			s.skipMarkup()
			continue
		}
		return s.readTag()
	}
	return false
}

// indexOf is bytes.IndexByte for the few bytes between a sheet's tags, where in
// WebAssembly the call costs more than the scan.
func indexOf(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// skipMarkup moves past the comment, CDATA section, declaration or processing
// instruction at the scanner's "<!" or "<?".
func (s *xmlScanner) skipMarkup() {
	rest := s.b[s.pos:]
	end := ">"
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		end = "-->"
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		end = "]]>"
	case bytes.HasPrefix(rest, []byte("<?")):
		end = "?>"
	}
	i := bytes.Index(rest[2:], []byte(end))
	if i < 0 {
		s.err = errXMLEnd
		return
	}
	s.pos += 2 + i + len(end)
}

// readTag reads the tag at the scanner's '<'. An attribute's value may hold '>'.
func (s *xmlScanner) readTag() bool {
	t := xmlTag{}
	i := s.pos + 1
	if i < len(s.b) && s.b[i] == '/' {
		t.end = true
		i++
	}
	start := i
	for ; i < len(s.b) && !isNameEnd(s.b[i]); i++ {
		if s.b[i] == ':' {
			start = i + 1
		}
	}
	t.name = s.b[start:i]
	start = i
	for ; i < len(s.b) && s.b[i] != '>'; i++ {
		if q := s.b[i]; q == '"' || q == '\'' {
			j := indexOf(s.b[i+1:], q)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	if i >= len(s.b) || len(t.name) == 0 {
		s.err = errXMLEnd
		return false
	}
	t.attrs = s.b[start:i]
	if n := len(t.attrs); n > 0 && t.attrs[n-1] == '/' {
		t.empty, t.attrs = true, t.attrs[:n-1]
	}
	s.pos, s.tag = i+1, t
	return true
}

func isNameEnd(c byte) bool { return isSpace(c) || c == '/' || c == '>' }

// attr gives the value of the attribute of that local name, as written: the attributes
// a sheet's cells and rows carry (r, t, s) hold no entities.
func (t xmlTag) attr(name string) ([]byte, bool) {
	for a := t.attrs; ; {
		key, value, rest, ok := nextAttr(a)
		if !ok {
			return nil, false
		}
		if string(key) == name {
			return value, true
		}
		a = rest
	}
}

// nextAttr splits the first attribute off a tag's attributes: its local name, its value.
func nextAttr(a []byte) (key, value, rest []byte, ok bool) {
	eq := indexOf(a, '=')
	if eq < 0 {
		return nil, nil, nil, false
	}
	key = trimSpace(a[:eq])
	if c := bytes.LastIndexByte(key, ':'); c >= 0 {
		key = key[c+1:]
	}
	a = trimSpace(a[eq+1:])
	if len(a) == 0 || (a[0] != '"' && a[0] != '\'') {
		return nil, nil, nil, false
	}
	end := indexOf(a[1:], a[0])
	if end < 0 {
		return nil, nil, nil, false
	}
	return key, a[1 : 1+end], a[end+2:], true
}

// trimSpace is bytes.TrimSpace for XML's four spaces, without its cost per call.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// appendText appends the character data from here to the next tag: entities decoded,
// CDATA sections as written, comments left out, line ends as "\n" as XML reads them.
func (s *xmlScanner) appendText(dst []byte) ([]byte, error) {
	for {
		raw, plain := s.b[s.pos:], true
		i := 0
		for ; i < len(raw) && raw[i] != '<'; i++ {
			plain = plain && raw[i] != '&' && raw[i] != '\r'
		}
		if i == len(raw) {
			return dst, errXMLEnd
		}
		if raw = raw[:i]; plain {
			dst = append(dst, raw...)
		} else if dst, s.err = appendDecoded(dst, raw); s.err != nil {
			return dst, s.err
		}
		s.pos += i
		rest := s.b[s.pos:]
		switch {
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			end := bytes.Index(rest, []byte("]]>"))
			if end < 0 {
				return dst, errXMLEnd
			}
			dst = append(dst, rest[len("<![CDATA["):end]...)
			s.pos += end + len("]]>")
		case bytes.HasPrefix(rest, []byte("<!--")):
			if s.skipMarkup(); s.err != nil {
				return dst, s.err
			}
		default:
			return dst, s.err
		}
	}
}

// appendDecoded appends text with its entities and line ends replaced.
func appendDecoded(dst, raw []byte) ([]byte, error) {
	for i := 0; i < len(raw); i++ {
		switch c := raw[i]; c {
		case '\r':
			dst = append(dst, '\n')
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
		case '&':
			end := bytes.IndexByte(raw[i:], ';')
			if end < 0 {
				return dst, errors.New("an & without its ;")
			}
			r, ok := entity(raw[i+1 : i+end])
			if !ok {
				return dst, errors.New("unknown entity " + string(raw[i:i+end+1]))
			}
			dst = utf8.AppendRune(dst, r)
			i += end
		default:
			dst = append(dst, c)
		}
	}
	return dst, nil
}

// entity gives the character XML's five named entities or a character reference stand for.
func entity(name []byte) (rune, bool) {
	switch string(name) {
	case "amp":
		return '&', true
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	base, digits := 10, name[1:]
	if digits[0] == 'x' {
		base, digits = 16, digits[1:]
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || n == 0 || !utf8.ValidRune(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// skipTo moves past the end tag of that name; an error if the part ends first.
func (s *xmlScanner) skipTo(name string) error {
	for {
		if !s.next() {
			return s.endError()
		}
		if s.tag.end && s.tag.is(name) {
			return nil
		}
	}
}

// endError is why the part stopped inside an element.
func (s *xmlScanner) endError() error {
	if s.err != nil {
		return s.err
	}
	return errXMLEnd
}
