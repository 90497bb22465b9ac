package synth

import "math/rand/v2"

// sums are the county totals over the units table.
type sums struct {
	staff, members, women, womenMembers int
	covered, held                       int
	spending, donation, collective      int64
}

func (c *county) sums() sums {
	var s sums
	for _, u := range c.units {
		s.staff += u.staff
		s.members += u.members
		s.women += u.women
		s.womenMembers += u.women * u.members / u.staff
		if u.hasUnion {
			s.covered++
		}
		if u.held {
			s.held++
		}
		s.spending += u.spending
		s.donation += u.donation
		s.collective += u.collective
	}
	return s
}

// makeFinance sets the payroll: 8万 to 12万元 a year per staff member.
func (c *county) makeFinance(r *rand.Rand) {
	s := c.sums()
	c.payroll = int64(s.staff) * int64(80000+r.IntN(40000)) * 100
}

// makeDrive records the 慈善一日捐: its months, largest gifts and the units
// commended. Its total is the sum of the units' donations.
func (c *county) makeDrive(r *rand.Rand) {
	d := &c.drive
	d.startMonth = 3 + r.IntN(2)
	d.endMonth = d.startMonth + 1 + r.IntN(2)
	d.donorsAtLeast = 1 + len(c.units)/5 + r.IntN(len(c.units)/10+2)
	d.topPerson = person(r)
	d.topAmount = int64(6+r.IntN(10)) * 100 * 100
	for _, u := range c.units {
		if u.collective > d.topUnitAmount {
			d.topUnit, d.topUnitAmount = u.name, u.collective
		}
	}
	d.commended = max(1, len(c.units)/6)
}

// makeRelief adds the year's relief occasions, their sizes following the
// county's staff.
func (c *county) makeRelief(r *rand.Rand) {
	staff := c.sums().staff
	scale := func(per1000 int) int { return max(1, staff*per1000/1000+r.IntN(5)) }
	c.relief = []batch{
		{occasion: "春节走访慰问", who: "困难教职工和离退休教师", month: 1, day: 10 + r.IntN(15),
			persons: scale(25), each: 500 * 100, source: "县教育工会经费"},
		{occasion: "金秋助学", who: "困难教职工子女", month: 8, day: 20 + r.IntN(8),
			persons: scale(4), each: 2000 * 100, source: "慈善一日捐善款"},
		{occasion: "教师节慰问", who: "家庭困难教师及德高望重的退离休教师", month: 9,
			persons: scale(30), amount: 0, each: 1000 * 100},
		{occasion: "年终慰问", who: "困难教职工", month: 12,
			recipients: []part{{"在职家庭困难教师", scale(20)}, {"困难离退休教师", scale(12)}},
			each:       800 * 100},
		{occasion: "大病救助", who: "患重大疾病的教职工", month: 3 + r.IntN(9),
			persons: scale(3), source: "市教育工会帮扶资金"},
	}
	// The sickness grants differ per person: record their total.
	b := &c.relief[4]
	for range b.persons {
		b.amount += int64(3+r.IntN(8)) * 1000 * 100
	}
}

// eventKinds are the activities a county education union runs or joins.
var eventKinds = []struct{ name, category, level, role string }{
	{"教职工气排球比赛", "文体", "县", "主办"},
	{"青年教师教学基本功比赛", "技能", "县", "主办"},
	{"市教职工羽毛球比赛", "文体", "市", "参加"},
	{"三八节女教职工健步走", "文体", "本系统", "主办"},
	{"工会干部培训班", "培训", "本系统", "主办"},
	{"工会财务知识培训", "培训", "本系统", "主办"},
	{"教职工合唱比赛", "文体", "县", "主办"},
	{"暑期教职工疗休养", "疗休养", "县", "参加"},
	{"师德师风演讲比赛", "宣传教育", "县", "主办"},
	{"教职工趣味运动会", "文体", "本系统", "主办"},
	{"班主任技能大赛", "劳动竞赛", "县", "主办"},
	{"市教职工书法比赛", "文体", "市", "参加"},
	{"县干部职工篮球比赛", "文体", "县", "参加"},
	{"教职工心理健康讲座", "宣传教育", "本系统", "主办"},
	{"教代会制度建设培训", "培训", "本系统", "主办"},
	{"省教职工乒乓球比赛", "文体", "省", "参加"},
}

var awards = []struct {
	award string
	rank  int
}{{"团体第一名", 1}, {"团体第二名", 2}, {"团体第三名", 3}, {"一等奖", 0}, {"二等奖", 0}, {"三等奖", 0}}

// makeEvents adds eight to sixteen activities, more for larger counties, in
// date order within the year.
func (c *county) makeEvents(r *rand.Rand) {
	n := min(len(eventKinds), 8+len(c.units)/100)
	perm := r.Perm(len(eventKinds))[:n]
	month := 1
	for i, k := range perm {
		e := eventKinds[k]
		// Spread the events over March to December.
		month = max(month, 3+i*10/n)
		ev := event{name: e.name, category: e.category, level: e.level, role: e.role,
			month: month, day: 1 + r.IntN(28), participants: 10 + r.IntN(200)}
		if e.category == "疗休养" {
			ev.month, ev.day, ev.endMonth = 7, 0, 8
		}
		if e.role == "参加" || e.category == "文体" && r.IntN(2) == 0 {
			a := awards[r.IntN(len(awards))]
			who := "代表队"
			if a.rank == 0 {
				u := c.units[r.IntN(len(c.units))]
				who = u.name + person(r)
			}
			ev.results = append(ev.results, result{who: who, award: a.award, rank: a.rank})
		}
		c.events = append(c.events, ev)
	}
}

// makeHonours adds the titles the union and its units received.
func (c *county) makeHonours(r *rand.Rand) {
	c.honours = []honour{
		{who: c.name + "教育工会", title: "市模范职工之家", level: "市", by: "市总工会", month: 4 + r.IntN(3)},
	}
	seen := map[string]bool{}
	for i := range min(3, len(c.units)) {
		u := c.units[r.IntN(len(c.units))]
		if !seen[u.name] && (i == 0 || u.kind == "学校") {
			seen[u.name] = true
			c.honours = append(c.honours, honour{who: u.name + "工会", title: "县先进基层工会", level: "县", by: c.name + "总工会", month: 11})
		}
	}
}

// makeFigures sets democracy, training and women's work figures.
func (c *county) makeFigures(r *rand.Rand) {
	s := c.sums()
	n := len(c.units)
	c.proposals = 20 + n/5 + r.IntN(30)
	c.accepted = c.proposals * (60 + r.IntN(30)) / 100
	c.implemented = c.accepted * (70 + r.IntN(30)) / 100
	c.openItems = 10 + r.IntN(30)
	c.trainings = 3 + n/200 + r.IntN(4)
	c.trained = c.trainings * (40 + r.IntN(60))
	c.insured = s.women * (50 + r.IntN(40)) / 100
	c.checkups = s.women * (60 + r.IntN(35)) / 100
	c.womenEvents = 4 + r.IntN(8)
}
