package rules

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/expr-lang/expr/vm"
	"gopkg.in/yaml.v3"

	"zongjie/internal/record"
)

// RuleSet is a compiled rule file: a union's own indicators, rankings and
// findings, added without touching Go. The format is documented in
// examples/rules/custom.yaml. Every expression is compiled once, when the
// file is loaded, against the typed record environment, so a misspelt name
// is reported then, with its line and column.
type RuleSet struct {
	File       string
	Indicators []IndicatorRule
	Rankings   []RankingRule
	Findings   []FindingRule
}

// IndicatorRule is a user-defined indicator.
type IndicatorRule struct {
	Def             // id, label, kind, unit, precision, per, formula
	Expr string     // the expression, e.g. "membership.staff - membership.members"
	Pos  record.Pos // where the expression was written
	code compiled
}

// RankingRule is a user-defined ranking of a per-group or per-unit value.
type RankingRule struct {
	ID          string
	Label       string
	Indicator   string // a built-in or user indicator id with per group or unit
	Order       Order
	Top         int
	WithinGroup bool
	Pos         record.Pos
}

// FindingRule is a user-defined finding: a condition and the clause to write
// when it holds (for per group/unit rules: when it holds for any).
type FindingRule struct {
	ID       string
	Severity Severity
	Section  string // record.SectionIDs id
	Per      Per    // PerWhole, PerGroup or PerUnit
	When     string // a boolean expression
	// Text is the clause, with placeholders {count} and {names} (per group or
	// unit rules) and {id} for any whole-organisation value, worded.
	Text    string
	Pos     record.Pos // where the condition was written
	TextPos record.Pos
	code    compiled
}

// compiled is a compiled expression and what it reads.
type compiled struct {
	prog   *vm.Program
	refs   [][]string // member chains it reads, e.g. {"membership", "staff"}
	values []string   // value ids it reads through value()
}

// RuleError is one problem in a rule file, at its position.
type RuleError struct {
	Pos record.Pos
	Msg string
	// Snippet is the rule file's line with a caret under the column, as
	// expr prints its own errors: " | line\n | ......^".
	Snippet string
}

// Error renders "file:line:col: message" and the snippet.
func (e *RuleError) Error() string {
	s := e.Pos.String() + ": " + e.Msg
	if e.Snippet != "" {
		s += "\n" + e.Snippet
	}
	return s
}

// RuleErrors is every problem found in a rule file, in file order.
type RuleErrors []*RuleError

// Error prints the problems one after another.
func (es RuleErrors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// maxRuleBytes bounds a rule file's size.
const maxRuleBytes = 1 << 20

// LoadRules reads and compiles a rule file. Errors carry file:line:col and,
// for expressions, a caret snippet.
func LoadRules(path string) (*RuleSet, error) {
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, RuleErrors{{Pos: record.Pos{File: path}, Msg: "规则文件不存在,请检查文件名和路径"}}
		}
		return nil, RuleErrors{{Pos: record.Pos{File: path}, Msg: "无法读取规则文件:" + err.Error()}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxRuleBytes+1))
	if err != nil {
		return nil, RuleErrors{{Pos: record.Pos{File: path}, Msg: "无法读取规则文件:" + err.Error()}}
	}
	if len(data) > maxRuleBytes {
		return nil, RuleErrors{{Pos: record.Pos{File: path}, Msg: "规则文件超过 1 MB,请确认没有选错文件"}}
	}
	return ParseRules(path, data)
}

// ParseRules compiles a rule file's content; name is used in positions.
func ParseRules(name string, data []byte) (*RuleSet, error) {
	p := &ruleParser{file: name, lines: strings.Split(string(data), "\n"), known: map[string]Def{}}
	for _, d := range catalogue {
		p.known[d.ID] = d
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line := 0
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		p.errorAt(record.Pos{File: name, Line: line, Col: min(line, 1)}, "规则文件的 YAML 格式有误:"+msg)
		return nil, p.errs
	}
	rs := &RuleSet{File: name}
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
			p.errorf(k, "不认识的一项“%s”;规则文件只能有 indicators、rankings、findings%s", k.Value, suggestIn(k.Value, []string{"indicators", "rankings", "findings"}))
		}
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return rs, nil
}
