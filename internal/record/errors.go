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
	// Row names the record of a list the problem is in, by its name
	// ("枫林镇中心小学"), so a message need not be read by a 0-based index;
	// it is shown after that record's index in Path.
	Row   string
	rowAt int // where in Path the named record's index ends
}

// Msg returns the Chinese message alone, with any control, format or
// bidirectional character of the data shown as <U+XXXX>.
func (e *Error) Msg() string { return visible(fmt.Sprintf(e.Format, e.Args...)) }

// Error renders "file:line:col: path: 说明". The line never carries a
// control, format or bidirectional character from the data (a file name, a
// key, a quoted value): each is shown as <U+XXXX>, so a message cannot move
// the terminal's cursor, retitle its window or reorder what it shows.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Pos.String())
	b.WriteString(": ")
	if e.Path != "" {
		path, rest := e.Path, ""
		if e.Row != "" && e.rowAt > 0 && e.rowAt <= len(path) {
			path, rest = path[:e.rowAt], path[e.rowAt:]
		}
		b.WriteString(clipPath(path))
		if e.Row != "" {
			b.WriteString("(")
			b.WriteString(clip(e.Row))
			b.WriteString(")")
		}
		b.WriteString(clipPath(rest))
		b.WriteString(": ")
	}
	b.WriteString(e.Msg())
	return visible(b.String())
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

// clipRunes is how much of a value a message quotes: a pasted paragraph or
// a megabyte-long key is shown by its start and its length, so one problem
// stays one readable line.
const clipRunes = 40

// clip returns s for quoting in a message: a line break is shown as ↵, a
// tab as a space, any other control, format or bidirectional character as
// <U+XXXX> (see visible), and a long value is cut to its first characters
// followed by "…(共 N 字)".
func clip(s string) string {
	n := 0
	var b strings.Builder
	for _, r := range s {
		n++
		if n > clipRunes {
			continue
		}
		switch {
		case r == '\n':
			b.WriteRune('↵')
		case r == '\t':
			b.WriteByte(' ')
		case hidden(r):
			writeCode(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	if n > clipRunes {
		return fmt.Sprintf("%s…(共 %d 字)", b.String(), n)
	}
	return b.String()
}

// clipPath shortens a data path whose map keys were typed long.
func clipPath(path string) string {
	if len(path) <= 4*clipRunes && !strings.ContainsAny(path, "\n\r") {
		return path
	}
	return clip(path)
}

// errorList collects problems while loading or validating.
type errorList struct {
	errs Errors
	max  int
}

// full reports whether no more problems will be kept, so callers can skip
// work (suggestions) for problems that would be dropped.
func (l *errorList) full() bool { return l.max > 0 && len(l.errs) >= l.max }

func (l *errorList) add(pos Pos, path, format string, args ...any) {
	if l.max > 0 && len(l.errs) >= l.max {
		return
	}
	l.errs = append(l.errs, &Error{Pos: pos, Path: path, Format: format, Args: args})
}

// Notes returns what reading the file found worth a word but not wrong (a
// rate written 0.98, read as 0.98%), in the file's order, for check and
// render to show as 提醒.
func (p *Period) Notes() Errors { return p.notes }
