package record

import "gopkg.in/yaml.v3"

// yamlMaxDepth is the nesting yaml.v3 itself refuses beyond; no flag can
// raise it.
const yamlMaxDepth = 10000

// checkTree measures the parsed node tree before anything decodes it, so the
// depth, alias and size limits hold whatever the schema would have read:
// nesting deeper than MaxDepth, more than MaxAliases alias uses, or aliases
// whose expansion exceeds MaxNodes values (an "alias bomb") are refused with
// one message naming the limit and the flag that raises it. Aliases are not
// followed for depth; their expansion is counted once per anchor.
func checkTree(file string, root *yaml.Node, lim Limits) error {
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
		return nil
	}
	s := sizer{limit: int64(lim.MaxNodes), memo: map[*yaml.Node]int64{}}
	if total := s.size(root); total > s.limit {
		pos := Pos{File: file}
		if s.culprit != nil {
			pos.Line, pos.Col = s.culprit.Line, s.culprit.Column
		}
		if s.cycle {
			return Errors{{Pos: pos, Format: "别名(*引用)引用了包含它自己的内容,展开永无止境;请改为写出具体内容"}}
		}
		return Errors{{Pos: pos,
			Format: "别名(*引用)展开后超过 %d 个数据项(上限),文件可能是恶意构造的“别名炸弹”;确需处理请用 --max-nodes 调高上限",
			Args:   []any{lim.MaxNodes}}}
	}
	return nil
}

// sizer counts the values of a node tree with aliases expanded, stopping as
// soon as the count passes limit. Each anchored node is counted once and
// remembered; an alias inside its own anchor is a cycle.
type sizer struct {
	limit   int64
	memo    map[*yaml.Node]int64
	culprit *yaml.Node // the alias whose expansion passed the limit
	cycle   bool
}

// inProgress marks a node being counted, to detect an alias cycle.
const inProgress = -1

func (s *sizer) size(n *yaml.Node) int64 {
	if n.Kind == yaml.AliasNode {
		t := n.Alias
		if t == nil {
			return 1
		}
		v, ok := s.memo[t]
		if ok && v == inProgress {
			s.cycle = true
			s.culprit = n
			return s.limit + 1
		}
		if !ok {
			v = s.size(t)
		}
		if v > s.limit && s.culprit == nil {
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
	total := int64(1)
	for _, c := range n.Content {
		total += s.size(c)
		if total > s.limit {
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
