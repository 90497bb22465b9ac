package userrule

import (
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"strings"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// derivations returns the environment's computed names, by the record
// struct they belong to. Every one is documented in
// examples/rules/custom.yaml.
func derivations() map[reflect.Type][]derivation {
	return map[reflect.Type][]derivation{
		reflect.TypeFor[record.Period](): {
			// charity is a summary of the drives (the data file's charity list)
			// with the list itself under drives.
			{name: "charity", replaces: true, typ: charityType, derive: deriveCharity},
			// year is period.year, for short.
			{name: "year", typ: is(typIntPtr), derive: func(_ *projector, dst, rec reflect.Value) {
				dst.Set(reflect.ValueOf(recordOf[record.Period](rec).When.Year))
			}},
			// group and unit are the group or unit a per-group or per-unit rule
			// is evaluated for; value() reads computed values; all three are
			// set for each evaluation.
			{name: "group", typ: pointerTo[record.Group]},
			{name: "unit", typ: pointerTo[record.Unit]},
			{name: "value", typ: is(typValueFn)},
			{name: stepName, typ: is(typStepFn)},
		},
		reflect.TypeFor[record.Group](): {
			// units are the group's units (filled by schema.build).
			{name: "units", typ: func(pj *projector) reflect.Type {
				return reflect.SliceOf(reflect.PointerTo(pj.projection(reflect.TypeFor[record.Unit]()).env))
			}},
		},
		reflect.TypeFor[record.Unit](): {
			{name: "figure", typ: is(typValueFn), derive: deriveFigure},
		},
		reflect.TypeFor[record.Drive](): {
			// participated and eligible sum the drive's participation categories
			// that give both.
			{name: "participated", typ: is(typIntPtr), derive: func(_ *projector, dst, rec reflect.Value) {
				if p, _, ok := driveSums(recordOf[record.Drive](rec)); ok {
					dst.Set(reflect.ValueOf(&p))
				}
			}},
			{name: "eligible", typ: is(typIntPtr), derive: func(_ *projector, dst, rec reflect.Value) {
				if _, e, ok := driveSums(recordOf[record.Drive](rec)); ok {
					dst.Set(reflect.ValueOf(&e))
				}
			}},
		},
		reflect.TypeFor[record.Relief](): {
			// persons and amount sum the batches (nil unless every batch gives one).
			{name: "persons", typ: is(typIntPtr), derive: func(_ *projector, dst, rec reflect.Value) {
				r := recordOf[record.Relief](rec)
				var sum int64
				for _, b := range r.Batches {
					n := batchPersons(b)
					if n == nil {
						return
					}
					sum += *n
				}
				if len(r.Batches) > 0 {
					dst.Set(reflect.ValueOf(&sum))
				}
			}},
			{name: "amount", typ: is(typFloatPtr), derive: func(_ *projector, dst, rec reflect.Value) {
				r := recordOf[record.Relief](rec)
				sum := new(big.Rat)
				for _, b := range r.Batches {
					a := batchAmount(b)
					if a == nil {
						return
					}
					sum.Add(sum, a)
				}
				if len(r.Batches) > 0 {
					f, _ := sum.Float64()
					dst.Set(reflect.ValueOf(&f))
				}
			}},
		},
		reflect.TypeFor[record.ReliefBatch](): {
			// persons is the batch's persons or the sum of its recipients;
			// amount its amount or each × persons; measure 人 when not given.
			{name: "persons", replaces: true, typ: is(typIntPtr), derive: func(_ *projector, dst, rec reflect.Value) {
				if n := batchPersons(*recordOf[record.ReliefBatch](rec)); n != nil {
					dst.Set(reflect.ValueOf(n))
				}
			}},
			{name: "amount", replaces: true, typ: is(typFloatPtr), derive: func(_ *projector, dst, rec reflect.Value) {
				if a := batchAmount(*recordOf[record.ReliefBatch](rec)); a != nil {
					f, _ := a.Float64()
					dst.Set(reflect.ValueOf(&f))
				}
			}},
			{name: "measure", replaces: true, typ: is(typString), derive: func(_ *projector, dst, rec reflect.Value) {
				m := recordOf[record.ReliefBatch](rec).Measure
				if m == "" {
					m = "人"
				}
				dst.SetString(m)
			}},
		},
	}
}

// is returns a derivation's fixed type.
func is(t reflect.Type) func(*projector) reflect.Type {
	return func(*projector) reflect.Type { return t }
}

// pointerTo is the type of a pointer to record type T's environment struct.
func pointerTo[T any](pj *projector) reflect.Type {
	return reflect.PointerTo(pj.projection(reflect.TypeFor[T]()).env)
}

// recordOf returns the record struct rec holds, without copying it when it
// is addressable.
func recordOf[T any](rec reflect.Value) *T {
	if rec.CanAddr() {
		return rec.Addr().Interface().(*T)
	}
	v := rec.Interface().(T)
	return &v
}

// charityType is the summary of the charity drives.
func charityType(pj *projector) reflect.Type {
	drives := pj.projection(reflect.TypeFor[record.Drive]())
	return reflect.StructOf([]reflect.StructField{
		{Name: "Total", Type: typFloatPtr, Tag: `expr:"total"`},
		{Name: "Participated", Type: typIntPtr, Tag: `expr:"participated"`},
		{Name: "Eligible", Type: typIntPtr, Tag: `expr:"eligible"`},
		{Name: "Drives", Type: reflect.SliceOf(reflect.PointerTo(drives.env)), Tag: `expr:"drives"`},
	})
}

// deriveCharity fills the charity summary: total is the sum of the drives'
// totals (nil unless every drive has one), participated and eligible sum
// every drive's participation.
func deriveCharity(pj *projector, dst, rec reflect.Value) {
	drives := recordOf[record.Period](rec).Charity
	total := new(big.Rat)
	var part, elig int64
	allTotals, anyPart := len(drives) > 0, false
	for _, d := range drives {
		if d.Total == nil {
			allTotals = false
		} else {
			total.Add(total, d.Total.Yuan())
		}
		if p, e, ok := driveSums(&d); ok {
			part += p
			elig += e
			anyPart = anyPart || hasBoth(d.Participation)
		}
	}
	if allTotals {
		f, _ := total.Float64()
		dst.Field(0).Set(reflect.ValueOf(&f))
	}
	if anyPart {
		dst.Field(1).Set(reflect.ValueOf(&part))
		dst.Field(2).Set(reflect.ValueOf(&elig))
	}
	pj.projection(reflect.TypeFor[record.Drive]()).fillList(dst.Field(3), reflect.ValueOf(drives))
}

// driveSums sums a drive's participation categories that give both counts;
// ok is false when the drive lists no categories.
func driveSums(d *record.Drive) (participated, eligible int64, ok bool) {
	for _, pt := range d.Participation {
		if pt.Participated != nil && pt.Eligible != nil {
			participated += *pt.Participated
			eligible += *pt.Eligible
		}
	}
	return participated, eligible, len(d.Participation) > 0
}

// hasBoth reports whether any category gives both counts.
func hasBoth(ps []record.Participation) bool {
	for _, pt := range ps {
		if pt.Participated != nil && pt.Eligible != nil {
			return true
		}
	}
	return false
}

// batchPersons is a relief batch's persons, or the sum of its recipients.
func batchPersons(b record.ReliefBatch) *int64 {
	if b.Persons != nil || len(b.Recipients) == 0 {
		return b.Persons
	}
	var s int64
	for _, p := range b.Recipients {
		if p.Count != nil {
			s += *p.Count
		}
	}
	return &s
}

// batchAmount is a relief batch's amount in 元, or each × persons.
func batchAmount(b record.ReliefBatch) *big.Rat {
	switch n := batchPersons(b); {
	case b.Amount != nil:
		return b.Amount.Yuan()
	case b.Each != nil && n != nil:
		return new(big.Rat).Mul(b.Each.Yuan(), big.NewRat(*n, 1))
	}
	return nil
}

// deriveFigure makes a unit's figure("名称"), which reads units[].figures.
func deriveFigure(_ *projector, dst, rec reflect.Value) {
	u := recordOf[record.Unit](rec)
	figures, name := u.Figures, u.Name
	dst.Set(reflect.ValueOf(func(key string) float64 {
		d, ok := figures[key]
		if !ok {
			keys := make([]string, 0, len(figures))
			for k := range figures {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			have := "没有自定义指标"
			if len(keys) > 0 {
				have = "已有:" + strings.Join(keys, "、")
			}
			// expr's machine turns a panic with an error into its error.
			panic(&missingError{fmt.Sprintf("缺少%s的自定义指标“%s”(units[].figures;%s)", name, key, have)})
		}
		f, _ := d.Rat().Float64()
		return f
	}))
}

// yuan converts an amount to float64 元 (exact to the 分 below 2^53 分).
func yuan(m *num.Money) *float64 {
	if m == nil {
		return nil
	}
	f, _ := m.Yuan().Float64()
	return &f
}

// missingError is a runtime error meaning an input is not recorded.
type missingError struct{ msg string }

// Error returns the Chinese message.
func (e *missingError) Error() string { return e.msg }
