package sheet

import (
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"zongjie/internal/editdist"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// tableSheet reads a table sheet (or a table file) one row at a time:
// title rows, the header (one row, or two under merged group headers),
// a 说明 row, then records, with blank rows, repeated headers, totals rows
// (合计, checked against the rows above), example rows and block titles
// passed over.
type tableSheet struct {
	b     *builder
	t     *table
	o     int
	state int // stateTitle, stateHeader, stateData, stateDone
	title int // rows read looking for the header

	header    map[int]string // the header's text by column
	headerAt  []string       // the same in a slice, once the header is finished
	hpcol     map[int]int    // the position column of each header cell
	headerRow int
	binds     map[int]*binding
	byCol     []*binding     // binds by column, once the header is finished
	groups    map[int]string // an unresolved header over sub-headers, by column
	seqCol    int
	parentCol int
	reported  map[int]bool // columns whose problem was reported

	prev  *rec
	sums  map[int]*colSum
	block map[int]*colSum
	rows  int // records read

	// flat is set for a table whose every column is a value of the record
	// itself and which has no sheet of lists: it is given to the record
	// package in the table form (columns and rows), a node a cell.
	flat    bool
	columns *yaml.Node // a flat table's column names

	examples  []map[*leaf]string // by sector, made when first needed
	noParent  bool               // the missing 所属 column was reported
	labelCols []int              // the columns a totals row is named in
}

const (
	stateTitle = iota
	stateHeader
	stateData
	stateDone
)

// binding is what a column holds.
type binding struct {
	leaf   *leaf
	mapKey string // a map leaf's key ("产值")
	wan    bool   // amounts in 万元
	text   string // the header as written
	col    int

	// Set when the header is finished, for every row not to work them
	// out again: the leaf's field and value type, whether the column is
	// added up for totals rows and whether it holds the records' labels,
	// and its place in a flat row.
	field  fieldInfo
	vtype  reflect.Type
	summed bool
	label  bool
	flat   int
}

// bind is the binding of column col once the header is finished, or nil.
func (s *tableSheet) bind(col int) *binding {
	if col >= 0 && col < len(s.byCol) {
		return s.byCol[col]
	}
	return nil
}

func (b *builder) tableSheet(o int, t *table) *tableSheet {
	return &tableSheet{b: b, t: t, o: o, binds: map[int]*binding{}, groups: map[int]string{}, header: map[int]string{}, hpcol: map[int]int{},
		reported: map[int]bool{}, sums: map[int]*colSum{}, block: map[int]*colSum{}}
}

// Header words.
var (
	seqHeaders  = map[string]bool{"序号": true, "序": true, "编号": true, "行号": true, "no": true, "no.": true}
	totalsWords = map[string]bool{"合计": true, "总计": true, "共计": true, "总数": true, "小计": true, "合计数": true, "总合计": true}
	noteWords   = map[string]bool{"说明": true, "填写说明": true, "注": true, "备注说明": true}
)

// parenUnit reads a header with its unit in brackets, 会员人数(人); it is
// compiled at the first workbook, not as every process starts.
var parenUnit = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.+?)[(（]([^()（）]*)[)）]$`) })

// row reads one row of the sheet.
func (s *tableSheet) row(r *xrow) {
	switch s.state {
	case stateTitle:
		s.findHeader(r)
	case stateHeader:
		if s.noteRow(r) {
			return
		}
		if s.subHeader(r) {
			s.finishHeader()
			return
		}
		s.finishHeader()
		s.data(r)
	case stateData:
		s.data(r)
	}
}

// end is called after the last row.
func (s *tableSheet) end() {
	if s.state == stateHeader {
		s.finishHeader()
	}
}

// resolve finds what a header names: a leaf (with a map key), 序号, or the
// record of the parent table a row belongs to.
func (s *tableSheet) resolve(text string) (b *binding, special int) {
	h := normalName(strings.TrimRight(strings.TrimSpace(text), "*::"))
	if h == "" {
		return nil, 0
	}
	if seqHeaders[strings.ToLower(h)] {
		return nil, 1
	}
	if s.t.parent != nil && strings.HasPrefix(h, "所属") {
		return nil, 2
	}
	if l, mk := findLeaf(s.t.leaves, splitPath(h)); l != nil {
		return &binding{leaf: l, mapKey: mk, text: text}, 0
	}
	if m := parenUnit().FindStringSubmatch(h); m != nil {
		if l, mk := findLeaf(s.t.leaves, splitPath(m[1])); l != nil {
			return &binding{leaf: l, mapKey: mk, text: text, wan: m[2] == "万元" && l.valueType() == typeMoney}, 0
		}
	}
	return nil, 0
}

// findHeader looks for the header row among the first rows: the first
// with a column name the table knows in it, as many as it has others.
func (s *tableSheet) findHeader(r *xrow) {
	s.title++
	known, other := 0, 0
	for i := range r.cells {
		if textOf(&r.cells[i]) == "" {
			continue
		}
		if b, sp := s.resolve(textOf(&r.cells[i])); b != nil || sp != 0 {
			known++
		} else {
			other++
		}
	}
	if known == 0 || (known < 2 && other > known) {
		if s.title >= 10 || (len(r.cells) > 1 && s.title > 1 && known == 0 && other > 2) {
			s.b.errorAt(s.o, r.num, r.cells[0].pcol, s.t.path, "没有找到表头:表格的第一行应当是列名,如 %s;请对照 zongjie init --xlsx 生成的工作簿", s.exampleHeaders())
			s.state = stateDone
		}
		return
	}
	s.headerRow = r.num
	for i := range r.cells {
		c := &r.cells[i]
		text := textOf(c)
		if text == "" {
			continue
		}
		s.header[c.col] = text
		s.hpcol[c.col] = c.pcol
		b, sp := s.resolve(text)
		switch {
		case sp == 1:
			s.seqCol = c.col
		case sp == 2:
			s.parentCol = c.col
		case b != nil:
			b.col = c.col
			s.binds[c.col] = b
		case c.hidden:
			// a column of the clerk's own, hidden: not read
		default:
			s.groups[c.col] = text
		}
	}
	s.state = stateHeader
}

// isNoteWord reports whether t is one of noteWords, spaces aside.
func isNoteWord(t string) bool {
	if !strings.Contains(t, "说") && !strings.Contains(t, "注") {
		return false // none of noteWords
	}
	return noteWords[normalName(t)]
}

// noteRow reports whether r is a 说明 row (the template's notes under the
// header), to be passed over.
func (s *tableSheet) noteRow(r *xrow) bool {
	for i := range r.cells {
		t := textOf(&r.cells[i])
		if t == "" {
			continue
		}
		return isNoteWord(t)
	}
	return false
}

// groupOver is the unresolved header over column col: its own, or that of
// the nearest header to its left when its own is empty (a merged cell).
func (s *tableSheet) groupOver(col int) (string, bool) {
	for c := col; c >= 1; c-- {
		if g, ok := s.groups[c]; ok {
			return g, true
		}
		if _, ok := s.header[c]; ok {
			return "", false
		}
	}
	return "", false
}

// subHeader reads r as a second header row under merged group headers
// (个人榜首 over 姓名, 身份, 金额; 人数 over 职工, 会员) when it is one.
func (s *tableSheet) subHeader(r *xrow) bool {
	if len(s.groups) == 0 {
		empty := false
		for c := range s.header {
			if _, ok := s.header[c+1]; !ok && c+1 <= s.maxCol() {
				empty = true
			}
		}
		if !empty {
			return false
		}
	}
	binds := map[int]*binding{}
	under := 0
	for i := range r.cells {
		c := &r.cells[i]
		text := textOf(c)
		if text == "" {
			continue
		}
		g, grouped := s.groupOver(c.col)
		var b *binding
		if grouped {
			b, _ = s.resolve(g + "/" + text)
			under++
		} else if _, has := s.header[c.col]; !has {
			under++
		} else {
			return false // a value under a column name: a data row
		}
		if b == nil {
			b, _ = s.resolve(text)
		}
		if b == nil {
			return false
		}
		b.col = c.col
		binds[c.col] = b
	}
	if under == 0 || len(binds) == 0 {
		return false
	}
	for c, b := range binds {
		s.binds[c] = b
		delete(s.groups, c)
		s.header[c] = b.text
		if cc := cellAt(r, c); cc != nil {
			s.hpcol[c] = cc.pcol
		}
	}
	for c := range s.groups {
		if _, used := s.binds[c]; !used {
			// a group label over columns read by their own names
			for cc := range binds {
				if g, ok := s.groupOver(cc); ok && g == s.groups[c] {
					delete(s.groups, c)
					break
				}
			}
		}
	}
	return true
}

// pos is the position column of the header of column c (its letter's
// number in a sheet, its character column in a table file).
func (s *tableSheet) pos(c int) int {
	if p, ok := s.hpcol[c]; ok {
		return p
	}
	return c
}

// maxCol is the last column with a header.
func (s *tableSheet) maxCol() int {
	m := 0
	for c := range s.header {
		m = max(m, c)
	}
	return m
}

// finishHeader reports the columns no field has and any field given two
// columns, and starts reading records.
func (s *tableSheet) finishHeader() {
	s.state = stateData
	for _, c := range sortedCols(s.groups) {
		s.reported[c] = true
		s.b.errorAt(s.o, s.headerRow, s.pos(c), s.t.path, "列名“%s”不认识%s", clipText(s.groups[c]), s.suggest(s.groups[c]))
	}
	first := map[string]int{}
	for _, c := range sortedCols(s.binds) {
		b := s.binds[c]
		k := b.leaf.dataPath() + "/" + b.mapKey
		if p, dup := first[k]; dup {
			s.b.errorAt(s.o, s.headerRow, s.pos(c), s.t.path, "列名“%s”与 %s 列的“%s”是同一项;同一项只能有一列,请删去或改名",
				clipText(b.text), record.ColumnName(p), clipText(s.binds[p].text))
			delete(s.binds, c)
			s.reported[c] = true
			continue
		}
		first[k] = c
	}
	s.flat = len(s.t.children) == 0 && len(s.binds) > 0
	for _, b := range s.binds {
		if b.leaf.kind != leafValue || len(b.leaf.path) != 1 {
			s.flat = false
		}
	}
	for _, c := range sortedCols(s.header) {
		if c >= len(s.headerAt) {
			s.headerAt = append(s.headerAt, make([]string, c+1-len(s.headerAt))...)
		}
		s.headerAt[c] = s.header[c]
	}
	cols := sortedCols(s.binds)
	if len(cols) > 0 {
		s.byCol = make([]*binding, cols[len(cols)-1]+1)
	}
	for i, c := range cols {
		b := s.binds[c]
		b.field, b.vtype, b.summed, b.label, b.flat = b.leaf.field(), b.leaf.valueType(), summed(b.leaf), s.isLabel(b), i
		s.byCol[c] = b
		if b.leaf.kind != leafMap {
			s.b.blank(s.o, b.leaf.dataPath(), record.Blank{Col: s.pos(c), Name: b.leaf.header()})
		}
	}
	if s.flat {
		s.columns = container(yaml.SequenceNode, s.o, s.headerRow, s.pos(cols[0]))
		for _, c := range cols {
			s.columns.Content = append(s.columns.Content, scalar(s.binds[c].field.key, s.o, s.headerRow, s.pos(c)))
		}
	}
}

// suggest proposes the column name closest to an unknown one, or lists the
// sheet's column names.
func (s *tableSheet) suggest(h string) string {
	h = normalName(h)
	best, dist := "", 1<<30
	for _, l := range s.t.leaves {
		name := l.header()
		if d := editdist.Distance(h, name); d < dist {
			best, dist = name, d
		}
	}
	if best != "" && dist <= max(1, len([]rune(h))/3) {
		return ",你是不是想写“" + best + "”?"
	}
	if s.b.wb == nil { // a table file: nothing is hidden
		return ";这张表可以有的列:" + s.exampleHeaders() + "(自己加的列,如联系人、电话,请删去)"
	}
	return ";这张表可以有的列:" + s.exampleHeaders() + "(自己加的列,如联系人、电话,请删去或把这一列隐藏:隐藏的列不读)"
}

// exampleHeaders lists the table's column names for a message.
func (s *tableSheet) exampleHeaders() string {
	var names []string
	for _, l := range s.t.leaves {
		names = append(names, l.header())
	}
	if len(names) > 12 {
		names = append(names[:12], "……")
	}
	return strings.Join(names, "、")
}

// data reads a row after the header.
func (s *tableSheet) data(r *xrow) {
	seq := textOf(cellAt(r, s.seqCol))
	if s.seqCol == 0 && s.noteRow(r) || isNoteWord(seq) {
		return
	}
	if s.repeatedHeader(r) {
		return
	}
	if word, ok := s.totalsRow(r); ok {
		s.checkTotals(r, word)
		return
	}
	if strings.Contains(seq, "示") && normalName(seq) == "示例" && s.isExample(r) {
		return
	}
	values, words := 0, 0
	for i := range r.cells {
		c := &r.cells[i]
		switch b := s.bind(c.col); {
		case c.col == s.seqCol || c.col == s.parentCol:
		case b != nil && b.leaf.kind == leafStrings:
			words++
		case b != nil:
			values++
		case !s.reported[c.col] && textOf(c) != "":
			if _, named := s.header[c.col]; !named {
				s.reported[c.col] = true
				s.b.errorAt(s.o, r.num, c.pcol, s.t.path, "%s 列没有列名,这一列的内容没有读入;请在表头写上列名,或删去这一列", record.ColumnName(c.col))
			}
		}
	}
	switch {
	case values == 0 && words == 0:
		return // blank, a block's title in the 序号 column, or only unread columns
	case values == 0 && s.prev != nil && textOf(cellAt(r, s.parentCol)) == "":
		s.continued(r)
		return
	}
	s.record(r, seq)
}

// repeatedHeader reports whether r repeats the header (a block's own
// header, a header printed on every page).
func (s *tableSheet) repeatedHeader(r *xrow) bool {
	same := 0
	for i := range r.cells {
		c := &r.cells[i]
		if c.col < len(s.headerAt) && s.headerAt[c.col] != "" && s.headerAt[c.col] == textOf(c) {
			same++
		}
	}
	return same >= 2 || (same == 1 && len(r.cells) == 1 && len(s.header) == 1)
}

// totalsRow reports whether r is a totals row: 合计, 小计 … in its 序号,
// 所属 or label column, or its first cell.
func (s *tableSheet) totalsRow(r *xrow) (string, bool) {
	if s.labelCols == nil {
		s.labelCols = []int{s.seqCol, s.parentCol}
		for c, b := range s.binds {
			if s.isLabel(b) {
				s.labelCols = append(s.labelCols, c)
			}
		}
	}
	for i := 0; i <= len(s.labelCols); i++ {
		var c int
		switch {
		case i < len(s.labelCols):
			c = s.labelCols[i]
		case len(r.cells) > 0:
			c = r.cells[0].col
		}
		if c == 0 {
			continue
		}
		t := textOf(cellAt(r, c))
		if !strings.Contains(t, "计") && !strings.Contains(t, "数") {
			continue // none of totalsWords, nor …合计
		}
		w := normalName(t)
		if totalsWords[w] || strings.HasSuffix(w, "合计") && len([]rune(w)) <= 6 {
			return w, true
		}
	}
	return "", false
}

// isLabel reports whether a column holds the field naming a record.
func (s *tableSheet) isLabel(b *binding) bool {
	return s.t.label >= 0 && len(b.leaf.path) == 1 && b.leaf.path[0].index == fieldsOf(s.t.elem)[s.t.label].index
}

// isExample reports whether r is the template's example row, unedited.
func (s *tableSheet) isExample(r *xrow) bool {
	for _, ex := range s.exampleRows() {
		same := true
		for c, b := range s.binds {
			if textOf(cellAt(r, c)) != ex[b.leaf] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// exampleRows are the table's example rows of every sector.
func (s *tableSheet) exampleRows() []map[*leaf]string {
	if s.examples == nil {
		for _, sector := range append([]string{""}, record.Sectors...) {
			s.examples = append(s.examples, exampleRow(s.t, sector))
		}
	}
	return s.examples
}

// keptFromExample reports whether text, in column bd of an example row the
// clerk typed over in part (its 序号 still 示例), is the example's own
// words: a name or a description the report would then state as the
// union's. What a column of choices, kinds or measure words holds any
// union may share with the example, and is not reported (see ownWords).
func (s *tableSheet) keptFromExample(bd *binding, text string) bool {
	if bd.leaf.kind != leafValue || !ownWords(bd.field) {
		return false
	}
	for _, ex := range s.exampleRows() {
		if ex[bd.leaf] == text {
			return true
		}
	}
	return false
}

// ownWords reports whether a field holds the clerk's own words: text that
// is not picked from a list (record.Choices) and does not name a kind, a
// type, a category or a measure word.
func ownWords(f fieldInfo) bool {
	if elem(f.typ).Kind() != reflect.String || len(record.Choices(f.owner, f.key)) > 0 {
		return false
	}
	switch {
	case f.key == "kind", f.key == "type", f.key == "category", f.key == "measure", strings.HasSuffix(f.key, "_measure"):
		return false
	}
	return true
}

// record reads r as a record.
func (s *tableSheet) record(r *xrow, seq string) {
	b := s.b
	first := r.cells[0].pcol
	if !b.count(1+2*len(r.cells), s.o, r.num, first) {
		s.state = stateDone
		return
	}
	parent, ok := s.parentOf(r)
	if !ok {
		return
	}
	list := s.list(parent, r)
	if s.t.path == "units" && len(list.Content) >= b.lim.MaxUnits {
		b.errorAt(s.o, r.num, first, "units", "单位表超过 %d 行(上限),已停止读取;确需处理请用 --max-units 调高上限", b.lim.MaxUnits)
		b.stopped = true
		s.state = stateDone
		return
	}
	s.rows++
	node := b.slab.node()
	node.Kind, node.Line, node.Column = yaml.MappingNode, r.num, record.OriginColumn(s.o, first)
	if s.flat {
		node.Kind = yaml.SequenceNode
		node.Content = b.slab.ptrs(len(s.binds))
		for i := range node.Content {
			node.Content[i] = nullNode
		}
	} else {
		node.Content = make([]*yaml.Node, 0, 2*len(r.cells))
	}
	example := strings.Contains(seq, "示") && normalName(seq) == "示例"
	rc := b.slab.rec()
	rc.node, rc.seq, rc.t, rc.parent, rc.idx = node, seq, s.t, parent, len(list.Content)
	if rc.seq == "" {
		rc.seq = strconv.Itoa(s.rows)
	}
	for i := range r.cells {
		c := &r.cells[i]
		bd := s.bind(c.col)
		if bd == nil {
			continue
		}
		text, bad := b.valueText(c, bd.field, bd.vtype, bd.wan)
		if bad != "" {
			b.errorAt(s.o, r.num, c.pcol, rc.path()+"."+bd.leaf.dataPath(), "%s", string(bad))
			continue
		}
		text = translate(bd.field, text)
		if bd.summed {
			s.add(c, bd, text)
		}
		if text == "" {
			continue
		}
		if example && s.keptFromExample(bd, text) {
			b.errorAt(s.o, r.num, c.pcol, rc.path()+"."+bd.leaf.dataPath(), "这一行是示例行改写的,“%s”仍是示例的“%s”;请改成实际内容,或清空这一格(确实就是“%s”的,请把 %s 列的“示例”改成序号)",
				bd.leaf.header(), clipText(text), clipText(text), record.ColumnName(s.pos(s.seqCol)))
		}
		s.put(rc, bd, text, r.num, c.pcol)
		if bd.label {
			rc.label = text
		}
	}
	list.Content = append(list.Content, node)
	b.recs[s.t] = append(b.recs[s.t], rc)
	s.prev = rc
}

// put writes one value of a record.
func (s *tableSheet) put(rc *rec, bd *binding, text string, row, pcol int) {
	if s.flat {
		rc.node.Content[bd.flat] = s.b.scalar(text, s.o, row, pcol)
		return
	}
	l, f := bd.leaf, bd.field
	key := s.b.scalar(f.key, s.o, row, pcol)
	m := inner(rc.node, l.path[:len(l.path)-1], key)
	switch l.kind {
	case leafValue:
		m.Content = append(m.Content, key, s.b.scalar(text, s.o, row, pcol))
	case leafStrings:
		list := container(yaml.SequenceNode, s.o, row, pcol)
		list.Content = append(list.Content, s.b.scalar(text, s.o, row, pcol))
		m.Content = append(m.Content, key, list)
		rc.list(l, list)
	case leafMap:
		mm := get(m, f.key)
		if mm == nil || mm.Kind != yaml.MappingNode {
			mm = container(yaml.MappingNode, s.o, row, pcol)
			m.Content = append(m.Content, key, mm)
		}
		mk := bd.mapKey
		if f.key == "sections" || f.key == "headings" {
			mk = record.SectionID(mk)
		}
		val := scalar(text, s.o, row, pcol)
		if l.valueType().Kind() == reflect.Slice {
			list := container(yaml.SequenceNode, s.o, row, pcol)
			list.Content = append(list.Content, val)
			val = list
			rc.list(bd, list)
		}
		mm.Content = append(mm.Content, scalar(mk, s.o, row, pcol), val)
	}
}

// continued reads a row holding only words of lists: the next items of
// the record above (a 工作 column of 分月安排, names of a 个人榜首).
func (s *tableSheet) continued(r *xrow) {
	for i := range r.cells {
		c := &r.cells[i]
		bd := s.bind(c.col)
		if bd == nil || bd.leaf.kind != leafStrings {
			continue
		}
		text, bad := s.b.valueText(c, bd.field, bd.vtype, false)
		if bad != "" {
			s.b.errorAt(s.o, r.num, c.pcol, s.prev.path()+"."+bd.leaf.dataPath(), "%s", string(bad))
			continue
		}
		if text == "" || !s.b.count(1, s.o, r.num, c.pcol) {
			continue
		}
		if list := s.prev.lists[bd.leaf]; list != nil {
			list.Content = append(list.Content, s.b.scalar(text, s.o, r.num, c.pcol))
			continue
		}
		s.put(s.prev, bd, text, r.num, c.pcol)
	}
}

// parentOf finds the record of the parent table r belongs to (nil for a
// table of the period or of a section); ok is false when there is none.
func (s *tableSheet) parentOf(r *xrow) (*rec, bool) {
	if s.t.parent == nil {
		return nil, true
	}
	recs := s.b.recs[s.t.parent]
	if s.parentCol == 0 {
		if len(recs) == 1 {
			return recs[0], true
		}
		if !s.noParent {
			s.noParent = true
			s.b.errorAt(s.o, max(s.headerRow, 1), 1, s.t.path, "缺少“%s”列:“%s”表有 %d 行,要写明每一行属于哪一行(写那一行的%s或序号)",
				s.t.parentHeader(), s.t.parent.name, len(recs), s.parentLabel())
		}
		return nil, false
	}
	c := cellAt(r, s.parentCol)
	ref := textOf(c)
	if ref == "" {
		s.b.errorAt(s.o, r.num, s.pcolOf(r, s.parentCol), s.t.path, "“%s”空着;请写这一行属于“%s”表的哪一行(那一行的%s或序号)", s.header[s.parentCol], s.t.parent.name, s.parentLabel())
		return nil, false
	}
	var found *rec
	n := 0
	for _, p := range recs {
		if p.label == ref {
			found, n = p, n+1
		}
	}
	if n == 1 {
		return found, true
	}
	for _, p := range recs {
		if p.seq == ref {
			return p, true
		}
	}
	if n > 1 {
		s.b.errorAt(s.o, r.num, c.pcol, s.t.path, "“%s”表里有 %d 行都是“%s”;请改写那一行的序号", s.t.parent.name, n, clipText(ref))
		return nil, false
	}
	s.b.errorAt(s.o, r.num, c.pcol, s.t.path, "在“%s”表里找不到“%s”;请写那一行的%s或序号", s.t.parent.name, clipText(ref), s.parentLabel())
	return nil, false
}

// pcolOf is the position column of column col of r.
func (s *tableSheet) pcolOf(r *xrow, col int) int {
	if c := cellAt(r, col); c != nil {
		return c.pcol
	}
	return col
}

// parentLabel names the parent table's label column (活动名称).
func (s *tableSheet) parentLabel() string {
	p := s.t.parent
	if p.label < 0 {
		return "内容"
	}
	return fieldsOf(p.elem)[p.label].name()
}

// list returns the list node the table's records go in, made when the
// first is read: in the period, in a section, or in the parent record.
func (s *tableSheet) list(parent *rec, r *xrow) *yaml.Node {
	if parent != nil {
		if l := parent.lists[s.t]; l != nil {
			return l
		}
		l := container(yaml.SequenceNode, s.o, r.num, r.cells[0].pcol)
		m := inner(parent.node, s.t.via[:len(s.t.via)-1], l)
		put(m, s.t.via[len(s.t.via)-1].key, s.form(l))
		parent.list(s.t, l)
		return l
	}
	if l := s.b.lists[s.t]; l != nil {
		return l
	}
	l := container(yaml.SequenceNode, s.o, r.num, r.cells[0].pcol)
	m := s.b.root
	if i := strings.IndexByte(s.t.path, '.'); i >= 0 {
		m = s.b.section(sectionField(s.t.path[:i]), s.o, r.num, r.cells[0].pcol)
	}
	m = inner(m, s.t.via[:len(s.t.via)-1], l)
	put(m, s.t.via[len(s.t.via)-1].key, s.form(l))
	s.b.lists[s.t] = l
	s.b.forms[s.t] = s.form(l)
	return l
}

// form is what holds a list of records: the list itself, or for a flat
// table the table form, {columns: […], rows: list}.
func (s *tableSheet) form(rows *yaml.Node) *yaml.Node {
	if !s.flat {
		return rows
	}
	if f := s.b.forms[s.t]; f != nil && s.t.parent == nil {
		return f
	}
	m := &yaml.Node{Kind: yaml.MappingNode, Line: rows.Line, Column: rows.Column}
	put(m, "columns", s.columns)
	put(m, "rows", rows)
	return m
}

// colSum adds up a column for its totals rows, in ones (counts) or 分.
type colSum struct {
	total int64
	ok    bool // every value so far could be added, without overflow
}

// summed reports whether a column's values add up to a total: counts and
// amounts, not exact figures (years, ranks), rates, decimals or per-head
// figures.
func summed(l *leaf) bool {
	f := l.field()
	t := l.valueType()
	if l.kind != leafValue || f.exact || f.rate || (t != typeMoney && t.Kind() != reflect.Int64) {
		return false
	}
	return !strings.Contains(f.key, "per_capita") && f.key != "each" && !strings.Contains(f.zh, "人均") && !strings.Contains(f.zh, "每人")
}

// add adds a record's value to its column's sums.
func (s *tableSheet) add(c *xcell, bd *binding, text string) {
	if !bd.summed {
		return
	}
	for _, m := range [2]map[int]*colSum{s.sums, s.block} {
		cs := m[c.col]
		if cs == nil {
			cs = &colSum{ok: true}
			m[c.col] = cs
		}
		if !cs.ok || text == "" {
			continue
		}
		v, ok := figure(text, bd.vtype)
		if !ok || (v > 0 && cs.total > math.MaxInt64-v) || (v < 0 && cs.total < math.MinInt64-v) {
			cs.ok = false
			continue
		}
		cs.total += v
	}
}

// figure parses an exact count, or an amount in 分.
func figure(text string, t reflect.Type) (int64, bool) {
	if n, ok := atoi(text); ok {
		// up to nine digits, as most are: what num.ParseCount and
		// num.ParseMoney make of them
		if t == typeMoney {
			return int64(n) * 100, true
		}
		return int64(n), true
	}
	if !isPlainNumber(text) && num.HasQualifier(text) { // a plain number has no qualifier
		return 0, false
	}
	if t == typeMoney {
		m, err := num.ParseMoney(text)
		return int64(m), err == nil
	}
	n, err := num.ParseCount(text)
	return n, err == nil
}

// shown writes a column's sum as its cells do: 分 as 元.
func shown(v int64, t reflect.Type) string {
	if t == typeMoney {
		return num.Money(v).String()
	}
	return strconv.FormatInt(v, 10)
}

// checkTotals checks a totals row against the rows above it: a 小计 the
// rows since the last totals row, any other the whole table.
func (s *tableSheet) checkTotals(r *xrow, word string) {
	sums := s.sums
	if word == "小计" {
		sums = s.block
	}
	for i := range r.cells {
		c := &r.cells[i]
		bd := s.bind(c.col)
		if bd == nil || !bd.summed {
			continue
		}
		text, bad := s.b.valueText(c, bd.field, bd.vtype, bd.wan)
		if bad != "" {
			s.b.errorAt(s.o, r.num, c.pcol, s.t.path, "%s", string(bad))
			continue
		}
		if text == "" {
			continue
		}
		stated, ok := figure(text, bd.vtype)
		cs := sums[c.col]
		if !ok || cs == nil || !cs.ok {
			continue
		}
		if stated != cs.total {
			t := bd.vtype
			s.b.errorAt(s.o, r.num, c.pcol, s.t.path, "%s行的“%s”是 %s,上面各行加起来是 %s;请核对(%s行只用来核对,不作为一行数据读入)",
				word, clipText(s.header[c.col]), shown(stated, t), shown(cs.total, t), word)
		}
	}
	s.block = map[int]*colSum{}
}

// sortedCols lists a map's columns in order.
func sortedCols[V any](m map[int]V) []int {
	cols := make([]int, 0, len(m))
	for c := range m {
		cols = append(cols, c)
	}
	for i := 1; i < len(cols); i++ {
		for j := i; j > 0 && cols[j] < cols[j-1]; j-- {
			cols[j], cols[j-1] = cols[j-1], cols[j]
		}
	}
	return cols
}
