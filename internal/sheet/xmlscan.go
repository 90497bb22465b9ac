package sheet

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A small XML scanner for the two large parts of a workbook: a worksheet's
// cells and the shared strings. encoding/xml reads a 10 000-row sheet in
// about a third of a second, most of the time budget of reading the whole
// workbook, and excelize's row iterator (which uses it) gives each cell as
// display text only, without its type, number format or formula. These
// parts are machine-written and regular: elements, attributes, text,
// character references, CDATA, comments and processing instructions are
// all this needs to understand. A document type declaration, which no
// spreadsheet program writes, is refused rather than interpreted.

// tokKind is the kind of an XML token.
type tokKind int

const (
	tokEOF   tokKind = iota
	tokStart         // <name attrs>
	tokEmpty         // <name attrs/>
	tokEnd           // </name>
	tokText          // character data (escaped) or CDATA (raw)
)

// token is one XML token; its slices point into the document.
type token struct {
	kind  tokKind
	name  []byte // local name, without any namespace prefix
	attrs []byte // a start tag's attributes, raw
	text  []byte // text: escaped unless cdata
	cdata bool
}

// errXML is a part that is not well-formed.
var errXML = errors.New("xml")

// scanner reads tokens from a document held in memory.
type scanner struct {
	data []byte
	pos  int
	// src is data as a string, for the fast readers (fastcell.go) to cut
	// values from; "" when they are not used.
	src string
}

// next returns the next token, or an error for a document that is not
// well-formed.
func (s *scanner) next() (token, error) {
	for {
		if s.pos >= len(s.data) {
			return token{kind: tokEOF}, nil
		}
		if s.data[s.pos] != '<' {
			end := bytes.IndexByte(s.data[s.pos:], '<')
			if end < 0 {
				end = len(s.data) - s.pos
			}
			t := token{kind: tokText, text: s.data[s.pos : s.pos+end]}
			s.pos += end
			return t, nil
		}
		rest := s.data[s.pos:]
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			end := bytes.Index(rest, []byte("?>"))
			if end < 0 {
				return token{}, errXML
			}
			s.pos += end + 2
			continue
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest[4:], []byte("-->"))
			if end < 0 {
				return token{}, errXML
			}
			s.pos += 4 + end + 3
			continue
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			end := bytes.Index(rest[9:], []byte("]]>"))
			if end < 0 {
				return token{}, errXML
			}
			t := token{kind: tokText, text: rest[9 : 9+end], cdata: true}
			s.pos += 9 + end + 3
			return t, nil
		case bytes.HasPrefix(rest, []byte("<!")):
			return token{}, errXML // a document type declaration
		case len(rest) > 1 && rest[1] == '/':
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return token{}, errXML
			}
			name := bytes.TrimSpace(rest[2:end])
			s.pos += end + 1
			return token{kind: tokEnd, name: localName(name)}, nil
		}
		end := tagEnd(rest)
		if end < 0 {
			return token{}, errXML
		}
		body := rest[1:end]
		s.pos += end + 1
		kind := tokStart
		if len(body) > 0 && body[len(body)-1] == '/' {
			kind, body = tokEmpty, body[:len(body)-1]
		}
		n := 0
		for n < len(body) && !isSpace(body[n]) {
			n++
		}
		if n == 0 {
			return token{}, errXML
		}
		return token{kind: kind, name: localName(body[:n]), attrs: body[n:]}, nil
	}
}

// tagEnd finds the ">" closing the tag that starts data, skipping quoted
// attribute values; -1 when there is none.
func tagEnd(data []byte) int {
	var quote byte
	for i := 1; i < len(data); i++ {
		c := data[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		case c == '<':
			return -1
		}
	}
	return -1
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// localName drops a namespace prefix: "x:row" is "row".
func localName(name []byte) []byte {
	if i := bytes.LastIndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// is reports whether a token's name is name.
func (t token) is(name string) bool { return string(t.name) == name }

// attr returns the value of the attribute named name (local name) of a
// start tag, unescaped.
func (t token) attr(name string) (string, bool) {
	v, ok := t.rawAttr(name)
	if !ok {
		return "", false
	}
	s, _ := unescape(v, false)
	return s, true
}

// rawAttr returns the value of an attribute as written (not unescaped),
// pointing into the document.
func (t token) rawAttr(name string) ([]byte, bool) {
	a := t.attrs
	for len(a) > 0 {
		i := 0
		for i < len(a) && isSpace(a[i]) {
			i++
		}
		a = a[i:]
		eq := bytes.IndexByte(a, '=')
		if eq < 0 {
			return nil, false
		}
		key := localName(bytes.TrimSpace(a[:eq]))
		a = a[eq+1:]
		i = 0
		for i < len(a) && isSpace(a[i]) {
			i++
		}
		a = a[i:]
		if len(a) == 0 || (a[0] != '"' && a[0] != '\'') {
			return nil, false
		}
		q := a[0]
		end := bytes.IndexByte(a[1:], q)
		if end < 0 {
			return nil, false
		}
		val := a[1 : 1+end]
		a = a[end+2:]
		if string(key) == name {
			return val, true
		}
	}
	return nil, false
}

// skip passes over the rest of the element whose start tag was just read.
func (s *scanner) skip() error {
	depth := 1
	for depth > 0 {
		t, err := s.next()
		if err != nil {
			return err
		}
		switch t.kind {
		case tokEOF:
			return errXML
		case tokStart:
			depth++
		case tokEnd:
			depth--
		}
	}
	return nil
}

// text reads the text of the element whose start tag was just read, up
// to its end tag, leaving out the text of any element named in skip (a
// string's phonetic guide, rPh).
func (s *scanner) text(skip ...string) (string, error) {
	var b strings.Builder
	depth := 1
	skipping := 0 // depth at which a skipped element started, or 0
	for depth > 0 {
		t, err := s.next()
		if err != nil {
			return "", err
		}
		switch t.kind {
		case tokEOF:
			return "", errXML
		case tokStart:
			depth++
			if skipping == 0 {
				for _, n := range skip {
					if t.is(n) {
						skipping = depth
					}
				}
			}
		case tokEnd:
			if depth == skipping {
				skipping = 0
			}
			depth--
		case tokText:
			if skipping != 0 {
				continue
			}
			if t.cdata {
				b.Write(t.text)
				continue
			}
			u, ok := unescape(t.text, true)
			if !ok {
				return "", errXML
			}
			b.WriteString(u)
		}
	}
	return b.String(), nil
}

// unescape replaces XML's character references (&amp; &#20013; &#x4E2D;);
// an unknown entity is an error when strict, kept as written otherwise.
func unescape(b []byte, strict bool) (string, bool) {
	if bytes.IndexByte(b, '&') < 0 {
		return string(b), true
	}
	var out strings.Builder
	for len(b) > 0 {
		i := bytes.IndexByte(b, '&')
		if i < 0 {
			out.Write(b)
			break
		}
		out.Write(b[:i])
		b = b[i:]
		end := bytes.IndexByte(b, ';')
		if end < 0 || end > 12 {
			if strict {
				return "", false
			}
			out.WriteByte('&')
			b = b[1:]
			continue
		}
		ent := string(b[1:end])
		var r rune = -1
		switch ent {
		case "amp":
			r = '&'
		case "lt":
			r = '<'
		case "gt":
			r = '>'
		case "quot":
			r = '"'
		case "apos":
			r = '\''
		default:
			if strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X") {
				if n, err := strconv.ParseUint(ent[2:], 16, 32); err == nil {
					r = rune(n)
				}
			} else if strings.HasPrefix(ent, "#") {
				if n, err := strconv.ParseUint(ent[1:], 10, 32); err == nil {
					r = rune(n)
				}
			}
		}
		if r < 0 || !utf8.ValidRune(r) {
			if strict {
				return "", false
			}
			out.WriteByte('&')
			b = b[1:]
			continue
		}
		out.WriteRune(r)
		b = b[end+1:]
	}
	return out.String(), true
}

// unescapeOOXML replaces the _xHHHH_ escapes spreadsheet programs write for
// characters XML cannot hold (a carriage return is _x000D_); "_x005F_" is
// the underscore, so _x005F_x000D_ is the text "_x000D_".
func unescapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
