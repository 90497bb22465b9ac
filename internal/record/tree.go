package record

import (
	"fmt"
	"strings"

	"zongjie/internal/cnfmt"

	"gopkg.in/yaml.v3"
)

// yamlMaxDepth is the nesting yaml.v3 itself refuses beyond; no flag can
// raise it.
const yamlMaxDepth = 10000

// checkTree measures the parsed node tree before anything decodes it, so the
// depth, alias and size limits hold whatever the schema would have read:
// nesting deeper than MaxDepth, more than MaxAliases alias uses, or aliases
// whose expansion exceeds MaxNodes values or MaxBytes of text (an "alias
// bomb": one anchored megabyte repeated ten thousand times is ten gigabytes
// of report) are refused with one message naming the limit and the flag that
// raises it. Aliases are not followed for depth; their expansion is counted
// once per anchor. A type tag that is not YAML's own (!!python/object, !foo)
// is refused here too: it marks another program's object, not data.
//
// The cells of lazy rows (see rowBlock) need not be made for the limits
// but the expansion of aliases: they are then made for good.
func checkTree(file string, root *yaml.Node, lim Limits, lazy *lazyRows) error {
	type frame struct {
		n     *yaml.Node
		depth int
	}
	aliases := 0
	stack := []frame{{root, 0}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		depth := f.depth
		if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
			depth++
			if depth > lim.MaxDepth {
				return Errors{{Pos: Pos{File: file, Line: n.Line, Col: n.Column},
					Format: "嵌套超过 %d 层(上限);数据文件通常不超过 6 层,请检查缩进和括号是否配对;确需更深请用 --max-depth 调高上限",
					Args:   []any{lim.MaxDepth}}}
			}
		}
		if n.Style&yaml.TaggedStyle != 0 {
			if msg, bad := foreignTag(n.Tag); bad {
				return Errors{{Pos: Pos{File: file, Line: n.Line, Col: n.Column}, Format: "%s", Args: []any{msg}}}
			}
		}
		if n.Kind == yaml.AliasNode {
			aliases++
			if aliases > lim.MaxAliases {
				return Errors{{Pos: Pos{File: file, Line: n.Line, Col: n.Column},
					Format: "别名(*引用)用了超过 %d 次(上限),文件可能是恶意构造的“别名炸弹”;确需这么多别名请用 --max-aliases 调高上限",
					Args:   []any{lim.MaxAliases}}}
			}
			continue
		}
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, frame{n.Content[i], depth})
		}
	}
	if aliases == 0 {
		return nil // the file's own size limit bounds its text
	}
	lazy.expandAll()
	s := sizer{limit: size{int64(lim.MaxNodes), lim.MaxBytes}, memo: map[*yaml.Node]size{}}
	total := s.size(root)
	if !total.over(s.limit) {
		return nil
	}
	pos := Pos{File: file}
	if s.culprit != nil {
		pos.Line, pos.Col = s.culprit.Line, s.culprit.Column
	}
	switch {
	case s.cycle:
		return Errors{{Pos: pos, Format: "别名(*引用)引用了包含它自己的内容,展开永无止境;请改为写出具体内容"}}
	case total.nodes > s.limit.nodes:
		return Errors{{Pos: pos,
			Format: "别名(*引用)展开后超过 %d 个数据项(上限),文件可能是恶意构造的“别名炸弹”;确需处理请用 --max-nodes 调高上限",
			Args:   []any{lim.MaxNodes}}}
	}
	return Errors{{Pos: pos,
		Format: "别名(*引用)展开后的文字超过 %s(上限,与文件大小的上限相同),文件可能是恶意构造的“别名炸弹”,生成报告会耗尽内存;确需处理请用 --max-size 调高上限",
		Args:   []any{cnfmt.Bytes(lim.MaxBytes)}}}
}

// foreignTag reports whether an explicit type tag is one zongjie does not
// read, with the message saying so. YAML's own scalar, list and mapping
// tags (!!str 123 to keep a number as text) are accepted.
func foreignTag(tag string) (string, bool) {
	switch tag {
	case "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq", "!!timestamp", "!!merge", "!":
		return "", false
	case "!!binary":
		return "这里写的是二进制数据(!!binary),数据文件里不能有;请直接写出文字或数字", true
	}
	lang := ""
	switch {
	case strings.HasPrefix(tag, "!!python/"), strings.HasPrefix(tag, "tag:yaml.org,2002:python/"):
		lang = "(Python)"
	case strings.HasPrefix(tag, "!ruby/"), strings.HasPrefix(tag, "!!ruby/"):
		lang = "(Ruby)"
	case strings.HasPrefix(tag, "!!java"), strings.HasPrefix(tag, "!java"):
		lang = "(Java)"
	case strings.HasPrefix(tag, "!!php/"), strings.HasPrefix(tag, "!php/"):
		lang = "(PHP)"
	}
	if lang != "" {
		return fmt.Sprintf("“%s”是其他程序%s保存对象时写的类型标记,不是 zongjie 的数据;请删去这个标记(以 ! 开头的那一段),直接写出内容,或用 zongjie init 生成的模板重新填写", clip(tag), lang), true
	}
	return fmt.Sprintf("“%s”是 zongjie 不认识的类型标记(以 ! 开头);数据文件只写文字和数字,不能引用其他文件或对象;请删去这个标记,直接写出内容", clip(tag)), true
}

// size is what a node tree costs to decode: its values and the bytes of
// its text (keys and scalars).
type size struct{ nodes, bytes int64 }

func (a size) add(b size) size { return size{a.nodes + b.nodes, a.bytes + b.bytes} }

// over reports whether a passes either bound of limit.
func (a size) over(limit size) bool { return a.nodes > limit.nodes || a.bytes > limit.bytes }

// sizer measures a node tree with aliases expanded, stopping as soon as
// it passes limit. Each anchored node is measured once and remembered; an
// alias inside its own anchor is a cycle.
type sizer struct {
	limit   size
	memo    map[*yaml.Node]size
	culprit *yaml.Node // the alias whose expansion passed the limit
	cycle   bool
}

// inProgress marks a node being measured, to detect an alias cycle.
var inProgress = size{-1, -1}

func (s *sizer) size(n *yaml.Node) size {
	over := size{s.limit.nodes + 1, s.limit.bytes + 1}
	if n.Kind == yaml.AliasNode {
		t := n.Alias
		if t == nil {
			return size{1, 0}
		}
		v, ok := s.memo[t]
		if ok && v == inProgress {
			s.cycle = true
			s.culprit = n
			return over
		}
		if !ok {
			v = s.size(t)
		}
		if v.over(s.limit) && s.culprit == nil {
			s.culprit = n
		}
		return v
	}
	if n.Anchor != "" {
		if v, ok := s.memo[n]; ok && v != inProgress {
			return v
		}
		s.memo[n] = inProgress
	}
	total := size{1, int64(len(n.Value))}
	for _, c := range n.Content {
		total = total.add(s.size(c))
		if total.over(s.limit) {
			if s.culprit == nil {
				s.culprit = c
			}
			break
		}
	}
	if n.Anchor != "" {
		s.memo[n] = total
	}
	return total
}

// locateDeepFlow finds where flow nesting ([ and {) first passes limit, for
// the message of a file yaml.v3 refused as too deep (its error has no line).
// Quoted text and comments are skipped. It returns 0, 0 when the nesting is
// not in flow style.
func locateDeepFlow(text []byte, limit int) (line, col int) {
	line, col = 1, 0
	depth := 0
	var quote rune
	comment := false
	prev := ' '
	for _, r := range string(text) {
		col++
		switch {
		case r == '\n':
			line, col, comment = line+1, 0, false
			if quote == 0 {
				prev = ' '
				continue
			}
		case comment:
		case quote != 0:
			if r == quote && (quote == '\'' || prev != '\\') {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case r == '#' && (prev == ' ' || prev == '\t'):
			comment = true
		case r == '[' || r == '{':
			depth++
			if depth > limit {
				return line, col
			}
		case r == ']' || r == '}':
			depth--
		}
		prev = r
	}
	return 0, 0
}
