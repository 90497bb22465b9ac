package sheet

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"zongjie/internal/record"
	"zongjie/internal/xlsx"
)

// Options say what workbook to write.
type Options struct {
	// Template makes the fill-in workbook of `zongjie init --xlsx`: every
	// sheet of the report kind's sections, with an example row in grey
	// that check passes over until it is edited.
	Template bool
	// Kind is the report kind whose sections a template offers.
	Kind string
	// Sector words the notes and examples (see record.StarterNote).
	Sector string
}

// writer writes one workbook.
type writer struct {
	b      *xlsx.Workbook
	p      *record.Period
	opt    Options
	lay    *layout
	styles map[styleKey]int
	lists  map[string]string // drop-down list ranges on the hidden 选项 sheet, by list
	nlists int
	// sections and tables are those the workbook has (by data key, by
	// table).
	sections map[string]bool
	tables   map[*table]bool
}

// Workbook writes a period's records as an .xlsx workbook (every value,
// so it reads back to the same records), or with Template the blank
// workbook of a report kind to fill in.
func Workbook(p *record.Period, opt Options) ([]byte, error) {
	w := &writer{b: xlsx.New(), p: p, opt: opt, lay: theLayout(), styles: map[styleKey]int{}, lists: map[string]string{},
		sections: map[string]bool{}, tables: map[*table]bool{}}
	if err := w.choose(); err != nil {
		return nil, err
	}
	if _, err := w.b.AddSheet(sheetHelp); err != nil {
		return nil, err
	}
	title := "zongjie 数据工作簿"
	if p.Org.Name != "" {
		title = p.Org.Name + " " + title
	}
	// Fixed dates: the same records give the same bytes.
	w.b.SetProps(xlsx.Props{Creator: "zongjie", LastModifiedBy: "zongjie", Title: title,
		Created: "2006-09-16T00:00:00Z", Modified: "2006-09-16T00:00:00Z"})
	if err := w.write(); err != nil {
		return nil, err
	}
	return w.b.Bytes()
}

// choose picks the sections and tables the workbook has: a template's
// kind's, or those holding data.
func (w *writer) choose() error {
	if w.opt.Template {
		secs, ok := record.StarterSections(w.opt.Kind)
		if !ok {
			return fmt.Errorf("没有“%s”这种报告;可选:%s", w.opt.Kind, strings.Join(record.StarterKinds(), "、"))
		}
		for _, s := range secs {
			w.sections[s] = true
		}
		for _, t := range w.lay.tables {
			if w.sections[strings.SplitN(t.path, ".", 2)[0]] {
				w.tables[t] = true
			}
		}
		return nil
	}
	root := reflect.ValueOf(w.p).Elem()
	for _, s := range w.lay.sections {
		if len(w.kvRows(s, root.Field(s.field.index), s.field.key)) > 0 {
			w.sections[s.field.key] = true
		}
	}
	for _, t := range w.lay.tables {
		if len(w.records(t)) > 0 {
			w.tables[t] = true
		}
	}
	return nil
}

// write writes every sheet.
func (w *writer) write() error {
	if err := w.help(); err != nil {
		return err
	}
	for _, name := range []string{sheetBasic, sheetText} {
		var secs []*section
		for _, s := range w.lay.sections {
			if s.sheet == name && w.sections[s.field.key] {
				secs = append(secs, s)
			}
		}
		if len(secs) > 0 {
			if err := w.kvSheet(name, secs); err != nil {
				return err
			}
		}
	}
	for _, t := range w.lay.tables {
		if w.tables[t] {
			if err := w.tableSheet(t); err != nil {
				return err
			}
		}
	}
	w.b.SetActive(sheetBasic)
	return nil
}

// kvRow is one row of a key/value sheet.
type kvRow struct {
	key  string // "" for the next item of a list above
	val  value
	has  bool
	leaf *leaf
	sec  *section
}

// kvRows lists the rows of a section: every leaf in a template, those with
// a value otherwise.
func (w *writer) kvRows(s *section, v reflect.Value, base string) []kvRow {
	var rows []kvRow
	for _, l := range s.leaves {
		fv, path, ok := w.follow(v, l, base)
		f := l.field()
		switch l.kind {
		case leafValue:
			val, has := value{}, false
			if ok {
				val, has = valueAt(w.p, fv, f, path)
			}
			if has || w.opt.Template {
				rows = append(rows, kvRow{key: l.header(), val: w.shown(f, val), has: has, leaf: l, sec: s})
			}
		case leafStrings:
			items := w.words(fv, f, path, ok)
			if len(items) == 0 && w.opt.Template {
				rows = append(rows, kvRow{key: l.header(), leaf: l, sec: s})
			}
			for i, it := range items {
				k := ""
				if i == 0 {
					k = l.header()
				}
				rows = append(rows, kvRow{key: k, val: it, has: true, leaf: l, sec: s})
			}
		case leafMap:
			keys := []string(nil)
			if ok && fv.Len() > 0 {
				keys = sortedKeys(fv)
			}
			if len(keys) == 0 && w.opt.Template && (f.key == "sections" || f.key == "headings") {
				for _, sec := range record.SectionIDs {
					rows = append(rows, kvRow{key: l.header() + "/" + sec.Name, leaf: l, sec: s})
				}
			}
			for _, k := range keys {
				mv := fv.MapIndex(reflect.ValueOf(k))
				name := k
				if f.key == "sections" || f.key == "headings" {
					name = displayValue(fieldInfo{key: "section", owner: "Figure"}, k)
				}
				mp := path + "." + k
				if mv.Kind() == reflect.Slice {
					items := w.words(mv, f, mp, true)
					for i, it := range items {
						kk := ""
						if i == 0 {
							kk = l.header() + "/" + name
						}
						rows = append(rows, kvRow{key: kk, val: it, has: true, leaf: l, sec: s})
					}
					continue
				}
				val, has := valueAt(w.p, mv, f, mp)
				rows = append(rows, kvRow{key: l.header() + "/" + name, val: val, has: has, leaf: l, sec: s})
			}
		}
	}
	return rows
}

// words lists the items of a list of words.
func (w *writer) words(v reflect.Value, f fieldInfo, path string, ok bool) []value {
	if !ok {
		return nil
	}
	var out []value
	for i := 0; i < v.Len(); i++ {
		val, has := valueAt(w.p, v.Index(i), f, path+"["+strconv.Itoa(i)+"]")
		if has {
			out = append(out, val)
		}
	}
	return out
}

// shown is a value as the workbook shows it (a section's Chinese name).
func (w *writer) shown(f fieldInfo, v value) value {
	if v.kind == valText {
		v.text = displayValue(f, v.text)
	}
	return v
}

// follow walks from a record v at the data path base to the value of the
// leaf l, through any nested records; ok is false when one is missing.
func (w *writer) follow(v reflect.Value, l *leaf, base string) (reflect.Value, string, bool) {
	path := base
	for _, f := range l.path {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return v, path, false
			}
			v = v.Elem()
		}
		v = v.Field(f.index)
		path = joinKey(path, f.key)
	}
	return v, path, true
}

// kvSheet writes a key/value sheet.
func (w *writer) kvSheet(name string, secs []*section) error {
	f, err := w.b.AddSheet(name)
	if err != nil {
		return err
	}
	head := w.style(styleKey{role: roleHeader})
	w.cell(name, 1, 1, value{text: "项目"}, head)
	w.cell(name, 2, 1, value{text: "内容"}, head)
	w.cell(name, 3, 1, value{text: "说明"}, head)
	row := 2
	root := reflect.ValueOf(w.p).Elem()
	for _, s := range secs {
		w.cell(name, 1, row, value{text: s.field.name()}, w.style(styleKey{role: roleSection}))
		w.cell(name, 2, row, value{}, w.style(styleKey{role: roleSection}))
		w.cell(name, 3, row, value{text: record.SheetWords(s.field.zh, s.field.key)}, w.style(styleKey{role: roleSection}))
		row++
		for _, r := range w.kvRows(s, root.Field(s.field.index), s.field.key) {
			w.cell(name, 1, row, value{text: r.key}, w.style(styleKey{role: roleKey}))
			if r.has {
				if err := w.value(name, 2, row, r.val, r.leaf, false); err != nil {
					return err
				}
			}
			if r.key != "" {
				note := w.note(s.field.key+"."+r.leaf.dataPath(), true)
				w.cell(name, 3, row, value{text: note}, w.style(styleKey{role: roleNote}))
				if err := w.validate(name, 2, row, row, r.leaf, note); err != nil {
					return err
				}
			}
			row++
		}
	}
	f.SetColWidth(1, 24)
	f.SetColWidth(2, 36)
	f.SetColWidth(3, 70)
	f.Freeze(0, 1)
	return nil
}

// note is a field's description for the 说明 column or row: the starter's,
// in the sector's words, with its example.
func (w *writer) note(path string, withExample bool) string {
	note, eg, ok := record.SheetNote(path, w.opt.Sector)
	if !ok {
		return ""
	}
	if withExample && eg != "" {
		note += ";例:" + eg
	}
	return note
}

// records lists a table's records: the record values with their data
// paths and the record of the parent table each belongs to.
type tableRec struct {
	v      reflect.Value
	path   string
	parent int // index in the parent table's records, or -1
}

func (w *writer) records(t *table) []tableRec {
	var holders []tableRec
	if t.parent == nil {
		v := reflect.ValueOf(w.p).Elem()
		path := ""
		if i := strings.IndexByte(t.path, '.'); i >= 0 {
			f := sectionField(t.path[:i])
			v, path = v.Field(f.index), f.key
		}
		holders = []tableRec{{v: v, path: path, parent: -1}}
	} else {
		holders = w.records(t.parent)
	}
	var out []tableRec
	for hi, h := range holders {
		v, path, ok := h.v, h.path, true
		for _, f := range t.via {
			for v.Kind() == reflect.Pointer {
				if v.IsNil() {
					ok = false
					break
				}
				v = v.Elem()
			}
			if !ok {
				break
			}
			v = v.Field(f.index)
			path = joinKey(path, f.key)
		}
		if !ok {
			continue
		}
		for i := 0; i < v.Len(); i++ {
			parent := -1
			if t.parent != nil {
				parent = hi
			}
			out = append(out, tableRec{v: reflect.Indirect(v.Index(i)), path: path + "[" + strconv.Itoa(i) + "]", parent: parent})
		}
	}
	return out
}

// column is one column of a table sheet.
type column struct {
	header string
	leaf   *leaf
	mapKey string
}

// tableSheet writes a table sheet.
func (w *writer) tableSheet(t *table) error {
	name := t.name
	f, err := w.b.AddSheet(name)
	if err != nil {
		return err
	}
	recs := w.records(t)
	cols := []column{{header: "序号"}}
	if t.parent != nil {
		cols = append(cols, column{header: t.parentHeader()})
	}
	for _, l := range t.leaves {
		if l.kind != leafMap {
			cols = append(cols, column{header: l.header(), leaf: l})
			continue
		}
		seen := map[string]bool{}
		var keys []string
		for _, r := range recs {
			if mv, _, ok := w.follow(r.v, l, r.path); ok && mv.Len() > 0 {
				for _, k := range sortedKeys(mv) {
					if !seen[k] {
						seen[k] = true
						keys = append(keys, k)
					}
				}
			}
		}
		for _, k := range keys {
			cols = append(cols, column{header: l.header() + "/" + k, leaf: l, mapKey: k})
		}
	}
	head, noteStyle := w.style(styleKey{role: roleHeader}), w.style(styleKey{role: roleNote})
	widths := make([]int, len(cols))
	for i, c := range cols {
		w.cell(name, i+1, 1, value{text: c.header}, head)
		widths[i] = displayWidth(c.header)
		note := ""
		switch {
		case i == 0:
			note = "说明"
		case c.leaf == nil:
			note = "这一行属于“" + t.parent.name + "”表的哪一行:写那一行的" + (&tableSheet{t: t}).parentLabel() + "或序号"
		default:
			note = w.note(t.path+"."+c.leaf.dataPath(), false)
		}
		w.cell(name, i+1, 2, value{text: note}, noteStyle)
	}
	f.SetRowHeight(2, 60)
	row := 3
	if w.opt.Template {
		ex := exampleRow(t, w.opt.Sector)
		grey := w.style(styleKey{role: roleExample})
		w.cell(name, 1, row, value{text: "示例"}, grey)
		for i, c := range cols {
			if c.leaf != nil && ex[c.leaf] != "" {
				w.cell(name, i+1, row, value{text: ex[c.leaf]}, grey)
				widths[i] = max(widths[i], displayWidth(ex[c.leaf]))
			}
		}
		row++
	}
	first := row
	parentRefs := w.parentRefs(t)
	for ri, r := range recs {
		w.cell(name, 1, row, value{kind: valNumber, text: strconv.Itoa(ri + 1)}, 0)
		extra := 0
		for i, c := range cols {
			switch {
			case i == 0:
			case c.leaf == nil:
				w.cell(name, i+1, row, value{text: parentRefs[r.parent]}, 0)
				widths[i] = max(widths[i], displayWidth(parentRefs[r.parent]))
			default:
				fv, path, ok := w.follow(r.v, c.leaf, r.path)
				if !ok {
					continue
				}
				var vals []value
				fld := c.leaf.field()
				switch c.leaf.kind {
				case leafValue:
					if v, has := valueAt(w.p, fv, fld, path); has {
						vals = []value{w.shown(fld, v)}
					}
				case leafStrings:
					vals = w.words(fv, fld, path, true)
				case leafMap:
					mv := fv.MapIndex(reflect.ValueOf(c.mapKey))
					if mv.IsValid() {
						if v, has := valueAt(w.p, mv, fld, path+"."+c.mapKey); has {
							vals = []value{v}
						}
					}
				}
				for k, v := range vals {
					if err := w.value(name, i+1, row+k, v, c.leaf, false); err != nil {
						return err
					}
					widths[i] = max(widths[i], displayWidth(v.text))
				}
				extra = max(extra, len(vals)-1)
			}
		}
		row += 1 + extra
	}
	last := max(row+500, 1000)
	for i, c := range cols {
		if c.leaf == nil {
			continue
		}
		col := i + 1
		if err := w.validate(name, col, first-boolInt(w.opt.Template), last, c.leaf, w.note(t.path+"."+c.leaf.dataPath(), false)); err != nil {
			return err
		}
	}
	for i, wd := range widths {
		f.SetColWidth(i+1, float64(min(max(wd+2, 6), 40)))
	}
	f.Freeze(1, 2)
	return nil
}

// parentRefs is what a child table's 所属 column writes for each record of
// the parent: its label when that names it alone, else its 序号.
func (w *writer) parentRefs(t *table) map[int]string {
	refs := map[int]string{}
	if t.parent == nil {
		return refs
	}
	parents := w.records(t.parent)
	labels := make([]string, len(parents))
	count := map[string]int{}
	if t.parent.label >= 0 {
		lf := fieldsOf(t.parent.elem)[t.parent.label]
		for i, p := range parents {
			labels[i] = p.v.Field(lf.index).String()
			count[labels[i]]++
		}
	}
	for i := range parents {
		l := labels[i]
		if l == "" || count[l] > 1 || isPlainNumber(l) || strings.TrimSpace(l) != l {
			l = strconv.Itoa(i + 1)
		}
		refs[i] = l
	}
	return refs
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// value writes one value into a cell, in the cell type and format that
// reads back to it.
func (w *writer) value(sheet string, col, row int, v value, l *leaf, grey bool) error {
	key := styleKey{grey: grey}
	t := l.valueType()
	switch v.kind {
	case valNumber:
		if strings.Contains(v.text, ".") && strings.HasSuffix(v.text, "0") || significant(v.text) > 15 {
			v.kind = valText // a decimal's trailing zeros, or more digits than a number cell keeps
		} else if t == typeMoney {
			key.role = roleMoney
		}
	case valDate:
		switch {
		case v.date.Month == 0:
			v = value{kind: valNumber, text: strconv.Itoa(v.date.Year)}
		case v.date.Day == 0:
			key.role = roleMonth
		default:
			key.role = roleDay
		}
	}
	if v.kind == valText && utf16Len(v.text) > 32767 {
		return fmt.Errorf("%s!%s%d 的文字有 %d 字,超过工作簿一格能放的 32767 字", sheet, record.ColumnName(col), row, utf8.RuneCountInString(v.text))
	}
	w.cell(sheet, col, row, v, w.style(key))
	return nil
}

// cell writes v into a cell with a style (0 for none).
func (w *writer) cell(sheet string, col, row int, v value, style int) {
	sh := w.b.Sheet(sheet)
	switch v.kind {
	case valNumber:
		sh.SetNumber(col, row, v.text, style)
	case valDate:
		d := time.Date(v.date.Year, time.Month(max(v.date.Month, 1)), max(v.date.Day, 1), 0, 0, 0, 0, time.UTC)
		serial := int(d.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
		sh.SetNumber(col, row, strconv.Itoa(serial), style)
	default:
		if v.text != "" {
			sh.SetText(col, row, v.text, style)
		} else if style != 0 {
			sh.SetStyle(col, row, style)
		}
	}
}

// significant counts the significant digits of a number written out.
func significant(s string) int {
	n := 0
	for _, c := range strings.TrimLeft(strings.TrimLeft(s, "-"), "0.") {
		if c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}

func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

// displayWidth is how many columns of a monospaced font s takes: two for
// a Chinese character.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r == '\n' {
			break
		}
		if r >= 0x2e80 {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// help writes the 说明 sheet.
func (w *writer) help() error {
	kind := w.opt.Kind
	if kind == "" {
		kind = "annual"
	}
	lines := []string{
		"zongjie 数据工作簿",
		"",
		"这份工作簿就是 zongjie 的数据文件:照着填好后运行",
		"    zongjie check 本文件.xlsx                          检查数据,列出每个问题所在的工作表和单元格(如 单位!C12)",
		"    zongjie render --kind " + kind + " -o 报告.docx 本文件.xlsx   生成报告",
		"",
		"怎么填:",
		"1. “基本情况”:在 B 列“内容”填写,C 列是说明。不知道或没有的项留空,报告会省去相关的句子,不会编造数字。",
		"2. 其他各表(单位、慰问帮扶、活动、荣誉、目标……)每行一项。第 2 行是各列的说明;灰色的“示例”行在修改前不会被读入,不需要可以删去;改写示例行时请把每一格都改成实际内容(或清空),并把“示例”改成序号。",
		"3. 金额可写 7671300、767.13万 或 13417.56元,列名写“金额(万元)”时这一列按万元读;人数可写 1761 或 1,761;百分比可写 76.1 或 76.1%。",
		"4. 原始材料只有约数的照写:10万余元、近200人、3000多册(约数照原样写进报告,不参与计算)。",
		"5. 日期可以是单元格日期,也可以写 2013-12-10、2013-05 或 2013年5月。",
		"6. 可以有空行、标题行和“合计”“小计”行:合计行不作为一行读入,而是与上面各行之和核对,对不上会指出。",
		"7. 公式按保存的计算结果读入;引用其他文件的公式请改成数值。隐藏的工作表不会读入。",
		"8. 不要改工作表名和列名(列名后可加单位,如“金额(元)”);不需要的列可以隐藏。单位的其他指标可以加列,列名写“其他指标/指标名”;台账自己的列(如联系人、电话)请隐藏,隐藏的这些列不读入。",
		"9. “所属…”列(如“活动-成绩”表的“所属活动”)写这一行属于哪一行:那一行的名称或序号。",
		"10. 一格里的一串文字(如 工作事项、姓名)写不下时,接着往下一行的同一列写,这一行的其他列留空。",
	}
	if w.opt.Sector != "" {
		if s, ok := record.SectorIDs[w.opt.Sector]; ok {
			v := record.SectorWords(s)
			lines = append(lines[:2], append([]string{fmt.Sprintf("行业:%s。报告中职工称为“%s”,基层单位称为“%s”,民主管理的会议称为“%s”。", s, v.Staff, v.Unit, v.Congress), ""}, lines[2:]...)...)
		}
	}
	lines = append(lines, "", "各工作表:")
	for _, name := range []string{sheetBasic, sheetText} {
		for _, s := range w.lay.sections {
			if s.sheet == name && w.sections[s.field.key] {
				lines = append(lines, fmt.Sprintf("  %s · %s:%s", name, s.field.name(), record.SheetWords(s.field.zh, s.field.key)))
			}
		}
	}
	for _, t := range w.lay.tables {
		if w.tables[t] {
			lines = append(lines, fmt.Sprintf("  %s:%s", t.name, record.SheetWords(t.via[len(t.via)-1].zh, t.path)))
		}
	}
	title := w.style(styleKey{role: roleTitle})
	for i, l := range lines {
		st := 0
		if i == 0 {
			st = title
		}
		w.cell(sheetHelp, 1, i+1, value{text: l}, st)
	}
	w.b.Sheet(sheetHelp).SetColWidth(1, 120)
	return nil
}

// validate adds a column's (or a cell's) data validation: a drop-down list
// for a closed vocabulary and yes/no, whole numbers, decimals and dates,
// with the field's note as the prompt.
func (w *writer) validate(sheet string, col, from, to int, l *leaf, note string) error {
	f := l.field()
	t := l.valueType()
	dv := xlsx.Validation{Range: fmt.Sprintf("%s%d:%s%d", record.ColumnName(col), from, record.ColumnName(col), to)}
	title := clipUTF16(l.header(), 32)
	if note != "" {
		dv.PromptTitle, dv.Prompt = title, clipUTF16(note, 250)
	}
	refuse := func(msg string) { dv.Stop, dv.ErrorTitle, dv.Error = true, title, msg }
	warn := func(msg string) { dv.ErrorTitle, dv.Error = title, msg }
	choices := record.Choices(f.owner, f.key)
	switch {
	case l.kind == leafMap:
		return nil
	case len(choices) > 0:
		shown := make([]string, len(choices))
		for i, c := range choices {
			shown[i] = displayValue(f, c)
		}
		dv.Type, dv.Formula1 = xlsx.List, w.list(f.owner+"."+f.key, shown)
		refuse(clipUTF16("请从下拉列表中选择:"+strings.Join(shown, "、"), 250))
	case t.Kind() == reflect.Bool:
		dv.Type, dv.Items = xlsx.List, []string{"是", "否"}
		refuse("请填“是”或“否”")
	case t.Kind() == reflect.Int64:
		dv.Type, dv.Formula1, dv.Formula2 = xlsx.Whole, "0", "2147483647"
		if f.exact {
			refuse("这一项要填准确的整数")
		} else {
			warn("这里填整数;原始材料只有约数时可以照写(如 10余、近200),选“是”继续")
		}
	case t == typeMoney || t == typeDecimal:
		dv.Type, dv.Formula1, dv.Formula2 = xlsx.Decimal, "0", "1000000000000"
		if f.key == "balance" {
			dv.Formula1 = "-1000000000000"
		}
		if f.rate {
			dv.Formula2 = "1000"
		}
		msg := "这里填数字"
		if t == typeMoney {
			msg = "这里填金额(元);也可以写 767.13万、13417.56元 或约数 10万余,选“是”继续"
		}
		warn(msg)
	case t == typeDate:
		dv.Type, dv.Formula1, dv.Formula2 = xlsx.Date, "DATE(1949,1,1)", "DATE(2100,12,31)"
		warn("这里填日期;只知道年月时可以写 2013-05 或 2013年5月,选“是”继续")
	default:
		if note == "" {
			return nil
		}
	}
	w.b.Sheet(sheet).AddValidation(dv)
	return nil
}

// list puts a drop-down list on the hidden 选项 sheet once, and returns
// the range holding it.
func (w *writer) list(key string, items []string) string {
	if r, ok := w.lists[key]; ok {
		return r
	}
	if w.nlists == 0 {
		if sh, err := w.b.AddSheet(sheetLists); err == nil {
			sh.Hidden = true
		}
	}
	w.nlists++
	col := record.ColumnName(w.nlists)
	for i, it := range items {
		w.cell(sheetLists, w.nlists, i+1, value{text: it}, 0)
	}
	r := fmt.Sprintf("'%s'!$%s$1:$%s$%d", sheetLists, col, col, len(items))
	w.lists[key] = r
	return r
}

// clipUTF16 cuts s to at most n UTF-16 units (Excel's
// limits on prompts and titles).
func clipUTF16(s string, n int) string {
	if utf16Len(s) <= n {
		return s
	}
	var b bytes.Buffer
	k := 0
	for _, r := range s {
		k += len(utf16.Encode([]rune{r}))
		if k > n-1 {
			break
		}
		b.WriteRune(r)
	}
	return b.String() + "…"
}

// Cell styles.
type styleRole int

const (
	rolePlain styleRole = iota
	roleHeader
	roleNote
	roleExample
	roleSection
	roleKey
	roleTitle
	roleMoney
	roleMonth
	roleDay
)

type styleKey struct {
	role styleRole
	grey bool
}

// style returns the id of a cell style, made once.
func (w *writer) style(k styleKey) int {
	if id, ok := w.styles[k]; ok {
		return id
	}
	var st xlsx.Style
	const border = "BFBFBF"
	switch k.role {
	case roleHeader:
		st = xlsx.Style{Bold: true, Fill: "DDEBF7", HAlign: "center", VAlign: "center", Wrap: true, Border: border}
	case roleNote:
		st = xlsx.Style{Color: "7F7F7F", Size: 9, VAlign: "top", Wrap: true}
	case roleExample:
		st = xlsx.Style{Color: "A6A6A6", Italic: true}
	case roleSection:
		st = xlsx.Style{Bold: true, Fill: "FFF2CC"}
	case roleKey:
		st = xlsx.Style{VAlign: "top"}
	case roleTitle:
		st = xlsx.Style{Bold: true, Size: 14}
	case roleMoney:
		st.NumFmt = "#,##0.00"
	case roleMonth:
		st.NumFmt = "yyyy-mm"
	case roleDay:
		st.NumFmt = "yyyy-mm-dd"
	}
	if k.grey {
		st.Bold, st.Size, st.Color, st.Italic = false, 0, "A6A6A6", true
	}
	id := w.b.AddStyle(st)
	w.styles[k] = id
	return id
}
