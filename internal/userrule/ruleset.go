// Package userrule is the user-rule language: a rule file in which a union
// adds its own indicators, rankings and findings to zongjie's without
// touching Go (the format is documented in examples/rules/custom.yaml).
// Expressions are written in expr (github.com/expr-lang/expr), compiled once
// when the file is loaded against an environment made from the record
// types, and run for every period, group and unit.
//
// A RuleSet is a rules.Extension: the rule engine hands it each period's
// computed values and it adds its own. Rule files come from clerks and from
// anyone who sends one, so nothing in them may crash or hang the process:
// an expression is bounded in length and nesting before expr parses it,
// uses only the builtins listed in allowedBuiltins, computes integers
// without wrapping and amounts within 一万亿, cannot join text, and every
// evaluation runs under a memory budget and a time limit.
package userrule

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// RuleSet is a compiled rule file. Every expression is compiled when the
// file is loaded, so a misspelt name is reported then, with its line and
// column.
type RuleSet struct {
	File       string
	Indicators []IndicatorRule
	Rankings   []RankingRule
	Findings   []FindingRule
	// Timeout bounds the evaluation of the whole rule set over one period
	// (DefaultTimeout when zero).
	Timeout time.Duration

	defs map[string]rules.Def // the file's indicators, by id
}

// DefaultTimeout is how long the rules of one file may take over one
// period when RuleSet.Timeout is not set. The limit is wall-clock time, so
// it is generous: the rules of a 200 000-unit file take a few seconds of
// CPU, and a busy machine may stretch that several times over.
const DefaultTimeout = 30 * time.Second

// IndicatorRule is a user-defined indicator.
type IndicatorRule struct {
	rules.Def            // id, label, kind, unit, precision, per, formula
	Expr      string     // the expression, e.g. "membership.staff - membership.members"
	Pos       record.Pos // where the expression was written
	code      compiled
}

// RankingRule is a user-defined ranking of a per-group or per-unit value.
type RankingRule struct {
	ID          string
	Label       string
	Indicator   string    // a built-in or user indicator id with per group or unit
	Per         rules.Per // the indicator's: PerGroup or PerUnit
	Order       rules.Order
	Top         int
	WithinGroup bool
	Pos         record.Pos
}

// FindingRule is a user-defined finding: a condition and the clause to write
// when it holds (for per group/unit rules: when it holds for any).
type FindingRule struct {
	ID       string
	Severity rules.Severity
	Section  string    // record.SectionIDs id
	Per      rules.Per // PerWhole, PerGroup or PerUnit
	When     string    // a boolean expression
	// Text is the clause, with placeholders {count} and {names} (per group or
	// unit rules) and {id} for any whole-organisation value; findingText
	// fills them.
	Text    string
	Pos     record.Pos // where the condition was written
	TextPos record.Pos
	code    compiled
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

// Limits of a rule file.
const (
	maxRuleBytes = 1 << 20 // the file
	maxRules     = 1000    // indicators, rankings and findings together
)

// Load reads and compiles a rule file. Errors carry file:line:col and, for
// expressions, a caret snippet.
func Load(path string) (*RuleSet, error) {
	refuse := func(msg string) error { return RuleErrors{{Pos: record.Pos{File: path}, Msg: msg}} }
	f, err := os.Open(path)
	if err != nil {
		return nil, refuse(openMessage(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, refuse("这是一个目录,不是规则文件;请给出 .yaml 规则文件")
	}
	data, err := io.ReadAll(io.LimitReader(f, maxRuleBytes+1))
	if err != nil {
		return nil, refuse(openMessage(err))
	}
	if len(data) > maxRuleBytes {
		return nil, refuse("规则文件超过 1 MB,请确认没有选错文件")
	}
	return Parse(path, data)
}

// openMessage words why a rule file could not be opened or read.
func openMessage(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "规则文件不存在,请检查文件名和路径"
	case errors.Is(err, fs.ErrPermission):
		return "没有读取规则文件的权限"
	}
	return "无法读取规则文件"
}

// Name returns the rule file's path: the metrics table and JSON print it.
func (rs *RuleSet) Name() string { return rs.File }

// timeout returns the time limit of one period's evaluation.
func (rs *RuleSet) timeout() time.Duration {
	if rs.Timeout > 0 {
		return rs.Timeout
	}
	return DefaultTimeout
}

// seconds words a duration for messages: "10 秒", "0.5 秒".
func seconds(d time.Duration) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", d.Seconds()), "0"), ".") + " 秒"
}

// HasValue reports whether the rule file defines the indicator id.
func (rs *RuleSet) HasValue(id string) bool {
	for _, in := range rs.Indicators {
		if in.ID == id {
			return true
		}
	}
	return false
}

// HasRanking reports whether the rule file defines the ranking id.
func (rs *RuleSet) HasRanking(id string) bool {
	for _, rk := range rs.Rankings {
		if rk.ID == id {
			return true
		}
	}
	return false
}
