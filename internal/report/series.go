package report

import (
	"math/big"
	"strings"

	"zongjie/internal/num"
	"zongjie/internal/rules"
)

// The functions of this file read every period given, for a term review.
// With a single period they give missing figures, so their sentences drop.

func (c *composer) multi() bool { return c.res != nil && len(c.res.History) > 0 }

// firstV is the figure id in the first period given.
func (c *composer) firstV(id string) (Figure, error) {
	if !c.known(id) {
		return Figure{}, &fieldError{name: id, msg: "没有这个指标:"}
	}
	if !c.multi() {
		return Figure{}, nil
	}
	return Figure{V: c.res.Series(id)[0], Valid: true, w: c.prose()}, nil
}

// total is the sum of a count or amount over every period given.
func (c *composer) total(id string) (Figure, error) {
	if !c.known(id) {
		return Figure{}, &fieldError{name: id, msg: "没有这个指标:"}
	}
	if !c.multi() {
		return Figure{}, nil
	}
	return Figure{V: c.res.Cumulative(id), Valid: true, w: c.prose()}, nil
}

// growth words the direction from the first period's figure to the
// latest's: 增加到 / 减少到 for amounts and counts, 提高到 / 下降到 for rates.
func (c *composer) growth(id string) (string, error) {
	if !c.known(id) {
		return "", &fieldError{name: id, msg: "没有这个指标:"}
	}
	if !c.multi() {
		return missing, nil
	}
	s := c.res.Series(id)
	a, b := s[0], s[len(s)-1]
	if !a.OK() || !b.OK() {
		return missing, nil
	}
	up, down := "增加到", "减少到"
	if a.Kind == rules.KindRate {
		up, down = "提高到", "下降到"
	}
	switch a.Num.Cmp(b.Num) {
	case -1:
		return up, nil
	case 1:
		return down, nil
	}
	return missing, nil
}

// seriesTable is a table of figures, one row per period given, one column
// per figure; a period without a figure shows "—", a figure no period has
// is left out.
func (c *composer) seriesTable(ids ...string) (string, error) {
	for _, id := range ids {
		if !c.known(id) {
			return "", &fieldError{name: id, msg: "没有这个指标:"}
		}
	}
	if !c.multi() || len(ids) == 0 {
		return "", nil
	}
	header := []any{plain("年度")}
	cols := make([][]rules.Value, len(ids))
	for i, id := range ids {
		cols[i] = c.res.Series(id)
		label := cols[i][0].Label
		if d, ok := rules.Lookup(id); ok {
			label = d.Label
		}
		header = append(header, plain(label))
	}
	rows := []any{header}
	for r, p := range c.periods {
		row := []any{plain(strings.TrimSuffix(p.When.Label(), "年") + "年")}
		for i := range ids {
			row = append(row, c.seriesCell(cols[i], r))
		}
		rows = append(rows, row)
	}
	return table(rows...), nil
}

// seriesCell prints the figure of period r of a column so that the column
// gives every figure in one unit: amounts on both sides of 1万元 (or of
// 1亿元) all in 万元, exact, so a writer can print the unit once in the
// header.
func (c *composer) seriesCell(col []rules.Value, r int) any {
	f := Figure{V: col[r], Valid: true, w: c.prose()}
	if !f.OK() || f.V.Kind != rules.KindAmount {
		return f
	}
	wan, yi := big.NewRat(10000, 1), big.NewRat(100000000, 1)
	var below, above int // figures below 1万元 / from 1亿元, and all
	n := 0
	for _, v := range col {
		if !v.OK() || v.Kind != rules.KindAmount {
			continue
		}
		n++
		a := new(big.Rat).Abs(v.Num)
		if a.Cmp(wan) < 0 {
			below++
		}
		if a.Cmp(yi) >= 0 {
			above++
		}
	}
	if below == 0 && (above == 0 || above == n) || below == n {
		return f // one unit already
	}
	return string(markData) + num.FormatRat(new(big.Rat).Quo(f.V.Num, wan), 6, true) + "万元"
}
