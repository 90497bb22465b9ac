package sheet

import (
	"bytes"
	"strings"
)

// The fast reader of cells and shared strings.
//
// A program writes almost every cell of a worksheet in one of a few
// shapes, and almost every shared string in one:
//
//	<c r="B12" s="5" t="s"><v>5617</v></c>
//	<c r="F12"><v>32</v></c>
//	<c r="B2" s="3"/>
//	<si><t xml:space="preserve">教职工</t></si>
//
// The token scanner reads such a cell as five tokens, looks each attribute
// up by walking the tag again, and copies the value's text into a string
// of its own. fastCell reads the shape above in one pass over the bytes;
// a shared string's index is read from them, so only a number's text is
// made a string (a small one). A shared string is cut from the part held
// once as a string (src). Anything else (a formula, an inline string,
// a character reference, CDATA, a namespace prefix, white space between
// the elements, single quotes …) leaves the cell to the token scanner,
// from where it starts: both read every cell to the same value, which
// TestFastCellsSame checks on every example and FuzzFastCells on what the
// fuzzer makes.

// fastCells turns the fast reader on; tests turn it off to compare.
var fastCells = true

// cellAttrs are the attributes of a cell's start tag the reader uses, as
// written (pointing into the part).
type cellAttrs struct {
	r, s, t          []byte
	hasR, hasS, hasT bool
}

// fastCell reads the cell element starting at s.pos ("<c …") when it has
// one of the plain shapes: ok is false, and s.pos unmoved, when it has
// not. It returns the cell's attributes, whether it was an empty element,
// and the text of its value when it has one.
func (s *scanner) fastCell() (a cellAttrs, empty bool, v []byte, hasV, ok bool) {
	d := s.data
	p := s.pos + 2
	// attributes: name="value" …, then ">" or "/>"
	for {
		if p >= len(d) {
			return a, false, nil, false, false
		}
		c := d[p]
		switch {
		case c == '>':
			p++
			goto content
		case c == '/':
			if p+1 < len(d) && d[p+1] == '>' {
				s.pos = p + 2
				return a, true, nil, false, true
			}
			return a, false, nil, false, false
		case isSpace(c):
			p++
			continue
		}
		if p == s.pos+2 {
			return a, false, nil, false, false // "<cx": another element, or no space before an attribute
		}
		n := p
		for n < len(d) && (d[n] >= 'a' && d[n] <= 'z' || d[n] >= 'A' && d[n] <= 'Z') {
			n++
		}
		if n == p || n+1 >= len(d) || d[n] != '=' || d[n+1] != '"' {
			return a, false, nil, false, false
		}
		start := n + 2
		end := start
		for end < len(d) && d[end] != '"' {
			if d[end] == '&' || d[end] == '<' {
				return a, false, nil, false, false
			}
			end++
		}
		if end >= len(d) {
			return a, false, nil, false, false
		}
		val := d[start:end]
		switch {
		case n-p == 1 && d[p] == 'r' && !a.hasR:
			a.r, a.hasR = val, true
		case n-p == 1 && d[p] == 's' && !a.hasS:
			a.s, a.hasS = val, true
		case n-p == 1 && d[p] == 't' && !a.hasT:
			a.t, a.hasT = val, true
		}
		p = end + 1
		if p < len(d) && d[p] != '>' && d[p] != '/' && !isSpace(d[p]) {
			return a, false, nil, false, false // no space before the next attribute
		}
	}
content:
	if bytes.HasPrefix(d[p:], cellEnd) {
		s.pos = p + 4
		return a, false, nil, false, true
	}
	if !bytes.HasPrefix(d[p:], valueStart) {
		return a, false, nil, false, false
	}
	p += 3
	end := p
	for end < len(d) && d[end] != '<' {
		if d[end] == '&' {
			return a, false, nil, false, false
		}
		end++
	}
	if !bytes.HasPrefix(d[end:], valueEnd) {
		return a, false, nil, false, false
	}
	s.pos = end + len(valueEnd)
	return a, false, d[p:end], true, true
}

var (
	cellEnd    = []byte("</c>")
	valueStart = []byte("<v>")
	valueEnd   = []byte("</v></c>")
)

// isCellStart reports whether the scanner is at a cell's start tag
// without a namespace prefix ("<c " or "<c/" or "<c>").
func (s *scanner) isCellStart() bool {
	d := s.data
	p := s.pos
	return p+2 < len(d) && d[p] == '<' && d[p+1] == 'c' && (isSpace(d[p+2]) || d[p+2] == '>' || d[p+2] == '/')
}

// siPrefixes are the plain starts of a shared string.
var siPrefixes = []string{"<si><t>", `<si><t xml:space="preserve">`}

// fastString reads the shared string starting at s.pos when it is plain
// text in one <t> element; ok is false, and s.pos unmoved, when it is
// not.
func (s *scanner) fastString() (text string, ok bool) {
	rest := s.src[s.pos:]
	for _, pre := range siPrefixes {
		if !strings.HasPrefix(rest, pre) {
			continue
		}
		body := rest[len(pre):]
		end := strings.IndexByte(body, '<')
		if end < 0 || strings.IndexByte(body[:end], '&') >= 0 || !strings.HasPrefix(body[end:], "</t></si>") {
			return "", false
		}
		s.pos += len(pre) + end + len("</t></si>")
		return body[:end], true
	}
	return "", false
}

// plainCell adds to row the cell fastCell read, as readRow does one read
// by tokens; col is the column of the cell before it, and the cell's own
// is returned.
func (wb *workbook) plainCell(row *xrow, col int, a cellAttrs, empty bool, v []byte, hasV bool) (int, error) {
	col++
	if a.hasR {
		c, n, ok := parseRef(a.r)
		if !ok || n != row.num {
			return col, wb.damaged()
		}
		col = c
	}
	if col > 16384 {
		return col, wb.damaged()
	}
	c := xcell{col: col, pcol: col}
	if a.hasS {
		if n, ok := atoi(a.s); ok {
			c.fmt = wb.format(n)
		}
	}
	typ := ""
	if a.hasT {
		typ = cellTypes[string(a.t)]
	}
	switch i, ok := atoi(v); {
	case empty:
	case typ == "s" && hasV && ok:
		// a shared string, as cellValue reads it, without making its
		// index a string first
		if i >= len(wb.sst) {
			return col, wb.damaged()
		}
		c.kind, c.text = cellText, wb.sst[i]
		if c.text == "" {
			c.kind = cellEmpty
		}
	default:
		if err := wb.cellValue(&c, typ, string(v), "", hasV, false, false); err != nil {
			return col, err
		}
	}
	if c.kind != cellEmpty {
		row.cells = append(row.cells, c)
	}
	return col, nil
}
