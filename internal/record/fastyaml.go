package record

import (
	"bytes"
	"sync"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// The fast reader of plain block YAML.
//
// Most data files are block mappings and sequences of one-line scalars:
//
//	membership:
//	  staff: 55
//	relief:
//	  batches:
//	    - occasion: 春节走访慰问
//	      date: 2023-01-11
//
// yaml.v3 reads such a file at about 10 MB/s: a token, an event and a node
// per scalar, each allocated on its own, which is most of the cost of a
// federation's roll-up of a hundred thousand small files. fastTree reads
// that shape directly, and only that shape: plain scalars of a conservative
// set of characters, simple quoted scalars, one-line flow sequences of
// plain scalars, comments and blank lines. Anything else (a block scalar, a
// plain scalar over several lines, an anchor, a tag, a flow mapping, a tab,
// a carriage return, a document marker, an odd indentation …) leaves the
// whole file to yaml.v3, which also gives every message. The nodes are
// those yaml.v3 builds (kind, style, tag, value, line and column) but for
// comments, which no stage reads; FuzzFastYAML checks this against yaml.v3.

// fastLine is one line of a file that holds something: not blank and not
// only a comment.
type fastLine struct {
	no     int    // line number, 1-based
	indent int    // columns before text; a sequence entry's content is moved right (see seq)
	col    int    // column of text[0], 1-based: indent+1 but for an entry's content
	text   []byte // from the first character that is not a space, comment and trailing spaces kept
}

// fastParser builds the tree of one file from its lines.
type fastParser struct {
	*fastBufs
	i     int // the next line
	depth int
}

// fastMaxDepth bounds the nesting fastTree reads; deeper files are left
// to yaml.v3 (and checkTree's limits).
const fastMaxDepth = 64

// fastMaxKey is the longest key fastTree reads: yaml.v3 refuses a simple
// key of 1 024 characters or more.
const fastMaxKey = 512

// fastTree reads text into root as yaml.v3 would, but for comments. It
// reports false, leaving root as it was, when text is not of the plain
// block shape it reads. The nodes and their Content slices are cut from
// bufs, which the caller may hand back (give) once nothing refers to the
// tree.
func fastTree(root *yaml.Node, text []byte) (bufs *fastBufs, ok bool) {
	if bytes.IndexByte(text, '\t') >= 0 || bytes.IndexByte(text, '\r') >= 0 {
		return nil, false
	}
	b := takeBufs(bytes.Count(text, []byte("\n")) + 1)
	nodes := 0
	if b.lines, nodes, ok = fastLines(text, b.lines); !ok || len(b.lines) == 0 || b.lines[0].indent != 0 {
		b.give()
		return nil, false
	}
	b.reserve(nodes)
	p := &fastParser{fastBufs: b}
	doc := p.node()
	top, ok := p.block()
	if !ok || p.i != len(p.lines) {
		b.give()
		return nil, false
	}
	*doc = yaml.Node{Kind: yaml.DocumentNode, Line: top.Line, Column: top.Column, Content: []*yaml.Node{top}}
	*root = *doc
	return b, true
}

// fastBufs are what fastTree reads a file with: its lines, the nodes, the
// nodes' Content slices (cut from ptrs, gathered on stack). A roll-up
// reads a hundred thousand small files, whose trees (some twenty
// kilobytes each) are garbage as soon as their records are made: the
// buffers of a small file go back to fastPool for the next.
type fastBufs struct {
	lines []fastLine
	nodes []yaml.Node
	ptrs  []*yaml.Node
	stack []*yaml.Node
}

var fastPool sync.Pool

// fastBufsMax is the most nodes or lines of buffers kept in the pool: a
// large file's are not held for the next.
const fastBufsMax = 4096

// takeBufs returns empty buffers with room for lines lines.
func takeBufs(lines int) *fastBufs {
	if lines <= fastBufsMax {
		if b, ok := fastPool.Get().(*fastBufs); ok && cap(b.lines) >= lines {
			return b
		}
	}
	return &fastBufs{lines: make([]fastLine, 0, lines)}
}

// reserve makes room for n nodes and as many Content entries.
func (b *fastBufs) reserve(n int) {
	if cap(b.nodes) < n {
		b.nodes = make([]yaml.Node, 0, n)
	}
	if cap(b.ptrs) < n {
		b.ptrs = make([]*yaml.Node, 0, n)
	}
}

// give hands the buffers back; nothing may refer to their tree any more.
// It does nothing to nil.
func (b *fastBufs) give() {
	if b == nil || cap(b.lines) > fastBufsMax || cap(b.nodes) > fastBufsMax || cap(b.ptrs) > fastBufsMax {
		return
	}
	clear(b.lines[:cap(b.lines)]) // they point into the file's text
	clear(b.nodes[:cap(b.nodes)])
	clear(b.ptrs[:cap(b.ptrs)])
	clear(b.stack[:cap(b.stack)])
	b.lines, b.nodes, b.ptrs, b.stack = b.lines[:0], b.nodes[:0], b.ptrs[:0], b.stack[:0]
	fastPool.Put(b)
}

// fastLines cuts text into its lines that hold something, and tells how
// many nodes they may make at most: two a line (a key and its value, or a
// key and the collection it opens, or an entry and its sequence), two
// more for an entry (the mapping of "- key: value" and its key), and two
// per flow collection and comma. It reports false for a line yaml.v3 may read otherwise:
// a document marker or directive, or a comment holding a character YAML
// does not allow.
func fastLines(text []byte, lines []fastLine) (_ []fastLine, nodes int, ok bool) {
	nodes = 1 // the document
	no := 0
	for pos := 0; pos < len(text); {
		line, next := lineAt(text, pos)
		pos = next
		no++
		in := indentOf(line)
		if in == len(line) {
			continue
		}
		t := line[in:]
		if t[0] == '#' {
			if !printable(t) {
				return nil, 0, false
			}
			continue
		}
		if in == 0 && (bytes.HasPrefix(t, []byte("---")) || bytes.HasPrefix(t, []byte("...")) || t[0] == '%') {
			return nil, 0, false
		}
		lines = append(lines, fastLine{no: no, indent: in, col: in + 1, text: t})
		nodes += 2
		if isEntry(t) {
			nodes += 2
		}
		if i := bytes.IndexAny(t, "[{"); i >= 0 {
			for _, c := range t[i:] {
				if c == ',' || c == '[' || c == '{' {
					nodes += 2
				}
			}
		}
	}
	return lines, nodes, true
}

// node returns a new node from the parser's slab.
func (p *fastParser) node() *yaml.Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]yaml.Node, 0, max(64, cap(p.nodes)/2))
	}
	p.nodes = p.nodes[:len(p.nodes)+1]
	return &p.nodes[len(p.nodes)-1]
}

// content returns the nodes gathered on the stack from start, as a
// Content slice cut from ptrs, and takes them off the stack.
func (p *fastParser) content(start int) []*yaml.Node {
	n := len(p.stack) - start
	if n == 0 {
		return nil
	}
	if len(p.ptrs)+n > cap(p.ptrs) {
		p.ptrs = make([]*yaml.Node, 0, max(64, n, cap(p.ptrs)/2))
	}
	c := p.ptrs[len(p.ptrs) : len(p.ptrs)+n : len(p.ptrs)+n]
	copy(c, p.stack[start:])
	p.ptrs = p.ptrs[:len(p.ptrs)+n]
	p.stack = p.stack[:start]
	return c
}

// block reads the mapping or sequence whose first line is the next, at
// that line's indentation.
func (p *fastParser) block() (*yaml.Node, bool) {
	if p.depth++; p.depth > fastMaxDepth {
		return nil, false
	}
	defer func() { p.depth-- }()
	l := p.lines[p.i]
	if isEntry(l.text) {
		return p.seq(l.indent)
	}
	return p.mapping(l.indent)
}

// isEntry reports whether t, a line's text, opens a sequence entry.
func isEntry(t []byte) bool {
	return t[0] == '-' && (len(t) == 1 || t[1] == ' ')
}

// mapping reads the block mapping whose keys are at indentation in.
func (p *fastParser) mapping(in int) (*yaml.Node, bool) {
	m := p.node()
	first := p.lines[p.i]
	*m = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: first.no, Column: first.col}
	start := len(p.stack)
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		if l.indent != in || isEntry(l.text) {
			break
		}
		klen, ok := keyLen(l.text)
		if !ok {
			return nil, false
		}
		k := p.node()
		*k = yaml.Node{Kind: yaml.ScalarNode, Value: string(l.text[:klen]), Line: l.no, Column: l.col}
		k.Tag = plainTag(k)
		p.i++
		rest := l.text[klen+1:]
		restCol := l.col + utf8.RuneCount(l.text[:klen+1])
		var v *yaml.Node
		if blankOrComment(rest) {
			v, ok = p.nested(in, l.no, restCol)
		} else {
			v, ok = p.scalar(rest, l.no, restCol, in)
		}
		if !ok {
			return nil, false
		}
		p.stack = append(p.stack, k, v)
	}
	m.Content = p.content(start)
	return m, true
}

// nested reads the value of a key at indentation in written on the lines
// after it: a block more indented, a sequence at the same indentation, or
// nothing, an empty value where yaml.v3 puts it (just after the colon).
func (p *fastParser) nested(in, line, col int) (*yaml.Node, bool) {
	if p.i < len(p.lines) {
		next := p.lines[p.i]
		if next.indent > in || next.indent == in && isEntry(next.text) {
			return p.block()
		}
	}
	v := p.node()
	*v = yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Line: line, Column: col}
	return v, true
}

// seq reads the block sequence whose entries' dashes are at indentation
// in. An entry's content is read as a line of its own moved right to
// where it starts, so "- key: value" opens a mapping at that column.
func (p *fastParser) seq(in int) (*yaml.Node, bool) {
	s := p.node()
	first := p.lines[p.i]
	*s = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: first.no, Column: first.col}
	start := len(p.stack)
	for p.i < len(p.lines) {
		l := &p.lines[p.i]
		if l.indent != in || !isEntry(l.text) {
			break
		}
		sp := indentOf(l.text[1:])
		rest := l.text[1+sp:]
		if len(rest) == 0 || rest[0] == '#' || isEntry(rest) {
			return nil, false // an empty or nested entry: left to yaml.v3
		}
		// The content moves right: it is indented by what precedes it.
		l.indent, l.col, l.text = l.col+sp, l.col+1+sp, rest
		var v *yaml.Node
		var ok bool
		if _, isKey := keyLen(rest); isKey {
			v, ok = p.block()
		} else {
			p.i++
			v, ok = p.scalar(rest, l.no, l.col, in)
		}
		if !ok {
			return nil, false
		}
		p.stack = append(p.stack, v)
	}
	s.Content = p.content(start)
	return s, true
}

// keyLen returns the length of the plain key t starts with, which a colon
// then ends (followed by a space or the line's end). It reports false when
// t does not start so.
func keyLen(t []byte) (int, bool) {
	if t[0] == '-' || t[0] == ' ' {
		return 0, false
	}
	for i := 0; i < len(t) && i < fastMaxKey; {
		c := t[i]
		if c == ':' {
			if i > 0 && t[i-1] != ' ' && (i+1 == len(t) || t[i+1] == ' ') {
				return i, true
			}
			return 0, false
		}
		n, ok := plainAt(t, i)
		if !ok {
			return 0, false
		}
		i += n
	}
	return 0, false
}

// plainAt returns the length of the character at t[i] when it may stand in
// a plain scalar (see plainByte and plainRune).
func plainAt(t []byte, i int) (int, bool) {
	if c := t[i]; c < utf8.RuneSelf {
		return 1, plainByte[c]
	}
	r, n := utf8.DecodeRune(t[i:])
	return n, plainRune(r)
}

// scalar reads the one-line value t of a key or entry, t[0] being at
// line:col (t may start with spaces); in is the indentation of the key or
// entry, which no following line may exceed (that would continue the
// value).
func (p *fastParser) scalar(t []byte, line, col, in int) (*yaml.Node, bool) {
	sp := indentOf(t)
	t, col = t[sp:], col+sp
	if p.i < len(p.lines) && p.lines[p.i].indent > in {
		return nil, false
	}
	var v *yaml.Node
	var end int
	var ok bool
	switch t[0] {
	case '[', '{':
		v, end, ok = p.flow(t, 0, line, func(i int) int { return col + utf8.RuneCount(t[:i]) })
	default:
		v, end, ok = p.value(t, 0, line, col, blockPlain)
	}
	return v, ok && blankOrComment(t[end:])
}

// value reads the scalar at t[i], whose column is col: quoted, or plain
// as plain reads it. It returns the node and where the scalar ends.
func (p *fastParser) value(t []byte, i, line, col int, plain func([]byte, int) (end, last int, ok bool)) (*yaml.Node, int, bool) {
	v := p.node()
	*v = yaml.Node{Kind: yaml.ScalarNode, Line: line, Column: col}
	switch t[i] {
	case '"', '\'':
		close := bytes.IndexByte(t[i+1:], t[i]) + i + 1
		if close == i || bytes.IndexByte(t[i+1:close], '\\') >= 0 || !printable(t[i+1:close]) ||
			close+1 < len(t) && t[close+1] == t[i] { // '' in single quotes is a quote
			return nil, 0, false
		}
		v.Value, v.Tag = string(t[i+1:close]), "!!str"
		v.Style = yaml.DoubleQuotedStyle
		if t[i] == '\'' {
			v.Style = yaml.SingleQuotedStyle
		}
		return v, close + 1, true
	}
	if t[i] == '-' && (i+1 == len(t) || t[i+1] == ' ') {
		return nil, 0, false // a block entry
	}
	if n, ok := plainAt(t, i); !ok || n == 0 {
		return nil, 0, false // starts with an indicator
	}
	end, last, ok := plain(t, i)
	if !ok || last == i {
		return nil, 0, false
	}
	v.Value = string(t[i:last])
	v.Tag = plainTag(v)
	return v, end, true
}

// blockPlain reads the plain scalar of block context at t[i] to the end
// of the line or a comment. It returns where the scalar ends and where its
// last character that is not a space ends. A colon followed by a space or
// the line's end would make a key: it is left to yaml.v3.
func blockPlain(t []byte, i int) (end, last int, ok bool) {
	for end = i; end < len(t); {
		switch c := t[end]; {
		case c == ' ':
			if end+1 < len(t) && t[end+1] == '#' {
				return end, last, true
			}
			end++
			continue
		case c == ':' && (end+1 == len(t) || t[end+1] == ' '):
			return 0, 0, false
		}
		n, ok := printableAt(t, end)
		if !ok {
			return 0, 0, false
		}
		end += n
		last = end
	}
	return end, last, true
}

// flowPlain reads the plain scalar of flow context at t[i], up to a comma
// or closing bracket; a colon, a hash, a question mark (a key indicator
// in flow context) or an opening bracket in it is left to yaml.v3.
func flowPlain(t []byte, i int) (end, last int, ok bool) {
	for end = i; end < len(t); {
		c := t[end]
		switch {
		case c == ',' || c == ']' || c == '}':
			return end, last, true
		case c == ' ':
			end++
			continue
		case c == ':' || c == '#' || c == '?' || c == '[' || c == '{':
			return 0, 0, false
		}
		n, ok := printableAt(t, end)
		if !ok {
			return 0, 0, false
		}
		end += n
		last = end
	}
	return 0, 0, false // no closing bracket on the line
}

// flow reads the flow sequence or mapping at t[i] (a bracket or brace),
// which must end on its line: plain or quoted scalars and nested
// collections between commas; a mapping's keys are plain, each followed
// by a colon and a space. It returns the node and where it ends.
func (p *fastParser) flow(t []byte, i, line int, colAt func(int) int) (*yaml.Node, int, bool) {
	if p.depth++; p.depth > fastMaxDepth {
		return nil, 0, false
	}
	defer func() { p.depth-- }()
	n := p.node()
	*n = yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Tag: "!!seq", Line: line, Column: colAt(i)}
	closing := byte(']')
	if t[i] == '{' {
		n.Kind, n.Tag, closing = yaml.MappingNode, "!!map", '}'
	}
	i++
	if j := i + indentOf(t[i:]); j < len(t) && t[j] == closing {
		return n, j + 1, true // empty
	}
	for {
		i += indentOf(t[i:])
		if i == len(t) {
			return nil, 0, false
		}
		if n.Kind == yaml.MappingNode {
			klen, ok := keyLen(t[i:])
			if !ok {
				return nil, 0, false
			}
			k := p.node()
			*k = yaml.Node{Kind: yaml.ScalarNode, Value: string(t[i : i+klen]), Line: line, Column: colAt(i)}
			k.Tag = plainTag(k)
			n.Content = append(n.Content, k)
			i += klen + 1
			if i += indentOf(t[i:]); i == len(t) {
				return nil, 0, false
			}
		}
		var v *yaml.Node
		var end int
		var ok bool
		switch t[i] {
		case '[', '{':
			v, end, ok = p.flow(t, i, line, colAt)
		case ',', ']', '}':
			return nil, 0, false // an empty entry
		default:
			v, end, ok = p.value(t, i, line, colAt(i), flowPlain)
		}
		if !ok {
			return nil, 0, false
		}
		n.Content = append(n.Content, v)
		if i = end + indentOf(t[end:]); i == len(t) {
			return nil, 0, false
		}
		switch t[i] {
		case ',':
			i++
			if j := i + indentOf(t[i:]); j < len(t) && (t[j] == ']' || t[j] == '}') {
				return nil, 0, false // a trailing comma
			}
		case closing:
			return n, i + 1, true
		default:
			return nil, 0, false
		}
	}
}

// blankOrComment reports whether t, the rest of a line after a value, is
// spaces, then perhaps a comment (after at least one space, unless t is
// all comment) of characters YAML allows.
func blankOrComment(t []byte) bool {
	sp := indentOf(t)
	if sp == len(t) {
		return true
	}
	return t[sp] == '#' && sp > 0 && printable(t[sp:])
}

// printable reports whether t is UTF-8 of characters YAML allows in a
// comment or a quoted scalar on one line.
func printable(t []byte) bool {
	for i := 0; i < len(t); {
		n, ok := printableAt(t, i)
		if !ok {
			return false
		}
		i += n
	}
	return true
}

// printableAt returns the length of the character at t[i] when YAML allows
// it on a line: no control character, line break or byte-order mark.
func printableAt(t []byte, i int) (int, bool) {
	if c := t[i]; c < utf8.RuneSelf {
		return 1, c >= 0x20 && c != 0x7f
	}
	r, n := utf8.DecodeRune(t[i:])
	return n, plainRune(r)
}
