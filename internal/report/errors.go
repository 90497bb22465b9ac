package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// TemplateError is an error in a template: a syntax error, a field or
// function that does not exist, a figure id the rule engine does not know.
// It names the file and, where text/template reports it, the line, column
// and the missing field or function.
type TemplateError struct {
	File   string // the template file as the user knows it
	Line   int    // 1-based; 0 when unknown
	Col    int    // 1-based; 0 when unknown
	Field  string // the missing field, key or function, if that is the error
	Action string // the template action that failed, e.g. "<.Org.Nme>"
	Msg    string // what went wrong, in Chinese where we know the case
}

// Error renders the error as file:line:col: message.
func (e *TemplateError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Action != "" {
		b.WriteString("(")
		b.WriteString(e.Action)
		b.WriteString(")")
	}
	return b.String()
}

// templateErrorPatterns reads text/template's error messages. They are
// compiled at the first template error, not as every process starts: a
// report without one never needs them.
var templateErrorPatterns = sync.OnceValue(func() *errorPatterns {
	return &errorPatterns{
		templatePos: regexp.MustCompile(`^template: ([^:]+):(\d+)(?::(\d+))?: (.*)$`),
		executing:   regexp.MustCompile(`^executing "[^"]*" at (<.*?>): (.*)$`),
		noKey:       regexp.MustCompile(`map has no entry for key "([^"]*)"`),
		noField:     regexp.MustCompile(`can't evaluate field (\w+) in type (\S+)`),
		noFunc:      regexp.MustCompile(`function "([^"]*)" not defined`),
		calling:     regexp.MustCompile(`^error calling (\w+): (.*)$`),
		nilPointer:  regexp.MustCompile(`nil pointer evaluating (\S+)\.(\w+)`),
		depth:       regexp.MustCompile(`exceeded maximum template depth \((\d+)\)`),
	}
})

// errorPatterns are the patterns of templateErrorPatterns.
type errorPatterns struct {
	templatePos, executing, noKey, noField, noFunc, calling, nilPointer, depth *regexp.Regexp
}

// wrap turns a text/template error into a *TemplateError naming the user's
// file; other errors pass through.
func (t *Templates) wrap(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	re := templateErrorPatterns()
	m := re.templatePos.FindStringSubmatch(msg)
	if m == nil {
		return err
	}
	e := &TemplateError{File: m[1], Msg: m[4]}
	if p, ok := t.paths[m[1]]; ok {
		e.File = p
	}
	e.Line, _ = strconv.Atoi(m[2])
	e.Col, _ = strconv.Atoi(m[3])
	rest := m[4]
	if x := re.executing.FindStringSubmatch(rest); x != nil {
		e.Action, rest = x[1], x[2]
	}
	switch {
	case re.noKey.MatchString(rest):
		e.Field = re.noKey.FindStringSubmatch(rest)[1]
		e.Msg = fmt.Sprintf("模板引用了不存在的字段“%s”;字段名见 zongjie help templates", e.Field)
	case re.noField.MatchString(rest):
		x := re.noField.FindStringSubmatch(rest)
		e.Field = x[1]
		e.Msg = fmt.Sprintf("模板引用了不存在的字段“%s”(%s 没有这个字段)", x[1], x[2])
	case re.nilPointer.MatchString(rest):
		e.Field = re.nilPointer.FindStringSubmatch(rest)[2]
		e.Msg = fmt.Sprintf("模板在空值上引用了字段“%s”", e.Field)
	case re.noFunc.MatchString(rest):
		e.Field = re.noFunc.FindStringSubmatch(rest)[1]
		e.Msg = fmt.Sprintf("模板调用了不存在的函数“%s”;可用的函数见 zongjie help templates", e.Field)
	case re.calling.MatchString(rest):
		x := re.calling.FindStringSubmatch(rest)
		e.Msg = fmt.Sprintf("函数 %s 出错:%s", x[1], x[2])
		if fe, ok := callErrField(x[2]); ok {
			e.Field = fe
		}
	case re.depth.MatchString(rest):
		e.Msg = fmt.Sprintf("模板调用嵌套超过 %s 层,已停止;请检查 template 是否调用了它自己", re.depth.FindStringSubmatch(rest)[1])
	default:
		e.Msg = "模板有误:" + rest
	}
	return e
}

// fieldError is returned by a template function for an unknown name (a
// figure id, a section id); the name becomes TemplateError.Field.
type fieldError struct {
	name string
	msg  string
}

func (e *fieldError) Error() string { return e.msg + "“" + e.name + "”" }

// callErrField extracts the name from a fieldError's message.
func callErrField(s string) (string, bool) {
	i := strings.LastIndex(s, "“")
	j := strings.LastIndex(s, "”")
	if i < 0 || j < i {
		return "", false
	}
	return s[i+len("“") : j], true
}
