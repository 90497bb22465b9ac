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

// batchFigures is one relief batch's persons and amount as computed.
type batchFigures struct {
	persons, amount Value
	terms           []string // persons as the source splits them: "145", "80"
}

// relief computes persons, amounts and per-head relief, per batch and in total.
func (c *calc) relief() {
	batches := c.p.Relief.Batches
	if len(batches) == 0 {
		return
	}
	figs := make([]batchFigures, len(batches))
	measures := map[string]bool{}
	var measureList []string
	for i, b := range batches {
		figs[i] = c.batch(i, b)
		m := reliefMeasure(b.Measure)
		if !measures[m] {
			measures[m] = true
			measureList = append(measureList, m)
		}
	}

	persons := def(IDReliefPersons).value("")
	amount := def(IDReliefAmount).value("")
	pSum, aSum := new(big.Rat), new(big.Rat)
	var pTerms, aTerms, pMissing, aMissing []string
	for i, f := range figs {
		persons.Inputs = append(persons.Inputs, f.persons.Inputs...)
		amount.Inputs = append(amount.Inputs, f.amount.Inputs...)
		if f.persons.OK() {
			pSum.Add(pSum, f.persons.Num)
			pTerms = append(pTerms, f.terms...)
		} else {
			pMissing = append(pMissing, batches[i].Occasion+":"+f.persons.Err)
		}
		if f.amount.OK() {
			aSum.Add(aSum, f.amount.Num)
			aTerms = append(aTerms, f.amount.trace())
		} else {
			aMissing = append(aMissing, batches[i].Occasion+":"+f.amount.Err)
		}
	}
	switch {
	case len(measureList) > 1:
		persons.Err = "各批次的计量不同(" + strings.Join(measureList, "、") + "),不能相加"
	case len(pMissing) > 0:
		persons.Err = joinMissing(pMissing)
	default:
		persons.Num = pSum
		persons.Unit = measureList[0]
		persons.Calc = strings.Join(pTerms, " + ")
	}
	if len(aMissing) > 0 {
		amount.Err = joinMissing(aMissing)
	} else {
		amount.Num = aSum
		amount.Calc = strings.Join(aTerms, " + ")
	}
	c.add(persons, true)
	c.add(amount, true)
	c.add(perHead(def(IDReliefPerHead), "", amount, persons), true)
	for i, f := range figs {
		c.add(f.persons, true)
		c.add(f.amount, true)
		c.add(perHead(def(IDBatchPerHead), batches[i].Occasion, f.amount, f.persons), true)
	}
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
	p := def(IDBatchPersons).value(b.Occasion)
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

	a := def(IDBatchAmount).value(b.Occasion)
	switch {
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
