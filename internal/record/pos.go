package record

import "fmt"

// Pos is where a value was written: file, line and column (both 1-based;
// columns count characters, not bytes).
type Pos struct {
	File string
	Line int
	Col  int
}

// IsValid reports whether p points into a file.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String renders p as file:line:col, or the file alone when p has no line.
func (p Pos) String() string {
	if !p.IsValid() {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Before orders positions by file, line and column.
func (p Pos) Before(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// Pos returns where the value at a data path ("finance.spent",
// "units[3].staff") was written. For a path that was not written it returns
// the position of its nearest written parent, so every reference still points
// into the file.
func (p *Period) Pos(path string) Pos {
	for {
		if pos, ok := p.pos[path]; ok {
			return pos
		}
		parent := parentPath(path)
		if parent == path {
			return Pos{File: p.File}
		}
		path = parent
	}
}

// Has reports whether a value was written at path.
func (p *Period) Has(path string) bool {
	_, ok := p.pos[path]
	return ok
}

// parentPath strips the last element of a data path: "a.b[2].c" -> "a.b[2]" -> "a.b" -> "a" -> "".
func parentPath(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		switch path[i] {
		case '.':
			return path[:i]
		case '[':
			return path[:i]
		}
	}
	return ""
}
