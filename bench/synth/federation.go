package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"zongjie/internal/atomicfile"
)

// Federation is a county federation's data as files for zongjie rollup:
// the county education union's own data file (its name, leadership, text,
// targets, groups, a register of its unions and the totals it states) and
// one data file per grassroots union (a school's union), each naming the
// county union as its parent.
type Federation struct {
	Name   string // the county union, 青溪县教育工会
	Parent []byte // its data file
	// Children are the unions' data files, in register order.
	Children []ChildFile
}

// ChildFile is one union's data file.
type ChildFile struct {
	Name string // the union, 枫林镇中心小学工会
	Data []byte
}

// NewFederation generates a county federation of opt.Units unions
// (deterministic for the seed). Some unions leave out their new members
// and some state an activity's participants approximately (近200人), as
// real returns do, so a roll-up meets partial and approximate figures.
func NewFederation(opt Options) (*Federation, error) {
	if err := opt.Check(); err != nil {
		return nil, err
	}
	if opt.Year == 0 {
		opt.Year = 2023
	}
	c := generate(opt.Units, opt.Seed, opt.Year)
	r := rand.New(rand.NewPCG(opt.Seed, 0x666564)) // "fed"
	for i := range c.units {
		c.units[i].hasUnion = true // every unit of a federation's returns has its union
		if c.units[i].members == 0 {
			c.units[i].members = c.units[i].staff
		}
	}
	f := &Federation{Name: c.name + "教育工会"}
	var sum fedSums
	for i, u := range c.units {
		data, s := c.childYAML(r, i, u)
		sum.add(s)
		f.Children = append(f.Children, ChildFile{Name: u.name + "工会", Data: data})
	}
	f.Parent = c.parentYAML(opt.Seed, sum)
	return f, nil
}

// WriteFiles writes the federation into dir: <name>.yaml and the unions'
// files in the directory <name>/ beside it, which zongjie rollup reads
// when given the federation's file alone. It returns the federation's
// file.
func (f *Federation) WriteFiles(dir string) (string, error) {
	parent := filepath.Join(dir, f.Name+".yaml")
	kids := filepath.Join(dir, f.Name)
	if err := os.MkdirAll(kids, 0o755); err != nil {
		return "", err
	}
	if err := atomicfile.WriteBytes(parent, f.Parent); err != nil {
		return "", err
	}
	width := len(strconv.Itoa(len(f.Children)))
	for i, c := range f.Children {
		name := fmt.Sprintf("%0*d-%s.yaml", width, i+1, c.Name)
		if err := os.WriteFile(filepath.Join(kids, name), c.Data, 0o644); err != nil {
			return "", err
		}
	}
	return parent, nil
}

// fedSums are the totals the county union states, summed from its
// unions' files.
type fedSums struct {
	staff, members, women, womenMembers int
}

func (s *fedSums) add(t fedSums) {
	s.staff += t.staff
	s.members += t.members
	s.women += t.women
	s.womenMembers += t.womenMembers
}

// childYAML writes one union's data file.
func (c *county) childYAML(r *rand.Rand, i int, u unit) ([]byte, fedSums) {
	b := &strings.Builder{}
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	y := c.year
	kind := "学校"
	switch {
	case u.typ == "机关":
		kind = "机关"
	case u.kind == "单位":
		kind = "事业单位"
	}
	womenMembers := u.women * u.members / u.staff
	p("# %s %d 年度工会工作数据(合成数据,人名地名均为虚构)\n", u.name+"工会", y)
	p("organisation:\n  name: %s工会\n  kind: %s\n  sector: 学校\n  parent: %s教育工会\n  chair: %s\n\n", u.name, kind, c.name, person(r))
	p("period:\n  year: %d\n\n", y)
	p("membership:\n  staff: %d\n  members: %d\n  women_staff: %d\n  women_members: %d\n", u.staff, u.members, u.women, womenMembers)
	if i%11 != 5 { // a few returns leave the new members out
		p("  new_members: %d\n", u.members/25+r.IntN(3))
	}
	p("\nfinance:\n  dues: %s\n  expenditure: %s\n\n", yuan(int64(u.members)*int64(120+r.IntN(80))*100), yuan(u.spending))
	if gift := u.donation + u.collective; gift > 0 {
		p("charity:\n  - name: 慈善一日捐\n    start: %d-%02d\n    total: %s\n\n", y, c.drive.startMonth, yuan(gift))
	}
	p("relief:\n  batches:\n")
	spring := u.staff*25/1000 + r.IntN(2)
	if spring > 0 {
		p("    - occasion: 春节走访慰问\n      who: 困难教职工和离退休教师\n      date: %d-01-%02d\n      persons: %d\n      each: 500\n", y, 10+r.IntN(15), spring)
	}
	teachers := u.staff*3/100 + 1
	if i%2 == 0 {
		p("    - occasion: 教师节慰问\n      date: %d-09\n      persons: %d\n      amount: %d\n", y, teachers, teachers*300)
	} else {
		p("    - occasion: 教师节慰问\n      date: %d-09\n      persons: %d\n      each: 300\n", y, teachers)
	}
	p("\nactivities:\n")
	sport := u.members * (70 + r.IntN(25)) / 100
	if i%17 == 3 { // stated approximately
		p("  - name: 教职工趣味运动会\n    category: 文体\n    level: 本单位\n    role: 主办\n    date: %d-%02d\n    participants: 近%d人\n", y, 4+r.IntN(6), (sport+9)/10*10)
	} else {
		p("  - name: 教职工趣味运动会\n    category: 文体\n    level: 本单位\n    role: 主办\n    date: %d-%02d\n    participants: %d\n", y, 4+r.IntN(6), sport)
	}
	if i%3 == 0 {
		p("  - name: 县教职工气排球比赛\n    category: 文体\n    level: 县\n    role: 参加\n    organiser: %s教育工会\n    participants: %d\n", c.name, 8+r.IntN(5))
	}
	if i%23 == 7 {
		p("\nhonours:\n  - {who: %s工会, title: 先进教工之家, level: 县, by: %s总工会, date: %d-11}\n", u.name, c.name, y)
	}
	if kind == "学校" {
		proposals := u.staff/10 + 1
		accepted := proposals * (60 + r.IntN(40)) / 100
		p("\ndemocracy:\n  body: 教代会\n  sessions: 1\n  proposals: %d\n  accepted: %d\n  implemented: %d\n", proposals, accepted, accepted*(70+r.IntN(30))/100)
	}
	if u.women > 0 {
		p("\nwomen:\n  checkups: %d\n", u.women*(60+r.IntN(35))/100)
	}
	return []byte(b.String()), fedSums{staff: u.staff, members: u.members, women: u.women, womenMembers: womenMembers}
}

// parentYAML writes the county union's own data file: its register of
// unions (by unit name, with group, kind, type and staff) and the totals
// it states, which a roll-up checks against its unions' files.
func (c *county) parentYAML(seed uint64, s fedSums) []byte {
	b := &strings.Builder{}
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	y := c.year
	p("# %s教育工会 %d 年度工作数据:本会自己的数据,与 %s教育工会/ 中各基层工会的数据一起汇总\n", c.name, y, c.name)
	p("# (合成数据:zjgen -federation -units %d -seed %d)\n\n", len(c.units), seed)
	p("organisation:\n  name: %s教育工会\n  short_name: 县教育工会\n  kind: 教育系统\n  sector: 学校\n  parent: %s总工会\n", c.name, c.name)
	p("  leadership: [县教育局党委, 上级工会]\n  chair: %s\n  centre: 教育中心工作\n", c.chair)
	number, elected := committeeOf(y)
	p("  committee: {number: %d, elected: %d, term_years: 5}\n\n", number, elected)
	p("period:\n  year: %d\n  report_date: %d-12-28\n\n", y, y)
	p("membership:\n  staff: %d\n  members: %d\n  women_staff: %d\n  women_members: %d\n\n", s.staff, s.members, s.women, s.womenMembers)
	p("groups:\n")
	for _, g := range c.groups {
		p("  - {name: %s, kind: %s}\n", g.name, g.kind)
	}
	p("\nunits:\n  columns: [name, group, kind, type, staff]\n  rows:\n")
	for _, u := range c.units {
		p("    - [%s, %s, %s, %s, %d]\n", u.name, u.group, u.kind, u.typ, u.staff)
	}
	p("\nrelief:\n  batches:\n")
	p("    - occasion: 金秋助学\n      who: 困难教职工子女\n      date: %d-08-25\n      persons: %d\n      each: 2000\n      source: 慈善一日捐善款\n", y, 2+s.staff/300)
	p("\nactivities:\n")
	p("  - name: 县教职工气排球比赛\n    category: 文体\n    level: 县\n    role: 主办\n    date: %d-05-18\n    participants: %d\n", y, 120+len(c.units)/2)
	p("  - name: 工会干部培训班\n    category: 培训\n    level: 本系统\n    role: 主办\n    date: %d-03-12\n    participants: %d\n", y, 20+len(c.units)/5)
	p("\nhonours:\n  - {who: %s教育工会, title: 市模范职工之家, level: 市, by: 市总工会, date: %d-05}\n\n", c.name, y)
	p("targets:\n  - metric: membership.rate\n    rate: 95\n  - metric: charity.total\n    amount: %s\n\n", yuan(roundUpWan(c.sums().donation+c.sums().collective)))
	c.writeText(b)
	return []byte(b.String())
}

// WriteFederation writes the federation's files into dir (see
// Federation.WriteFiles) and returns the federation's file.
func WriteFederation(dir string, opt Options) (string, error) {
	f, err := NewFederation(opt)
	if err != nil {
		return "", err
	}
	return f.WriteFiles(dir)
}
