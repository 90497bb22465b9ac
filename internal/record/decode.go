package record

import (
	"bytes"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"zongjie/internal/editdist"
	"zongjie/internal/num"
)

// decoder turns a yaml.v3 node tree into typed records, noting the position
// of every value and collecting every problem instead of stopping at the first.
type decoder struct {
	// text is the file's text (nil for a workbook), for messages that
	// look at what a line holds besides its value (a comment).
	text    []byte
	file    string
	pos     *positions
	errs    *errorList
	limits  Limits
	nodes   int
	aliases int
	stopped bool // a limit was hit: decoding stops, the limit error is reported
	// cur is the field being decoded: whether its figure must be exact, or
	// is a rate in percent.
	cur field
	// approx collects the approximate figures, by data path.
	approx map[string]num.Approx
	// notes collects what is worth a word but not wrong (Period.Notes).
	notes Errors
	// wan collects the paths of amounts written in 万 or 亿 (see
	// Period.WrittenInWan).
	wan map[string]bool
	// via is the alias (*ref) through which the value being decoded was
	// reached, or nil. Everything read through it is placed where the alias
	// was written, not where its anchor was: two units copied from one
	// anchor are two places in the file, and a message names both.
	via *yaml.Node
	// origins are the period's sources other than the file's text (see
	// Origin); tables the list sections read from files of their own.
	origins *[]Origin
	tables  Tables
	// lazy are the rows: blocks read by the fast reader whose cells are
	// made as the table decoder reaches each row (see rowBlock).
	lazy lazyRows
}

var (
	typeMoney   = reflect.TypeOf(num.Money(0))
	typeDecimal = reflect.TypeOf(num.Decimal{})
	typeDate    = reflect.TypeOf(Date{})
	typeSpan    = reflect.TypeOf(Span{})
)

// at is where n was written; inside an alias's expansion, where the alias was.
func (d *decoder) at(n *yaml.Node) Pos {
	if d.via != nil {
		n = d.via
	}
	var origins []Origin
	if d.origins != nil {
		origins = *d.origins
	}
	return posIn(d.file, origins, n.Line, n.Column)
}

// where says where n was written, for a message about another place:
// "第 12 行" in a text file, "单位!C12" in a spreadsheet.
func (d *decoder) where(n *yaml.Node) string {
	if d.via != nil {
		n = d.via
	}
	if p := d.at(n); p.Sheet != "" {
		return SheetRef(p.Sheet) + "!" + p.Cell()
	} else if n.Column < 0 {
		return fmt.Sprintf("%s 第 %d 行", p.File, n.Line)
	}
	return fmt.Sprintf("第 %d 行", n.Line)
}

func (d *decoder) errorf(n *yaml.Node, path, format string, args ...any) {
	d.errs.add(d.at(n), path, format, args...)
}

// isNull reports whether n is an empty value: ~, null, or nothing after the colon.
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && (n.Tag == "!!null" || (n.Style == 0 && n.Value == ""))
}

// dpath is the data path of the value being decoded. A row of a list of
// records, and a field of such a row, is kept as its table, row and field,
// and spelt out ("units[3].staff") only for a message: decoding a large
// units table builds no path strings.
type dpath struct {
	s   string    // the path, when tab is nil
	tab *rowTable // the list the row belongs to
	row int
	fi  int // the field's index in tab.fields; -1 for the row itself
}

// pathOf is the dpath of a path written out.
func pathOf(s string) dpath { return dpath{s: s} }

// rowOf is the dpath of row i of the list t.
func rowOf(t *rowTable, i int) dpath { return dpath{tab: t, row: i, fi: -1} }

// String spells the path out: "finance.spent", "units[3]", "units[3].staff".
func (p dpath) String() string {
	if p.tab == nil {
		return p.s
	}
	s := p.tab.path + "[" + strconv.Itoa(p.row) + "]"
	if p.fi >= 0 {
		s += "." + p.tab.fields[p.fi].key
	}
	return s
}

// isRoot reports whether p is the empty path of the whole file.
func (p dpath) isRoot() bool { return p.tab == nil && p.s == "" }

// is reports whether p is the path s written out, without spelling p out.
func (p dpath) is(s string) bool { return p.tab == nil && p.s == s }

// join spells out the path of the item key of the record or map at p.
func (p dpath) join(key string) string { return joinPath(p.String(), key) }

// field is the path of the field fs[fi] of the record at p; fs are the
// fields of the record's type.
func (p dpath) field(fs []field, fi int) dpath {
	if p.tab != nil && p.fi < 0 && len(fs) == len(p.tab.fields) && fs[fi].key == p.tab.fields[fi].key {
		return dpath{tab: p.tab, row: p.row, fi: fi}
	}
	return pathOf(p.join(fs[fi].key))
}

// note records that the value at path p was written where n is (inside an
// alias's expansion, where the alias is).
func (d *decoder) note(p dpath, n *yaml.Node) {
	if d.via != nil {
		n = d.via
	}
	lc := lineCol{n.Line, n.Column}
	if p.tab != nil && lc.line > 0 && fits(lc) {
		c := cell{int32(lc.line), int32(lc.col)}
		if p.fi < 0 {
			p.tab.rows[p.row] = c
		} else {
			p.tab.cells[p.row*len(p.tab.fields)+p.fi] = c
		}
		return
	}
	d.pos.set(p.String(), lc)
}

// resolve follows aliases, counting them against the alias limit.
func (d *decoder) resolve(n *yaml.Node, path dpath) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		d.aliases++
		if d.aliases > d.limits.MaxAliases {
			d.errorf(n, path.String(), "别名(*引用)用了超过 %d 次,文件可能是恶意构造的“别名炸弹”;确需这么多别名请用 --max-aliases 调高上限", d.limits.MaxAliases)
			d.stopped = true
			return nil
		}
		n = n.Alias
	}
	return n
}

// decode fills v (addressable) from n.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path dpath, depth int) {
	if d.stopped {
		return
	}
	if n.Kind == yaml.AliasNode && d.via == nil {
		alias := n
		if n = d.resolve(n, path); n == nil {
			return
		}
		d.via = alias
		d.decodeNode(n, v, path, depth)
		d.via = nil
		return
	}
	if n = d.resolve(n, path); n == nil {
		return
	}
	d.decodeNode(n, v, path, depth)
}

// decodeNode is decode for a node that is not an alias.
func (d *decoder) decodeNode(n *yaml.Node, v reflect.Value, path dpath, depth int) {
	if d.lazy != nil {
		d.lazy.expandAt(n)
	}
	d.nodes++
	if d.nodes > d.limits.MaxNodes {
		d.errorf(n, path.String(), "数据项超过 %d 个,已停止读取;确需处理这么大的文件请用 --max-nodes 调高上限", d.limits.MaxNodes)
		d.stopped = true
		return
	}
	if depth > d.limits.MaxDepth {
		d.errorf(n, path.String(), "嵌套超过 %d 层(上限),数据文件不应这么深;请检查缩进或括号,确需更深请用 --max-depth 调高上限", d.limits.MaxDepth)
		d.stopped = true
		return
	}
	if isNull(n) {
		return // not recorded
	}
	if !path.isRoot() {
		d.note(path, n)
	}
	t := v.Type()
	switch {
	case t == typeMoney:
		if s, ok := d.scalar(n, path, "金额"); ok {
			m, err := num.ParseMoney(s)
			if err != nil {
				d.errorf(n, path.String(), "%s%s", err.Error(), numberHint(s, hintMoney))
				return
			}
			v.SetInt(int64(m))
			if strings.ContainsAny(num.Normalize(s), "万亿") {
				d.markWan(path.String())
			}
		}
	case t == typeDecimal:
		if s, ok := d.scalar(n, path, "数"); ok {
			want := hintDecimal
			percent := false
			if d.cur.rate {
				want = hintRate
				t := strings.TrimSpace(num.Normalize(s))
				s, percent = strings.TrimSuffix(t, "%"), strings.HasSuffix(t, "%")
			}
			x, err := num.ParseDecimalExact(s)
			if err != nil {
				d.errorf(n, path.String(), "“%s”%s%s", clip(s), err.Error(), numberHint(s, want))
				return
			}
			if d.cur.rate && !percent && x.Scale > 0 && x.Rat().Sign() > 0 && x.Rat().Cmp(big.NewRat(1, 1)) < 0 {
				// 0.98: a fraction for 98%, or 0.98% indeed
				d.notes = append(d.notes, &Error{Pos: d.at(n), Path: path.String(),
					Format: "比率按百分数读:%s 读作 %s%%;如果是 %s%%,请写成 %s 或 %s%%", Args: []any{s, s, percentOf(x), percentOf(x), percentOf(x)}})
			}
			v.Set(reflect.ValueOf(x))
		}
	case t == typeDate:
		if s, ok := d.scalar(n, path, "日期"); ok {
			x, err := ParseDate(s)
			if err != nil {
				d.errorf(n, path.String(), "“%s”%s", clip(s), err.Error())
				return
			}
			v.Set(reflect.ValueOf(x))
		}
	case t == typeSpan:
		if s, ok := d.scalar(n, path, "时段"); ok {
			x, err := ParseSpan(s)
			if err != nil {
				d.errorf(n, path.String(), "“%s”%s", clip(s), err.Error())
				return
			}
			v.Set(reflect.ValueOf(x))
		}
	case t.Kind() == reflect.Pointer:
		if isFigure(t.Elem()) && n.Kind == yaml.ScalarNode && num.HasQualifier(n.Value) {
			d.approximate(n, path, t.Elem())
			return
		}
		// A value that could not be read stays nil ("not recorded"): no
		// check then compares a zero that was never written.
		p := reflect.New(t.Elem())
		before := len(d.errs.errs)
		d.decode(n, p.Elem(), path, depth)
		if len(d.errs.errs) == before || !isFigure(t.Elem()) {
			v.Set(p)
		}
	case t.Kind() == reflect.String:
		if s, ok := d.scalar(n, path, "文字"); ok && d.plainText(n, path, s) && d.filledIn(n, path, s) {
			v.SetString(strings.TrimSpace(s))
		}
	case t.Kind() == reflect.Int64:
		if s, ok := d.scalar(n, path, "整数"); ok {
			x, err := num.ParseCount(s)
			if err != nil {
				hint := numberHint(s, hintCount)
				if hint == "" {
					hint = ";这里要填整数(人数、个数),例如 1761"
				}
				d.errorf(n, path.String(), "“%s”%s%s", clip(s), err.Error(), hint)
				return
			}
			v.SetInt(x)
			if strings.ContainsAny(num.Normalize(s), "万亿") {
				d.markWan(path.String())
			}
		}
	case t.Kind() == reflect.Bool:
		if s, ok := d.scalar(n, path, "是或否"); ok {
			switch strings.ToLower(strings.TrimSpace(s)) {
			case "true", "yes", "y", "是", "有", "已", "对":
				v.SetBool(true)
			case "false", "no", "n", "否", "无", "未", "没有":
				v.SetBool(false)
			default:
				d.errorf(n, path.String(), "“%s”应当是“是”或“否”", clip(s))
			}
		}
	case t.Kind() == reflect.Slice:
		d.decodeSlice(n, v, path, depth)
	case t.Kind() == reflect.Map:
		d.decodeMap(n, v, path, depth)
	case t.Kind() == reflect.Struct:
		d.decodeStruct(n, v, path, depth)
	default:
		panic(fmt.Sprintf("record: no decoder for %s", t))
	}
}

// plainText reports whether the text s of n holds no hidden character (see
// hidden) but a line break, a tab and the zero-width joiner, and otherwise
// reports the first one. YAML refuses control characters typed into a file,
// but an escape in a double-quoted string ("\e]0;…\a", "\b", "\u202E")
// makes them after that check; from a value they would reach the report,
// the terminal and every message quoting it.
func (d *decoder) plainText(n *yaml.Node, path dpath, s string) bool {
	r, at, bad := firstHidden(s)
	if !bad {
		return true
	}
	d.errorf(n, path.String(), "文字的第 %d 个字是看不见的%s;请删去它(常见于从网页、微信或 Word 粘贴的文字,或写了 \\e、\\b、\\u202E 之类的转义)", at+1, hiddenName(r))
	return false
}

// scalar returns the text of a scalar node or reports what was expected.
// A number, amount or date longer than maxNumberRunes is refused here, so
// no parser ever works on (or a message repeats) a pasted paragraph.
func (d *decoder) scalar(n *yaml.Node, path dpath, want string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, path.String(), "这里应当是%s,却写成了%s", want, kindName(n))
		return "", false
	}
	if want != "文字" {
		if l := utf8.RuneCountInString(n.Value); l > maxNumberRunes {
			d.errorf(n, path.String(), "“%s”太长,不像是%s;这里只填一个%s", clip(n.Value), want, want)
			return "", false
		}
	}
	return n.Value, true
}

// maxNumberRunes bounds the text of one number, amount, date or yes/no.
const maxNumberRunes = 64

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "一组“键: 值”"
	case yaml.SequenceNode:
		return "列表(- 开头的多项)"
	}
	return "单个值“" + clip(n.Value) + "”"
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, path dpath, depth int) {
	elem := v.Type().Elem()
	if isRecord(elem) && n.Kind == yaml.MappingNode {
		d.decodeTable(n, v, path, depth)
		return
	}
	if n.Kind == yaml.ScalarNode && isRecord(elem) && reader != nil && reader.IsTable(strings.TrimSpace(n.Value)) {
		d.readTable(n, v, path, strings.TrimSpace(n.Value), true)
		return
	}
	if n.Kind == yaml.ScalarNode && elem.Kind() == reflect.String {
		// A single item where a list is allowed: "leadership: 县教育局党委".
		s := reflect.MakeSlice(v.Type(), 1, 1)
		d.decode(n, s.Index(0), pathOf(path.String()+"[0]"), depth+1)
		v.Set(s)
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, path.String(), "这里应当是列表(每项以 - 开头),却写成了%s", kindName(n))
		return
	}
	if path.is("units") && len(n.Content) > d.limits.MaxUnits {
		d.errorf(n, path.String(), "单位表有 %d 行,超过上限 %d;确需处理请用 --max-units 调高上限", len(n.Content), d.limits.MaxUnits)
		d.stopped = true
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	if isRecord(elem) {
		t := d.pos.table(path.String(), fieldsOf(elem), len(n.Content))
		for i, c := range n.Content {
			d.decode(c, s.Index(i), rowOf(t, i), depth+1)
		}
	} else {
		base := path.String()
		for i, c := range n.Content {
			d.decode(c, s.Index(i), pathOf(base+"["+strconv.Itoa(i)+"]"), depth+1)
		}
	}
	v.Set(s)
}

// isRecord reports whether t is a record type (a struct with data keys),
// whose lists keep their positions in a table.
func isRecord(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t != typeDate && t != typeDecimal && t != typeSpan
}

// decodeTable reads the compact table form of a list of records:
//
//	units:
//	  columns: [name, group, staff]
//	  rows:
//	    - [枫林镇中心小学, 岩头学区, 52]
func (d *decoder) decodeTable(n *yaml.Node, v reflect.Value, path dpath, depth int) {
	fields := fieldsOf(v.Type().Elem())
	var cols, rows *yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], d.resolve(n.Content[i+1], path)
		if val == nil {
			return
		}
		switch k.Value {
		case "columns":
			cols = val
		case "rows":
			rows = val
		default:
			d.errorf(k, path.String(), "表格形式只能有 columns 和 rows 两项,“%s”不认识", clip(k.Value))
		}
	}
	if cols == nil || rows == nil || cols.Kind != yaml.SequenceNode || rows.Kind != yaml.SequenceNode {
		d.errorf(n, path.String(), "这里应当是列表;若用表格形式,请写 columns: [列名…] 和 rows: 下每行一个 [值…]")
		return
	}
	idx := make([]int, len(cols.Content))
	ok := true
	first := map[int]*yaml.Node{} // the column of each field
	for i, c := range cols.Content {
		c = d.resolve(c, path)
		if c == nil {
			return
		}
		idx[i] = inputField(fields, c.Value)
		if idx[i] < 0 {
			d.errorf(c, path.join("columns"), "列名“%s”不认识%s", clip(c.Value), suggest(c.Value, fields))
			ok = false
			continue
		}
		if prev, dup := first[idx[i]]; dup {
			d.errorf(c, path.join("columns"), "列名“%s”重复:第 %d 列(%s)已经是“%s”,同一列名只能出现一次,否则前一列的值会被后一列悄悄覆盖;请删去或改名",
				clip(c.Value), colNumber(cols, prev), d.at(prev), clip(prev.Value))
			ok = false
			continue
		}
		first[idx[i]] = c
	}
	if !ok {
		return
	}
	if path.is("units") && len(rows.Content) > d.limits.MaxUnits {
		d.errorf(rows, path.String(), "单位表有 %d 行,超过上限 %d;确需处理请用 --max-units 调高上限", len(rows.Content), d.limits.MaxUnits)
		d.stopped = true
		return
	}
	s := reflect.MakeSlice(v.Type(), len(rows.Content), len(rows.Content))
	t := d.pos.table(path.String(), fields, len(rows.Content))
	lazy := d.lazy.block(rows)
	for r, row := range rows.Content {
		rowPath := rowOf(t, r)
		var alias *yaml.Node
		if row.Kind == yaml.AliasNode && d.via == nil {
			alias = row
		}
		row = d.resolve(row, rowPath)
		if row == nil {
			return
		}
		if alias != nil {
			d.via = alias
		}
		if lazy != nil {
			lazy.fill(r)
		}
		d.decodeRow(row, s.Index(r), rowPath, fields, idx, len(cols.Content), depth)
		if lazy != nil {
			lazy.clear(r)
		}
		if alias != nil {
			d.via = nil
		}
	}
	v.Set(s)
}

// colNumber is the 1-based column number of the column c of a table.
func colNumber(cols, c *yaml.Node) int {
	for i, x := range cols.Content {
		if x == c || x.Alias == c {
			return i + 1
		}
	}
	return 0
}

// decodeRow reads one row of the table form into the record v; idx maps
// each of the ncols columns to its field.
func (d *decoder) decodeRow(row *yaml.Node, v reflect.Value, rowPath dpath, fields []field, idx []int, ncols, depth int) {
	if row.Kind != yaml.SequenceNode {
		d.errorf(row, rowPath.String(), "表格的每一行应写成 [值, 值, …],与 columns 一一对应")
		return
	}
	if len(row.Content) != ncols {
		d.rowLengthError(row, rowPath, ncols)
		return
	}
	d.note(rowPath, row)
	vals := make([]*yaml.Node, len(fields))
	for i, cell := range row.Content {
		fi := idx[i]
		if cell.Kind == yaml.ScalarNode && cell.Style == 0 && (cell.Value == "-" || cell.Value == "—") {
			continue // a blank cell
		}
		prev := d.cur
		d.cur = fields[fi]
		vals[fi] = cell
		d.decode(cell, v.Field(fields[fi].index), rowPath.field(fields, fi), depth+2)
		d.cur = prev
	}
	d.checkMeasures(v, rowPath, fields, vals)
	d.checkRequired(row, v, rowPath, fields, nil)
}

// rowLengthError reports a table row with more or fewer values than
// columns.
//
// When the extra values are what thousands commas give ([甲小学, 1,234]
// is read as three cells, 1 and 234), it says so.
func (d *decoder) rowLengthError(row *yaml.Node, rowPath dpath, ncols int) {
	if joined, n := thousandsSplits(row.Content); n > 0 && len(row.Content)-n == ncols {
		d.errorf(row, rowPath.String(), "这一行有 %d 个值,而 columns 有 %d 列:千分位逗号把“%s”分成了几格;表格里的数请不写千分位逗号(写 %s),或加引号",
			len(row.Content), ncols, joined, strings.ReplaceAll(joined, ",", ""))
		return
	}
	d.errorf(row, rowPath.String(), "这一行有 %d 个值,而 columns 有 %d 列;空着的格子请写 ~", len(row.Content), ncols)
}

// thousandsSplits finds the numbers of a table row that thousands commas
// split into cells: a cell of one to three digits followed by cells of
// exactly three. It returns the first such number as written ("1,234")
// and how many extra cells the commas made.
func thousandsSplits(cells []*yaml.Node) (first string, extra int) {
	plainDigits := func(n *yaml.Node, min, max int) bool {
		if n.Kind != yaml.ScalarNode || n.Style != 0 || len(n.Value) < min || len(n.Value) > max {
			return false
		}
		return isDigits(n.Value)
	}
	for i := 0; i < len(cells); i++ {
		if !plainDigits(cells[i], 1, 3) {
			continue
		}
		j := i + 1
		for j < len(cells) && plainDigits(cells[j], 3, 3) {
			j++
		}
		if j > i+1 {
			if first == "" {
				parts := make([]string, 0, j-i)
				for _, c := range cells[i:j] {
					parts = append(parts, c.Value)
				}
				first = strings.Join(parts, ",")
			}
			extra += j - i - 1
			i = j - 1
		}
	}
	return first, extra
}

func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, path dpath, depth int) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, path.String(), "这里应当是一组“名称: 内容”,却写成了%s", kindName(n))
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	seen := map[string]*yaml.Node{}
	base := path.String()
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := d.resolve(n.Content[i], path)
		if k == nil {
			return
		}
		key := strings.TrimSpace(k.Value)
		if base == "text.sections" || base == "text.headings" {
			key = SectionID(key) // 组织建设: as the workbook, and help sections, name it
		}
		if isMergeKey(k) {
			d.errorf(k, base, "%s", mergeKeyMsg)
			continue
		}
		if !d.plainText(k, pathOf(base), key) {
			continue
		}
		if prev, dup := seen[key]; dup {
			d.errorf(k, base+"."+key, "“%s”重复出现,第一次在%s;请合并成一项", clip(key), d.where(prev))
			continue
		}
		seen[key] = k
		val := reflect.New(v.Type().Elem()).Elem()
		d.decode(n.Content[i+1], val, pathOf(base+"."+key), depth+1)
		m.SetMapIndex(reflect.ValueOf(key), val)
	}
	v.Set(m)
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path dpath, depth int) {
	fields := fieldsOf(v.Type())
	if n.Kind != yaml.MappingNode {
		hint := ""
		if k, v, ok := strings.Cut(n.Value, ":"); n.Kind == yaml.ScalarNode && ok && fieldIndex(fields, k) >= 0 && v != "" && v[0] != ' ' {
			// "year:2024" under period: a key and its value without the
			// space YAML needs after the colon
			d.errorf(n, path.String(), "冒号后面少了一个空格;请写成“%s: %s”(键、半角冒号、空格、值)", k, clip(v))
			return
		}
		if n.Kind == yaml.ScalarNode && n.Value != "" && len(fields) > 0 {
			// a name where an item is due (goods: [防暑降温用品]): say the
			// key it goes under
			hint = fmt.Sprintf(";请写成 {%s: %s}", fields[0].key, clip(n.Value))
		}
		d.errorf(n, path.String(), "这里应当是一组“键: 值”,却写成了%s%s", kindName(n), hint)
		return
	}
	seen := map[int]*yaml.Node{} // by field: "members" and "会员数" are one
	vals := make([]*yaml.Node, len(fields))
	meant := map[int]bool{} // the fields mistyped keys were taken for
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := d.resolve(n.Content[i], path)
		if k == nil {
			return
		}
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, path.String(), "键应当是一个名称")
			continue
		}
		key := k.Value
		if isMergeKey(k) {
			d.errorf(k, path.String(), "%s", mergeKeyMsg)
			continue
		}
		fi := inputField(fields, key)
		if fi < 0 {
			if i >= 2 && d.splitByComma(n.Content[i-2], n.Content[i-1], k, n.Content[i+1], v, fields, path) {
				continue
			}
			if i >= 2 && n.Style&yaml.FlowStyle != 0 && isNull(n.Content[i+1]) && !isASCII(key) && n.Content[i-1].Kind == yaml.ScalarNode {
				d.errorf(k, path.join(key), "“%s”不是一项:在 { } 里半角逗号“,”用来分隔各项,前一项文字里的逗号把它截成了两段;文字中的逗号请用全角“，”,或给整段文字加引号", clip(key))
				continue
			}
			if !d.errs.full() {
				d.errorf(k, path.join(key), "不认识的项“%s”%s", clip(key), suggest(key, fields))
			}
			if fi, _ := meantField(key, fields); fi >= 0 {
				meant[fi] = true // not reported missing as well
			}
			continue
		}
		if prev, dup := seen[fi]; dup {
			if prev.Value == key {
				d.errorf(k, path.join(fields[fi].key), "“%s”重复出现,第一次在%s;请删去一处", clip(key), d.where(prev))
			} else {
				d.errorf(k, path.join(fields[fi].key), "“%s”与%s的“%s”是同一项(%s);请只写一处", clip(key), d.where(prev), clip(prev.Value), short(fields[fi].zh))
			}
			continue
		}
		seen[fi] = k
		if path.isRoot() && d.tables[fields[fi].key] != "" {
			d.errorf(k, fields[fi].key, "“%s”已经从 %s 读入(--%s);请删去数据文件里的这一项,或不用 --%s", clip(key), d.tables[fields[fi].key], fields[fi].key, fields[fi].key)
			continue
		}
		prev := d.cur
		d.cur = fields[fi]
		vals[fi] = n.Content[i+1]
		d.decode(n.Content[i+1], v.Field(fields[fi].index), path.field(fields, fi), depth+1)
		d.cur = prev
	}
	if path.isRoot() {
		d.readTables(n, v, fields)
	}
	d.checkMeasures(v, path, fields, vals)
	d.checkRequired(n, v, path, fields, meant)
}

// splitByComma reports a number that thousands commas split inside { }:
// "{staff: 1,234}" is read as staff 1 and a key "234" with no value. The
// problem is reported at the number, the half-read value is dropped, and
// true is returned; false when key is not such a piece.
func (d *decoder) splitByComma(prevKey, prevVal, key, val *yaml.Node, v reflect.Value, fields []field, path dpath) bool {
	if key.Style != 0 || len(key.Value) != 3 || !isDigits(key.Value) || !isNull(val) || prevVal.Kind != yaml.ScalarNode || prevVal.Style != 0 {
		return false
	}
	pv := strings.TrimLeft(num.Normalize(prevVal.Value), "¥￥")
	if pv == "" || len(pv) > 3 || !isDigits(pv) {
		return false
	}
	fi := inputField(fields, prevKey.Value)
	if fi < 0 {
		return false
	}
	f := v.Field(fields[fi].index)
	f.Set(reflect.Zero(f.Type()))
	d.errorf(prevVal, path.join(fields[fi].key), "“%s,%s”被逗号分开了:在 { } 里逗号用来分隔各项;数字请不写千分位逗号(写 %s%s),或加引号", clip(prevVal.Value), key.Value, pv, key.Value)
	return true
}

// isMergeKey reports whether k is YAML's merge key "<<", which copies the
// items of an anchored mapping into this one.
func isMergeKey(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && (k.Tag == "!!merge" || (k.Value == "<<" && k.Style == 0))
}

const mergeKeyMsg = "“<<”(把别名的各项合并进来)zongjie 不支持:合并后哪一项算数不清楚;请把要用的各项直接写在这里"

// checkRequired reports required fields that were left out of a record.
// A field that was written but could not be read has its own message, and
// is not reported missing too; nor is one a mistyped key was taken for
// (meant): the key's message suggests it.
func (d *decoder) checkRequired(n *yaml.Node, v reflect.Value, path dpath, fields []field, meant map[int]bool) {
	for fi, f := range fields {
		if !f.required || meant[fi] || !isZero(v.Field(f.index)) || d.written(path.field(fields, fi)) {
			continue
		}
		p := path.join(f.key)
		if d.origins != nil && d.via == nil {
			if at, name, ok := blankAt(*d.origins, n.Line, n.Column, p); ok {
				if name == f.zh {
					d.errs.add(at, p, "缺少“%s”,请补上", name)
				} else {
					d.errs.add(at, p, "缺少“%s”(%s),请补上", name, f.zh)
				}
				continue
			}
		}
		if k, val := keyNode(n, f.key, f.cn); k != nil && val != nil && val.Tag == "!!null" && val.Value == "" && d.commentAfter(k) {
			// "name:   # 【工会名称】… 平阳县人民医院工会": the value typed
			// after the template's note, in the comment
			eg := f.eg
			if eg == "" {
				eg = "…"
			}
			d.errorf(k, p, "没有填写“%s”(%s):这一行 # 后面的文字是说明,不会读入;请把值写在冒号和 # 之间,如“%s: %s  # …”", k.Value, f.zh, k.Value, eg)
			continue
		}
		d.errorf(n, p, "缺少“%s”(%s),请补上", f.key, f.zh)
	}
}

// commentAfter reports whether a comment follows the key k on its line
// ("name:   # 【工会名称】…").
func (d *decoder) commentAfter(k *yaml.Node) bool {
	line := lineOf(d.text, k.Line)
	_, rest, ok := bytes.Cut(line, []byte(k.Value+":"))
	return ok && bytes.HasPrefix(bytes.TrimLeft(rest, " "), []byte("#"))
}

// lineOf returns line n (from 1) of text, without its line break; nil
// beyond its end.
func lineOf(text []byte, n int) []byte {
	for ; n > 1 && len(text) > 0; n-- {
		i := bytes.IndexByte(text, '\n')
		if i < 0 {
			return nil
		}
		text = text[i+1:]
	}
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	return text
}

// keyNode returns the key and value nodes of the mapping n written with
// any of keys (a field's key or its Chinese key), or nils.
func keyNode(n *yaml.Node, keys ...string) (k, v *yaml.Node) {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		for _, key := range keys {
			if key != "" && n.Content[i].Value == key {
				return n.Content[i], n.Content[i+1]
			}
		}
	}
	return nil, nil
}

// written reports whether a value was noted at path p (written, whether or
// not it could be read).
func (d *decoder) written(p dpath) bool {
	if p.tab != nil && p.fi >= 0 {
		return p.tab.cells[p.row*len(p.tab.fields)+p.fi].line > 0
	}
	_, ok := d.pos.lookup(p.String())
	return ok
}

func isZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	}
	return v.IsZero()
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// field describes one data key of a record type.
type field struct {
	key      string
	cn       string // the Chinese key accepted for key ("会员数" for members)
	index    int
	zh       string
	eg       string
	required bool
	exact    bool // a count or amount that may not be approximate
	rate     bool // a rate in percent: "76.1" or "76.1%"
}

func findField(fs []field, key string) (field, bool) {
	if i := fieldIndex(fs, key); i >= 0 {
		return fs[i], true
	}
	return field{}, false
}

// inputField returns the index in fs of the field a data file names key:
// by its data key or its Chinese key (cn). It returns -1 for neither.
func inputField(fs []field, key string) int {
	for i, f := range fs {
		if f.key == key || (f.cn != "" && f.cn == key) {
			return i
		}
	}
	return -1
}

// fieldIndex returns the index in fs of the field named key, or -1.
func fieldIndex(fs []field, key string) int {
	for i, f := range fs {
		if f.key == key {
			return i
		}
	}
	return -1
}

// suggest proposes the known key closest to a mistyped one:
// ",你是不是想写“members”(会员数)?" — or lists the keys allowed here.
func suggest(key string, fs []field) string {
	if fi, chinese := meantField(key, fs); fi >= 0 && chinese {
		return fmt.Sprintf(",你是不是想写“%s”?", fs[fi].cn)
	} else if fi >= 0 {
		return fmt.Sprintf(",你是不是想写“%s”(%s)?", fs[fi].key, short(fs[fi].zh))
	}
	// Each key with its Chinese key, which a data file may use instead.
	sorted := slices.Clone(fs)
	slices.SortFunc(sorted, func(a, b field) int { return strings.Compare(a.key, b.key) })
	keys := make([]string, len(sorted))
	for i, f := range sorted {
		keys[i] = f.key
		if f.cn != "" {
			keys[i] += "(" + f.cn + ")"
		}
	}
	return ";这里可以写的项有:" + strings.Join(keys, "、")
}

// meantField returns the index in fs of the field a mistyped key most
// likely means, or -1: the key nearest it, or for a Chinese key the
// nearest Chinese key (会员人数 → 会员数; chinese is then true) or the
// one whose description holds it; a shortened Chinese key (新会员) the
// one Chinese key that holds its characters in order (新发展会员).
//
// The edit distance is only computed for keys of similar length, and not at
// all for a key longer than maxSuggestRunes, so a megabyte-long key costs no
// more than reading it.
func meantField(key string, fs []field) (fi int, chinese bool) {
	best, bestDist := -1, 1<<30
	lk := strings.ToLower(strings.TrimSpace(key))
	n := utf8.RuneCountInString(lk)
	limit := max(2, n/3)
	for i, f := range fs {
		if n > maxSuggestRunes || absDiff(n, utf8.RuneCountInString(f.key)) > limit {
			continue
		}
		dist := editdist.Distance(lk, f.key)
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 && bestDist <= limit {
		return best, false
	}
	if isASCII(lk) {
		return -1, false
	}
	cns := make([]string, len(fs))
	for i, f := range fs {
		cns[i] = f.cn
	}
	// a Chinese key shortened (新会员 for 新发展会员) holds its characters
	// in order: the one key that does is meant, before any nearer by
	// edits (女会员数)
	held := -1
	for i, cn := range cns {
		if n >= 2 && n <= maxSuggestRunes && cn != "" && containsRunes(cn, lk) {
			if held >= 0 {
				held = -2 // two keys hold it: ask no one
				break
			}
			held = i
		}
	}
	if held >= 0 {
		return held, true
	}
	if cn := nearest(lk, cns); cn != "" {
		return slices.Index(cns, cn), true
	}
	// Look for it in the descriptions.
	for i, f := range fs {
		if n >= 2 && strings.Contains(f.zh, lk) {
			return i, false
		}
	}
	return -1, false
}

// maxSuggestRunes is the longest mistyped name a suggestion is looked for.
const maxSuggestRunes = 64

func absDiff(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// short cuts a description at its first comma for use inside a message.
func short(zh string) string {
	if i := strings.IndexAny(zh, ",,;"); i > 0 {
		return zh[:i]
	}
	return zh
}

// markWan records that the figure at path was written in 万 or 亿.
func (d *decoder) markWan(path string) {
	if d.wan == nil {
		d.wan = map[string]bool{}
	}
	d.wan[path] = true
}

// percentOf words a fraction as the percentage it stands for: 0.98 → 98.
func percentOf(x num.Decimal) string {
	return num.Round(new(big.Rat).Mul(x.Rat(), big.NewRat(100, 1)), max(0, int(x.Scale)-2))
}
