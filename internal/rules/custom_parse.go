package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"zongjie/internal/record"
)

// yamlLine finds the line in a yaml.v3 syntax error.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// ruleParser reads a rule file's YAML nodes, collecting every problem.
type ruleParser struct {
	file  string
	lines []string
	errs  RuleErrors
	known map[string]Def // indicator ids usable so far: built-in, then the file's own in order
	ids   map[string]record.Pos
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
	return n.Content
}

// fields reads a rule's mapping into key -> value node, reporting keys not
// in allowed and missing required ones.
func (p *ruleParser) fields(n *yaml.Node, what string, allowed, required []string) (map[string]*yaml.Node, bool) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "每条%s应当是一组“键: 值”", what)
		return nil, false
	}
	out := map[string]*yaml.Node{}
	ok := true
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !contains(allowed, k.Value) {
			p.errorf(k, "%s不认识“%s”这一项%s;可用的有:%s", what, k.Value, suggestIn(k.Value, allowed), strings.Join(allowed, "、"))
			ok = false
			continue
		}
		if _, dup := out[k.Value]; dup {
			p.errorf(k, "“%s”重复出现", k.Value)
			ok = false
			continue
		}
		if v.Kind != yaml.ScalarNode {
			p.errorf(v, "“%s”的值应当是一个单独的值(文字、数或公式)", k.Value)
			ok = false
			continue
		}
		out[k.Value] = v
	}
	for _, r := range required {
		if _, has := out[r]; !has {
			p.errorf(n, "%s缺少“%s”", what, r)
			ok = false
		}
	}
	return out, ok
}

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$`)

// newID checks a rule id: well-formed, not built-in, not used twice.
func (p *ruleParser) newID(n *yaml.Node) bool {
	id := n.Value
	if p.ids == nil {
		p.ids = map[string]record.Pos{}
	}
	switch {
	case !idPattern.MatchString(id):
		p.errorf(n, "id“%s”只能用小写英文字母、数字、下划线和点,以字母开头,例如 custom.private_rate", id)
	case isBuiltinIndicator(id):
		p.errorf(n, "id“%s”是内置指标,请另取一个(例如加上 custom. 前缀)", id)
	case isBuiltinRanking(id):
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

func isBuiltinIndicator(id string) bool {
	_, ok := catalogueIndex[id]
	return ok
}

func isBuiltinRanking(id string) bool {
	return id == RankGroupDonation || id == RankTopUnits || id == RankGroupTopUnits
}

func (p *ruleParser) indicator(n *yaml.Node) (IndicatorRule, bool) {
	f, ok := p.fields(n, "指标", []string{"id", "label", "kind", "unit", "precision", "per", "formula", "expr"}, []string{"id", "label", "expr"})
	if !ok {
		return IndicatorRule{}, false
	}
	r := IndicatorRule{Def: Def{ID: f["id"].Value, Label: f["label"].Value, Kind: KindNumber, Precision: 2}}
	ok = p.newID(f["id"])
	if k, has := f["kind"]; has {
		kind, good := parseKind(k.Value)
		if !good {
			p.errorf(k, "kind“%s”不认识;可用的有:%s", k.Value, strings.Join(kindNames, "、"))
			ok = false
		}
		r.Kind = kind
	}
	r.Unit = map[Kind]string{KindRate: "%", KindAmount: "元", KindPerCapita: "元/人", KindCount: "个"}[r.Kind]
	if r.Kind == KindPerCapita || r.Kind == KindCount {
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
	r.Per = PerWhole
	if pn, has := f["per"]; has {
		per, good := parsePer(pn.Value)
		if !good {
			p.errorf(pn, "per“%s”不认识;可用的有:whole(全单位)、group(每个分组)、unit(每个单位)", pn.Value)
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
		p.errorf(f["indicator"], "不认识的指标“%s”%s", r.Indicator, suggestIn(r.Indicator, p.knownIDs()))
		ok = false
	case d.Per != PerGroup && d.Per != PerUnit:
		p.errorf(f["indicator"], "指标“%s”不是按分组或按单位计算的,无法排名", r.Indicator)
		ok = false
	}
	if o, has := f["order"]; has {
		switch o.Value {
		case "desc", "降序", "从高到低":
			r.Order = Desc
		case "asc", "升序", "从低到高":
			r.Order = Asc
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
		if b && known && d.Per != PerUnit {
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
	r := FindingRule{ID: f["id"].Value, Severity: SeverityMedium, Section: f["section"].Value, Per: PerWhole,
		When: f["when"].Value, Text: f["text"].Value, Pos: p.pos(f["when"]), TextPos: p.pos(f["text"])}
	ok = p.newID(f["id"])
	if s, has := f["severity"]; has {
		sev, good := ParseSeverity(s.Value)
		if !good {
			p.errorf(s, "severity 应当是 严重、一般 或 轻微")
			ok = false
		}
		r.Severity = sev
	}
	if sectionRank(r.Section) == len(record.SectionIDs) {
		ids := make([]string, len(record.SectionIDs))
		for i, s := range record.SectionIDs {
			ids[i] = s.ID + "(" + s.Name + ")"
		}
		p.errorf(f["section"], "不认识的栏目“%s”;可用的有:%s", r.Section, strings.Join(ids, "、"))
		ok = false
	}
	if pn, has := f["per"]; has {
		per, good := parsePer(pn.Value)
		if !good || (per != PerWhole && per != PerGroup && per != PerUnit) {
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

// placeholder matches {name} in a finding's text.
var placeholder = regexp.MustCompile(`\{([^{}]*)\}`)

// checkText checks a finding text's placeholders.
func (p *ruleParser) checkText(n *yaml.Node, per Per) bool {
	ok := true
	if strings.TrimSpace(n.Value) == "" {
		p.errorf(n, "text 不能为空")
		return false
	}
	for _, m := range placeholder.FindAllStringSubmatchIndex(n.Value, -1) {
		name := n.Value[m[2]:m[3]]
		pos := p.pos(n)
		pos.Col += len([]rune(n.Value[:m[0]])) + quoteOffset(n)
		switch {
		case name == "count" || name == "names":
			if per == PerWhole {
				p.errorAt(pos, "{"+name+"} 只能用在 per: group 或 per: unit 的问题里")
				ok = false
			}
		default:
			d, known := p.known[name]
			if !known || d.Per != PerWhole {
				p.errorAt(pos, "文字中的 {"+name+"} 不认识;可用 {count}、{names} 或全单位指标的 id"+suggestIn(name, p.knownIDs()))
				ok = false
			}
		}
	}
	return ok
}

// knownIDs lists the indicator ids usable so far, for suggestions.
func (p *ruleParser) knownIDs() []string {
	ids := make([]string, 0, len(p.known))
	for _, d := range catalogue {
		ids = append(ids, d.ID)
	}
	var own []string
	for id := range p.known {
		if !isBuiltinIndicator(id) {
			own = append(own, id)
		}
	}
	sort.Strings(own)
	return append(ids, own...)
}

func parseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if s == n {
			return Kind(i), true
		}
	}
	return 0, false
}

func parsePer(s string) (Per, bool) {
	for i, n := range perNames {
		if s == n {
			return Per(i), true
		}
	}
	return 0, false
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
