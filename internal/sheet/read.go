package sheet

import (
	"errors"
	"strings"

	"zongjie/internal/record"
)

// errStop ends the reading of a sheet early.
var errStop = errors.New("stop")

// readWorkbook reads an .xlsx data file into the tree the record package
// decodes: the key/value sheets first, then the table sheets, parents
// before the sheets of their records' lists. Hidden sheets, chart sheets
// and the 说明 sheet are passed over; a sheet with data that maps to no
// section is reported.
func readWorkbook(name string, data []byte, lim record.Limits) (*record.Tree, error) {
	wb, err := openWorkbook(name, data, lim)
	if err != nil {
		return nil, err
	}
	b := newBuilder(name, wb, lim)
	type kvJob struct {
		ref  sheetRef
		secs []*section
	}
	var kvs []kvJob
	tables := map[*table]sheetRef{}
	var unknown []sheetRef
	for _, ref := range wb.sheets {
		if ref.hidden || ref.part == "" || normalName(ref.name) == sheetHelp {
			continue
		}
		if t := b.lay.tableFor(ref.name); t != nil {
			if prev, dup := tables[t]; dup {
				o := b.origin(record.Origin{File: name, Sheet: ref.name})
				b.errorAt(o, 1, 1, t.path, "工作表“%s”和“%s”放的是同一张表(%s);请把两张合并成一张,或隐藏其中一张", ref.name, prev.name, t.name)
				continue
			}
			tables[t] = ref
			continue
		}
		if secs := b.lay.sectionsFor(ref.name); len(secs) > 0 {
			kvs = append(kvs, kvJob{ref, secs})
			continue
		}
		unknown = append(unknown, ref)
	}
	if len(b.origins) > record.MaxOrigins {
		return nil, fileErr(name, "工作表太多;请删去不用的工作表")
	}
	for _, job := range kvs {
		o := b.origin(record.Origin{File: name, Sheet: job.ref.name})
		k := b.kvSheet(o, job.secs)
		if err := b.readRows(wb, job.ref, func(r *xrow) bool { k.row(r); return true }); err != nil {
			return nil, err
		}
	}
	for _, t := range b.lay.tables {
		ref, ok := tables[t]
		if !ok || b.stopped {
			continue
		}
		o := b.origin(record.Origin{File: name, Sheet: ref.name})
		s := b.tableSheet(o, t)
		err := b.readRows(wb, ref, func(r *xrow) bool {
			s.row(r)
			return s.state != stateDone
		})
		if err != nil {
			return nil, err
		}
		s.end()
	}
	for _, ref := range unknown {
		o := b.origin(record.Origin{File: name, Sheet: ref.name})
		err := b.readRows(wb, ref, func(r *xrow) bool {
			for i := range r.cells {
				if textOf(&r.cells[i]) != "" {
					b.errorAt(o, r.num, r.cells[i].pcol, "", "工作表“%s”不认识,里面的内容没有读入;可用的工作表有:%s。不需要的工作表请隐藏或删去", ref.name, sheetNames(b.lay))
					return false
				}
			}
			return true
		})
		if err != nil {
			return nil, err
		}
	}
	if b.stopped {
		return nil, b.errs
	}
	if len(b.root.Content) == 0 && len(b.errs) == 0 {
		return nil, fileErr(name, "工作簿里没有找到数据(%s 等工作表都是空的);可以用 zongjie init --xlsx 生成一份带说明的工作簿再填写", sheetBasic)
	}
	return b.tree(), nil
}

// readRows reads a sheet's rows into fn, until fn returns false.
func (b *builder) readRows(wb *workbook, ref sheetRef, fn func(*xrow) bool) error {
	if wb.piped(ref.part) {
		return b.readRowsPiped(wb, ref, fn)
	}
	data, err := wb.part(ref.part)
	if err != nil || data == nil {
		return err
	}
	err = wb.readSheet(data, func(r *xrow) error {
		if b.stopped || !fn(r) {
			return errStop
		}
		return nil
	})
	if err == errStop {
		return nil
	}
	return err
}

// sheetNames lists the sheets a workbook may have, for a message.
func sheetNames(l *layout) string {
	names := []string{sheetBasic}
	for _, t := range l.tables {
		if t.parent == nil && !strings.Contains(t.name, "-") {
			names = append(names, t.name)
		}
	}
	names = append(names, sheetText, "……")
	return strings.Join(names, "、")
}
