package report

import (
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"zongjie/internal/cnfmt"
	"zongjie/internal/doc"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// fit checks that the records suit the kind of report asked for and notes
// what a clerk should know before handing the report in: a term review
// needs several years (or one file spanning them) and names the years it
// lacks; a half-year summary needs a half-year period; a congress report
// should name its meeting; a report with no body is refused (emptyReport).
// A report date that is missing, and audits of the records that failed,
// are noted for every kind.
func fit(res *rules.Result, kind Kind, periods []*record.Period, problems bool) []doc.Warning {
	var out []doc.Warning
	warn := func(mismatch bool, s string) { out = append(out, doc.Warning{Text: s, Mismatch: mismatch}) }
	p := res.Period
	switch kind {
	case Term:
		if len(periods) < 2 && p.When.FromYear == nil {
			warn(true, "换届工作报告回顾本届委员会的整个任期,只给了"+p.When.Label()+"一期的数据;请给出任期内每一年的数据文件(如 examples/term/*.yaml),或改用 --kind annual 写年度总结")
		}
		if missing := record.MissingYears(periods, true); len(missing) > 0 {
			warn(true, "换届工作报告缺少"+strings.Join(missing, "、")+"的数据,回顾中的累计数只含给出的年度;请补齐这些年度的数据文件")
		}
		if len(periods) > 1 && p.When.FromYear == nil && plansAhead(p) && len(p.Text.Advice) == 0 {
			warn(false, p.File+" 的 text.plan 是"+nextLabel(p)+"的工作打算,换届报告没有把它当作对新一届委员会的建议(建议着眼今后五年,由程序按问题和各方面工作拟写);"+
				"要写自己的建议,请在 "+fieldPlace(p.File, "text.advice")+" 中逐条写明")
		}
	case Annual:
		if n := p.When.Years(); n > 1 {
			warn(true, "年度工作总结写一年的工作,"+p.File+" 是"+p.When.Label()+"("+cnfmt.Hanzi(n)+"年)的数据;回顾整个任期请用 --kind term(换届工作报告)或 --kind congress(向大会所作的工作报告),写一年的总结请在数据中去掉 period.from_year")
		}
	case HalfYear:
		if part := p.When.Part; part != record.PartFirstHalf && part != record.PartSecondHalf {
			warn(true, "半年工作总结要用半年的数据(period.part 写 上半年 或 下半年),"+p.File+" 是"+p.When.Label()+"的数据;请改用 --kind annual,或在数据中写明 part")
		}
	case Congress:
		if term, meeting, _ := p.Democracy.ReportedAt(); term == nil || meeting == nil {
			body := orWord(p.Vocabulary().Congress, "职代会")
			if record.Council(p.Democracy.Body) {
				body = p.Democracy.Body // the 全委会 it is made to, not the staff's 职代会
			}
			warn(false, "工作报告没有写明是第几届第几次"+body+"(democracy.term、democracy.meeting;报告在下一次大会上作时写 report_meeting),标题中不能写出会议名称")
		}
	}
	for _, p := range periods {
		for _, n := range p.Notes() { // a rate written 0.98, read as 0.98%
			warn(false, n.Error())
		}
	}
	if s := emptyReport(res, kind, periods); s != "" {
		warn(true, s)
	} else {
		for _, s := range []string{noPlan(p, kind), thinPlan(p, kind), noProblems(res, kind, problems)} {
			if s != "" {
				warn(false, s)
			}
		}
	}
	if kind != Term {
		for _, id := range record.SectionIDs {
			for i, t := range p.Text.Sections[id.ID] {
				if m := yearsAgo.FindString(strings.TrimSpace(t)); m != "" {
					warn(false, fieldPlace(p.File, "text.sections."+id.ID)+" 第"+strconv.Itoa(i+1)+"段以“"+m+"”开头,说的是几年的事,"+p.When.Label()+"的报告没有采用这一段")
				}
			}
		}
	}
	out = append(out, afterReport(p, kind)...)
	if p.When.ReportDate.IsZero() && !(kind == Congress && !p.Democracy.MeetingDate.IsZero()) {
		warn(false, "没有写报告日期("+fieldPlace(p.File, "period.report_date")+"),落款只有单位名称")
	}
	for _, a := range res.FailedAudits() {
		warn(false, "核对没有通过:"+a.Message)
	}
	return out
}

// fieldPlace names where the clerk writes the value at path, for a
// message: its data path in a YAML or JSON file; in a workbook, the sheet
// and the row the workbook shows for it (“文字材料”表的“栏目/组织建设”).
func fieldPlace(file, path string) string {
	if !strings.EqualFold(filepath.Ext(file), ".xlsx") {
		return path
	}
	switch {
	case path == "text.plan":
		return "工作簿“下一期工作”表"
	case path == "text.advice":
		return "工作簿“文字材料”表的“对新一届的建议”"
	case path == "text.problems":
		return "工作簿“文字材料”表的“存在问题”"
	case path == "period.report_date":
		return "工作簿“基本情况”表的“报告日期”"
	case strings.HasPrefix(path, "text.sections."):
		id := strings.TrimPrefix(path, "text.sections.")
		for _, s := range record.SectionIDs {
			if s.ID == id {
				return "工作簿“文字材料”表的“栏目/" + s.Name + "”"
			}
		}
	}
	return path
}

// plansAhead reports whether p's text.plan says anything.
func plansAhead(p *record.Period) bool {
	for _, s := range p.Text.Plan {
		if record.Said(s.Items) {
			return true
		}
	}
	return false
}

// noPlan notes a summary or work report whose records plan nothing for
// the next period: its 工作打算 (工作任务) is then a few items drawn from
// the problems found and the union's standing duties, and the clerk should
// know to write the real plan. "" when the records give one, and for the
// kinds that do not plan (a term review suggests; a 工作要点 is the plan).
func noPlan(p *record.Period, kind Kind) string {
	if kind != Annual && kind != HalfYear && kind != Congress {
		return ""
	}
	if plansAhead(p) {
		return ""
	}
	next := nextLabel(p)
	part := "工作打算"
	if kind == Congress {
		part = "工作任务"
	}
	plan := fieldPlace(p.File, "text.plan")
	return "数据中没有写" + next + "的工作打算(" + plan + "),报告中的“" + part + "”是按存在的问题和工会的经常性工作拟的几条;请在 " + plan + " 中写明" + next + "的具体打算"
}

// afterReport notes each total the records state as of a day after the
// report's date ("截至12月31日" in a report dated 12月28日), a speech's the
// day of its meeting when the records give it: the report would state a
// figure of a day still to come. Each note names where the date was
// written.
func afterReport(p *record.Period, kind Kind) []doc.Warning {
	rd := p.When.ReportDate
	if md := p.Democracy.MeetingDate; kind == Congress && !md.IsZero() {
		rd = md
	}
	if rd.IsZero() {
		return nil
	}
	type asOf struct {
		path string
		d    record.Date
	}
	dates := []asOf{
		{"membership.as_of", p.Membership.AsOf},
		{"building.as_of", p.Building.AsOf},
		{"relief.hardship.as_of", p.Relief.Hardship.AsOf},
		{"bargaining.as_of", p.Bargaining.AsOf},
	}
	for i, f := range p.Facilities {
		dates = append(dates, asOf{"facilities[" + strconv.Itoa(i) + "].as_of", f.AsOf})
	}
	var out []doc.Warning
	for _, x := range dates {
		if !x.d.IsZero() && rd.Before(x.d) {
			out = append(out, doc.Warning{Text: p.Pos(x.path).String() + ": " + x.path + " 是" + x.d.String() +
				",在报告日期" + rd.String() + "之后:报告不能写尚未到来那天的总数;请改为报告日期以前的截至日期,或改正报告日期"})
		}
	}
	return out
}

// thinPlanItems is how many items a congress report's tasks need at
// least: fewer, and the part that should be the speech's longest is two
// lines.
const thinPlanItems = 3

// thinPlan notes a work report to a congress whose records plan fewer than
// thinPlanItems items: the tasks are the longest and most forward-looking
// part of the speech (../shared/WRITING.md §7), and the report prints the
// clerk's plan as written, adding nothing to it. "" otherwise.
func thinPlan(p *record.Period, kind Kind) string {
	if kind != Congress || !plansAhead(p) {
		return ""
	}
	n := 0
	for _, s := range p.Text.Plan {
		for _, item := range s.Items {
			if strings.TrimSpace(item) != "" {
				n++
			}
		}
	}
	if n >= thinPlanItems {
		return ""
	}
	plan := fieldPlace(p.File, "text.plan")
	return plan + " 只写了" + strconv.Itoa(n) + "条" + nextLabel(p) + "的工作任务,报告照写这" + strconv.Itoa(n) + "条;职代会工作报告的工作任务是全文最长、最具体的部分,请在 " + plan + " 中按工作的方面补充(目标、措施、要办的实事)"
}

// noProblems notes a summary, work report or term review without a
// 存在的问题 part (problems is false: the prose states none): the records
// show no problem it would state, a speech having told its open proposals
// in its proposals part, and the clerk wrote none (text.problems). Such
// reports state a few problems as a rule (../shared/WRITING.md §6); a
// half-year summary may leave them out.
func noProblems(res *rules.Result, kind Kind, problems bool) string {
	if kind == HalfYear || kind == Plan || problems {
		return ""
	}
	return "报告中没有“存在的问题和不足”一节:数据中没有要写的问题,也没有写 " + fieldPlace(res.Period.File, "text.problems") +
		";" + kind.Name() + "通常要实事求是地写出几条问题,请在 " + fieldPlace(res.Period.File, "text.problems") + " 中写明"
}

// thinSections warns of each section of the report that holds a single
// short sentence: the records say too little for a section of its own, and
// the clerk may add to it (text.sections) or leave it for another year.
func thinSections(s *section, file string) []doc.Warning {
	var out []doc.Warning
	var paras []string
	for _, c := range s.children {
		if c.sec != nil {
			out = append(out, thinSections(c.sec, file)...)
			continue
		}
		if c.para.style == styleBody {
			paras = append(paras, stripMarks(strings.Join(c.para.lines, "")))
		}
	}
	if knownSection(s.id) && len(paras) == 1 && utf8.RuneCountInString(paras[0]) < 30 && strings.Count(paras[0], "。") <= 1 {
		out = append(out, doc.Warning{Text: "“" + headingLine(s.heading) + "”一节只有一句话(" + unescape(paras[0]) + "),可在 " + fieldPlace(file, "text.sections."+s.id) + " 中补充,或不写这一节"})
	}
	return out
}

// orWord returns s, or def when s is empty.
func orWord(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
