package rules

import (
	"math/big"
	"strings"

	"zongjie/internal/record"
)

// Periods returns every period given, oldest first (History then Period).
func (r *Result) Periods() []*record.Period {
	out := make([]*record.Period, len(r.periods))
	for i, c := range r.periods {
		out[i] = c.p
	}
	return out
}

// PeriodValues returns the values of period i of Periods (the latest is
// Values).
func (r *Result) PeriodValues(i int) []Value {
	return append([]Value(nil), r.periods[i].values...)
}

// Totals returns Cumulative for every whole-organisation count and amount
// that some period records, in catalogue order; nil for a single period.
func (r *Result) Totals() []Value {
	if len(r.periods) < 2 {
		return nil
	}
	var out []Value
	seen := map[string]bool{}
	levels := map[string]bool{} // honours.level subjects some period has
	for _, c := range r.periods {
		for _, v := range c.values {
			if v.Per == PerLevel {
				levels[v.Subject] = true
			}
			if v.Subject != "" || seen[v.ID] || (v.Kind != KindAmount && v.Kind != KindCount) {
				continue
			}
			seen[v.ID] = true
		}
	}
	for _, d := range catalogue {
		if seen[d.ID] {
			out = append(out, r.Cumulative(d.ID))
		}
		if d.Per == PerLevel {
			// Counts by level add up over the periods, a period without
			// honours of a level counting none ("五年来市级荣誉12项").
			for _, l := range HonourLevels {
				if levels[l] {
					out = append(out, r.levelTotal(d, l))
				}
			}
		}
	}
	return out
}

// levelTotal adds up the counts of level l over every period; a period
// with no value for it had none.
func (r *Result) levelTotal(d Def, l string) Value {
	v := d.value(l)
	v.Label = "累计" + v.Label
	total := new(big.Rat)
	var terms []string
	for _, c := range r.periods {
		if x, ok := c.find(d.ID, l); ok && x.OK() {
			total.Add(total, x.Num)
			terms = append(terms, x.trace())
			v.Inputs = append(v.Inputs, x.Inputs...)
		}
	}
	v.Num = total
	v.Calc = strings.Join(terms, " + ")
	return v
}

// TotalFor returns the Totals value of id for subject, ok false when
// Totals has none.
func (r *Result) TotalFor(id, subject string) (Value, bool) {
	for _, v := range r.Totals() {
		if v.ID == id && v.Subject == subject {
			return v, true
		}
	}
	return Value{}, false
}

// Series returns a whole-organisation value for every period, oldest first,
// for a term review: one Value per period, the period's label as Subject. A
// period that does not record the figure gives a Value with Err set.
func (r *Result) Series(id string) []Value {
	out := make([]Value, len(r.periods))
	for i, c := range r.periods {
		v, ok := c.find(id, "")
		if !ok {
			d, known := r.defOf(id)
			if !known {
				d = Def{ID: id, Label: id}
			}
			v = d.value("")
			v.Err = c.p.When.Label() + "没有记录" + d.Label
		}
		v.Subject = c.p.When.Label()
		out[i] = v
	}
	return out
}

// cumulativeUnit is the unit of a count of people that, added up over the
// years, counts the same people again: the women checked every year, and
// the families visited every Spring Festival, are 人次 over a term, where
// the new members of each year are 人.
var cumulativeUnit = map[string]string{IDCheckups: "人次", IDReliefPersons: "人次"}

// Cumulative adds up an amount or count over every period given, for a
// term review's totals ("五年来累计慰问2380人"). Rates and per-head figures
// cannot be added: the result then has Err set, as it has when any period
// lacks the figure.
func (r *Result) Cumulative(id string) Value {
	series := r.Series(id)
	v := series[len(series)-1]
	v.Subject = ""
	v.Num, v.Err, v.Calc, v.Inputs = nil, "", "", nil
	v.Label = "累计" + v.Label
	if u, ok := cumulativeUnit[id]; ok {
		v.Unit = u
	}
	labels := make([]string, len(series))
	for i, s := range series {
		labels[i] = s.Subject
	}
	v.Formula = strings.Join(labels, " + ")
	if v.Kind != KindAmount && v.Kind != KindCount {
		v.Err = "比率和人均数不能累加"
		return v
	}
	total := new(big.Rat)
	var terms, missing []string
	for _, s := range series {
		if !s.OK() {
			missing = append(missing, s.Err)
			continue
		}
		total.Add(total, s.Num)
		terms = append(terms, s.trace())
		v.Inputs = append(v.Inputs, s.Inputs...)
	}
	if len(missing) > 0 {
		v.Err = joinMissing(missing)
		return v
	}
	v.Num = total
	v.Calc = strings.Join(terms, " + ")
	return v
}

// defOf finds what id is: a built-in indicator, or an extension's value as
// any period's values of it describe it.
func (r *Result) defOf(id string) (Def, bool) {
	if d, ok := Lookup(id); ok {
		return d, true
	}
	for _, c := range r.periods {
		for _, v := range c.values {
			if v.ID == id {
				return Def{ID: v.ID, Label: v.Label, Kind: v.Kind, Unit: v.Unit, Precision: v.Precision, Per: v.Per, Formula: v.Formula}, true
			}
		}
	}
	return Def{}, false
}
