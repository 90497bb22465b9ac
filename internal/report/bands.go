package report

import (
	"fmt"
	"math/big"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/prose"
	"zongjie/internal/rules"
)

// maxNamedUnits is how many units a band names before it gives only counts.
const maxNamedUnits = 3

// bands returns the per-head spending bands, for {{if bands}}; none for a
// report on one unit, where "1个单位工会中……有1个" would say nothing.
func (c *composer) bands() []rules.Band {
	if c.res == nil {
		return nil
	}
	units := new(big.Rat)
	for _, b := range c.res.Bands {
		if b.Total.OK() {
			units.Add(units, b.Total.Num)
		}
	}
	if units.Cmp(big.NewRat(2, 1)) < 0 {
		return nil
	}
	return c.res.Bands
}

// bandLine words the band line: "1000元".
func (c *composer) bandLine() string {
	for _, b := range c.bands() {
		if b.Threshold != nil {
			return string(markData) + cnfmt.PerCapita(b.Threshold, 0)
		}
	}
	return missing
}

// bandCounts words one column of the spending bands over every kind of
// unit: "142个学校工会、9个单位工会（包括机关1个、中心3个、学区5个）" for
// total, "106所学校、6个单位" for at_least, "13所学校、1个单位（教师发展中
// 心人均支出924元）" for below, "23所学校（包括社区学校9所、中小学14所）、
// 2个单位（瓯北学区、永临学区）" for zero. A kind with none in the band is
// left out; when any kind's count is missing, or none has any, the sentence
// drops.
func (c *composer) bandCounts(which string) (string, error) {
	var segs []string
	for _, b := range c.bands() {
		var v rules.Value
		var named []rules.BandUnit
		switch which {
		case "total":
			v = b.Total
		case "at_least":
			v, named = b.AtLeast, b.AtLeastUnits
		case "below":
			v, named = b.Below, b.BelowUnits
		case "zero":
			v, named = b.Zero, b.ZeroUnits
		default:
			return "", &fieldError{name: which, msg: "bandCounts 只接受 total、at_least、below、zero,不认识"}
		}
		if !v.OK() {
			return missing, nil
		}
		if v.Num.Sign() == 0 {
			continue
		}
		n := cnfmt.Number(v.Num, 0)
		kind := escapeText(b.Kind)
		if which == "total" {
			seg := n + "个" + kind
			if !strings.HasSuffix(b.Kind, "工会") { // 分工会 are unions already
				seg += "工会"
			}
			if len(b.Breakdown) > 0 {
				seg += "（包括" + partsText(b.Breakdown, "个") + "）"
			}
			segs = append(segs, seg)
			continue
		}
		seg := n + b.Measure + kind
		switch {
		case len(named) > 0 && len(named) <= maxNamedUnits && fmt.Sprint(len(named)) == n:
			seg += "（" + namedUnits(named, which) + "）"
		case which == "zero" && len(b.ZeroBreakdown) > 0:
			seg += "（包括" + partsText(b.ZeroBreakdown, b.Measure) + "）"
		case len(named) > 0 && len(named) <= maxNamedUnits:
			seg += "（其中" + namedUnits(named, which) + "）"
		}
		segs = append(segs, seg)
	}
	if len(segs) == 0 {
		return missing, nil
	}
	return string(markData) + cnfmt.Join(segs), nil
}

// namedUnits names units of a band: with their per-head spending, except in
// the zero band where the figure goes without saying.
func namedUnits(units []rules.BandUnit, which string) string {
	var out []string
	for _, u := range units {
		s := escapeText(u.Name)
		if which != "zero" && u.PerCapita.OK() {
			s += "人均支出" + prose.Value(u.PerCapita)
		}
		out = append(out, s)
	}
	if which == "zero" {
		return cnfmt.Join(out)
	}
	return strings.Join(out, "，")
}
