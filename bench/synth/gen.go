package synth

import (
	"fmt"
	"math/rand/v2"
)

// unitsPerGroup is the typical number of schools in one 学区.
const unitsPerGroup = 15

// direct are the county's directly run units: kind, type, name suffix and
// staff range. The first ones always exist; the list repeats numbered
// schools when a large county needs more.
var direct = []struct {
	kind, typ, suffix string
	lo, hi            int
}{
	{"单位", "机关", "教育局机关", 30, 60},
	{"单位", "中心", "教师发展中心", 20, 50},
	{"学校", "中小学", "第一中学", 150, 300},
	{"学校", "中小学", "实验小学", 80, 180},
	{"学校", "中小学", "职业技术学校", 90, 200},
	{"学校", "幼儿园", "实验幼儿园", 20, 50},
	{"学校", "中小学", "第二中学", 120, 260},
	{"学校", "中小学", "特殊教育学校", 15, 40},
}

// generate builds a county with n units (n >= 1), deterministically from seed.
func generate(n int, seed uint64, year int) *county {
	r := rand.New(rand.NewPCG(seed, 0x7a6f6e676a6965)) // "zongjie"
	c := &county{name: counties[r.IntN(len(counties))], year: year, chair: person(r)}
	c.makeUnits(r, n)
	c.makeFinance(r)
	c.makeDrive(r)
	c.makeRelief(r)
	c.makeEvents(r)
	c.makeHonours(r)
	c.makeFigures(r)
	return c
}

// makeUnits lays out the groups and their units: the directly run units
// first, then one 学区 per town with its office, middle school, central
// primary school, central kindergarten and village schools.
func (c *county) makeUnits(r *rand.Rand, n int) {
	nDirect := min(n, max(2, n/50))
	towns := 0
	if n > nDirect {
		towns = max(1, (n-nDirect+unitsPerGroup/2)/unitsPerGroup)
	}
	c.groups = append(c.groups, group{name: "直属学校", kind: "直属"})
	for i := range nDirect {
		if i < len(direct) {
			d := direct[i]
			c.addUnit(r, c.name+d.suffix, "直属学校", d.kind, d.typ, d.lo, d.hi)
			continue
		}
		// Beyond the fixed list, numbered middle and primary schools.
		k := i - len(direct)
		if k%2 == 0 {
			c.addUnit(r, fmt.Sprintf("%s第%s中学", c.name, hanNumber(k/2+3)), "直属学校", "学校", "中小学", 80, 260)
		} else {
			c.addUnit(r, fmt.Sprintf("%s第%s小学", c.name, hanNumber(k/2+1)), "直属学校", "学校", "中小学", 40, 150)
		}
	}
	if towns == 0 {
		return
	}
	names := stems(r, towns)
	rest := n - nDirect
	for t, stem := range names {
		size := rest / towns
		if t < rest%towns {
			size++
		}
		town := stem + []string{"镇", "镇", "镇", "乡", "街道"}[r.IntN(5)]
		g := group{name: stem + "学区", kind: "学区"}
		if r.IntN(4) == 0 {
			g.planned = 1 + r.IntN(3)
			g.built = g.planned - r.IntN(2)
		}
		c.groups = append(c.groups, g)
		c.townUnits(r, town, g.name, size)
	}
}

// townUnits adds size units of one town.
func (c *county) townUnits(r *rand.Rand, town, g string, size int) {
	v := newVillages(r, town)
	core := []struct {
		kind, typ, name string
		lo, hi          int
	}{
		{"学校", "中小学", town + "中心小学", 40, 150},
		{"学校", "中小学", town + "中学", 60, 300},
		{"学校", "幼儿园", town + "中心幼儿园", 12, 40},
		{"单位", "学区", g, 10, 20},
	}
	for i := range size {
		if i < len(core) {
			k := core[i]
			c.addUnit(r, k.name, g, k.kind, k.typ, k.lo, k.hi)
			continue
		}
		switch x := r.IntN(10); {
		case x < 5:
			c.addUnit(r, town+v.next()+"小学", g, "学校", "中小学", 10, 60)
		case x < 9:
			c.addUnit(r, town+v.next()+"幼儿园", g, "学校", "幼儿园", 10, 30)
		default:
			c.addUnit(r, town+v.next()+"社区学校", g, "学校", "社区学校", 10, 20)
		}
	}
}

// addUnit appends a unit with plausible staff, members, spending and donation.
func (c *county) addUnit(r *rand.Rand, name, g, kind, typ string, lo, hi int) {
	u := unit{name: name, group: g, kind: kind, typ: typ}
	u.staff = lo + r.IntN(hi-lo+1)
	u.women = u.staff * (55 + r.IntN(30)) / 100
	u.hasUnion = r.IntN(40) != 0
	if u.hasUnion {
		u.members = u.staff - r.IntN(u.staff/10+1)
		if typ == "幼儿园" && r.IntN(3) == 0 {
			u.members = u.staff * (50 + r.IntN(40)) / 100
		}
		u.held = r.IntN(20) != 0
		if r.IntN(12) != 0 { // some unions spent nothing this year
			perHead := int64(300 + r.IntN(1500))
			u.spending = int64(u.members)*perHead*100 + int64(r.IntN(2))*int64(r.IntN(100))
		}
	}
	if r.IntN(30) != 0 { // a few units did not take part in the drive
		u.donation = int64(u.staff) * int64(80+r.IntN(180)) * 100
		if r.IntN(5) == 0 {
			u.collective = int64(1+r.IntN(16)) * 500 * 100
		}
	}
	c.units = append(c.units, u)
}

// hanNumber writes n (1 <= n <= 9999) in Chinese numerals as used in school
// names: 3 三, 12 十二, 105 一百零五, 2000 二千.
func hanNumber(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	if n < 1 || n > 9999 {
		return fmt.Sprint(n)
	}
	if n >= 10 && n < 20 {
		if n == 10 {
			return "十"
		}
		return "十" + digits[n%10]
	}
	units := []string{"千", "百", "十", ""}
	out, zero := "", false
	for i, p := 0, 1000; p > 0; i, p = i+1, p/10 {
		d := n / p % 10
		switch {
		case d == 0 && out != "":
			zero = true
		case d != 0:
			if zero {
				out += "零"
				zero = false
			}
			out += digits[d] + units[i]
		}
	}
	return out
}
