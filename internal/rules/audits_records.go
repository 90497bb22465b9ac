package rules

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/num"
	"zongjie/internal/record"
)

// recordAudits checks the totals a source states for the facts of every
// sector against their parts, each only when every figure it needs was
// written exactly (an approximate figure is never audited against a sum):
//
//   - membership.staff against the units table's staff, and
//     membership.units against the number of units listed;
//   - a relief batch's amount against its payments;
//   - building.unions_built against the new unions listed, and
//     building.unions_total against 独立建会 + 联合工会;
//   - labour.hazards_found against 当场整改 + 限期整改;
//   - bargaining.covered against the staff of the contracts listed;
//   - a stated rate with its base against the rate it gives, at the
//     precision the rate was written with;
//   - an activity's prize counts against the winners it names.
func (c *calc) recordAudits() []Audit {
	var out []Audit
	add := func(a Audit, ok bool) {
		if ok {
			out = append(out, a)
		}
	}
	add(c.auditUnitStaff())
	add(c.auditUnitCount())
	for i := range c.p.Relief.Batches {
		add(c.auditPayments(i))
	}
	add(c.auditNewUnions())
	add(c.auditCountSum("building.unions_total.kinds", "期末工会总数", "个", "building.unions_total", c.p.Building.UnionsTotal,
		"独立建会与联合工会之和", []countTerm{{"building.independent", c.p.Building.Independent}, {"building.joint", c.p.Building.Joint}}))
	add(c.auditCountSum("labour.hazards", "查出的安全隐患", "处", "labour.hazards_found", c.p.Labour.HazardsFound,
		"当场整改与限期整改之和", []countTerm{{"labour.hazards_fixed", c.p.Labour.HazardsFixed}, {"labour.hazards_scheduled", c.p.Labour.HazardsScheduled}}))
	add(c.auditContractStaff())
	for i := range c.p.Rates {
		add(c.auditStatedRate(i))
	}
	for i := range c.p.Activities {
		for _, a := range c.auditPrizes(i) {
			add(a, true)
		}
	}
	return out
}

// countTerm is one exact count of a sum, at its data path.
type countTerm struct {
	path string
	n    *int64
}

// auditCountSum checks a stated count against the sum of its parts, when
// all of them are given.
func (c *calc) auditCountSum(id, label, unit, totalPath string, total *int64, from string, terms []countTerm) (Audit, bool) {
	if total == nil {
		return Audit{}, false
	}
	a := Audit{ID: id, Label: label, Unit: unit, ComputedFrom: from}
	var rats []*big.Rat
	for _, t := range terms {
		if t.n == nil {
			return Audit{}, false
		}
		rats = append(rats, big.NewRat(*t.n, 1))
		a.Inputs = append(a.Inputs, Input{Path: t.path, Pos: c.p.Pos(t.path), Value: strconv.FormatInt(*t.n, 10)})
	}
	a.Stated = big.NewRat(*total, 1)
	a.Computed = sumRats(rats)
	a.StatedText = ratString(a.Stated) + unit
	a.ComputedText = sumText(rats, unit)
	a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos(totalPath), totalPath, c.p.Pos(terms[0].path)
	a.Inputs = append([]Input{{Path: totalPath, Pos: a.StatedPos, Value: strconv.FormatInt(*total, 10)}}, a.Inputs...)
	return a, true
}

func sumRats(rs []*big.Rat) *big.Rat {
	s := new(big.Rat)
	for _, r := range rs {
		s.Add(s, r)
	}
	return s
}

// auditUnitStaff checks membership.staff against the units table, when
// the membership covers the whole organisation and every unit gives its
// staff (as auditMembers does for members).
func (c *calc) auditUnitStaff() (Audit, bool) {
	m := c.p.Membership
	if m.Staff == nil || !wholeScope(m.Scope) || len(c.p.Units) == 0 {
		return Audit{}, false
	}
	for i := range c.p.Units {
		if c.p.Units[i].Staff == nil {
			return Audit{}, false
		}
	}
	a := Audit{ID: "membership.staff.units", Label: c.staffWord() + "人数", Unit: "人", Inputs: make([]Input, 0, len(c.p.Units))}
	var sum intSum
	for i := range c.p.Units {
		n := *c.p.Units[i].Staff
		sum.add(n)
		a.Inputs = append(a.Inputs, c.unitInput(i, "staff", c.unitCountRaw(i, "staff", n)))
	}
	a.Stated = big.NewRat(*m.Staff, 1)
	a.Computed = sum.rat(1)
	a.StatedText = ratString(a.Stated) + "人"
	if n := len(c.p.Units); n <= 12 {
		terms := make([]*big.Rat, n)
		for i := range c.p.Units {
			terms[i] = big.NewRat(*c.p.Units[i].Staff, 1)
		}
		a.ComputedFrom, a.ComputedText = "各单位人数之和", sumText(terms, "人")
	} else {
		a.ComputedFrom = fmt.Sprintf("%d个单位人数之和", n)
		a.ComputedText = ratString(a.Computed) + "人"
	}
	a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos("membership.staff"), "membership.staff", c.p.Pos("units")
	return a, true
}

// wholeScope reports whether the membership's scope is the whole
// organisation's people, whom the units table adds up to: none written,
// one that says 全 (全院在编及合同制职工), or one naming people rather than
// a kind of unit (公司在册职工和项目一线劳务人员, not 民办学校(幼儿园), whose
// units are some of those listed).
func wholeScope(scope string) bool {
	s := strings.TrimSpace(scope)
	if i := strings.IndexAny(s, "(（"); i > 0 {
		s = s[:i]
	}
	if s == "" || strings.HasPrefix(s, "全") {
		return true
	}
	for _, people := range []string{"职工", "员工", "人员", "干部", "教职工", "医务人员", "会员"} {
		if strings.HasSuffix(s, people) {
			return true
		}
	}
	return false
}

// staffWord is what the organisation's staff are called.
func (c *calc) staffWord() string { return c.p.Vocabulary().Staff }

// auditUnitCount checks membership.units against the units listed, when
// the membership covers the whole organisation and more than one unit is
// listed (a table of one is a unit's own record).
func (c *calc) auditUnitCount() (Audit, bool) {
	m := c.p.Membership
	if m.Units == nil || m.Scope != "" || len(c.p.Units) < 2 {
		return Audit{}, false
	}
	// A joint union's row stands for the units it covers (enterprises),
	// any other row for one unit.
	var n int64
	covering := false
	for _, u := range c.p.Units {
		if u.Enterprises != nil && *u.Enterprises > 0 {
			n += *u.Enterprises
			covering = true
		} else {
			n++
		}
	}
	a := Audit{ID: "membership.units.count", Label: "基层单位数", Unit: "个", ComputedFrom: "单位表所列",
		Short: "单位表列的是下属工会时，请在各行写它覆盖的单位数 enterprises；或在 membership.scope 写明基层单位数的统计范围。"}
	if covering {
		a.ComputedFrom = "单位表所列(联合工会按所覆盖的单位计)"
	}
	a.Stated = big.NewRat(*m.Units, 1)
	a.Computed = big.NewRat(n, 1)
	a.StatedText, a.ComputedText = ratString(a.Stated)+"个", ratString(a.Computed)+"个"
	a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos("membership.units"), "membership.units", c.p.Pos("units")
	a.Inputs = []Input{{Path: "membership.units", Pos: a.StatedPos, Value: strconv.FormatInt(*m.Units, 10)}}
	return a, true
}

// auditPayments checks a relief batch's amount against its payments.
func (c *calc) auditPayments(i int) (Audit, bool) {
	b := c.p.Relief.Batches[i]
	if b.Amount == nil || len(b.Payments) == 0 {
		return Audit{}, false
	}
	path := fmt.Sprintf("relief.batches[%d]", i)
	name := c.batchSubject(i)
	a := Audit{ID: "relief.batch.payments", Subject: name, Label: name + "发放金额", Unit: "元", ComputedFrom: "各分项之和"}
	var terms []*big.Rat
	for j, p := range b.Payments {
		if p.Amount == nil {
			return Audit{}, false
		}
		terms = append(terms, p.Amount.Yuan())
		pp := fmt.Sprintf("%s.payments[%d].amount", path, j)
		a.Inputs = append(a.Inputs, Input{Path: pp, Pos: c.p.Pos(pp), Value: p.Amount.String()})
	}
	a.Stated, a.Computed = b.Amount.Yuan(), sumRats(terms)
	a.StatedText, a.ComputedText = cnfmt.Money(*b.Amount), sumText(terms, "元")
	a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos(path+".amount"), path+".amount", c.p.Pos(path+".payments")
	a.Inputs = append([]Input{{Path: path + ".amount", Pos: a.StatedPos, Value: b.Amount.String()}}, a.Inputs...)
	return a, true
}

// auditNewUnions checks building.unions_built against the new unions
// listed (a line counts its count, else one).
func (c *calc) auditNewUnions() (Audit, bool) {
	b := c.p.Building
	if b.UnionsBuilt == nil || len(b.NewUnions) == 0 {
		return Audit{}, false
	}
	a := Audit{ID: "building.unions_built.new_unions", Label: "新建工会数", Unit: "个", ComputedFrom: "所列新建工会",
		Short: "只列出其中几个时，另加一行写其余的个数，如 {name: 企业工会, count: %s}。"}
	var terms []*big.Rat
	for i, n := range b.NewUnions {
		k := int64(1)
		path := fmt.Sprintf("building.new_unions[%d]", i)
		if n.Count != nil {
			k = *n.Count
		} else if c.p.Stated(path + ".count") {
			return Audit{}, false // an approximate count
		}
		terms = append(terms, big.NewRat(k, 1))
		a.Inputs = append(a.Inputs, Input{Path: path, Pos: c.p.Pos(path), Value: strconv.FormatInt(k, 10)})
	}
	a.Stated, a.Computed = big.NewRat(*b.UnionsBuilt, 1), sumRats(terms)
	a.StatedText, a.ComputedText = ratString(a.Stated)+"个", sumText(terms, "个")
	a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos("building.unions_built"), "building.unions_built", c.p.Pos("building.new_unions")
	return a, true
}

// auditContractStaff checks bargaining.covered against the staff of the
// contracts listed, when every contract gives its staff.
func (c *calc) auditContractStaff() (Audit, bool) {
	cov := c.p.Bargaining.Covered
	if cov == nil || len(c.p.Contracts) == 0 {
		return Audit{}, false
	}
	a := Audit{ID: "bargaining.covered.contracts", Label: "集体合同覆盖职工", Unit: "人", ComputedFrom: "各份合同覆盖人数之和"}
	var terms []*big.Rat
	for i, k := range c.p.Contracts {
		if k.Staff == nil {
			return Audit{}, false
		}
		terms = append(terms, big.NewRat(*k.Staff, 1))
		path := fmt.Sprintf("contracts[%d].staff", i)
		a.Inputs = append(a.Inputs, Input{Path: path, Pos: c.p.Pos(path), Value: strconv.FormatInt(*k.Staff, 10)})
	}
	a.Stated, a.Computed = big.NewRat(*cov, 1), sumRats(terms)
	a.StatedText, a.ComputedText = ratString(a.Stated)+"人", sumText(terms, "人")
	a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos("bargaining.covered"), "bargaining.covered", c.p.Pos("contracts")
	return a, true
}

// auditStatedRate checks a stated rate against its part and whole, rounded
// half up to the decimals the rate was written with (76.1 against
// 761/1000 → 76.1).
func (c *calc) auditStatedRate(i int) (Audit, bool) {
	r := c.p.Rates[i]
	if r.Rate == nil {
		return Audit{}, false
	}
	path := fmt.Sprintf("rates[%d]", i)
	var part, whole *big.Rat
	var partText, wholeText, partKey, wholeKey string
	switch {
	case r.Part != nil && r.Whole != nil && *r.Whole != 0:
		part, whole = big.NewRat(*r.Part, 1), big.NewRat(*r.Whole, 1)
		partText, wholeText = strconv.FormatInt(*r.Part, 10), strconv.FormatInt(*r.Whole, 10)
		partKey, wholeKey = "part", "whole"
	case r.PartAmount != nil && r.WholeAmount != nil && *r.WholeAmount != 0:
		part, whole = r.PartAmount.Yuan(), r.WholeAmount.Yuan()
		partText, wholeText = cnfmt.Money(*r.PartAmount), cnfmt.Money(*r.WholeAmount)
		partKey, wholeKey = "part_amount", "whole_amount"
	default:
		return c.auditNamedRate(i)
	}
	exact := new(big.Rat).Mul(new(big.Rat).Quo(part, whole), big.NewRat(100, 1))
	shown := num.Round(exact, int(r.Rate.Scale))
	computed, _ := new(big.Rat).SetString(shown)
	a := Audit{ID: "rates." + r.Label, Subject: r.Label, Label: r.Label, Unit: "%", ComputedFrom: "分子分母算出"}
	a.Stated, a.Computed = r.Rate.Rat(), computed
	a.StatedText = r.Rate.String() + "%"
	a.ComputedText = partText + "÷" + wholeText + "=" + shown + "%"
	a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos(path+".rate"), path+".rate", c.p.Pos(path+"."+partKey)
	a.Inputs = []Input{
		{Path: path + ".rate", Pos: a.StatedPos, Value: r.Rate.String()},
		{Path: path + "." + partKey, Pos: c.p.Pos(path + "." + partKey), Value: partText},
		{Path: path + "." + wholeKey, Pos: c.p.Pos(path + "." + wholeKey), Value: wholeText},
	}
	return a, true
}

// auditNamedRate checks a stated rate without its part and whole that
// names a rate the engine computes for the whole period (入会率 95% against
// 会员人数 ÷ 职工人数), rounded half up to the decimals it was written with.
// A rate with a note or a span of its own may be of a part of the union or
// of the year, and is not checked.
func (c *calc) auditNamedRate(i int) (Audit, bool) {
	r := c.p.Rates[i]
	d, ok := namedRate(r)
	if !ok {
		return Audit{}, false
	}
	v, ok := c.find(d.ID, "")
	if !ok || !v.OK() {
		return Audit{}, false
	}
	shown := num.Round(new(big.Rat).Mul(v.Num, big.NewRat(100, 1)), int(r.Rate.Scale))
	computed, _ := new(big.Rat).SetString(shown)
	path := fmt.Sprintf("rates[%d].rate", i)
	a := Audit{ID: "rates." + r.Label, Subject: r.Label, Label: r.Label, Unit: "%", ComputedFrom: "由" + d.Formula + "算出"}
	a.Stated, a.Computed = r.Rate.Rat(), computed
	a.StatedText, a.ComputedText = r.Rate.String()+"%", shown+"%"
	if v.Calc != "" {
		a.ComputedText = v.Calc + "=" + a.ComputedText
	}
	a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos(path), path, c.p.Pos(path)
	if len(v.Inputs) > 0 {
		a.ComputedPos = v.Inputs[0].Pos
	}
	a.Inputs = append([]Input{{Path: path, Pos: a.StatedPos, Value: r.Rate.String()}}, v.Inputs...)
	return a, true
}

// namedRate returns the rate of the whole period that a stated rate names
// by its label, when it is stated without a part and whole, a note or a
// span of its own.
func namedRate(r record.StatedRate) (Def, bool) {
	if r.Rate == nil || r.Part != nil || r.Whole != nil || r.PartAmount != nil || r.WholeAmount != nil || r.Note != "" || !r.Span.IsZero() {
		return Def{}, false
	}
	label := strings.TrimSpace(r.Label)
	for _, d := range catalogue {
		if d.Kind == KindRate && d.Per == PerWhole && d.Label == label {
			return d, true
		}
	}
	return Def{}, false
}

// auditPrizes checks, for each award an activity counts, the count against
// the winners it names with that award ("二等奖 1" against 周跃 二等奖),
// when it names any.
func (c *calc) auditPrizes(i int) []Audit {
	act := c.p.Activities[i]
	if len(act.Results) == 0 {
		return nil
	}
	var out []Audit
	for j, pz := range act.Prizes {
		if pz.Count == nil {
			continue
		}
		named := 0
		var who []string
		for _, res := range act.Results {
			if res.Award == pz.Award {
				named++
				who = append(who, res.Who)
			}
		}
		measure := pz.Measure
		if measure == "" {
			measure = "名"
		}
		path := fmt.Sprintf("activities[%d].prizes[%d].count", i, j)
		a := Audit{ID: "activities.prizes.results", Subject: act.Name + "·" + pz.Award, Label: act.Name + pz.Award + "获奖数", Unit: measure,
			ComputedFrom: "所列获奖者"}
		a.Stated, a.Computed = big.NewRat(*pz.Count, 1), big.NewRat(int64(named), 1)
		a.StatedText = ratString(a.Stated) + measure
		a.ComputedText = strconv.Itoa(named) + measure
		if len(who) > 0 && len(who) <= 5 {
			a.ComputedText += "(" + strings.Join(who, "、") + ")"
		}
		a.StatedPos, a.StatedPath, a.ComputedPos = c.p.Pos(path), path, c.p.Pos(fmt.Sprintf("activities[%d].results", i))
		a.Inputs = []Input{{Path: path, Pos: a.StatedPos, Value: strconv.FormatInt(*pz.Count, 10)}}
		out = append(out, a)
	}
	return out
}
