package rollup

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// nature is how a field rolls up, read from its type and tags (see the
// package record documentation on roll-ups).
type nature uint8

const (
	natSum    nature = iota // a count or amount: summed
	natSame                 // any other value: kept where every contributor agrees
	natKey                  // part of a row's key (a natSame that rows are matched by)
	natOwn                  // the organisation's own: the federation's, never its unions'
	natRows                 // the units table: one row per union (rows.go)
	natList                 // a list of records: merged row by row, by key
	natRecord               // a record: merged field by field
	natNames                // a list of texts: each text once
	natMax                  // a pointer to a record: the one with the largest figure
	natMap                  // a map of values: each key a natSame
)

// figKind is what a summed figure counts.
type figKind uint8

const (
	figCount figKind = iota // people or things
	figMoney                // money, in 分
)

// fieldPlan says how one field of a record type rolls up.
type fieldPlan struct {
	index      int
	key        string // data key
	zh         string // Chinese description, for messages
	nat        nature
	kind       figKind     // natSum: count or money; natSame figures (per) too
	elem       *recordPlan // natList, natRecord, natMax: the record type
	isMoney    bool        // the value is a num.Money (natSame per-head figures)
	required   bool
	keyDefault string // natKey: what an empty value means
	// agree: a natSame of a section that says what its summed figures
	// count, given by the unions' agreeing value when the federation
	// writes none (roll:"agree"); agreeOf: the fields it speaks of
	// (roll:"agree=arrears,arrears_workers"), none for all of them.
	agree   bool
	agreeOf []int
	// per: this per-head figure is total ÷ count, two fields of the record
	// (indices into the plan's fields); -1 when not.
	perTotal, perCount int
	// with: this summed figure means something only with this field.
	with int
	// rate: this rate is part ÷ whole of one of these pairs of fields.
	rate [][2]int
	// maxBy: natMax: the field of the record compared.
	maxBy int
	// totalOf: this summed figure is the total of per-head fields (the
	// indices of the fields whose per names it).
	totalOf []int
	// rateOf: this figure is the part or whole of the rate fields listed.
	partOf []int
}

// recordPlan says how a record type rolls up.
type recordPlan struct {
	typ    reflect.Type
	fields []fieldPlan
	keys   []int // the key fields, in order
	byKey  map[string]int
}

var (
	typeMoney   = reflect.TypeFor[num.Money]()
	typeDecimal = reflect.TypeFor[num.Decimal]()
	typeDate    = reflect.TypeFor[record.Date]()
	typeSpan    = reflect.TypeFor[record.Span]()
	typePeriod  = reflect.TypeFor[record.Period]()
)

var (
	plansMu sync.Mutex
	plans   = map[reflect.Type]*recordPlan{}
)

// periodPlan is the plan of record.Period, made once.
var periodPlan = sync.OnceValue(func() *recordPlan { return planOf(typePeriod) })

// planOf returns the plan of a record type, made once. It panics on a tag
// it cannot read: the record types are zongjie's own, and a test reads
// every one.
func planOf(t reflect.Type) *recordPlan {
	plansMu.Lock()
	defer plansMu.Unlock()
	return planLocked(t)
}

func planLocked(t reflect.Type) *recordPlan {
	if p, ok := plans[t]; ok {
		return p
	}
	p := &recordPlan{typ: t, byKey: map[string]int{}}
	plans[t] = p // before the fields: a record type may hold itself
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		key := record.DataKey(sf)
		if key == "" {
			continue
		}
		p.byKey[key] = len(p.fields)
		p.fields = append(p.fields, fieldPlan{index: i, key: key, zh: sf.Tag.Get("zh"),
			required: sf.Tag.Get("required") == "true", perTotal: -1, perCount: -1, with: -1, maxBy: -1})
	}
	for fi := range p.fields {
		f := &p.fields[fi]
		sf := t.Field(f.index)
		roll := sf.Tag.Get("roll")
		exact := sf.Tag.Get("exact") == "true"
		ft := sf.Type
		switch {
		case roll == "own":
			f.nat = natOwn
		case roll == "rows":
			f.nat = natRows
		case roll == "agree" || strings.HasPrefix(roll, "agree="):
			f.nat, f.agree = natSame, true
			if of, ok := strings.CutPrefix(roll, "agree="); ok {
				for _, key := range strings.Split(of, ",") {
					f.agreeOf = append(f.agreeOf, p.must(key, sf))
				}
			}
		case ft.Kind() == reflect.Pointer && (ft.Elem().Kind() == reflect.Int64 || ft.Elem() == typeMoney) && ft.Elem() != typeDecimal:
			f.isMoney = ft.Elem() == typeMoney
			if f.isMoney {
				f.kind = figMoney
			}
			switch {
			case strings.HasPrefix(roll, "per="):
				f.nat = natSame
				total, count, ok := strings.Cut(strings.TrimPrefix(roll, "per="), "/")
				if !ok {
					panic(fmt.Sprintf("rollup: %s.%s: roll:%q is not per=total/count", t.Name(), sf.Name, roll))
				}
				f.perTotal, f.perCount = p.must(total, sf), p.must(count, sf)
			case exact:
				f.nat = natSame
			default:
				f.nat = natSum
				if w, ok := strings.CutPrefix(roll, "with="); ok {
					f.with = p.must(w, sf)
				} else if roll != "" {
					panic(fmt.Sprintf("rollup: %s.%s: roll:%q is not for a count or amount", t.Name(), sf.Name, roll))
				}
			}
		case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct && isRecord(ft.Elem()):
			by, ok := strings.CutPrefix(roll, "max=")
			if !ok {
				panic(fmt.Sprintf("rollup: %s.%s: a single record rolls up by roll:\"max=field\"", t.Name(), sf.Name))
			}
			f.nat = natMax
			f.elem = planLocked(ft.Elem())
			f.maxBy = f.elem.must(by, sf)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			f.nat = natNames
		case ft.Kind() == reflect.Slice && isRecord(ft.Elem()):
			f.nat = natList
			f.elem = planLocked(ft.Elem())
		case ft.Kind() == reflect.Struct && isRecord(ft):
			f.nat = natRecord
			f.elem = planLocked(ft)
		case ft.Kind() == reflect.Map:
			f.nat = natMap
		default:
			f.nat = natSame
			if ft.Kind() == reflect.Pointer && ft.Elem() == typeDecimal {
				if r, ok := strings.CutPrefix(roll, "rate="); ok {
					for _, pair := range strings.Split(r, ",") {
						part, whole, ok := strings.Cut(pair, "/")
						if !ok {
							panic(fmt.Sprintf("rollup: %s.%s: roll:%q is not rate=part/whole", t.Name(), sf.Name, roll))
						}
						f.rate = append(f.rate, [2]int{p.must(part, sf), p.must(whole, sf)})
					}
				}
			}
			if k, ok := strings.CutPrefix(roll, "key"); ok && (k == "" || k[0] == '=') {
				f.nat = natKey
				f.keyDefault = strings.TrimPrefix(k, "=")
			} else if f.required && ft.Kind() == reflect.String {
				f.nat = natKey
			}
		}
	}
	for fi, f := range p.fields {
		if f.nat == natKey {
			p.keys = append(p.keys, fi)
		}
		if f.perTotal >= 0 {
			p.fields[f.perTotal].totalOf = append(p.fields[f.perTotal].totalOf, fi)
		}
		for _, r := range f.rate {
			p.fields[r[0]].partOf = append(p.fields[r[0]].partOf, fi)
			p.fields[r[1]].partOf = append(p.fields[r[1]].partOf, fi)
		}
	}
	return p
}

// must returns the index of the field with data key key, for the tag of sf.
func (p *recordPlan) must(key string, sf reflect.StructField) int {
	i, ok := p.byKey[key]
	if !ok {
		panic(fmt.Sprintf("rollup: %s.%s: roll tag names %q, which %s does not have", p.typ.Name(), sf.Name, key, p.typ.Name()))
	}
	return i
}

// isRecord reports whether t is a record type of the data (a struct with
// data keys), not a Date, Span or Decimal.
func isRecord(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t != typeDate && t != typeSpan && t != typeDecimal
}
