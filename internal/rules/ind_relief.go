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

// batchFigures is one relief batch's persons and money as computed.
type batchFigures struct {
	persons, amount Value
	terms           []string // persons as the source splits them: "145", "80"
	money           bool     // the batch hands out money (not goods alone)
}

// relief computes persons, money and per-head relief, per batch and in
// total: persons per measure (人, 人次, 户 are never added together), less
// the recipients a batch shares with another (overlaps); the money of the
// batches that hand out money, in total and per kind (慰问金, 助学金 …); the
// value of goods handed out.
func (c *calc) relief() {
	batches := c.p.Relief.Batches
	if len(batches) == 0 {
		return
	}
	figs := make([]batchFigures, len(batches))
	for i, b := range batches {
		figs[i] = c.batch(i, b)
	}
	c.reliefPersons(batches, figs)

	amount := def(IDReliefAmount).value("")
	aSum := new(big.Rat)
	var aTerms, aMissing []string
	anyMoney := false
	for i, f := range figs {
		if !f.money || apart(batches[i]) {
			continue
		}
		anyMoney = true
		amount.Inputs = append(amount.Inputs, f.amount.Inputs...)
		if f.amount.OK() {
			aSum.Add(aSum, f.amount.Num)
			aTerms = append(aTerms, f.amount.trace())
		} else {
			aMissing = append(aMissing, batches[i].Occasion+":"+f.amount.Err)
		}
	}
	if anyMoney {
		if len(aMissing) > 0 {
			amount.Err = joinMissing(aMissing)
		} else {
			amount.Num = aSum
			amount.Calc = strings.Join(aTerms, " + ")
		}
		c.add(amount, true)
	}
	if persons, ok := c.find(IDReliefPersons, ""); ok && anyMoney && c.allMeasured("人") {
		c.add(perHead(def(IDReliefPerHead), "", amount, persons), true)
	}
	c.reliefCategories(batches)
	c.goodsValue(batches)
	for i, f := range figs {
		if f.persons.OK() || f.persons.Err != "" && !strings.HasPrefix(f.persons.Err, "缺少慰问人数") {
			c.add(f.persons, true)
		}
		if f.money {
			c.add(f.amount, true)
			if f.persons.OK() && reliefMeasure(batches[i].Measure) == "人" {
				c.add(perHead(def(IDBatchPerHead), c.batchSubject(i), f.amount, f.persons), true)
			}
		}
	}
}

// allMeasured reports whether every batch counts its recipients in measure.
func (c *calc) allMeasured(measure string) bool {
	for _, b := range c.p.Relief.Batches {
		if !apart(b) && reliefMeasure(b.Measure) != measure {
			return false
		}
	}
	return true
}

// reliefMeasures are the measures relief totals are kept apart by, with
// the value each total is.
var reliefMeasures = []struct{ measure, id string }{
	{"人", IDReliefPersons}, {"人次", IDReliefPersonTimes}, {"户", IDReliefHouseholds},
}

// reliefPersons adds the recipients of the batches counted in each measure,
// less the overlaps recorded between them. A measure whose batches do not
// all state their recipients has no total (无法计算).
func (c *calc) reliefPersons(batches []record.ReliefBatch, figs []batchFigures) {
	for _, rm := range reliefMeasures {
		v := def(rm.id).value("")
		sum := new(big.Rat)
		var terms, missing []string
		n := 0
		for i, b := range batches {
			if reliefMeasure(b.Measure) != rm.measure || apart(b) {
				continue
			}
			n++
			f := figs[i]
			v.Inputs = append(v.Inputs, f.persons.Inputs...)
			if !f.persons.OK() {
				missing = append(missing, b.Occasion+":"+f.persons.Err)
				continue
			}
			sum.Add(sum, f.persons.Num)
			terms = append(terms, f.terms...)
			for j, o := range b.Overlaps {
				if o.Count == nil {
					continue
				}
				op := fmt.Sprintf("relief.batches[%d].overlaps[%d].count", i, j)
				sum.Sub(sum, big.NewRat(*o.Count, 1))
				terms = append(terms, "−"+strconv.FormatInt(*o.Count, 10))
				v.Inputs = append(v.Inputs, Input{Path: op, Pos: c.p.Pos(op), Value: strconv.FormatInt(*o.Count, 10)})
			}
		}
		if n == 0 {
			continue
		}
		if len(missing) > 0 {
			v.Err = joinMissing(missing)
		} else {
			v.Num = sum
			v.Calc = strings.Replace(strings.Join(terms, " + "), "+ −", "− ", -1)
		}
		c.add(v, true)
	}
}

// apart reports whether a batch is kept out of the totals of the relief
// handed out: cover bought for members (record.ReliefBatch.Cover), and
// the holiday benefits (节日福利) every member gets, which are welfare,
// not relief of those in need.
func apart(b record.ReliefBatch) bool { return b.Cover() || b.Kind == "节日福利" }

// reliefKind is the kind of money of a batch: 慰问金 unless written.
func reliefKind(k string) string {
	if k == "" {
		return "慰问金"
	}
	return k
}

// reliefCategories adds the money of each kind of relief (慰问金, 困难补助,
// 助学金 …), a batch's payments each to their own kind.
func (c *calc) reliefCategories(batches []record.ReliefBatch) {
	type cat struct {
		kind   string
		sum    *big.Rat
		terms  []string
		inputs []Input
		ok     bool
	}
	var cats []*cat
	index := map[string]*cat{}
	add := func(kind string, m num.Money, path string) {
		k, found := index[kind]
		if !found {
			k = &cat{kind: kind, sum: new(big.Rat), ok: true}
			index[kind] = k
			cats = append(cats, k)
		}
		k.sum.Add(k.sum, m.Yuan())
		k.terms = append(k.terms, cnfmt.Money(m))
		k.inputs = append(k.inputs, Input{Path: path, Pos: c.p.Pos(path), Value: m.String()})
	}
	for i, b := range batches {
		path := fmt.Sprintf("relief.batches[%d]", i)
		switch {
		case apart(b):
		case len(b.Payments) > 0:
			for j, pm := range b.Payments {
				if pm.Amount != nil {
					add(reliefKind(pm.Kind), *pm.Amount, fmt.Sprintf("%s.payments[%d].amount", path, j))
				}
			}
		case b.Amount != nil:
			add(reliefKind(b.Kind), *b.Amount, path+".amount")
		case b.Each != nil && b.Persons != nil:
			add(reliefKind(b.Kind), *b.Each*num.Money(*b.Persons), path+".each")
		}
	}
	if len(cats) < 2 {
		return // one kind: its money is relief.amount
	}
	for _, k := range cats {
		v := def(IDReliefCategoryAmount).value(k.kind)
		v.Num = k.sum
		v.Inputs = k.inputs
		if len(k.terms) > 1 {
			v.Calc = strings.Join(k.terms, " + ")
		}
		c.add(v, true)
	}
}

// goodsValue adds the value of the goods handed out.
func (c *calc) goodsValue(batches []record.ReliefBatch) {
	v := def(IDReliefGoodsValue).value("")
	sum := new(big.Rat)
	var terms []string
	for i, b := range batches {
		for j, g := range b.Goods {
			if g.Value == nil {
				continue
			}
			gp := fmt.Sprintf("relief.batches[%d].goods[%d].value", i, j)
			sum.Add(sum, g.Value.Yuan())
			terms = append(terms, cnfmt.Money(*g.Value))
			v.Inputs = append(v.Inputs, Input{Path: gp, Pos: c.p.Pos(gp), Value: g.Value.String()})
		}
	}
	if len(terms) == 0 {
		return
	}
	v.Num = sum
	if len(terms) > 1 {
		v.Calc = strings.Join(terms, " + ")
	}
	c.add(v, true)
}

// reliefMeasure returns a batch's measure: 人 unless 人次 or 户 is recorded.
func reliefMeasure(m string) string {
	if m == "" {
		return "人"
	}
	return m
}

// batch computes one batch's persons (persons, or the sum of recipients) and
// amount (amount, or each × persons).
func (c *calc) batch(i int, b record.ReliefBatch) batchFigures {
	path := fmt.Sprintf("relief.batches[%d]", i)
	m := reliefMeasure(b.Measure)
	var f batchFigures
	p := def(IDBatchPersons).value(c.batchSubject(i))
	p.Unit = m
	switch {
	case b.Persons != nil:
		p.Num = big.NewRat(*b.Persons, 1)
		p.Inputs = []Input{{Path: path + ".persons", Pos: c.p.Pos(path + ".persons"), Value: strconv.FormatInt(*b.Persons, 10)}}
		p.Formula = "所报慰问人数"
		f.terms = []string{strconv.FormatInt(*b.Persons, 10)}
	case len(b.Recipients) > 0:
		var n int64
		for j, r := range b.Recipients {
			rp := fmt.Sprintf("%s.recipients[%d].count", path, j)
			if r.Count == nil {
				p.Err = "缺少" + r.Label + "的人数(" + rp + ")"
				break
			}
			n += *r.Count
			f.terms = append(f.terms, strconv.FormatInt(*r.Count, 10))
			p.Inputs = append(p.Inputs, Input{Path: rp, Pos: c.p.Pos(rp), Value: strconv.FormatInt(*r.Count, 10)})
		}
		if p.Err == "" {
			p.Num = big.NewRat(n, 1)
			p.Formula = "各类慰问对象人数之和"
			if len(f.terms) > 1 {
				p.Calc = strings.Join(f.terms, " + ")
			}
		}
	default:
		p.Err = "缺少慰问人数(" + path + ".persons)"
	}
	f.persons = p

	a := def(IDBatchAmount).value(c.batchSubject(i))
	// A batch that states no money (visits, goods, or persons only) is
	// left out of the money total. An approximate amount is never added:
	// the total is then 无法计算, rather than a total that leaves it out.
	approx, isApprox := c.p.Approx(path + ".amount")
	f.money = b.Amount != nil || b.Each != nil || len(b.Payments) > 0 || isApprox
	switch {
	case b.Amount == nil && isApprox:
		a.Err = "金额是约数(" + approx.Words("元") + "),不能相加"
	case b.Amount != nil:
		a.Num = b.Amount.Yuan()
		a.Inputs = []Input{{Path: path + ".amount", Pos: c.p.Pos(path + ".amount"), Value: b.Amount.String()}}
		a.Formula = "所报慰问金额"
	case b.Each != nil && p.OK():
		a.Num = new(big.Rat).Mul(b.Each.Yuan(), p.Num)
		a.Inputs = append([]Input{{Path: path + ".each", Pos: c.p.Pos(path + ".each"), Value: b.Each.String()}}, p.Inputs...)
		a.Formula = "每人慰问金额 × 慰问人数"
		a.Calc = cnfmt.Yuan(*b.Each) + " × " + ratString(p.Num) + m
	case b.Each != nil:
		a.Err = "每人金额已填,但" + p.Err
	case len(b.Payments) > 0:
		sum := new(big.Rat)
		for j, pm := range b.Payments {
			pp := fmt.Sprintf("%s.payments[%d].amount", path, j)
			if pm.Amount == nil {
				a.Err = "缺少分项“" + pm.Kind + "”的金额(" + pp + ")"
				break
			}
			sum.Add(sum, pm.Amount.Yuan())
			a.Inputs = append(a.Inputs, Input{Path: pp, Pos: c.p.Pos(pp), Value: pm.Amount.String()})
		}
		if a.Err == "" {
			a.Num = sum
			a.Formula = "各分项金额之和"
		}
	default:
		a.Err = "缺少慰问金额(" + path + ".amount)"
	}
	f.amount = a
	return f
}

// perHead divides an amount by a number of persons.
func perHead(d Def, subject string, amount, persons Value) Value {
	v := d.value(subject)
	v.Inputs = append(append([]Input(nil), amount.Inputs...), persons.Inputs...)
	switch {
	case !amount.OK():
		v.Err = "慰问金额" + amount.Err
	case !persons.OK():
		v.Err = "慰问人数" + persons.Err
	case persons.Num.Sign() == 0:
		v.Err = "慰问人数为0,不能作除数"
	default:
		v.Num = new(big.Rat).Quo(amount.Num, persons.Num)
		v.Calc = amount.trace() + " ÷ " + persons.trace()
		if persons.Unit != "人" {
			v.Unit = "元/" + persons.Unit
		}
	}
	return v
}

// moneyText words an exact amount of 元 (a whole number of 分).
func moneyText(yuan *big.Rat) string {
	if m, ok := moneyOf(yuan); ok {
		return cnfmt.Money(m)
	}
	return num.FormatRat(yuan, 2, true) + "元"
}
