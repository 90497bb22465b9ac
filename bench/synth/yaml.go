package synth

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// yuan writes an amount in 分 as plain 元: 7671300, 13417.56.
func yuan(m int64) string {
	s := strconv.FormatInt(m/100, 10)
	if f := m % 100; f != 0 {
		s += strings.TrimRight(fmt.Sprintf(".%02d", f), "0")
	}
	return s
}

// roundUpWan rounds an amount in 分 up to whole 万元.
func roundUpWan(m int64) int64 {
	const wan = 10000 * 100
	return (m + wan - 1) / wan * wan
}

func yesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}

// writeYAML writes the county as a zongjie data file, the units as a
// columns/rows table, one row per unit.
func (c *county) writeYAML(out io.Writer, seed uint64) error {
	b := &strings.Builder{}
	b.Grow(200 + len(c.units)*110)
	s := c.sums()
	y := c.year
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }

	p("# %s教育工会 %d 年度工作数据(合成数据:zjgen -units %d -seed %d)\n", c.name, y, len(c.units), seed)
	p("# 由 go run ./cmd/zjgen 生成,供测试和性能测量使用;人名、地名均为虚构。\n\n")
	p("organisation:\n  name: %s教育工会\n  short_name: 县教育工会\n  kind: 教育系统\n  parent: %s总工会\n", c.name, c.name)
	p("  leadership: [县教育局党委, 上级工会]\n  chair: %s\n  centre: 教育中心工作\n", c.chair)
	number, elected := committeeOf(y)
	p("  committee: {number: %d, elected: %d, term_years: 5}\n\n", number, elected)
	p("period:\n  year: %d\n  report_date: %d-12-28\n\n", y, y)

	p("membership:\n  units: %d\n  staff: %d\n  members: %d\n  new_members: %d\n", len(c.units), s.staff, s.members, s.members/30)
	p("  women_staff: %d\n  women_members: %d\n\n", s.women, s.womenMembers)

	p("groups:\n")
	planned, built := 0, 0
	for _, g := range c.groups {
		p("  - {name: %s, kind: %s", g.name, g.kind)
		if g.planned > 0 {
			p(", unions_planned: %d, unions_built: %d", g.planned, g.built)
			planned += g.planned
			built += g.built
		}
		p("}\n")
	}

	p("\nunits:\n  columns: [name, group, kind, type, staff, members, has_union, held_meeting, spending, donation, collective_donation]\n  rows:\n")
	for _, u := range c.units {
		members, held, spending, coll := "~", "~", "~", "~"
		if u.hasUnion {
			members, held = strconv.Itoa(u.members), yesNo(u.held)
			spending = yuan(u.spending)
		}
		if u.collective > 0 {
			coll = yuan(u.collective)
		}
		p("    - [%s, %s, %s, %s, %d, %s, %s, %s, %s, %s, %s]\n", u.name, u.group, u.kind, u.typ,
			u.staff, members, yesNo(u.hasUnion), held, spending, yuan(u.donation), coll)
	}

	p("\nbuilding:\n  unions_planned: %d\n  unions_built: %d\n  units_required: %d\n  units_covered: %d\n\n", planned, built, len(c.units), s.covered)

	spent := c.payroll / 50 // 2% of the payroll
	transferred := spent * 9 / 10
	p("finance:\n  payroll: %s\n  spent: %s\n  transferred: %s\n  dues: %s\n  expenditure: %s\n\n",
		yuan(c.payroll), yuan(spent), yuan(transferred), yuan(c.payroll/200/int64(max(1, s.staff))*int64(s.members)), yuan(s.spending))

	c.writeDrive(b, s)
	reliefPersons, reliefAmount := c.writeRelief(b)
	c.writeEvents(b)
	c.writeTargets(b, s, reliefPersons, reliefAmount)
	c.writeText(b)

	_, err := io.WriteString(out, b.String())
	return err
}

func (c *county) writeDrive(b *strings.Builder, s sums) {
	d, y := c.drive, c.year
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("charity:\n  - name: 慈善一日捐\n    start: %d-%02d\n    end: %d-%02d\n    total: %s\n", y, d.startMonth, y, d.endMonth, yuan(s.donation+s.collective))
	p("    participation:\n")
	for _, typ := range []string{"中小学", "幼儿园", "社区学校"} {
		eligible, took := 0, 0
		for _, u := range c.units {
			if u.typ == typ {
				eligible++
				if u.donation > 0 {
					took++
				}
			}
		}
		if eligible > 0 {
			p("      - {category: %s, eligible: %d, participated: %d}\n", typ, eligible, took)
		}
	}
	p("    threshold: 500\n    donors_at_least: %d\n", d.donorsAtLeast)
	p("    top_individual: {names: [%s], title: 校长, amount: %s}\n", d.topPerson, yuan(d.topAmount))
	if d.topUnit != "" {
		p("    top_collective: {names: [%s], amount: %s}\n", d.topUnit, yuan(d.topUnitAmount))
	}
	p("    commended: %d\n\n", d.commended)
}

// writeRelief writes the relief batches and, as the source would state them,
// their totals; it returns those totals.
func (c *county) writeRelief(b *strings.Builder) (int, int64) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("relief:\n  batches:\n")
	persons, amount := 0, int64(0)
	for _, r := range c.relief {
		n, m := r.total()
		persons += n
		amount += m
		p("    - occasion: %s\n      who: %s\n", r.occasion, r.who)
		if r.day > 0 {
			p("      date: %d-%02d-%02d\n", c.year, r.month, r.day)
		} else {
			p("      date: %d-%02d\n", c.year, r.month)
		}
		if len(r.recipients) > 0 {
			p("      recipients:\n")
			for _, pt := range r.recipients {
				p("        - {label: %s, count: %d}\n", pt.label, pt.count)
			}
		} else {
			p("      persons: %d\n", r.persons)
		}
		if r.amount > 0 {
			p("      amount: %s\n", yuan(r.amount))
		} else {
			p("      each: %s\n", yuan(r.each))
		}
		if r.source != "" {
			p("      source: %s\n", r.source)
		}
	}
	p("  stated_persons: %d\n  stated_amount: %s\n\n", persons, yuan(amount))
	return persons, amount
}

func (c *county) writeEvents(b *strings.Builder) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("activities:\n")
	for _, e := range c.events {
		if e.day > 0 {
			p("  - date: %d-%02d-%02d\n", c.year, e.month, e.day)
		} else {
			p("  - date: %d-%02d\n", c.year, e.month)
		}
		if e.endMonth > 0 {
			p("    end: %d-%02d\n", c.year, e.endMonth)
		}
		p("    name: %s\n    category: %s\n    level: %s\n    role: %s\n    participants: %d\n", e.name, e.category, e.level, e.role, e.participants)
		if len(e.results) > 0 {
			p("    results:\n")
			for _, r := range e.results {
				p("      - {who: %s, award: %s", r.who, r.award)
				if r.rank > 0 {
					p(", rank: %d", r.rank)
				}
				p("}\n")
			}
		}
	}
	p("\nhonours:\n")
	for _, h := range c.honours {
		p("  - {who: %s, title: %s, level: %s, by: %s, date: %d-%02d}\n", h.who, h.title, h.level, h.by, c.year, h.month)
	}
	p("\ndemocracy:\n  body: 教代会\n  sessions: 1\n  proposals: %d\n  accepted: %d\n  implemented: %d\n  open_items: %d\n\n",
		c.proposals, c.accepted, c.implemented, c.openItems)
	p("labour:\n  trainings: %d\n  trained: %d\n\n", c.trainings, c.trained)
	p("women:\n  committee: 是\n  insured: %d\n  checkups: %d\n  activities: %d\n\n", c.insured, c.checkups, c.womenEvents)
}

// writeTargets sets next year's targets a little above this year's results;
// the relief target is split into its sources.
func (c *county) writeTargets(b *strings.Builder, s sums, reliefPersons int, reliefAmount int64) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	charity := roundUpWan((s.donation + s.collective) * 105 / 100)
	relief := roundUpWan(reliefAmount * 105 / 100)
	fromCity := roundUpWan(relief / 10)
	p("targets:\n  - metric: charity.total\n    amount: %s\n", yuan(charity))
	p("  - metric: relief.amount\n    amount: %s\n    parts:\n", yuan(relief))
	p("      - {label: 教师节、年终、临时应急慰问, amount: %s}\n", yuan(relief-fromCity))
	p("      - {label: 市教育工会帮扶慰问金, amount: %s}\n", yuan(fromCity))
	p("  - metric: relief.persons\n    count: %d\n", reliefPersons+reliefPersons/20+1)
	p("  - metric: building.coverage\n    rate: 100\n\n")
}

func (c *county) writeText(b *strings.Builder) {
	b.WriteString(`text:
  problems:
    - 个别学校工会经费使用不够规范,支出结构有待优化。
    - 部分民办幼儿园工会组织不健全,会员大会未按期召开。
    - 文体活动的计划性不强,基层工会自主开展活动较少。
  guidance: 以习近平新时代中国特色社会主义思想为指导
  theme: 温馨工会、和谐校园
  plan:
    - heading: 加强工会自身建设
      items:
        - 完成到届基层工会的换届选举,实现基层工会全覆盖。
        - 举办工会干部培训班,提高基层工会干部的履职能力。
        - 规范工会经费收支管理,提高经费使用效益。
    - heading: 服务教职工,办好实事
      items:
        - 继续实施困难教职工帮扶,确保慈善一日捐全员参与。
        - 组织教职工健康体检和暑期疗休养。
        - 开展教职工喜闻乐见的文体活动。
`)
}

// committeeOf is the committee in office in year y of a synthetic county:
// one elected every five years (2021, 2026 …), the fourth elected in 2021,
// so that the files of several years agree on each committee.
func committeeOf(y int) (number, elected int) {
	since := ((y-2021)%5 + 5) % 5
	elected = y - since
	return 4 + (elected-2021)/5, elected
}
