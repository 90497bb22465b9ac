package record

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// The fast reader of table rows.
//
// A large units table is a "rows:" block of lines each holding one flow
// sequence of plain scalars:
//
//	rows:
//	  - [枫林镇中心小学, 岩头学区, 学校, 小学, 52, 50, 是, 是, 0, 6400, ~]
//
// yaml.v3 spends most of its time on such a block: a token, an event and a
// node per cell, each allocated on its own. scanRows reads the block
// directly, but only when every line of it is of the plain shape above,
// written with a conservative set of characters; anything unusual (quotes,
// comments, anchors, tags, nested brackets, a tab, a row over several
// lines, a cell yaml.v3 would read as something else …) leaves the whole
// block to yaml.v3. The rest of the file is parsed by yaml.v3 with the
// block's lines emptied, so every line keeps its number, and the sequence
// read here is put where yaml.v3 found the "rows" key with no value. The
// nodes are those yaml.v3 builds (kind, style, tag, value, line and
// column), so decoding, validation and every message are the same either
// way; FuzzFastRows checks this against yaml.v3 itself.

// rowBlock is one rows: block read by scanRows. Its sequence holds a node
// per row from the start; the cells of a row are made when it is decoded
// (see fill), or all at once (see expand).
type rowBlock struct {
	keyLine, keyCol int        // where the "rows" key is (1-based)
	seq             *yaml.Node // the block sequence, as yaml.v3 would build it but for the cells
	text            []byte     // the block's text
	src             string     // the same, holding the cells' values
	off             []int      // where each row's line starts in text
	indent          int        // of the rows' "-"
	cells           []cellSpan // a row's cells, reused
	nodes           []yaml.Node
	ptrs            []*yaml.Node
}

// fastRows turns the fast reader on; tests turn it off to compare.
var fastRows = true

// scanRows finds the rows: blocks of text that the fast reader can read,
// reads them, and returns text with the blocks' row lines emptied (their
// line breaks kept). It returns nil, nil when there is no such block.
func scanRows(text []byte) (blanked []byte, blocks []*rowBlock) {
	var cells []cellSpan
	lineNo := 0
	copied := 0 // text[:copied] is in blanked
	for pos := 0; pos < len(text); {
		line, next := lineAt(text, pos)
		lineNo++
		k, ok := rowsKey(line)
		if !ok {
			pos = next
			continue
		}
		b, end, endLine, ok := readBlock(text, next, lineNo+1, k, &cells)
		if !ok {
			pos = next
			continue
		}
		b.keyLine, b.keyCol = lineNo, k+1
		blocks = append(blocks, b)
		if blanked == nil {
			blanked = make([]byte, 0, len(text))
		}
		blanked = append(blanked, text[copied:next]...)
		blanked = appendBreaks(blanked, text[next:end])
		copied = end
		pos, lineNo = end, endLine-1
	}
	if blanked == nil {
		return nil, nil
	}
	return append(blanked, text[copied:]...), blocks
}

// lineAt returns the line starting at pos without its line break ("\n" or
// "\r\n"), and where the next line starts.
func lineAt(text []byte, pos int) (line []byte, next int) {
	i := bytes.IndexByte(text[pos:], '\n')
	if i < 0 {
		return text[pos:], len(text)
	}
	line = text[pos : pos+i]
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	return line, pos + i + 1
}

// appendBreaks appends the line breaks of b, and nothing else, to dst.
func appendBreaks(dst, b []byte) []byte {
	for {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return dst
		}
		if i > 0 && b[i-1] == '\r' {
			dst = append(dst, '\r')
		}
		dst = append(dst, '\n')
		b = b[i+1:]
	}
}

// rowsKey reports whether line is exactly the key "rows:" with no value,
// indented by k spaces (trailing spaces allowed).
func rowsKey(line []byte) (k int, ok bool) {
	k = indentOf(line)
	rest, found := bytes.CutPrefix(line[k:], []byte("rows:"))
	return k, found && isBlank(rest)
}

// indentOf counts the spaces line starts with.
func indentOf(line []byte) int {
	n := 0
	for n < len(line) && line[n] == ' ' {
		n++
	}
	return n
}

// isBlank reports whether line is nothing but spaces.
func isBlank(line []byte) bool { return indentOf(line) == len(line) }

// cellSpan is one cell of a row line: its text is line[start:end], at
// column col (1-based, in characters).
type cellSpan struct {
	start, end, col int
}

// rowPrefix is what a row line holds after its indentation.
var rowPrefix = []byte("- [")

// readBlock reads the rows after a "rows:" key indented by k, from
// text[pos] on (line number lineNo). The lines up to the first that is
// neither a row nor blank must all be rows of the plain shape, indented
// alike and by at least k; that first other line must be indented by at
// most k and not be a comment. It returns the block, where its last row
// line ends (after the line break) and the number of the line there.
func readBlock(text []byte, pos, lineNo, k int, cells *[]cellSpan) (b *rowBlock, end, endLine int, ok bool) {
	indent := -1
	var off, lines []int
	end, endLine = pos, lineNo
	for p, l := pos, lineNo; p < len(text); l++ {
		line, next := lineAt(text, p)
		if isBlank(line) {
			p = next
			continue
		}
		in := indentOf(line)
		if !bytes.HasPrefix(line[in:], rowPrefix) {
			break
		}
		if indent < 0 {
			indent = in
		}
		if in != indent || in < k {
			return nil, 0, 0, false
		}
		cs, good := rowCells(line, in+len(rowPrefix), (*cells)[:0])
		*cells = cs
		if !good {
			return nil, 0, 0, false
		}
		off, lines = append(off, p-pos), append(lines, l)
		p = next
		end, endLine = next, l+1
	}
	if len(off) == 0 || !endsBlock(text, end, k) {
		return nil, 0, 0, false
	}
	b = &rowBlock{text: text[pos:end], src: string(text[pos:end]), off: off, indent: indent}
	nodes := make([]yaml.Node, 1+len(off))
	ptrs := make([]*yaml.Node, len(off))
	b.seq = &nodes[0]
	*b.seq = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: lines[0], Column: indent + 1, Content: ptrs}
	for r := range off {
		row := &nodes[1+r]
		*row = yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Tag: "!!seq", Line: lines[r], Column: indent + len(rowPrefix)}
		ptrs[r] = row
	}
	return b, end, endLine, true
}

// fill makes the cells of row r, in nodes reused for the next row: they
// hold until fill is called again, and the row's Content is cleared with
// clear.
func (b *rowBlock) fill(r int) {
	line, _ := lineAt(b.text, b.off[r])
	b.cells, _ = rowCells(line, b.indent+len(rowPrefix), b.cells[:0])
	if cap(b.nodes) < len(b.cells) {
		b.nodes = make([]yaml.Node, len(b.cells))
		b.ptrs = make([]*yaml.Node, len(b.cells))
	}
	b.seq.Content[r].Content = b.makeCells(r, b.nodes[:len(b.cells)], b.ptrs[:len(b.cells):len(b.cells)])
}

// clear drops the cells fill made for row r.
func (b *rowBlock) clear(r int) { b.seq.Content[r].Content = nil }

// makeCells makes the nodes of b.cells, the cells of row r, in nodes and
// returns the Content of the row, ptrs.
func (b *rowBlock) makeCells(r int, nodes []yaml.Node, ptrs []*yaml.Node) []*yaml.Node {
	row := b.seq.Content[r]
	at := b.off[r]
	for i, c := range b.cells {
		n := &nodes[i]
		*n = yaml.Node{Kind: yaml.ScalarNode, Value: b.src[at+c.start : at+c.end], Line: row.Line, Column: c.col}
		n.Tag = plainTag(n)
		ptrs[i] = n
	}
	return ptrs
}

// expand makes the cells of every row for good: the tree is then what
// yaml.v3 would have built, for whatever reads it other than the table
// decoder.
func (b *rowBlock) expand() {
	if b.seq.Content[0].Content != nil {
		return
	}
	total := 0
	for r := range b.off {
		line, _ := lineAt(b.text, b.off[r])
		b.cells, _ = rowCells(line, b.indent+len(rowPrefix), b.cells[:0])
		total += len(b.cells)
	}
	nodes := make([]yaml.Node, total)
	ptrs := make([]*yaml.Node, total)
	for r := range b.off {
		line, _ := lineAt(b.text, b.off[r])
		b.cells, _ = rowCells(line, b.indent+len(rowPrefix), b.cells[:0])
		n := len(b.cells)
		b.seq.Content[r].Content = b.makeCells(r, nodes[:n:n], ptrs[:n:n])
		nodes, ptrs = nodes[n:], ptrs[n:]
	}
}

// lazyRows are the blocks of a tree whose cells are made as their rows are
// decoded.
type lazyRows []*rowBlock

// block returns the block whose sequence is n, or nil.
func (l lazyRows) block(n *yaml.Node) *rowBlock {
	for _, b := range l {
		if b.seq == n {
			return b
		}
	}
	return nil
}

// expandAt makes the cells of the block whose sequence is n for good, and
// forgets it: n is being read other than as the rows of a table.
func (l *lazyRows) expandAt(n *yaml.Node) {
	for i, b := range *l {
		if b.seq == n {
			b.expand()
			*l = append((*l)[:i:i], (*l)[i+1:]...)
			return
		}
	}
}

// expandAll makes the cells of every block for good, and forgets them.
func (l *lazyRows) expandAll() {
	for _, b := range *l {
		b.expand()
	}
	*l = nil
}

// plainTag is the tag yaml.v3 gives the plain scalar n: "<<" is the merge
// key, anything else is resolved by its text. yaml.v3 reads text that
// starts with none of the characters of maybeResolved as a string, a
// decimal that fits in an int64 as an integer and one with a fraction
// ("6560.57") as a float; the rest is left to it.
func plainTag(n *yaml.Node) string {
	v := n.Value
	switch {
	case v == "<<":
		return "!!merge"
	case v != "" && !maybeResolved[v[0]]:
		return "!!str"
	case isSmallDecimal(v):
		return "!!int"
	case isSmallFraction(v):
		return "!!float"
	}
	switch dateDashes(v) {
	case 1:
		return "!!str" // 2023-09: no layout of yaml.v3's takes it
	case 2:
		if _, err := time.Parse("2006-1-2", v); err == nil {
			return "!!timestamp"
		}
		return "!!str"
	}
	return n.ShortTag()
}

// dateDashes returns the number of dashes of v when it is four digits
// followed by one or two groups of a dash and digits (2023-09,
// 2023-01-11), else 0. yaml.v3 tries such a text against its timestamp
// layouts, of which only the date alone ("2006-1-2") can take it, making
// an error of each failed layout; then as an integer and a float, which it
// is not.
func dateDashes(v string) int {
	if len(v) < 6 || !isDigits(v[:4]) || v[4] != '-' {
		return 0
	}
	parts := strings.Split(v[5:], "-")
	if len(parts) > 2 {
		return 0
	}
	for _, p := range parts {
		if p == "" || !isDigits(p) {
			return 0
		}
	}
	return len(parts)
}

// isSmallFraction reports whether v is digits, a point and digits, at most
// 18 on either side: not an integer to yaml.v3, but a float it can read.
func isSmallFraction(v string) bool {
	whole, frac, ok := strings.Cut(v, ".")
	return ok && len(whole) <= 18 && len(frac) <= 18 && isDigits(whole) && isDigits(frac)
}

// maybeResolved marks the first characters of the plain scalars yaml.v3
// may resolve to something other than a string (its resolveTable).
var maybeResolved = func() (t [256]bool) {
	for _, c := range []byte("+-0123456789yYnNtTfFoO~.") {
		t[c] = true
	}
	return t
}()

// isSmallDecimal reports whether v is a decimal of at most 18 digits with
// no leading zero (which yaml.v3 reads as octal).
func isSmallDecimal(v string) bool {
	return len(v) <= 18 && (v == "0" || v != "" && v[0] != '0' && isDigits(v))
}

// endsBlock reports whether the text from pos on ends a block of rows
// under a key indented by k: after blank lines, nothing, or a line indented
// by at most k that is not a comment. A line indented more would be read
// as part of the block (or a syntax error); a comment would be attached to
// other nodes once the block is emptied.
func endsBlock(text []byte, pos, k int) bool {
	for pos < len(text) {
		line, next := lineAt(text, pos)
		in := indentOf(line)
		if in == len(line) {
			pos = next
			continue
		}
		return in <= k && line[in] != '#' && line[in] != '\t' && line[in] != '\r'
	}
	return true
}

// rowCells reads the cells of a row line after its "[" (at line[i]) into
// cs. It reports false unless the rest of the line is plain cells
// separated by commas, then "]" and nothing but spaces.
func rowCells(line []byte, i int, cs []cellSpan) ([]cellSpan, bool) {
	col := i // the column of line[i]: what precedes it is ASCII
	for {
		for i < len(line) && line[i] == ' ' {
			i, col = i+1, col+1
		}
		start, startCol := i, col+1
		end := i // after the cell's last character that is not a space
		for i < len(line) {
			c := line[i]
			if c == ',' || c == ']' {
				break
			}
			if c < utf8.RuneSelf {
				if !plainByte[c] {
					return cs, false
				}
				i++
			} else {
				r, size := utf8.DecodeRune(line[i:])
				if !plainRune(r) {
					return cs, false
				}
				i += size
			}
			col++
			if c != ' ' {
				end = i
			}
		}
		if i == len(line) || end == start {
			return cs, false // no closing bracket, or an empty cell
		}
		// A "-" followed by a space opens a block entry, which yaml.v3
		// refuses inside brackets.
		if line[start] == '-' && line[start+1] == ' ' {
			return cs, false
		}
		cs = append(cs, cellSpan{start, end, startCol})
		c := line[i]
		i, col = i+1, col+1
		if c == ']' {
			return cs, isBlank(line[i:])
		}
	}
}

// plainRune reports whether r, a character outside ASCII, may stand in a
// plain cell: printable in YAML and no line break (U+0085, U+2028,
// U+2029) or byte-order mark.
func plainRune(r rune) bool {
	switch {
	case r == utf8.RuneError, r == 0x2028, r == 0x2029, r == 0xFEFF:
		return false
	case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// plainByte marks the ASCII characters that may stand anywhere in a plain
// cell: printable, and none that YAML gives a meaning to in or at the
// start of a flow scalar but "-" (checked apart) and the space.
var plainByte = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	for _, c := range []byte(",[]{}#:'\"&*!|>%@`?\t") {
		t[c] = false
	}
	return t
}()

// spliceRows puts each block's sequence into root, the tree yaml.v3 read
// from the emptied text, as the value of its "rows" key. It reports false,
// changing nothing, unless every block's key is found where it was, as a
// plain key of a block mapping with an empty value.
func spliceRows(root *yaml.Node, blocks []*rowBlock) bool {
	byLine := make(map[int]int, len(blocks))
	for i, b := range blocks {
		byLine[b.keyLine] = i
	}
	type slot struct {
		m *yaml.Node
		i int // the value's index in m.Content
		b int // the block
	}
	var slots []slot
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.MappingNode && n.Style&yaml.FlowStyle == 0 {
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				bi, ok := byLine[k.Line]
				if !ok || k.Column != blocks[bi].keyCol {
					continue
				}
				if k.Kind != yaml.ScalarNode || k.Style != 0 || k.Value != "rows" || k.Tag != "!!str" || k.Anchor != "" ||
					v.Kind != yaml.ScalarNode || v.Style != 0 || v.Value != "" || v.Tag != "!!null" || v.Anchor != "" {
					return false
				}
				slots = append(slots, slot{n, i + 1, bi})
			}
		}
		stack = append(stack, n.Content...)
	}
	if len(slots) != len(blocks) {
		return false
	}
	seen := make([]bool, len(blocks))
	for _, s := range slots {
		if seen[s.b] {
			return false
		}
		seen[s.b] = true
	}
	for _, s := range slots {
		s.m.Content[s.i] = blocks[s.b].seq
	}
	return true
}
