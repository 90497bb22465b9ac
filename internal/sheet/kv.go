package sheet

import (
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"

	"zongjie/internal/record"
)

// kvSheet reads a key/value sheet (基本情况, 文字材料, or one section's own
// sheet) one row at a time.
type kvSheet struct {
	b      *builder
	o      int
	secs   []*section
	cur    *section // the section the rows belong to
	keyCol int
	valCol int
	seen   bool // a row was read
	// last is where a list of words continued on the next rows goes.
	last *yaml.Node
	// lastLeaf is the leaf of the last key row, for a row with a value and
	// no key; pending makes its list when the key row itself was empty.
	lastLeaf *leaf
	pending  func() *yaml.Node
	// ambiguous are the sections that all have the key just resolved.
	ambiguous []*section
}

// kvHeaders name the columns of a key/value sheet's header row.
var (
	kvKeyHeaders = map[string]bool{"项目": true, "名称": true, "键": true, "指标": true, "栏目": true}
	kvValHeaders = map[string]bool{"内容": true, "数值": true, "值": true, "填写": true, "数据": true}
)

func (b *builder) kvSheet(o int, secs []*section) *kvSheet {
	k := &kvSheet{b: b, o: o, secs: secs, keyCol: 1, valCol: 2}
	if len(secs) == 1 {
		k.cur = secs[0]
	}
	return k
}

// row reads one row.
func (k *kvSheet) row(r *xrow) {
	if !k.seen {
		k.seen = true
		if k.header(r) {
			return
		}
		k.keyCol, k.valCol = r.cells[0].col, r.cells[0].col+1
	}
	kc, vc := cellAt(r, k.keyCol), cellAt(r, k.valCol)
	key := normalName(strings.TrimRight(textOf(kc), "::"))
	if key == "说明" || key == "填写说明" {
		return
	}
	if key == "" {
		if vc == nil {
			return
		}
		k.continued(r, vc)
		return
	}
	if s := k.sectionNamed(key); s != nil && (vc == nil || vc.kind == cellEmpty) {
		k.cur, k.last, k.lastLeaf, k.pending = s, nil, nil, nil
		k.b.section(s.field, k.o, r.num, kc.pcol)
		return
	}
	k.ambiguous = nil
	s, l, mapKey := k.resolve(key)
	k.last, k.lastLeaf, k.pending = nil, l, nil
	if l == nil {
		if vc == nil {
			return
		}
		if len(k.ambiguous) > 1 {
			names := make([]string, len(k.ambiguous))
			for i, a := range k.ambiguous {
				names[i] = a.field.name()
			}
			k.b.errorAt(k.o, r.num, kc.pcol, "", "“%s”在%s里都有,不知道是哪一项;请在这一行上面加一行写明所属部分(如 %s),或把项目名写成 %s/%s",
				clipText(key), strings.Join(names, "、"), names[0], names[0], clipText(key))
			return
		}
		// A key no section has: the record decoder names it and suggests
		// the nearest, at the key's cell.
		m := k.b.root
		if k.cur != nil {
			m = k.b.section(k.cur.field, k.o, r.num, kc.pcol)
		}
		v, bad := k.b.valueText(vc, fieldInfo{}, typeSpan, false)
		if bad != "" {
			k.b.errorAt(k.o, r.num, vc.pcol, "", "%s", string(bad))
			return
		}
		if v == "" {
			return
		}
		val := scalar(v, k.o, r.num, vc.pcol)
		kn := scalar(key, k.o, r.num, kc.pcol)
		m.Content = append(m.Content, kn, val)
		return
	}
	if !k.b.count(2, k.o, r.num, kc.pcol) {
		return
	}
	sm := k.b.section(s.field, k.o, r.num, kc.pcol)
	if l.kind != leafMap {
		k.b.blank(k.o, s.field.key+"."+l.dataPath(), record.Blank{Row: r.num, Col: k.valCol, Name: l.header()})
	}
	k.put(sm, s, l, mapKey, r, kc, vc)
}

// header reads a header row (项目 | 内容 | 说明), reporting whether r was
// one.
func (k *kvSheet) header(r *xrow) bool {
	key, val := 0, 0
	for i := range r.cells {
		t := normalName(textOf(&r.cells[i]))
		switch {
		case kvKeyHeaders[t] && key == 0:
			key = r.cells[i].col
		case kvValHeaders[t] && val == 0:
			val = r.cells[i].col
		}
	}
	if key == 0 || val == 0 {
		return false
	}
	k.keyCol, k.valCol = key, val
	return true
}

// sectionNamed is the section a row naming one (工会组织) starts.
func (k *kvSheet) sectionNamed(key string) *section {
	for _, s := range k.secs {
		if s.field.match(key) {
			return s
		}
	}
	return nil
}

// resolve finds the leaf a key names: in the current section, by a path
// from a section (工会组织/工会名称), or in the one section that has it.
func (k *kvSheet) resolve(key string) (*section, *leaf, string) {
	parts := splitPath(key)
	if k.cur != nil {
		if l, mk := findLeaf(k.cur.leaves, parts); l != nil {
			return k.cur, l, mk
		}
	}
	if len(parts) > 1 {
		if s := k.sectionNamed(parts[0]); s != nil {
			if l, mk := findLeaf(s.leaves, parts[1:]); l != nil {
				return s, l, mk
			}
		}
	}
	var found []*section
	var fl *leaf
	var fk string
	for _, s := range k.secs {
		if l, mk := findLeaf(s.leaves, parts); l != nil {
			found, fl, fk = append(found, s), l, mk
		}
	}
	switch len(found) {
	case 0:
		return nil, nil, ""
	case 1:
		return found[0], fl, fk
	}
	k.ambiguous = found
	return nil, nil, ""
}

// put writes the value of a key row into the section's mapping sm.
func (k *kvSheet) put(sm *yaml.Node, s *section, l *leaf, mapKey string, r *xrow, kc, vc *xcell) {
	b := k.b
	f := l.field()
	keyNode := scalar("", k.o, r.num, kc.pcol)
	m := inner(sm, l.path[:len(l.path)-1], keyNode)
	text := ""
	if vc != nil {
		v, bad := b.valueText(vc, f, l.valueType(), false)
		if bad != "" {
			b.errorAt(k.o, r.num, vc.pcol, s.field.key+"."+l.dataPath(), "%s", string(bad))
			return
		}
		text = translate(f, v)
	}
	switch l.kind {
	case leafValue:
		if text != "" {
			kn := scalar(f.key, k.o, r.num, kc.pcol)
			m.Content = append(m.Content, kn, scalar(text, k.o, r.num, vc.pcol))
		}
	case leafStrings:
		k.pending = func() *yaml.Node {
			list := get(m, f.key)
			if list == nil || list.Kind != yaml.SequenceNode {
				list = container(yaml.SequenceNode, k.o, r.num, kc.pcol)
				m.Content = append(m.Content, scalar(f.key, k.o, r.num, kc.pcol), list)
			}
			return list
		}
		if text != "" {
			k.last = k.pending()
			k.last.Content = append(k.last.Content, scalar(text, k.o, r.num, vc.pcol))
		}
	case leafMap:
		mapOf := func() *yaml.Node {
			mm := get(m, f.key)
			if mm == nil || mm.Kind != yaml.MappingNode {
				mm = container(yaml.MappingNode, k.o, r.num, kc.pcol)
				m.Content = append(m.Content, scalar(f.key, k.o, r.num, kc.pcol), mm)
			}
			return mm
		}
		if f.key == "sections" || f.key == "headings" {
			mapKey = record.SectionID(mapKey)
		}
		if l.valueType().Kind() == reflect.Slice {
			k.pending = func() *yaml.Node {
				list := container(yaml.SequenceNode, k.o, r.num, kc.pcol)
				mm := mapOf()
				mm.Content = append(mm.Content, scalar(mapKey, k.o, r.num, kc.pcol), list)
				return list
			}
			if text != "" {
				k.last = k.pending()
				k.last.Content = append(k.last.Content, scalar(text, k.o, r.num, vc.pcol))
			}
			return
		}
		if text != "" {
			mm := mapOf()
			mm.Content = append(mm.Content, scalar(mapKey, k.o, r.num, kc.pcol), scalar(text, k.o, r.num, vc.pcol))
		}
	}
}

// continued reads a row with a value and no key: the next item of the list
// of words above it.
func (k *kvSheet) continued(r *xrow, vc *xcell) {
	if k.last == nil && k.pending != nil && vc.kind != cellEmpty {
		k.last = k.pending()
	}
	if k.last == nil {
		if vc.kind == cellEmpty {
			return
		}
		k.b.errorAt(k.o, r.num, vc.pcol, "", "这一行只填了内容,没有写项目名(%s 列);请在 %s 列写上项目名,或把内容并到上面一项",
			record.ColumnName(k.keyCol), record.ColumnName(k.keyCol))
		return
	}
	f := fieldInfo{}
	if k.lastLeaf != nil {
		f = k.lastLeaf.field()
	}
	v, bad := k.b.valueText(vc, f, typeSpan, false)
	if bad != "" {
		k.b.errorAt(k.o, r.num, vc.pcol, "", "%s", string(bad))
		return
	}
	if v != "" && k.b.count(1, k.o, r.num, vc.pcol) {
		k.last.Content = append(k.last.Content, scalar(v, k.o, r.num, vc.pcol))
	}
}

// splitPath splits a key or header written as a path: "委员会/届次".
func splitPath(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '／' })
}

// findLeaf finds the leaf whose names are parts; for a map leaf the last
// part is the map's key, returned.
func findLeaf(leaves []*leaf, parts []string) (*leaf, string) {
	for _, l := range leaves {
		n := len(l.path)
		switch {
		case l.kind == leafMap && len(parts) == n+1:
		case len(parts) == n:
		default:
			continue
		}
		ok := true
		for i, f := range l.path {
			if !f.match(parts[i]) {
				ok = false
				break
			}
		}
		if ok {
			if l.kind == leafMap {
				return l, parts[n]
			}
			return l, ""
		}
	}
	return nil, ""
}
