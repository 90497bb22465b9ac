package record

import (
	"fmt"
	"sort"
	"strings"
)

// Error is one problem in the data: where, which data path, and what is
// wrong, in Chinese, kept as format and arguments.
type Error struct {
	Pos    Pos
	Path   string
	Format string
	Args   []any
}

// Msg returns the Chinese message alone.
func (e *Error) Msg() string { return fmt.Sprintf(e.Format, e.Args...) }

// Error renders "file:line:col: path: 说明".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Pos.String())
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg())
	return b.String()
}

// Errors is every problem found in one or more files, sorted by position.
type Errors []*Error

// Error prints one problem per line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Sort orders the problems by file, line and column, then path.
func (es Errors) Sort() {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Pos != b.Pos {
			return a.Pos.Before(b.Pos)
		}
		return a.Path < b.Path
	})
}

// Err returns es as an error, or nil when there is no problem.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	es.Sort()
	return es
}

// errorList collects problems while loading or validating.
type errorList struct {
	errs Errors
	max  int
}

func (l *errorList) add(pos Pos, path, format string, args ...any) {
	if l.max > 0 && len(l.errs) >= l.max {
		return
	}
	l.errs = append(l.errs, &Error{Pos: pos, Path: path, Format: format, Args: args})
}
