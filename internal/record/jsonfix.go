package record

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// JSON is read by the YAML parser, which refuses two escapes that JSON
// writers produce: a UTF-16 surrogate pair ("\ud842\udfb7", how Python's
// json.dumps writes 𠮷 and every character beyond the first 65 536) and an
// escaped slash ("\/", how PHP writes "/"). fixJSONEscapes rewrites both
// into what YAML reads — "\U00020bb7" and "/" — and keeps a columnFix so
// every position still points at the column of the original file.

// columnFix records, per line, where rewritten text got shorter, so the
// positions yaml.v3 gives can be moved back to the original columns.
type columnFix struct {
	// edits by line, each sorted by column: from column at (in the
	// rewritten text) on, add shift to get the original column.
	edits map[int][]colEdit
}

type colEdit struct{ at, shift int }

// fixJSONEscapes rewrites the surrogate pairs and escaped slashes inside the
// strings of JSON text. A lone surrogate, which no character can be decoded
// from, is refused with its position. Text without either escape is
// returned as it is.
func fixJSONEscapes(name string, text []byte) ([]byte, *columnFix, error) {
	if !bytes.Contains(text, []byte(`\/`)) && !bytes.Contains(text, []byte(`\u`)) {
		return text, nil, nil
	}
	var out []byte
	fix := &columnFix{edits: map[int][]colEdit{}}
	copied := 0 // text[:copied] is in out
	line, col := 1, 1
	inString := false
	shift := 0 // columns removed so far on this line
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n':
			line, col, shift = line+1, 1, 0
			i++
			continue
		case c == '"':
			inString = !inString
		case c == '\\' && inString && i+1 < len(text):
			switch text[i+1] {
			case '/':
				out = append(append(out, text[copied:i]...), '/')
				copied = i + 2
				shift++
				fix.add(line, col+1-shift+1, shift)
				i, col = i+2, col+2
				continue
			case 'u':
				hi, ok := hex4(text, i+2)
				if !ok || hi < 0xd800 || hi > 0xdfff {
					i, col = i+2, col+2 // an ordinary \u escape: the parser reads it
					continue
				}
				lo, ok := uint32(0), false
				if hi < 0xdc00 && i+11 < len(text) && text[i+6] == '\\' && text[i+7] == 'u' {
					lo, ok = hex4(text, i+8)
					ok = ok && lo >= 0xdc00 && lo <= 0xdfff
				}
				if !ok {
					return nil, nil, Errors{{Pos: Pos{File: name, Line: line, Col: col},
						Format: "“%s”是单独的 UTF-16 代理项,不是一个完整的字(应与另一个 \\u 转义成对出现);请检查这一处,或直接写出这个字",
						Args:   []any{string(text[i : i+6])}}}
				}
				r := 0x10000 + (rune(hi)-0xd800)<<10 + (rune(lo) - 0xdc00)
				out = append(append(out, text[copied:i]...), fmt.Sprintf(`\U%08X`, r)...)
				copied = i + 12
				shift += 2
				fix.add(line, col+10-shift+2, shift)
				i, col = i+12, col+12
				continue
			default:
				i, col = i+2, col+2
				continue
			}
		}
		_, size := utf8.DecodeRune(text[i:])
		i += size
		col++
	}
	if copied == 0 {
		return text, nil, nil
	}
	out = append(out, text[copied:]...)
	return out, fix, nil
}

// hex4 reads four hex digits at text[i:].
func hex4(text []byte, i int) (uint32, bool) {
	if i+4 > len(text) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(text[i:i+4]), 16, 32)
	return uint32(v), err == nil
}

// add records that from column at of line (rewritten), the original column
// is shift more.
func (f *columnFix) add(line, at, shift int) {
	f.edits[line] = append(f.edits[line], colEdit{at, shift})
}

// col returns the original column of column c of line.
func (f *columnFix) col(line, c int) int {
	es := f.edits[line]
	i := sort.Search(len(es), func(i int) bool { return es[i].at > c }) - 1
	if i < 0 {
		return c
	}
	return c + es[i].shift
}

// apply moves every position of the tree at root back to the original
// columns. A nil fix does nothing.
func (f *columnFix) apply(root *yaml.Node) {
	if f == nil || len(f.edits) == 0 {
		return
	}
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if _, ok := f.edits[n.Line]; ok {
			n.Column = f.col(n.Line, n.Column)
		}
		stack = append(stack, n.Content...)
	}
}

// firstBadEscape finds the first escape in double quotes the YAML parser
// refuses: a \u escape of a UTF-16 surrogate, or an escape letter YAML does
// not have. It returns 0, 0 when it finds none.
func firstBadEscape(text []byte) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			line, col = line+1, 1
			i++
			continue
		}
		if c == '\\' && i+1 < len(text) {
			switch text[i+1] {
			case 'u':
				if v, ok := hex4(text, i+2); ok && v >= 0xd800 && v <= 0xdfff {
					return line, col
				}
			case '/':
				return line, col
			}
			i, col = i+2, col+2
			continue
		}
		_, size := utf8.DecodeRune(text[i:])
		i += size
		col++
	}
	return 0, 0
}
