package rules

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
)

// audits runs the built-in cross-record audits on the period.
func (c *calc) audits() []Audit {
	var out []Audit
	add := func(a Audit, ok bool) {
		if ok {
			a.Period = c.p.When.Label()
			a.finish()
			out = append(out, a)
		}
	}
	add(c.auditReliefPersons())
	add(c.auditReliefAmount())
	for _, b := range c.bands {
		add(c.auditBandSum(b))
		for _, a := range c.auditBandUnits(b) {
			add(a, true)
		}
		add(c.auditBandCover(b))
	}
	add(c.auditMembers())
	add(c.auditGroupTask("unions_planned"))
	add(c.auditGroupTask("unions_built"))
	for _, a := range c.recordAudits() { // audits_records.go
		add(a, true)
	}
	for _, a := range c.auditOrders() {
		a.Period = c.p.When.Label()
		out = append(out, a)
	}
	return out
}

// needs says which families' values the audits of a period read (see
// Audits): the bands' (and finance's, which they are made from) when it
// states bands, the charity family's when it states a 人均捐款 of a group
// or unit (auditOrders), the relief family's when it states a relief
// total, every family's when it states a rate the engine computes
// (auditNamedRate). An audit that reads another value must say so here.
type needs struct{ bands, charity, relief, all bool }

// auditsNeed is the needs of p's audits.
func auditsNeed(p *record.Period) needs {
	n := needs{
		bands:  len(p.Finance.Bands) > 0,
		relief: p.Relief.StatedPersons != nil || p.Relief.StatedAmount != nil,
	}
	for i := range p.Groups {
		n.charity = n.charity || p.Groups[i].DonationPerCapita != nil
	}
	for i := range p.Units {
		n.charity = n.charity || p.Units[i].DonationPerCapita != nil
	}
	for _, r := range p.Rates {
		if _, ok := namedRate(r); ok {
			n.all = true // a stated 入会率 against the computed one (auditNamedRate)
		}
	}
	return n
}

func (c *calc) auditReliefPersons() (Audit, bool) {
	r := c.p.Relief
	v, ok := c.find(IDReliefPersons, "")
	if r.StatedPersons == nil || !ok || !v.OK() {
		return Audit{}, false
	}
	var terms []*big.Rat
	for i := range r.Batches {
		b := r.Batches[i]
		if b.Persons != nil {
			terms = append(terms, big.NewRat(*b.Persons, 1))
			continue
		}
		for _, p := range b.Recipients {
			terms = append(terms, big.NewRat(*p.Count, 1))
		}
	}
	stated := big.NewRat(*r.StatedPersons, 1)
	return Audit{
		ID: "relief.persons", Label: "累计慰问人数", Unit: v.Unit,
		Stated: stated, Computed: v.Num,
		StatedText:   ratString(stated) + v.Unit,
		ComputedFrom: "各批次之和", ComputedText: sumText(terms, v.Unit),
		StatedPos:   c.p.Pos("relief.stated_persons"),
		StatedPath:  "relief.stated_persons",
		ComputedPos: c.p.Pos("relief.batches"),
		Inputs:      append([]Input{{Path: "relief.stated_persons", Pos: c.p.Pos("relief.stated_persons"), Value: strconv.FormatInt(*r.StatedPersons, 10)}}, v.Inputs...),
	}, true
}

func (c *calc) auditReliefAmount() (Audit, bool) {
	r := c.p.Relief
	v, ok := c.find(IDReliefAmount, "")
	if r.StatedAmount == nil || !ok || !v.OK() {
		return Audit{}, false
	}
	// the terms of the total: cover bought for members (医疗互助, 保险) and
	// holiday benefits for all (节日福利) are not relief handed out and are
	// not in it
	var terms []*big.Rat
	var left []string // the kinds left out, in the order first met
	for i, b := range r.Batches {
		if apart(b) {
			if !slices.Contains(left, b.Kind) {
				left = append(left, b.Kind)
			}
			continue
		}
		if a, ok := c.find(IDBatchAmount, c.batchSubject(i)); ok && a.OK() {
			terms = append(terms, a.Num)
		}
	}
	from := "各批次之和"
	if len(left) > 0 {
		from += "(不含" + strings.Join(left, "、") + ")"
	}
	return Audit{
		ID: "relief.amount", Label: "累计慰问金额", Unit: "元",
		Stated: r.StatedAmount.Yuan(), Computed: v.Num,
		StatedText:   cnfmt.Money(*r.StatedAmount),
		ComputedFrom: from, ComputedText: sumText(terms, "元"),
		StatedPos:   c.p.Pos("relief.stated_amount"),
		StatedPath:  "relief.stated_amount",
		ComputedPos: c.p.Pos("relief.batches"),
		Inputs:      append([]Input{{Path: "relief.stated_amount", Pos: c.p.Pos("relief.stated_amount"), Value: r.StatedAmount.String()}}, v.Inputs...),
	}, true
}

// auditBandSum checks a stated band total against its three bands:
// "106+13+23=142所".
func (c *calc) auditBandSum(b Band) (Audit, bool) {
	if b.Stated < 0 {
		return Audit{}, false
	}
	sb := c.p.Finance.Bands[b.Stated]
	if sb.Total == nil || sb.AtLeast == nil || sb.Below == nil || sb.Zero == nil {
		return Audit{}, false
	}
	path := fmt.Sprintf("finance.bands[%d]", b.Stated)
	terms := []*big.Rat{big.NewRat(*sb.AtLeast, 1), big.NewRat(*sb.Below, 1), big.NewRat(*sb.Zero, 1)}
	computed := new(big.Rat).Add(terms[0], new(big.Rat).Add(terms[1], terms[2]))
	stated := big.NewRat(*sb.Total, 1)
	return Audit{
		ID: "finance.bands.sum", Subject: b.Kind, Label: b.Kind + "工会数(人均工会支出分档)", Unit: b.Measure,
		Stated: stated, Computed: computed,
		StatedText:   ratString(stated) + b.Measure,
		ComputedFrom: "各档之和", ComputedText: sumText(terms, b.Measure),
		StatedPos:   c.p.Pos(path + ".total"),
		StatedPath:  path + ".total",
		ComputedPos: c.p.Pos(path + ".at_least"),
		Inputs:      append(append(append([]Input(nil), b.AtLeast.Inputs...), b.Below.Inputs...), b.Zero.Inputs...),
	}, true
}

// auditBandUnits checks stated band counts against the units table when the
// bands were computed from it.
func (c *calc) auditBandUnits(b Band) []Audit {
	if !b.Computed || b.Stated < 0 {
		return nil
	}
	sb := c.p.Finance.Bands[b.Stated]
	path := fmt.Sprintf("finance.bands[%d]", b.Stated)
	var out []Audit
	for _, x := range []struct {
		key   string
		n     *int64
		v     Value
		label string
	}{
		{"at_least", sb.AtLeast, b.AtLeast, "人均工会支出" + c.thresholdText() + "及以上的"},
		{"below", sb.Below, b.Below, "人均工会支出不足" + c.thresholdText() + "的"},
		{"zero", sb.Zero, b.Zero, "人均工会支出为0元的"},
		{"total", sb.Total, b.Total, ""},
	} {
		if x.n == nil {
			continue
		}
		stated := big.NewRat(*x.n, 1)
		out = append(out, Audit{
			ID: "finance.bands." + x.key, Subject: b.Kind, Label: x.label + b.Kind + "数", Unit: b.Measure,
			Stated: stated, Computed: x.v.Num,
			StatedText:   ratString(stated) + b.Measure,
			ComputedFrom: "单位表中", ComputedText: ratString(x.v.Num) + b.Measure,
			StatedPos:   c.p.Pos(path + "." + x.key),
			StatedPath:  path + "." + x.key,
			ComputedPos: c.p.Pos("units"),
			Inputs:      x.v.Inputs,
		})
	}
	return out
}

// auditBandCover checks that the stated band total covers every unit of the
// kind the units table lists.
func (c *calc) auditBandCover(b Band) (Audit, bool) {
	if b.Stated < 0 || !b.Total.OK() || b.Units == 0 {
		return Audit{}, false
	}
	listed := big.NewRat(int64(b.Units), 1)
	if b.Total.Num.Cmp(listed) >= 0 {
		return Audit{}, false // covered: nothing to report beyond the sum audit
	}
	path := fmt.Sprintf("finance.bands[%d]", b.Stated)
	return Audit{
		ID: "finance.bands.cover", Subject: b.Kind, Label: "人均工会支出分档的" + b.Kind + "总数（应覆盖单位表所列全部" + b.Kind + "）", Unit: b.Measure,
		Stated: b.Total.Num, Computed: listed,
		StatedText:   ratString(b.Total.Num) + b.Measure,
		ComputedFrom: "单位表列出的" + b.Kind, ComputedText: ratString(listed) + b.Measure,
		StatedPos:   c.p.Pos(path + ".total"),
		StatedPath:  path + ".total",
		ComputedPos: c.p.Pos("units"),
		Inputs:      b.Total.Inputs,
	}, true
}

// auditMembers checks the stated membership against the units table when
// the membership covers the whole organisation and every unit gives its members.
func (c *calc) auditMembers() (Audit, bool) {
	m := c.p.Membership
	if m.Members == nil || !wholeScope(m.Scope) || len(c.p.Units) == 0 {
		return Audit{}, false
	}
	for i := range c.p.Units {
		if c.p.Units[i].Members == nil {
			return Audit{}, false
		}
	}
	a := Audit{ID: "membership.members.units", Label: "会员人数", Unit: "人"}
	a.Inputs = make([]Input, len(c.p.Units))
	var sum intSum
	for i := range c.p.Units {
		n := *c.p.Units[i].Members
		sum.add(n)
		a.Inputs[i] = c.unitInput(i, "members", c.unitCountRaw(i, "members", n))
	}
	a.Stated = big.NewRat(*m.Members, 1)
	a.Computed = sum.rat(1)
	a.StatedText = ratString(a.Stated) + "人"
	if n := len(c.p.Units); n <= 12 {
		terms := make([]*big.Rat, n)
		for i := range c.p.Units {
			terms[i] = big.NewRat(*c.p.Units[i].Members, 1)
		}
		a.ComputedFrom, a.ComputedText = "各单位会员人数之和", sumText(terms, "人")
	} else {
		a.ComputedFrom = fmt.Sprintf("%d个单位会员人数之和", n)
		a.ComputedText = ratString(a.Computed) + "人"
	}
	a.StatedPos = c.p.Pos("membership.members")
	a.StatedPath = "membership.members"
	a.ComputedPos = c.p.Pos("units")
	return a, true
}

// auditGroupTask checks building.unions_planned (or _built) against the
// groups' figures when every group gives one.
func (c *calc) auditGroupTask(key string) (Audit, bool) {
	b := c.p.Building
	total, label := b.UnionsPlanned, "计划组建工会数"
	if key == "unions_built" {
		total, label = b.UnionsBuilt, "实际组建工会数"
	}
	if total == nil || len(c.p.Groups) == 0 {
		return Audit{}, false
	}
	a := Audit{ID: "building." + key + ".groups", Label: label, Unit: "个"}
	var terms []*big.Rat
	for i, g := range c.p.Groups {
		n := g.UnionsPlanned
		if key == "unions_built" {
			n = g.UnionsBuilt
		}
		if n == nil {
			return Audit{}, false
		}
		terms = append(terms, big.NewRat(*n, 1))
		path := fmt.Sprintf("groups[%d].%s", i, key)
		a.Inputs = append(a.Inputs, Input{Path: path, Pos: c.p.Pos(path), Value: strconv.FormatInt(*n, 10)})
	}
	a.Stated = big.NewRat(*total, 1)
	a.Computed = new(big.Rat)
	for _, t := range terms {
		a.Computed.Add(a.Computed, t)
	}
	a.StatedText = ratString(a.Stated) + "个"
	a.ComputedFrom, a.ComputedText = "各分组之和", sumText(terms, "个")
	a.StatedPos = c.p.Pos("building." + key)
	a.StatedPath = "building." + key
	a.ComputedPos = c.p.Pos("groups")
	return a, true
}
