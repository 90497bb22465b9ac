package record

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// When the YAML parser refuses a file, its line is where it gave up, often
// a line or five after the one to fix, and for JSON the opening brace at
// 1:1. diagnose looks for the mistakes clerks make and points at the line
// and column to fix: a full-width colon "：" where a key ends, a tab used
// to indent, a "{" or "[" never closed, a JSON line without its comma, a
// line indented unlike its neighbours. It reports false when it finds none
// of them, and the parser's own message stands.
//
// near is the parser's line (0 when it gave none): a full-width colon or a
// bad indentation is blamed only within a few lines of it, since both can
// also occur harmlessly (a "：" inside a list of text).
func diagnose(text []byte, json bool, near int) (line, col int, msg string, ok bool) {
	lines := strings.Split(strings.ReplaceAll(string(text), "\r", "\n"), "\n")
	close := func(l int) bool { return near == 0 || (l >= near-3 && l <= near+2) }
	if l, c, ok := fullWidthColon(lines); ok && close(l) {
		return l, c, "这一行键后的冒号是全角的“：”;请改成半角冒号加一个空格“: ”(切换到英文输入法再输入)", true
	}
	if l, c, key, value, ok := colonWithoutSpace(lines, close); ok {
		return l, c, "冒号后面少了一个空格;请写成“" + key + ": " + value + "”(键、半角冒号、空格、值)", true
	}
	if l, ok := tabIndent(lines); ok {
		return l, 1, "这一行用 Tab 键缩进;数据文件只能用空格缩进,请把 Tab 换成空格(与上一级相比多两个空格)", true
	}
	if l, c, m, ok := flowProblem(lines, json); ok {
		return l, c, m, true
	}
	if !json {
		if l, c, m, ok := indentProblem(lines); ok && close(l) {
			return l, c, m, true
		}
	}
	return 0, 0, "", false
}

// fullWidthColon finds the first line whose key ends with "：": the text
// before it looks like a key (no space, no quote, not a comment) and no
// ASCII colon comes before it.
func fullWidthColon(lines []string) (line, col int, ok bool) {
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		t = strings.TrimPrefix(t, "- ")
		t = strings.TrimLeft(t, " ")
		j := strings.Index(t, "：")
		if j <= 0 || strings.HasPrefix(t, "#") || strings.ContainsAny(t[:j], " \t:\"'#{}[],") {
			continue
		}
		if utf8.RuneCountInString(t[:j]) > 24 {
			continue
		}
		return i + 1, utf8.RuneCountInString(l[:len(l)-len(t)+j]) + 1, true
	}
	return 0, 0, false
}

// colonWithoutSpace finds the first line near the parser's error (near
// reports whether a line number is) written "key:value", a key (letters,
// digits, underscores; Chinese too) with no space between its colon and
// the value, which YAML reads as one plain text and then finds no key: a
// text item written so earlier in the file ("- 口号:团结奋进") is no error.
// It returns the column of the colon, and the key and the value (up to a
// comment) for the message. A URL (http://) or a time (8:30) is no key.
func colonWithoutSpace(lines []string, near func(line int) bool) (line, col int, key, value string, ok bool) {
	for i, l := range lines {
		if !near(i + 1) {
			continue
		}
		t := strings.TrimLeft(l, " ")
		t = strings.TrimLeft(strings.TrimPrefix(t, "- "), " ")
		j := strings.IndexByte(t, ':')
		if j <= 0 || j+1 >= len(t) || strings.ContainsRune(" :/", rune(t[j+1])) || t[0] >= '0' && t[0] <= '9' {
			continue
		}
		k := t[:j]
		if strings.IndexFunc(k, func(r rune) bool { return !isKeyRune(r) }) >= 0 {
			continue
		}
		v, _, _ := strings.Cut(t[j+1:], " #")
		return i + 1, utf8.RuneCountInString(l[:len(l)-len(t)+j]) + 1, k, strings.TrimSpace(v), true
	}
	return 0, 0, "", "", false
}

// isKeyRune reports whether r can be part of a data file's key: a letter
// (of any script), a digit or an underscore.
func isKeyRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tabIndent finds the first line indented with a tab.
func tabIndent(lines []string) (int, bool) {
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		if strings.HasPrefix(t, "\t") && strings.TrimSpace(t) != "" {
			return i + 1, true
		}
	}
	return 0, false
}

// opener is an open "{" or "[" and where it was written.
type opener struct {
	ch          rune
	line, col   int
	lineIndent  int  // the indentation of the line it is on
	valueBefore bool // in JSON: a value ended just before the line break
}

// flowProblem scans the brackets of flow collections ({…} and […]),
// skipping quoted text and comments, and finds one that is never closed or
// closed by the other kind, or, in JSON, two values on separate lines with
// no comma between them.
func flowProblem(lines []string, json bool) (line, col int, msg string, ok bool) {
	var stack []opener
	var quote rune
	lastValue := false // the last token of the flow was a value (JSON comma check)
	lastLine, lastCol := 0, 0
	for i, l := range lines {
		indent := len(l) - len(strings.TrimLeft(l, " "))
		if len(stack) > 0 && quote == 0 && !json {
			// A block line (a key at or left of the line the bracket
			// opened on, or a list item) while a bracket is open: the
			// bracket was never closed.
			t := strings.TrimSpace(l)
			if t != "" && !strings.HasPrefix(t, "#") && indent <= stack[0].lineIndent && (strings.HasPrefix(t, "- ") || isBlockKey(t)) {
				o := stack[len(stack)-1]
				return o.line, o.col, unclosed(o), true
			}
		}
		col := 0
		prev := ' '
		for _, r := range l {
			col++
			switch {
			case quote != 0:
				if r == quote && (quote == '\'' || prev != '\\') {
					quote = 0
					lastValue, lastLine, lastCol = true, i+1, col
				}
			case r == '#' && (prev == ' ' || col == 1) && !json:
				goto nextLine
			case r == '"' || (r == '\'' && !json):
				if json && lastValue && len(stack) > 0 && lastLine < i+1 {
					return lastLine, lastCol + 1, "这一项的末尾少了逗号“,”:JSON 里同一组的各项之间要用逗号隔开", true
				}
				quote = r
			case r == '{' || r == '[':
				if json && lastValue && len(stack) > 0 && lastLine < i+1 {
					return lastLine, lastCol + 1, "这一项的末尾少了逗号“,”:JSON 里同一组的各项之间要用逗号隔开", true
				}
				stack = append(stack, opener{ch: r, line: i + 1, col: col, lineIndent: indent})
				lastValue = false
			case r == '}' || r == ']':
				if len(stack) == 0 {
					return i + 1, col, fmt.Sprintf("这个“%c”前面没有与它配对的“%c”;请删去它,或补上开头的括号", r, pair(r)), true
				}
				o := stack[len(stack)-1]
				if pair(o.ch) != r {
					return o.line, o.col, fmt.Sprintf("这里的“%c”应以“%c”结束,第 %d 行第 %d 列却写了“%c”;请把括号改成配对的", o.ch, pair(o.ch), i+1, col, r), true
				}
				stack = stack[:len(stack)-1]
				lastValue, lastLine, lastCol = true, i+1, col
			case r == ',' || r == ':':
				lastValue = false
			case r == ' ' || r == '\t':
			default:
				if len(stack) > 0 {
					if json && lastValue && lastLine < i+1 {
						return lastLine, lastCol + 1, "这一项的末尾少了逗号“,”:JSON 里同一组的各项之间要用逗号隔开", true
					}
					lastValue, lastLine, lastCol = true, i+1, col
				}
			}
			prev = r
		}
	nextLine:
	}
	if len(stack) > 0 && quote == 0 {
		o := stack[len(stack)-1]
		return o.line, o.col, unclosed(o), true
	}
	return 0, 0, "", false
}

func unclosed(o opener) string {
	return fmt.Sprintf("这里的“%c”没有配对的“%c”:请在这一组内容的末尾补上“%c”(也检查一下中间是否少了逗号)", o.ch, pair(o.ch), pair(o.ch))
}

// pair returns the bracket that closes or opens r.
func pair(r rune) rune {
	switch r {
	case '{':
		return '}'
	case '}':
		return '{'
	case '[':
		return ']'
	}
	return '['
}

// isBlockKey reports whether t starts like "key:" or "key: value".
func isBlockKey(t string) bool {
	i := strings.Index(t, ":")
	if i <= 0 || strings.ContainsAny(t[:i], " \"'{}[],#") {
		return false
	}
	return i == len(t)-1 || t[i+1] == ' '
}

// indentProblem finds the first block line whose indentation matches no
// level open above it: deeper than the line before when that line did not
// open a new level (it had a value after its colon), or shallower than the
// line before but not at any level it could return to.
func indentProblem(lines []string) (line, col int, msg string, ok bool) {
	levels := []int{0} // indentation of the open levels, innermost last
	opens := false     // the previous line opened a new level ("key:" with no value)
	prevLine := 0
	inBlock, blockIndent := false, 0 // inside a "|" or ">" block of text
	depth := 0                       // flow brackets open at the start of the line
	for i, l := range lines {
		t := strings.TrimSpace(l)
		startDepth := depth
		depth += flowDepthChange(l)
		if t == "" || strings.HasPrefix(t, "#") || startDepth > 0 {
			continue
		}
		indent := len(l) - len(strings.TrimLeft(l, " "))
		if inBlock {
			if indent > blockIndent {
				continue
			}
			inBlock = false
		}
		cur := levels[len(levels)-1]
		switch {
		case indent > cur && !opens:
			return i + 1, 1, fmt.Sprintf("这一行比第 %d 行多缩进了 %d 格;第 %d 行的冒号后已经有内容,不能再往下分层,同一组的项要左对齐", prevLine, indent-cur, prevLine), true
		case indent > cur:
			levels = append(levels, indent)
		case indent < cur:
			for len(levels) > 1 && levels[len(levels)-1] > indent {
				levels = levels[:len(levels)-1]
			}
			if levels[len(levels)-1] != indent {
				return i + 1, 1, fmt.Sprintf("这一行缩进了 %d 格,与上面任何一级都对不上(外面一级缩进 %d 格);请与同一组的项左对齐", indent, levels[len(levels)-1]), true
			}
		}
		prevLine = i + 1
		body, item := t, false
		for strings.HasPrefix(body, "- ") || body == "-" {
			// "- key: value": the item's keys sit after the "- ".
			body, item = strings.TrimLeft(strings.TrimPrefix(body, "-"), " "), true
		}
		if item && body != "" {
			levels = append(levels, indent+len(t)-len(body))
		}
		switch {
		case body == "":
			opens = true
		case isBlockKey(body):
			v := strings.TrimSpace(body[strings.Index(body, ":")+1:])
			switch {
			case v == "" || strings.HasPrefix(v, "#"):
				opens = true
			case strings.HasPrefix(v, "|") || strings.HasPrefix(v, ">"):
				opens, inBlock, blockIndent = false, true, indent
			default:
				opens = false
			}
		default:
			opens = false
		}
	}
	return 0, 0, "", false
}

// flowDepthChange returns how many flow brackets a line opens minus how
// many it closes, outside quotes and comments.
func flowDepthChange(l string) int {
	d := 0
	var quote rune
	prev := ' '
	for _, r := range l {
		switch {
		case quote != 0:
			if r == quote && (quote == '\'' || prev != '\\') {
				quote = 0
			}
		case r == '#' && prev == ' ':
			return d
		case r == '"' || r == '\'':
			if prev == ' ' || prev == '[' || prev == '{' || prev == ',' || prev == ':' {
				quote = r
			}
		case r == '{' || r == '[':
			d++
		case r == '}' || r == ']':
			d--
		}
		prev = r
	}
	return d
}
