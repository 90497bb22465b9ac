package rules

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"zongjie/internal/record"
)

// Band is the per-head spending bands of one kind of unit (学校, 单位): how
// many spent at least the band line per head, less, and nothing, as in
// "人均工会支出1000元及以上的有106所学校、6个单位".
type Band struct {
	Kind      string   // the kind of unit, as units[].kind and finance.bands[].kind write it
	Measure   string   // its measure word: 所 for schools, 个 otherwise
	Threshold *big.Rat // the band line in 元 (finance.band_threshold, default 1000)
	// Total, AtLeast, Below and Zero are the counts (KindCount values with
	// Subject = Kind). A count the source does not give is not OK.
	Total, AtLeast, Below, Zero Value
	// Computed is true when the counts were taken from the units table
	// (every unit of the kind has a per-head figure), false when they are
	// the source's stated counts.
	Computed bool
	// AtLeastUnits, BelowUnits and ZeroUnits are the units the table names
	// in each band, in input order, with their per-head spending.
	AtLeastUnits, BelowUnits, ZeroUnits []BandUnit
	// Breakdown and ZeroBreakdown are the source's breakdowns of the total
	// and of the zero band ("9所社区学校、14所中小学").
	Breakdown, ZeroBreakdown []record.Part
	// Stated is the index in finance.bands of the stated band, or -1.
	Stated int
	// Units is how many units of this kind the units table lists.
	Units int
}

// BandUnit is a unit named in a band with its per-head spending.
type BandUnit struct {
	Name      string
	PerCapita Value
}

// computeBands computes the spending bands per kind of unit: from the units table
// when it gives every unit of a kind a per-head figure (and, if a total is
// stated, as many units as that total), else as the source states them.
func (c *calc) computeBands() {
	kinds := []string{}
	seen := map[string]bool{}
	for _, b := range c.p.Finance.Bands {
		if !seen[b.Kind] {
			seen[b.Kind] = true
			kinds = append(kinds, b.Kind)
		}
	}
	// heads holds, by unit, the index in c.values of its 人均工会支出, or -1.
	heads := make([]int, len(c.p.Units))
	for i := range c.p.Units {
		u := &c.p.Units[i]
		heads[i] = -1
		if j, ok := c.lookup(IDUnitSpendingPerHead, u.Name); ok {
			heads[i] = j
			if !seen[u.Kind] {
				seen[u.Kind] = true
				kinds = append(kinds, u.Kind)
			}
		}
	}
	if len(kinds) > 0 {
		v := def(IDBandThreshold).value("")
		set := c.bandSetting()
		v.Num = set.Amount.Yuan()
		switch path := set.Source; path {
		case "数据文件", "finance.band_threshold":
			if path == "数据文件" {
				path = "settings.band_threshold"
			}
			v.Inputs = []Input{{Path: path, Pos: c.p.Pos(path), Value: set.Amount.String()}}
			v.Formula = "所报分档线"
		default:
			v.Formula = set.Source // 默认值(企业)
		}
		c.add(v, true)
	}
	for _, kind := range kinds {
		if b, ok := c.band(kind, heads); ok {
			c.bands = append(c.bands, b)
			for _, v := range []Value{b.Total, b.AtLeast, b.Below, b.Zero} {
				c.add(v, v.ID != "")
			}
		}
	}
}

func (c *calc) band(kind string, heads []int) (Band, bool) {
	b := Band{Kind: kind, Measure: measureFor(kind), Threshold: c.bandThreshold(), Stated: -1}
	for i, sb := range c.p.Finance.Bands {
		if sb.Kind == kind {
			b.Stated = i
			b.Breakdown, b.ZeroBreakdown = sb.Breakdown, sb.ZeroBreakdown
			break
		}
	}
	// Which band each unit of the kind falls in, counted first so that the
	// bands' lists are made at their size.
	const (
		noFigure = iota
		zero
		below
		atLeast
	)
	var units []int
	var in []uint8 // by units
	var counts [4]int
	for i := range c.p.Units {
		if c.p.Units[i].Kind != kind {
			continue
		}
		units = append(units, i)
		band := noFigure
		if j := heads[i]; j >= 0 && c.values[j].OK() {
			switch v := c.values[j].Num; {
			case v.Sign() == 0:
				band = zero
			case v.Cmp(b.Threshold) < 0:
				band = below
			default:
				band = atLeast
			}
		}
		in = append(in, uint8(band))
		counts[band]++
	}
	all := counts[noFigure] == 0
	if counts[zero] > 0 {
		b.ZeroUnits = make([]BandUnit, 0, counts[zero])
	}
	if counts[below] > 0 {
		b.BelowUnits = make([]BandUnit, 0, counts[below])
	}
	if counts[atLeast] > 0 {
		b.AtLeastUnits = make([]BandUnit, 0, counts[atLeast])
	}
	for k, i := range units {
		if in[k] == noFigure {
			continue
		}
		bu := BandUnit{Name: c.p.Units[i].Name, PerCapita: c.values[heads[i]]}
		switch in[k] {
		case zero:
			b.ZeroUnits = append(b.ZeroUnits, bu)
		case below:
			b.BelowUnits = append(b.BelowUnits, bu)
		default:
			b.AtLeastUnits = append(b.AtLeastUnits, bu)
		}
	}
	b.Units = len(units)
	b.Computed = len(units) > 0 && all
	if b.Computed && b.Stated >= 0 {
		if t := c.p.Finance.Bands[b.Stated].Total; t != nil && *t != int64(len(units)) {
			b.Computed = false // the table lists only some of the kind's units
		}
	}
	th := c.thresholdText()
	mk := func(id string, label string) Value {
		v := def(id).value(kind)
		v.Unit = b.Measure
		v.Label = label
		return v
	}
	labels := map[string]string{
		IDBandTotal:   "工会总数",
		IDBandAtLeast: "人均工会支出" + th + "及以上",
		IDBandBelow:   "人均工会支出不足" + th,
		IDBandZero:    "人均工会支出为0元",
	}
	if b.Computed {
		for _, x := range []struct {
			id    string
			dst   *Value
			units []BandUnit
		}{
			{IDBandAtLeast, &b.AtLeast, b.AtLeastUnits},
			{IDBandBelow, &b.Below, b.BelowUnits},
			{IDBandZero, &b.Zero, b.ZeroUnits},
		} {
			v := mk(x.id, labels[x.id])
			v.Num = big.NewRat(int64(len(x.units)), 1)
			v.Formula = "单位表中" + def(x.id).Formula
			n := 0
			for _, u := range x.units {
				n += len(u.PerCapita.Inputs)
			}
			if n > 0 {
				v.Inputs = make([]Input, 0, n)
			}
			for _, u := range x.units {
				v.Inputs = append(v.Inputs, u.PerCapita.Inputs...)
			}
			*x.dst = v
		}
		t := mk(IDBandTotal, labels[IDBandTotal])
		t.Num = big.NewRat(int64(len(units)), 1)
		t.Formula = "单位表中该类单位数"
		t.Calc = fmt.Sprintf("%d + %d + %d", len(b.AtLeastUnits), len(b.BelowUnits), len(b.ZeroUnits))
		t.Inputs = make([]Input, len(units))
		for k, i := range units {
			t.Inputs[k] = c.unitInput(i, "kind", kind)
		}
		b.Total = t
		return b, true
	}
	if b.Stated < 0 {
		return b, false // some units have a figure, but not all: no bands
	}
	sb := c.p.Finance.Bands[b.Stated]
	path := fmt.Sprintf("finance.bands[%d]", b.Stated)
	parts := []struct {
		id  string
		key string
		n   *int64
		dst *Value
	}{
		{IDBandAtLeast, "at_least", sb.AtLeast, &b.AtLeast},
		{IDBandBelow, "below", sb.Below, &b.Below},
		{IDBandZero, "zero", sb.Zero, &b.Zero},
	}
	var terms []string
	var total int64
	complete := true
	var inputs []Input
	for _, x := range parts {
		v := mk(x.id, labels[x.id])
		v.Formula = "原始材料所报"
		if x.n == nil {
			v.Err = "缺少" + labels[x.id] + "的个数(" + path + "." + x.key + ")"
			complete = false
		} else {
			in := Input{Path: path + "." + x.key, Pos: c.p.Pos(path + "." + x.key), Value: strconv.FormatInt(*x.n, 10)}
			v.Num = big.NewRat(*x.n, 1)
			v.Inputs = []Input{in}
			inputs = append(inputs, in)
			total += *x.n
			terms = append(terms, strconv.FormatInt(*x.n, 10))
		}
		*x.dst = v
	}
	t := mk(IDBandTotal, labels[IDBandTotal])
	switch {
	case sb.Total != nil:
		t.Num = big.NewRat(*sb.Total, 1)
		t.Formula = "原始材料所报"
		t.Inputs = []Input{{Path: path + ".total", Pos: c.p.Pos(path + ".total"), Value: strconv.FormatInt(*sb.Total, 10)}}
	case complete:
		t.Num = big.NewRat(total, 1)
		t.Calc = strings.Join(terms, " + ")
		t.Inputs = inputs
	default:
		t.Err = "缺少" + kind + "工会总数(" + path + ".total),各档个数也不全"
	}
	b.Total = t
	return b, true
}
