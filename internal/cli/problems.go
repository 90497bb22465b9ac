package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"zongjie/internal/oserr"
	"zongjie/internal/record"
	"zongjie/internal/rules"
	"zongjie/internal/userrule"
)

// problem is one error or warning as check --json and metrics --json give
// it: where (file, line and column, 0 when unknown; the data path) and what
// is wrong, in Chinese.
//
// In a workbook, line and col are the row and column number of the cell,
// sheet names the worksheet and cell the cell ("C12").
type problem struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Sheet   string `json:"sheet,omitempty"`
	Cell    string `json:"cell,omitempty"`
	Path    string `json:"path"`
	Message string `json:"message"`
}

// problemAt is a problem at a position.
func problemAt(pos record.Pos, path, msg string) problem {
	return problem{File: pos.File, Line: pos.Line, Col: pos.Col, Sheet: pos.Sheet, Cell: pos.Cell(), Path: path, Message: msg}
}

// text renders a problem as one message line: "file:line:col: path: 说明".
func (p problem) text() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(record.Pos{File: p.File, Line: p.Line, Col: p.Col, Sheet: p.Sheet}.String())
		b.WriteString(": ")
	}
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// problemsOf splits an error of the data loader, the rule-file loader or
// the file system into problems, every message in Chinese.
func problemsOf(err error) []problem {
	var res record.Errors
	if errors.As(err, &res) {
		out := make([]problem, len(res))
		for i, e := range res {
			out[i] = problemAt(e.Pos, clipPath(e.Path), oserr.Scrub(e.Msg()))
		}
		return out
	}
	var one *record.Error
	if errors.As(err, &one) {
		return problemsOf(record.Errors{one})
	}
	var rerrs userrule.RuleErrors
	if errors.As(err, &rerrs) {
		out := make([]problem, len(rerrs))
		for i, e := range rerrs {
			msg := oserr.Scrub(e.Msg)
			if e.Snippet != "" {
				msg += "\n" + e.Snippet
			}
			out[i] = problem{File: e.Pos.File, Line: e.Pos.Line, Col: e.Pos.Col, Message: msg}
		}
		return out
	}
	var rerr *userrule.RuleError
	if errors.As(err, &rerr) {
		return problemsOf(userrule.RuleErrors{rerr})
	}
	return []problem{{Message: oserr.Text(err)}}
}

// errText is an error's message for a user, in Chinese.
func errText(err error) string { return oserr.Text(err) }

// clipPath shortens a data path whose keys were typed at length (a
// megabyte-long key) to its first characters.
func clipPath(path string) string {
	const max = 160
	if utf8.RuneCountInString(path) <= max {
		return path
	}
	r := []rune(path)
	return string(r[:max]) + "…"
}

// auditProblem is a failed audit as a problem, at the data path of the
// figure stated (its id when it names none).
func auditProblem(a rules.Audit) problem {
	path := a.StatedPath
	if path == "" {
		path = a.ID
	}
	return problemAt(a.StatedPos, path, a.Message)
}

// printErr writes an error of the data or rule-file loader (already
// "file:line:col: …" lines) to standard error.
func (e *env) printErr(err error) {
	fmt.Fprintln(e.stderr, oserr.Scrub(err.Error()))
}

// writeJSONProblems writes the JSON object of a failed command to standard
// output: {"ok": false, "errors": [...], "warnings": [...]}.
func writeJSONProblems(e *env, errs, warnings []problem) {
	writeJSON(e, struct {
		OK       bool      `json:"ok"`
		Errors   []problem `json:"errors"`
		Warnings []problem `json:"warnings"`
	}{false, nonNil(errs), nonNil(warnings)})
}

func nonNil(ps []problem) []problem {
	if ps == nil {
		return []problem{}
	}
	return ps
}

// writeJSON writes v as indented JSON to standard output, with the
// characters a terminal would act on written as \u escapes (jsonSafe).
func writeJSON(e *env, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := e.stdout.Write(jsonSafe(b.Bytes()))
	return err
}

// jsonSafe rewrites, in encoded JSON, the characters encoding/json leaves
// raw but a terminal acts on or hides (C1 controls, bidi overrides and other
// format characters) as \u escapes: the JSON means the same, and printed to
// a terminal it shows them. They can only occur inside strings, where a \u
// escape is always valid.
func jsonSafe(data []byte) []byte {
	if !needsEscape(string(data)) {
		return data
	}
	var b bytes.Buffer
	b.Grow(len(data) + 32)
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\ufffd`)
		case r >= 0x80 && hidden(r):
			if r > 0xffff {
				hi, lo := (r-0x10000)>>10+0xd800, (r-0x10000)&0x3ff+0xdc00
				fmt.Fprintf(&b, `\u%04x\u%04x`, hi, lo)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.Write(data[i : i+size])
		}
		i += size
	}
	return b.Bytes()
}
