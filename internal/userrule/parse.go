package userrule

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"gopkg.in/yaml.v3"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// ruleParser reads a rule file's YAML nodes, collecting every problem.
type ruleParser struct {
	file  string
	lines []string
	errs  RuleErrors
	known map[string]rules.Def // indicator ids usable so far: built-in, then the file's own in order
	own   []string             // the file's own indicator ids so far
	ids   map[string]record.Pos
	rules int // rules read so far
}

// Parse compiles a rule file's content (UTF-8 or GBK, as a data file may
// be); name is used in positions. It reports every problem, up to 100.
func Parse(name string, data []byte) (*RuleSet, error) {
	data, err := record.DecodeText(name, data)
	if err != nil {
		var re record.Errors
		if !errors.As(err, &re) || len(re) == 0 {
			return nil, RuleErrors{{Pos: record.Pos{File: name}, Msg: "无法读取规则文件"}}
		}
		// worded for a data file, which may also be a workbook
		msg := strings.ReplaceAll(re[0].Msg(), "数据文件或 .xlsx 工作簿", "规则文件")
		msg = strings.ReplaceAll(msg, "数据文件", "规则文件")
		return nil, RuleErrors{{Pos: re[0].Pos, Msg: msg}}
	}
	p := &ruleParser{file: name, lines: strings.Split(string(data), "\n"), known: map[string]rules.Def{}}
	for _, d := range rules.Catalogue() {
		p.known[d.ID] = d
	}
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil && !errors.Is(err, io.EOF) {
		line, col, msg := record.YAMLMessage(data, err)
		p.errorAt(record.Pos{File: name, Line: line, Col: col}, "规则文件的 YAML 格式有误:"+msg)
		return nil, p.errs
	}
	var second yaml.Node
	if err := dec.Decode(&second); !errors.Is(err, io.EOF) {
		// A second document ("---" or "..." and more) would be dropped
		// without a word; a YAML error after the first one is refused too.
		line, col := second.Line, min(second.Line, 1)
		if err != nil {
			line, col, _ = record.YAMLMessage(data, err)
		}
		p.errorAt(record.Pos{File: name, Line: line, Col: col},
			"规则文件只能有一个 YAML 文档;“---”或“...”之后的内容不会被读取,请删去这一行或把内容合并到前面")
		return nil, p.errs
	}
	rs := &RuleSet{File: name, defs: map[string]rules.Def{}}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	if doc.Kind == 0 {
		return rs, nil // an empty file adds nothing
	}
	if doc.Kind != yaml.MappingNode {
		p.errorf(doc, "规则文件的最外层应当是 indicators:、rankings:、findings: 三项(可只写其中几项)")
		return nil, p.errs
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		switch k.Value {
		case "indicators":
			for _, n := range p.list(v) {
				if r, ok := p.indicator(n); ok {
					rs.Indicators = append(rs.Indicators, r)
					rs.defs[r.ID] = r.Def
				}
			}
		case "rankings":
			for _, n := range p.list(v) {
				if r, ok := p.ranking(n); ok {
					rs.Rankings = append(rs.Rankings, r)
				}
			}
		case "findings":
			for _, n := range p.list(v) {
				if r, ok := p.finding(n); ok {
					rs.Findings = append(rs.Findings, r)
				}
			}
		default:
			p.errorf(k, "不认识的一项“%s”;规则文件只能有 indicators、rankings、findings%s", shown(k.Value), suggestIn(k.Value, []string{"indicators", "rankings", "findings"}))
		}
		if p.rules > maxRules {
			p.errs = append(p.errs[:0:0], &RuleError{Pos: p.pos(k), Msg: fmt.Sprintf("规则文件中的规则超过 %d 条的上限,请确认没有选错文件", maxRules)})
			return nil, p.errs
		}
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return rs, nil
}

func (p *ruleParser) pos(n *yaml.Node) record.Pos {
	return record.Pos{File: p.file, Line: n.Line, Col: n.Column}
}

func (p *ruleParser) errorAt(pos record.Pos, msg string) {
	if len(p.errs) < 100 {
		p.errs = append(p.errs, &RuleError{Pos: pos, Msg: msg})
	}
}

func (p *ruleParser) errorf(n *yaml.Node, format string, args ...any) {
	p.errorAt(p.pos(n), fmt.Sprintf(format, args...))
}

// list returns the items of a sequence node.
func (p *ruleParser) list(n *yaml.Node) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "这里应当是一个列表,每条规则以“- ”开头")
		return nil
	}
	p.rules += len(n.Content)
	if p.rules > maxRules {
		return nil
	}
	return n.Content
}

// fields reads a rule's mapping into key -> value node, reporting keys not
// in allowed, missing required ones and values with invisible characters.
func (p *ruleParser) fields(n *yaml.Node, what string, allowed, required []string) (map[string]*yaml.Node, bool) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "每条%s应当是一组“键: 值”", what)
		return nil, false
	}
	out := map[string]*yaml.Node{}
	given := map[string]bool{} // keys written, kept or not
	ok := true
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !contains(allowed, k.Value) {
			p.errorf(k, "%s不认识“%s”这一项%s;可用的有:%s", what, shown(k.Value), suggestIn(k.Value, allowed), strings.Join(allowed, "、"))
			ok = false
			continue
		}
		if given[k.Value] {
			p.errorf(k, "“%s”重复出现", k.Value)
			ok = false
			continue
		}
		given[k.Value] = true
		if v.Kind != yaml.ScalarNode {
			p.errorf(v, "“%s”的值应当是一个单独的值(文字、数或公式)", k.Value)
			ok = false
			continue
		}
		if r, at := invisible(v.Value); at >= 0 {
			pos := p.pos(v)
			if !strings.Contains(v.Value[:at], "\n") {
				pos.Col += len([]rune(v.Value[:at])) + quoteOffset(v)
			}
			p.errorAt(pos, fmt.Sprintf("“%s”中有不可见的控制字符(U+%04X);它可能来自复制粘贴,会扰乱终端和报告,请删去", k.Value, r))
			ok = false
			continue
		}
		out[k.Value] = v
	}
	for _, r := range required {
		if !given[r] {
			p.errorf(n, "%s缺少“%s”", what, r)
			ok = false
		}
	}
	return out, ok
}

// invisible returns the first control or direction-changing character of s
// (tabs and line breaks are allowed) and its byte offset, or -1.
func invisible(s string) (rune, int) {
	for i, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), r == '\u2028', r == '\u2029':
			return r, i
		}
	}
	return 0, -1
}

// shown clips text quoted in a message (a mistyped key may be a pasted
// paragraph) and writes each invisible character as <U+XXXX>, so that the
// message neither carries it to the terminal nor shows "A\aA" as "AA"; a
// line break shows as ↵, a tab or a carriage return as a space.
func shown(s string) string {
	clipped := ""
	if rs := []rune(s); len(rs) > 40 {
		s, clipped = string(rs[:40]), "…"
	}
	var b strings.Builder
	for _, r := range s {
		switch _, at := invisible(string(r)); {
		case r == '\n':
			b.WriteRune('↵')
		case r == '\t' || r == '\r':
			b.WriteByte(' ')
		case at >= 0:
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String() + clipped
}

// idPattern is the form of a rule's id; compiled at the first rule file,
// not as every process starts.
var idPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$`) })

// newID checks a rule id: well-formed, not built-in, not used twice.
func (p *ruleParser) newID(n *yaml.Node) bool {
	id := n.Value
	if p.ids == nil {
		p.ids = map[string]record.Pos{}
	}
	_, builtin := rules.Lookup(id)
	switch {
	case !idPattern().MatchString(id):
		p.errorf(n, "id“%s”只能用小写英文字母、数字、下划线和点,以字母开头,例如 custom.private_rate", shown(id))
	case builtin:
		p.errorf(n, "id“%s”是内置指标,请另取一个(例如加上 custom. 前缀)", id)
	case contains(rules.BuiltinRankingIDs(), id):
		p.errorf(n, "id“%s”是内置排名,请另取一个", id)
	default:
		if prev, dup := p.ids[id]; dup {
			p.errorf(n, "id“%s”重复,第一次在 %s", id, prev)
			return false
		}
		p.ids[id] = p.pos(n)
		return true
	}
	return false
}

// kindNames are the kinds a rule file may give, in order.
func kindNames() []string {
	var out []string
	for k := rules.KindRate; k <= rules.KindNumber; k++ {
		out = append(out, k.String())
	}
	return out
}

func (p *ruleParser) indicator(n *yaml.Node) (IndicatorRule, bool) {
	f, ok := p.fields(n, "指标", []string{"id", "label", "kind", "unit", "precision", "per", "formula", "expr"}, []string{"id", "label", "expr"})
	if !ok {
		return IndicatorRule{}, false
	}
	r := IndicatorRule{Def: rules.Def{ID: f["id"].Value, Label: f["label"].Value, Kind: rules.KindNumber, Precision: 2}}
	ok = p.newID(f["id"])
	if k, has := f["kind"]; has {
		kind, good := rules.ParseKind(k.Value)
		if !good || kind > rules.KindNumber {
			p.errorf(k, "kind“%s”不认识;可用的有:%s", shown(k.Value), strings.Join(kindNames(), "、"))
			ok = false
		}
		r.Kind = kind
	}
	r.Unit = map[rules.Kind]string{rules.KindRate: "%", rules.KindAmount: "元", rules.KindPerCapita: "元/人", rules.KindCount: "个"}[r.Kind]
	if r.Kind == rules.KindPerCapita || r.Kind == rules.KindCount {
		r.Precision = 0
	}
	if u, has := f["unit"]; has {
		r.Unit = u.Value
	}
	if pr, has := f["precision"]; has {
		n, err := strconv.Atoi(pr.Value)
		if err != nil || n < 0 || n > 8 {
			p.errorf(pr, "precision 应当是 0 到 8 之间的整数(显示几位小数)")
			ok = false
		}
		r.Precision = n
	}
	r.Per = rules.PerWhole
	if pn, has := f["per"]; has {
		per, good := rules.ParsePer(pn.Value)
		if !good || per > rules.PerUnit {
			p.errorf(pn, "per“%s”不认识;可用的有:whole(全单位)、group(每个分组)、unit(每个单位)", shown(pn.Value))
			ok = false
		}
		r.Per = per
	}
	r.Expr = f["expr"].Value
	r.Formula = r.Expr
	if fm, has := f["formula"]; has {
		r.Formula = fm.Value
	}
	r.Pos = p.pos(f["expr"])
	code, good := p.compile(f["expr"], r.Per, false, "指标“"+r.ID+"”")
	if !good {
		ok = false
	}
	r.code = code
	if ok {
		p.known[r.ID] = r.Def
		p.own = append(p.own, r.ID)
	}
	return r, ok
}

func (p *ruleParser) ranking(n *yaml.Node) (RankingRule, bool) {
	f, ok := p.fields(n, "排名", []string{"id", "label", "indicator", "order", "top", "within_group"}, []string{"id", "label", "indicator"})
	if !ok {
		return RankingRule{}, false
	}
	r := RankingRule{ID: f["id"].Value, Label: f["label"].Value, Indicator: f["indicator"].Value, Pos: p.pos(n)}
	ok = p.newID(f["id"])
	d, known := p.known[r.Indicator]
	switch {
	case !known:
		p.errorf(f["indicator"], "不认识的指标“%s”%s", shown(r.Indicator), suggestIn(r.Indicator, p.knownIDs()))
		ok = false
	case d.Per != rules.PerGroup && d.Per != rules.PerUnit:
		p.errorf(f["indicator"], "指标“%s”不是按分组或按单位计算的,无法排名", r.Indicator)
		ok = false
	}
	r.Per = d.Per
	if o, has := f["order"]; has {
		switch o.Value {
		case "desc", "降序", "从高到低":
			r.Order = rules.Desc
		case "asc", "升序", "从低到高":
			r.Order = rules.Asc
		default:
			p.errorf(o, "order 应当是 desc(从高到低)或 asc(从低到高)")
			ok = false
		}
	}
	if t, has := f["top"]; has {
		n, err := strconv.Atoi(t.Value)
		if err != nil || n < 0 {
			p.errorf(t, "top 应当是不小于 0 的整数(0 表示全部)")
			ok = false
		}
		r.Top = n
	}
	if w, has := f["within_group"]; has {
		b, good := parseBool(w.Value)
		if !good {
			p.errorf(w, "within_group 应当是 true 或 false")
			ok = false
		}
		r.WithinGroup = b
		if b && known && d.Per != rules.PerUnit {
			p.errorf(w, "within_group 只适用于按单位计算的指标")
			ok = false
		}
	}
	return r, ok
}

func (p *ruleParser) finding(n *yaml.Node) (FindingRule, bool) {
	f, ok := p.fields(n, "问题", []string{"id", "severity", "section", "per", "when", "text"}, []string{"id", "section", "when", "text"})
	if !ok {
		return FindingRule{}, false
	}
	r := FindingRule{ID: f["id"].Value, Severity: rules.SeverityMedium, Section: f["section"].Value, Per: rules.PerWhole,
		When: f["when"].Value, Text: f["text"].Value, Pos: p.pos(f["when"]), TextPos: p.pos(f["text"])}
	ok = p.newID(f["id"])
	if s, has := f["severity"]; has {
		sev, good := rules.ParseSeverity(s.Value)
		if !good {
			p.errorf(s, "severity 应当是 严重、一般 或 轻微")
			ok = false
		}
		r.Severity = sev
	}
	if !isSection(r.Section) {
		ids := make([]string, len(record.SectionIDs))
		for i, s := range record.SectionIDs {
			ids[i] = s.ID + "(" + s.Name + ")"
		}
		p.errorf(f["section"], "不认识的栏目“%s”;可用的有:%s", shown(r.Section), strings.Join(ids, "、"))
		ok = false
	}
	if pn, has := f["per"]; has {
		per, good := rules.ParsePer(pn.Value)
		if !good || per > rules.PerUnit {
			p.errorf(pn, "per 应当是 whole、group 或 unit")
			ok = false
		}
		r.Per = per
	}
	code, good := p.compile(f["when"], r.Per, true, "问题“"+r.ID+"”")
	if !good {
		ok = false
	}
	r.code = code
	if !p.checkText(f["text"], r.Per) {
		ok = false
	}
	return r, ok
}

// isSection reports whether id is a report section a finding may go to.
func isSection(id string) bool {
	for _, s := range record.SectionIDs {
		if s.ID == id {
			return true
		}
	}
	return false
}

// checkText checks a finding text's placeholders (see findingText).
func (p *ruleParser) checkText(n *yaml.Node, per rules.Per) bool {
	ok := true
	if strings.TrimSpace(n.Value) == "" {
		p.errorf(n, "text 不能为空")
		return false
	}
	for _, m := range placeholder().FindAllStringSubmatchIndex(n.Value, -1) {
		name := n.Value[m[2]:m[3]]
		pos := p.pos(n)
		pos.Col += len([]rune(n.Value[:m[0]])) + quoteOffset(n)
		switch {
		case name == "count" || name == "names":
			if per == rules.PerWhole {
				p.errorAt(pos, "{"+name+"} 只能用在 per: group 或 per: unit 的问题里")
				ok = false
			}
		default:
			d, known := p.known[name]
			if !known || d.Per != rules.PerWhole {
				p.errorAt(pos, "文字中的 {"+shown(name)+"} 不认识;可用 {count}、{names} 或全单位指标的 id"+suggestIn(name, p.knownIDs()))
				ok = false
			}
		}
	}
	return ok
}

// knownIDs lists the indicator ids usable so far, for suggestions.
func (p *ruleParser) knownIDs() []string {
	var ids []string
	for _, d := range rules.Catalogue() {
		ids = append(ids, d.ID)
	}
	own := append([]string(nil), p.own...)
	sort.Strings(own)
	return append(ids, own...)
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(s) {
	case "true", "yes", "是":
		return true, true
	case "false", "no", "否":
		return false, true
	}
	return false, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
