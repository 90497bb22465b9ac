// Package catalog is the list of charts a report can show, by id
// ({{chart "term.members"}} in a template), and builds each from the rule
// engine's result, every point worded as the report text words it.
package catalog

import (
	"math/big"
	"slices"
	"strings"

	"zongjie/internal/chart"
	"zongjie/internal/prose"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Builder makes one chart from the rule engine's result; ok is false when
// the data do not make a chart (fewer than two categories, a year without
// the figure, nothing but zeros).
type Builder func(res *rules.Result) (c chart.Chart, ok bool)

// Registered chart ids, for templates ({{chart "term.members"}}).
const (
	TermMembers         = "term.members"          // members (bars) and 入会率 (line, second axis) by period
	TermMoney           = "term.money"            // charity total and relief money by period
	AnnualGroupDonation = "annual.group_donation" // the groups' 人均捐款, ranked
	AnnualReliefKinds   = "annual.relief_kinds"   // relief money by kind, when there are two kinds or more
	AnnualTopUnits      = "annual.top_units"      // the units with the highest 人均捐款
)

// registry lists the builders by id, in the order IDs returns them.
var registry = []struct {
	id    string
	build Builder
	about string // what the chart shows, for template authors
}{
	{TermMembers, termMembers, "各年会员人数(柱)和入会率(折线,右轴)"},
	{TermMoney, termMoney, "各年慈善捐款和帮扶金额"},
	{AnnualGroupDonation, groupDonation, "各分组(学区、片区)人均捐款,由高到低"},
	{AnnualReliefKinds, reliefKinds, "各类慰问帮扶资金(有两类以上时)"},
	{AnnualTopUnits, topUnits, "人均捐款最多的单位"},
}

// About says in Chinese what the chart id shows ("各年慈善捐款和帮扶金额"),
// for the template reference; "" for an unknown id.
func About(id string) string {
	for _, r := range registry {
		if r.id == id {
			return r.about
		}
	}
	return ""
}

// IDs lists every registered chart id.
func IDs() []string {
	out := make([]string, len(registry))
	for i, r := range registry {
		out[i] = r.id
	}
	return out
}

// Known reports whether id is a registered chart.
func Known(id string) bool {
	for _, r := range registry {
		if r.id == id {
			return true
		}
	}
	return false
}

// Build makes the chart id from the result. ok is false for an unknown id
// (see Known) and when the data do not make that chart; the report then
// leaves the chart out.
func Build(id string, res *rules.Result) (chart.Chart, bool) {
	for _, r := range registry {
		if r.id == id {
			c, ok := r.build(res)
			if !ok || !c.Valid() {
				return chart.Chart{}, false
			}
			c.ID = id
			return c, true
		}
	}
	return chart.Chart{}, false
}

// Defaults lists the charts a report of the given kind ("annual",
// "halfyear", "congress", "term", "plan", as report.Kind names them) shows
// (the built-in templates place them after the paragraphs that state
// their figures): a term review the members and the money by year; an
// annual, half-year or congress report the groups' per-head donations and
// the relief money by kind. The charts the data do
// not make are left out when built.
func Defaults(kind string) []string {
	switch kind {
	case "term":
		return []string{TermMembers, TermMoney}
	case "annual", "halfyear", "congress":
		return []string{AnnualGroupDonation, AnnualReliefKinds}
	}
	return nil
}

// BuildDefaults builds the default charts of a report kind that the data
// make, in order.
func BuildDefaults(kind string, res *rules.Result) []chart.Chart {
	var out []chart.Chart
	for _, id := range Defaults(kind) {
		if c, ok := Build(id, res); ok {
			out = append(out, c)
		}
	}
	return out
}

// writer words the result's figures as the report does.
func writer(res *rules.Result) *prose.Writer { return prose.New(res, len(res.History) > 0) }

// periodLabels are the labels of every period given, oldest first.
func periodLabels(res *rules.Result) []string {
	ps := res.Periods()
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.When.Label()
	}
	return out
}

// span words the periods a review covers: "2019—2023年" for whole years,
// else the first and last periods' labels joined by a dash.
func span(ps []*record.Period) string {
	first, last := ps[0].When, ps[len(ps)-1].When
	whole := func(s record.PeriodSpec) bool {
		return (s.Part == "" || s.Part == record.PartYear) && s.FromYear == nil
	}
	if whole(first) && whole(last) {
		return strings.TrimSuffix(first.Label(), "年") + "—" + last.Label()
	}
	return first.Label() + "—" + last.Label()
}

// termMembers charts the members of every period as bars and 入会率 as a
// line on a second axis; members alone, or the rate alone, when the other
// is missing in some period.
func termMembers(res *rules.Result) (chart.Chart, bool) {
	ps := res.Periods()
	if len(ps) < 2 {
		return chart.Chart{}, false
	}
	pw := writer(res)
	members := res.Series(rules.IDMembers)
	rate := res.Series(rules.IDMembershipRate)
	c := chart.Chart{Categories: periodLabels(res)}
	var names []string
	if allOK(members) {
		c.Series = append(c.Series, seriesOf(pw, members[0].Label, members, nil, rules.IDMembers))
		names = append(names, members[0].Label)
	}
	if allOK(rate) {
		s := seriesOf(pw, rate[0].Label, rate, nil, rules.IDMembershipRate)
		if len(c.Series) > 0 {
			s.Axis = chart.Right
		}
		c.Series = append(c.Series, s)
		names = append(names, rate[0].Label)
	}
	switch {
	case len(c.Series) == 2:
		c.Kind = chart.BarLine
	case len(c.Series) == 1 && c.Series[0].Unit == "%":
		c.Kind = chart.Line
	case len(c.Series) == 1:
		c.Kind = chart.Bar
	default:
		return chart.Chart{}, false
	}
	c.Title = span(ps) + strings.Join(names, "和")
	return c, true
}

// termMoney charts the charity total and the relief money of every period
// side by side, in one unit.
func termMoney(res *rules.Result) (chart.Chart, bool) {
	ps := res.Periods()
	if len(ps) < 2 {
		return chart.Chart{}, false
	}
	pw := writer(res)
	var sets [][]rules.Value
	var ids []string
	for _, id := range []string{rules.IDCharityTotal, rules.IDReliefAmount} {
		if vs := res.Series(id); allOK(vs) {
			sets = append(sets, vs)
			ids = append(ids, id)
		}
	}
	if len(sets) == 0 {
		return chart.Chart{}, false
	}
	top := new(big.Rat)
	for _, vs := range sets {
		if m := largest(vs); m.Cmp(top) > 0 {
			top = m
		}
	}
	c := chart.Chart{Kind: chart.Bar, Categories: periodLabels(res)}
	var names []string
	for i, vs := range sets {
		c.Series = append(c.Series, seriesOf(pw, vs[0].Label, vs, top, ids[i]))
		names = append(names, vs[0].Label)
	}
	if len(c.Series) > 1 {
		c.Kind = chart.GroupedBar
	}
	c.Title = span(ps) + strings.Join(names, "和")
	return c, true
}

// rankingChart charts a ranking's entries in ranked order, as bars.
func rankingChart(res *rules.Result, id, title string) (chart.Chart, bool) {
	rk, ok := res.Ranking(id)
	if !ok || len(rk.Entries) < 2 {
		return chart.Chart{}, false
	}
	values := make([]rules.Value, len(rk.Entries))
	c := chart.Chart{Kind: chart.Bar, Title: res.Period.When.Label() + title}
	for i, e := range rk.Entries {
		values[i] = e.Value
		c.Categories = append(c.Categories, e.Name)
	}
	if !allOK(values) {
		return chart.Chart{}, false
	}
	c.Series = []chart.Series{seriesOf(writer(res), values[0].Label, values, nil, rk.Indicator, rk.ID)}
	return c, true
}

// groupDonation charts the groups' 人均捐款, highest first.
func groupDonation(res *rules.Result) (chart.Chart, bool) {
	rk, ok := res.Ranking(rules.RankGroupDonation)
	if !ok {
		return chart.Chart{}, false
	}
	return rankingChart(res, rules.RankGroupDonation, strings.TrimSuffix(rk.Label, "排名"))
}

// topUnits charts the units with the highest 人均捐款.
func topUnits(res *rules.Result) (chart.Chart, bool) {
	rk, ok := res.Ranking(rules.RankTopUnits)
	if !ok {
		return chart.Chart{}, false
	}
	return rankingChart(res, rules.RankTopUnits, rk.Label)
}

// reliefKinds charts the relief money of each kind (慰问金, 困难补助,
// 助学金 …), largest first, when the money is of two kinds or more.
func reliefKinds(res *rules.Result) (chart.Chart, bool) {
	var values []rules.Value
	for _, v := range res.Values {
		if v.ID == rules.IDReliefCategoryAmount {
			values = append(values, v)
		}
	}
	if len(values) < 2 || !allOK(values) {
		return chart.Chart{}, false
	}
	slices.SortStableFunc(values, func(a, b rules.Value) int { return b.Num.Cmp(a.Num) })
	c := chart.Chart{Kind: chart.Bar, Title: res.Period.When.Label() + "各类慰问帮扶资金"}
	w := writer(res)
	for _, v := range values {
		c.Categories = append(c.Categories, w.ReliefKind(v.Subject)) // 其他 by what it is, as the text names it
	}
	c.Series = []chart.Series{seriesOf(w, "发放金额", values, nil, rules.IDReliefCategoryAmount)}
	return c, true
}
