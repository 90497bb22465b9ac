package prose

import (
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/record"
)

// Measures plans the 保障措施 that close a 工作要点 (../shared/WRITING.md
// §7): the clerk's when written (text.measures); none when the clerk's plan
// has a group of them already (a heading with 措施, not 服务保障); otherwise the
// usual four, in the union's own words: the leadership it works under,
// its cadres, its funds, and checking that the plan is carried out.
func (w *Writer) Measures() []string {
	if xs := nonEmpty(w.p.Text.Measures); len(xs) > 0 {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = sentence(x)
		}
		return out
	}
	for _, s := range w.p.Text.Plan {
		if strings.Contains(s.Heading, "措施") { // 保障措施, 工作措施; not 做实服务保障
			return nil
		}
	}
	short, staff := w.short(), w.Staff()
	lead := "在上级工会的领导下"
	if len(w.p.Org.Leadership) > 0 {
		lead = "在" + cnfmt.Join(w.p.Org.Leadership) + "的领导下"
	}
	// A union over others breaks the plan down to the unions under it
	// (and a 总工会 to its own departments too) and trains their cadres
	// (a 总工会 or an education union in tiers and by kind); a 总工会
	// collects the funds it spends. A union with unions of its own units
	// (分工会, a group's companies' unions) gives the tasks to them; a union
	// of one workplace to each committee member, and sends its cadres to
	// the courses of the union above.
	tasks := "把工作要点的各项任务分解到每一位工会委员，定期研究推进，做到任务到人、责任到人。"
	cadres := "组织工会干部参加上级工会的业务培训"
	funds := "严格执行工会经费收支管理制度"
	breakDown := func(under string) string {
		return "把工作要点的各项任务分解到" + under + "，定期调度推进，做到任务到岗、责任到人。"
	}
	switch {
	case Regional(w.p.Org):
		under := "各基层工会"
		cadres = "加强基层工会干部培训"
		switch w.sector {
		case record.SectorSchool: // an education union: the schools' unions
			under = "各学校工会"
			cadres = "分级分类培训基层工会干部"
		case record.SectorLocal:
			under = "机关各部室和各基层工会"
			cadres = "分级分类培训基层工会干部"
			funds = "依法做好工会经费收缴，" + funds
		}
		tasks = breakDown(under)
	case w.UnitUnions() != "":
		under := w.UnitUnions()
		tasks = breakDown(under)
		cadres = "组织" + strings.TrimPrefix(under, "各") + "干部参加业务培训"
	}
	return []string{
		"加强组织领导，" + short + lead + "，" + tasks,
		"加强队伍建设，" + cadres + "，提高工会干部服务" + staff + "的能力。",
		"加强经费保障，" + funds + "，把经费用在服务" + staff + "上，保障各项工作和活动的开展。",
		"加强督促检查，对工作要点的落实情况定期检查、及时总结，确保各项任务落到实处。",
	}
}

// UnitUnions names the unions of the units table when every unit listed is
// a union of its own: 各分工会, or a group's 各所属单位工会; "" when the
// units are workshops or departments (车间, 科室) with no union apart.
func (w *Writer) UnitUnions() string {
	us := w.p.Units
	if len(us) < 2 {
		return ""
	}
	branches := true
	for _, u := range us {
		if !strings.HasSuffix(u.Name, "工会") {
			return ""
		}
		branches = branches && strings.HasSuffix(u.Name, "分工会")
	}
	if branches {
		return "各分工会"
	}
	return "各所属单位工会"
}
