package rollup

import (
	"strconv"
	"strings"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// row is one row of the federation's units table: a union rolled up, with
// the approximate figures of its fields, by data key.
type row struct {
	u      record.Unit
	approx map[string]num.Approx
	// at says where each of the row's figures was written, by data key,
	// for an audit of the register's figures: a union's own figures (at),
	// or row index of the units table of table (a partial roll-up's, or
	// the register itself for a unit without a union).
	at    []keyPos
	table *record.Period
	index int
	// unionless: the register's row of a unit without a union.
	unionless bool
}

// keyPos is where the figure of a data key was written. A row has a few
// (a slice, not a map: a roll-up keeps a row for each of a hundred
// thousand unions).
type keyPos struct {
	key string
	pos record.Pos
}

// pos says where the row's figure key was written.
func (r *row) pos(key string) []record.Pos {
	for _, a := range r.at {
		if a.key == key {
			return []record.Pos{a.pos}
		}
	}
	if r.table != nil {
		return []record.Pos{r.table.FieldPos("units", r.index, key)}
	}
	return nil
}

// rowOf makes the row of a union from its records: its staff and members,
// its union spending (finance.expenditure) and the total of its charity
// drives as its donation; its kind of unit from its sector.
func rowOf(p *record.Period) row {
	r := row{at: make([]keyPos, 0, 4)}
	r.u.Name = strings.TrimSpace(p.Org.Name)
	yes := true
	r.u.HasUnion = &yes
	switch record.SectorOf(p.Org) {
	case record.SectorSchool:
		r.u.Kind = "学校"
	case record.SectorEnterprise:
		r.u.Kind = "企业"
	default:
		r.u.Kind = "单位"
	}
	take := func(key, path string, v *int64) *int64 {
		r.at = append(r.at, keyPos{key, p.Pos(path)})
		if v != nil {
			x := *v
			return &x
		}
		r.setApprox(key, p, path)
		return nil
	}
	takeMoney := func(key, path string, v *num.Money) *num.Money {
		r.at = append(r.at, keyPos{key, p.Pos(path)})
		if v != nil {
			x := *v
			return &x
		}
		r.setApprox(key, p, path)
		return nil
	}
	r.u.Staff = take("staff", "membership.staff", p.Membership.Staff)
	r.u.Members = take("members", "membership.members", p.Membership.Members)
	r.u.Spending = takeMoney("spending", "finance.expenditure", p.Finance.Expenditure)
	if len(p.Charity) > 0 {
		r.at = append(r.at, keyPos{"donation", p.Pos("charity")})
		var f figure
		for i, d := range p.Charity {
			path := "charity[" + strconv.Itoa(i) + "].total"
			switch a, ok := p.Approx(path); {
			case d.Total != nil:
				f.addExact(int64(*d.Total), record.Pos{})
			case ok:
				f.addApprox(a, figMoney, record.Pos{})
			default:
				f.missing = true
			}
		}
		switch {
		case f.isExact():
			m := num.Money(f.exact)
			r.u.Donation = &m
		case f.stated:
			if a, ok := f.approximate(figMoney); ok {
				r.setApproxValue("donation", a)
			}
		}
	}
	return r
}

func (r *row) setApprox(key string, p *record.Period, path string) {
	if a, ok := p.Approx(path); ok {
		r.setApproxValue(key, a)
	}
}

func (r *row) setApproxValue(key string, a num.Approx) {
	if r.approx == nil {
		r.approx = map[string]num.Approx{}
	}
	r.approx[key] = a
}

// rowsOf returns the rows of a partial roll-up's units table as they are.
func rowsOf(p *record.Period) []row {
	rows := make([]row, len(p.Units))
	approx := p.ApproxPaths()
	for i := range p.Units {
		rows[i] = row{u: p.Units[i], table: p, index: i}
	}
	for _, path := range approx {
		i, key, ok := rowIndex(path)
		if !ok || i >= len(rows) {
			continue
		}
		a, _ := p.Approx(path)
		rows[i].setApproxValue(key, a)
	}
	return rows
}

// rowIndex splits "units[12].staff" into 12 and "staff".
func rowIndex(path string) (int, string, bool) {
	rest, ok := strings.CutPrefix(path, "units[")
	if !ok {
		return 0, "", false
	}
	digits, key, ok := strings.Cut(rest, "].")
	if !ok || digits == "" || strings.ContainsAny(key, ".[") {
		return 0, "", false
	}
	n := 0
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, "", false
		}
		n = n*10 + int(c-'0')
	}
	return n, key, true
}
