package userrule

import (
	"strings"

	"golang.org/x/text/width"
	"gopkg.in/yaml.v3"

	"zongjie/internal/record"
)

// Positions inside an expression: expr counts lines from 1 and columns from
// 0, in runes; they are mapped to the rule file, where the expression may
// be a plain, quoted or block scalar.

// lineCol converts a rune offset in src to a 1-based line and 0-based column.
func lineCol(src string, offset int) (int, int) {
	line, col, i := 1, 0, 0
	for _, r := range src {
		if i == offset {
			break
		}
		if r == '\n' {
			line++
			col = 0
		} else {
			col++
		}
		i++
	}
	return line, col
}

// exprError reports a problem at line (1-based) and column (0-based, in
// runes) of the expression written in node n, with a caret snippet.
func (p *ruleParser) exprError(n *yaml.Node, line, col int, msg string) {
	pos := p.exprPos(n, line, col)
	if len(p.errs) < 100 {
		p.errs = append(p.errs, &RuleError{Pos: pos, Msg: msg, Snippet: p.snippet(pos)})
	}
}

// exprPos maps a position inside an expression to the rule file.
func (p *ruleParser) exprPos(n *yaml.Node, line, col int) record.Pos {
	if line < 1 {
		line = 1
	}
	pos := record.Pos{File: p.file}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		// block scalar: the text starts on the line after the indicator
		pos.Line = n.Line + line
		pos.Col = p.indent(n.Line+1) + col + 1 // the block's indentation
		if n.Style&yaml.FoldedStyle != 0 {
			pos.Line = n.Line + 1
		}
		return p.clamp(pos, n)
	}
	pos.Line = n.Line + line - 1
	if line == 1 {
		pos.Col = n.Column + quoteOffset(n) + col
	} else {
		pos.Col = p.indent(pos.Line) + col + 1
	}
	return p.clamp(pos, n)
}

// clamp falls back to the node's own position when a mapped position lies
// outside the file (a folded multi-line scalar).
func (p *ruleParser) clamp(pos record.Pos, n *yaml.Node) record.Pos {
	if pos.Line < 1 || pos.Line > len(p.lines) || pos.Col > len([]rune(p.lines[pos.Line-1]))+1 {
		return p.pos(n)
	}
	return pos
}

// indent returns the number of leading spaces of a 1-based file line.
func (p *ruleParser) indent(line int) int {
	if line < 1 || line > len(p.lines) {
		return 0
	}
	s := p.lines[line-1]
	return len(s) - len(strings.TrimLeft(s, " "))
}

// quoteOffset is 1 for a quoted scalar (its text starts after the quote).
func quoteOffset(n *yaml.Node) int {
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		return 1
	}
	return 0
}

// maxSnippetRunes bounds the line a snippet shows (a 1 MB expression may be
// one line).
const maxSnippetRunes = 120

// snippet shows the file's line with a caret under the column, in expr's
// style; wide (CJK) characters take two columns. A long line is cut around
// the column, invisible characters are dropped.
func (p *ruleParser) snippet(pos record.Pos) string {
	if pos.Line < 1 || pos.Line > len(p.lines) {
		return ""
	}
	line := []rune(strings.ReplaceAll(strings.TrimRight(p.lines[pos.Line-1], "\r"), "\t", " "))
	col := pos.Col - 1
	prefix, suffix := "", ""
	if len(line) > maxSnippetRunes {
		start := max(0, min(col-maxSnippetRunes/2, len(line)-maxSnippetRunes))
		end := min(len(line), start+maxSnippetRunes)
		if start > 0 {
			prefix = "…"
		}
		if end < len(line) {
			suffix = "…"
		}
		line = line[start:end]
		col -= start
	}
	var text, dots strings.Builder
	text.WriteString(prefix)
	dots.WriteString(strings.Repeat(".", runeWidth([]rune(prefix))))
	for i, r := range line {
		if _, at := invisible(string(r)); at >= 0 {
			r = ' '
		}
		text.WriteRune(r)
		if i < col {
			dots.WriteString(strings.Repeat(".", runeWidth([]rune{r})))
		}
	}
	text.WriteString(suffix)
	return " | " + text.String() + "\n | " + dots.String() + "^"
}

// runeWidth is the terminal width of rs: 2 for each wide and full-width
// character, 1 for others.
func runeWidth(rs []rune) int {
	n := 0
	for _, r := range rs {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
