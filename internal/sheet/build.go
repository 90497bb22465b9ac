package sheet

import (
	"strconv"

	"gopkg.in/yaml.v3"

	"zongjie/internal/record"
)

// builder makes, from the rows of a workbook's sheets (or of a table
// file), the node tree a YAML data file would give: the record package
// decodes and validates it as it does YAML, and every node's position is
// its cell.
type builder struct {
	file    string
	lay     *layout
	wb      *workbook // nil for a table file
	lim     record.Limits
	origins []record.Origin
	errs    record.Errors
	root    *yaml.Node
	// sections are the mappings of the top-level sections made so far.
	sections map[string]*yaml.Node
	// recs are the records read of each table, for their children; lists
	// the list nodes of the tables of the period and of its sections.
	recs  map[*table][]*rec
	lists map[*table]*yaml.Node
	forms map[*table]*yaml.Node // what holds each list: it, or its table form
	nodes int
	slab  nodeSlab
	// stopped is set when a limit was hit: reading ends with errs.
	stopped bool
}

// rec is one record read from a table sheet.
type rec struct {
	node  *yaml.Node
	seq   string // its 序号 as written, or its ordinal
	label string // the value of its label field
	// t is its table, parent the record whose list it is in (nil for a
	// list of the period or of a section), idx its place in that list:
	// its data path, written only for a message.
	t      *table
	parent *rec
	idx    int
	// lists are the list nodes made in it, by their leaf (a list of words
	// continued on the rows below) or child table; nil until one is.
	lists map[any]*yaml.Node
}

// path is the record's data path, for messages: "activities[2]",
// "activities[2].results[0]".
func (r *rec) path() string {
	p := r.t.path
	if r.parent != nil {
		p = r.parent.path() + "." + keysOf(r.t.via)
	}
	return p + "[" + strconv.Itoa(r.idx) + "]"
}

// list records a list node made in the record.
func (r *rec) list(key any, n *yaml.Node) {
	if r.lists == nil {
		r.lists = map[any]*yaml.Node{}
	}
	r.lists[key] = n
}

func newBuilder(file string, wb *workbook, lim record.Limits) *builder {
	return &builder{file: file, lay: theLayout(), wb: wb, lim: lim,
		root:     &yaml.Node{Kind: yaml.MappingNode, Line: 1, Column: 1},
		sections: map[string]*yaml.Node{}, recs: map[*table][]*rec{}, lists: map[*table]*yaml.Node{}, forms: map[*table]*yaml.Node{}}
}

// origin adds a sheet (or table file) as a source of positions.
func (b *builder) origin(o record.Origin) int {
	b.origins = append(b.origins, o)
	return len(b.origins) - 1
}

// blank notes the cell of origin o where the value at data path key (within
// its record: see record.Origin.Blanks) belongs.
func (b *builder) blank(o int, key string, at record.Blank) {
	org := &b.origins[o]
	if org.Blanks == nil {
		org.Blanks = map[string]record.Blank{}
	}
	org.Blanks[key] = at
}

// at is the position of a cell of origin o, for a node.
func at(o, row, pcol int) (line, column int) { return row, record.OriginColumn(o, pcol) }

// pos is the position of a cell of origin o, for a message.
func (b *builder) pos(o, row, pcol int) record.Pos {
	org := b.origins[o]
	return record.Pos{File: org.File, Sheet: org.Sheet, Line: row, Col: pcol}
}

// errorAt reports a problem at a cell.
func (b *builder) errorAt(o, row, pcol int, path, format string, args ...any) {
	if len(b.errs) >= 1000 {
		return
	}
	b.errs = append(b.errs, &record.Error{Pos: b.pos(o, row, pcol), Path: path, Format: format, Args: args})
}

// count counts n nodes against the limit, and stops reading past it.
func (b *builder) count(n, o, row, pcol int) bool {
	b.nodes += n
	if b.nodes > b.lim.MaxNodes && !b.stopped {
		b.errorAt(o, row, pcol, "", "数据项超过 %d 个,已停止读取;确需处理这么大的文件请用 --max-nodes 调高上限", b.lim.MaxNodes)
		b.stopped = true
	}
	return !b.stopped
}

// nodeSlab hands out nodes, the Content of flat rows and records from
// blocks, so a table of ten thousand rows costs a few hundred allocations
// instead of a quarter of a million.
type nodeSlab struct {
	free     []yaml.Node
	freePtrs []*yaml.Node
	freeRecs []rec
}

func (s *nodeSlab) node() *yaml.Node {
	if len(s.free) == 0 {
		s.free = make([]yaml.Node, 1024)
	}
	n := &s.free[0]
	s.free = s.free[1:]
	return n
}

// ptrs is a Content of n nodes, to be set, not appended to.
func (s *nodeSlab) ptrs(n int) []*yaml.Node {
	if len(s.freePtrs) < n {
		s.freePtrs = make([]*yaml.Node, max(n, 4096))
	}
	p := s.freePtrs[:n:n]
	s.freePtrs = s.freePtrs[n:]
	return p
}

func (s *nodeSlab) rec() *rec {
	if len(s.freeRecs) == 0 {
		s.freeRecs = make([]rec, 256)
	}
	r := &s.freeRecs[0]
	s.freeRecs = s.freeRecs[1:]
	return r
}

// scalar is a text node at a cell.
func scalar(text string, o, row, pcol int) *yaml.Node {
	line, col := at(o, row, pcol)
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Style: yaml.DoubleQuotedStyle, Value: text, Line: line, Column: col}
}

// scalar is a text node at a cell, from the builder's blocks.
func (b *builder) scalar(text string, o, row, pcol int) *yaml.Node {
	n := b.slab.node()
	n.Kind, n.Tag, n.Style, n.Value = yaml.ScalarNode, "!!str", yaml.DoubleQuotedStyle, text
	n.Line, n.Column = at(o, row, pcol)
	return n
}

// nullNode stands for an empty cell of a row in the table form: nothing
// is written there.
var nullNode = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}

// container is an empty mapping or list node at a cell.
func container(kind yaml.Kind, o, row, pcol int) *yaml.Node {
	line, col := at(o, row, pcol)
	return &yaml.Node{Kind: kind, Line: line, Column: col}
}

// get returns the value of key in the mapping m, or nil.
func get(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// put adds key: val to the mapping m, the key placed where val is.
func put(m *yaml.Node, key string, val *yaml.Node) {
	k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Style: yaml.DoubleQuotedStyle, Value: key, Line: val.Line, Column: val.Column}
	m.Content = append(m.Content, k, val)
}

// inner returns the mapping at the path of keys in m (made where missing,
// placed where like is): the nested record a leaf's path goes through.
func inner(m *yaml.Node, keys []fieldInfo, like *yaml.Node) *yaml.Node {
	for _, f := range keys {
		next := get(m, f.key)
		if next == nil || next.Kind != yaml.MappingNode {
			next = &yaml.Node{Kind: yaml.MappingNode, Line: like.Line, Column: like.Column}
			put(m, f.key, next)
		}
		m = next
	}
	return m
}

// section returns the mapping of a top-level section, made at the cell
// given when it is the first.
func (b *builder) section(f fieldInfo, o, row, pcol int) *yaml.Node {
	if m := b.sections[f.key]; m != nil {
		return m
	}
	m := container(yaml.MappingNode, o, row, pcol)
	put(b.root, f.key, m)
	b.sections[f.key] = m
	return m
}

// sectionField is the period's field of a top-level section.
func sectionField(key string) fieldInfo {
	for _, f := range fieldsOf(typePeriod) {
		if f.key == key {
			return f
		}
	}
	return fieldInfo{key: key}
}

// tree is what was built, for the record package.
func (b *builder) tree() *record.Tree {
	return &record.Tree{Root: b.root, Origins: b.origins, Errs: b.errs}
}

// cellAt returns the cell of column col in a row, or nil.
func cellAt(r *xrow, col int) *xcell {
	for i := range r.cells {
		if r.cells[i].col == col {
			return &r.cells[i]
		}
		if r.cells[i].col > col {
			break
		}
	}
	return nil
}

// textOf is a cell's value as text, for labels and headers: "" for no
// cell.
func textOf(c *xcell) string {
	if c == nil {
		return ""
	}
	if c.kind == cellNumber {
		return plainNumber(c.text)
	}
	return trimSpace(c.text)
}

// translate applies the Chinese names the workbook shows for fields whose
// values are ids: the report sections and target metrics. record reads
// them after decoding too (Period.useIDs, for YAML); the sheet needs the
// ids before, to find the row of a sub-table's 所属 cell (目标-构成).
func translate(f fieldInfo, s string) string {
	switch {
	case f.key == "section" && (f.owner == "StatedRate" || f.owner == "Figure"):
		return record.SectionID(s)
	case f.key == "metric" && f.owner == "Target":
		return record.MetricID(s)
	}
	return s
}
