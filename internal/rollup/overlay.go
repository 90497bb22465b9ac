package rollup

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// Audit is a figure the federation states (its own data file's total, or
// a figure its register gives for one union) checked against what its
// unions give.
type Audit struct {
	Path  string `json:"path"`
	Label string `json:"label"`
	// Stated and Computed word both figures; StatedPos and ComputedPos
	// say where they were written (the computed one: its first
	// contributions).
	Stated      string   `json:"stated"`
	Computed    string   `json:"computed"`
	OK          bool     `json:"ok"`
	StatedPos   string   `json:"stated_pos"`
	ComputedPos []string `json:"computed_pos"`
	Message     string   `json:"message"`

	pos  record.Pos
	path string
}

// overlayer lays the federation's own figures over the merged ones: the
// values of its sections (texts, dates, exact figures) are its own, and
// each total it states is checked against its unions' sum and then used.
type overlayer struct {
	from   *record.Period        // the federation's records
	approx map[string]num.Approx // the merged period's approximate figures
	// at says where the computed figure at a path of the merged period
	// was written (its first contributions).
	at     func(path string) []record.Pos
	audits []Audit
}

// record lays the federation's record src (at path fromPath in its file)
// over the merged record dst (at path toPath). what names, in messages,
// what the computed figures are ("各下级之和", "该单位数据文件所报").
func (o *overlayer) record(dst, src reflect.Value, p *recordPlan, fromPath, toPath, what string, section bool) {
	for fi := range p.fields {
		f := &p.fields[fi]
		df, sf := dst.Field(f.index), src.Field(f.index)
		fp, tp := join(fromPath, f.key), join(toPath, f.key)
		switch f.nat {
		case natSum:
			o.figure(df, sf, f, fp, tp, what)
		case natSame, natKey, natMap:
			if section && !f.agree || !sf.IsZero() {
				df.Set(sf)
				if a, ok := o.from.Approx(fp); ok {
					o.approx[tp] = a
				} else if section || given(sf) {
					delete(o.approx, tp)
				}
			}
		case natRecord:
			o.record(df, sf, f.elem, fp, tp, what, section)
		}
	}
}

// figure lays the stated figure sf over the computed df.
func (o *overlayer) figure(df, sf reflect.Value, f *fieldPlan, fromPath, toPath, what string) {
	var stated, computed quantity
	stated.read(sf, o.from, fromPath, nil)
	if !stated.given {
		return
	}
	computed.read(df, nil, toPath, o.approx)
	if computed.given {
		a := Audit{Path: fromPath, Label: label(f), Stated: stated.words(f.kind), Computed: computed.words(f.kind),
			pos: o.from.Pos(fromPath), path: fromPath}
		a.StatedPos = a.pos.String()
		for _, p := range o.at(toPath) {
			a.ComputedPos = append(a.ComputedPos, p.String())
		}
		a.OK = consistent(stated, computed)
		a.Message = auditMessage(a, what)
		o.audits = append(o.audits, a)
		switch {
		case !a.OK:
			// The figures stay those rolled up, consistent with the rows;
			// the audit fails the roll-up, or with --keep-going is listed.
			return
		case computed.exact != nil && stated.exact == nil:
			return // the sum is exact where the federation wrote an approximate figure
		}
	}
	if stated.exact != nil {
		x := reflect.New(df.Type().Elem())
		x.Elem().SetInt(stated.raw)
		df.Set(x)
		delete(o.approx, toPath)
		return
	}
	df.Set(reflect.Zero(df.Type()))
	o.approx[toPath] = *stated.approx
}

// quantity is a figure as given: exact, approximate or not at all, in 元
// for money.
type quantity struct {
	given  bool
	exact  *big.Rat
	raw    int64 // exact, in ones or 分
	approx *num.Approx
}

func (q *quantity) read(v reflect.Value, p *record.Period, path string, approx map[string]num.Approx) {
	if !v.IsNil() {
		q.given = true
		n := v.Elem().Int()
		q.raw = n
		if v.Elem().Type() == typeMoney {
			q.exact = num.Money(n).Yuan()
		} else {
			q.exact = big.NewRat(n, 1)
		}
		return
	}
	var a num.Approx
	var ok bool
	if p != nil {
		a, ok = p.Approx(path)
	} else {
		a, ok = approx[path]
	}
	if ok {
		q.given, q.approx = true, &a
	}
}

// words words the figure: 1234, 767.13万元, 10万余元.
func (q quantity) words(k figKind) string {
	if q.approx != nil {
		return q.approx.String()
	}
	if k == figMoney {
		return cnfmt.Money(num.Money(q.raw))
	}
	return q.exact.RatString()
}

// consistent reports whether a stated figure agrees with a computed one:
// two exact figures are equal; an exact figure lies on the side of an
// approximate one its words say (10万余元: at least 10万元); two
// approximate figures are not compared.
func consistent(stated, computed quantity) bool {
	switch {
	case stated.exact != nil && computed.exact != nil:
		return stated.exact.Cmp(computed.exact) == 0
	case stated.exact != nil && computed.approx != nil:
		return onSide(stated.exact, computed.approx)
	case computed.exact != nil && stated.approx != nil:
		return onSide(computed.exact, stated.approx)
	}
	return true
}

// onSide reports whether x lies where the approximate figure a says the
// true figure lies.
func onSide(x *big.Rat, a *num.Approx) bool {
	switch a.Bound() {
	case num.Over:
		return x.Cmp(a.Value()) >= 0
	case num.Under:
		return x.Cmp(a.Value()) <= 0
	}
	return true
}

// label is a field's Chinese name for messages: its description up to the
// first bracket or comma.
func label(f *fieldPlan) string {
	s := f.zh
	if i := strings.IndexAny(s, "(（,，;；"); i > 0 {
		s = s[:i]
	}
	if s == "" {
		return f.key
	}
	return s
}

// auditMessage words an audit: what was checked and, when it failed, both
// figures with where each was written.
func auditMessage(a Audit, what string) string {
	if a.OK {
		return fmt.Sprintf("%s:所报%s,与%s%s相符", a.Label, a.Stated, what, a.Computed)
	}
	where := ""
	if len(a.ComputedPos) > 0 {
		where = "(" + strings.Join(a.ComputedPos, "、")
		if len(a.ComputedPos) == maxAt {
			where += " 等处"
		}
		where += ")"
	}
	return fmt.Sprintf("%s:上级数据文件所报%s(%s),而%s为%s%s,两者不符;请核对上级的合计或下级的数据",
		a.Label, a.Stated, a.StatedPos, what, a.Computed, where)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
