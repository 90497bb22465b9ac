package report

import (
	"zongjie/internal/prose"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// This file finds a report with no body: a 工作要点 of records that plan
// nothing is a title and a signature, and a summary, work report or term
// review of records that hold no work, no problem and no plan is an
// opening and a closing (a summary of a file that holds only next year's
// plan is its 工作打算, and is written). Such a report is refused (with
// --force it is written anyway), whatever the format, and the message
// says which data the kind needs.

// emptyReport returns the message refusing a report of kind whose records
// give it no body, or "".
func emptyReport(res *rules.Result, kind Kind, periods []*record.Period) string {
	p := res.Period
	if kind == Plan {
		if p.Plans() {
			return ""
		}
		return "数据中没有写" + nextLabel(p) + "的工作计划,工作要点只有标题和落款;" +
			"请填写下一期的主要工作(text.plan)、目标(targets)、分月安排(schedule)或指导思想(text.guidance)"
	}
	if worked(res, kind, periods) || p.Plans() || record.Said(p.Text.Problems) {
		return ""
	}
	return "数据中没有写" + p.When.Label() + "做了哪些工作,生成的" + kind.Name() + "只有开头和结尾;" +
		"请填写会员、经费、帮扶慰问、活动、荣誉等数据,或在 text.sections 中写各栏目的段落"
}

// nextLabel names the period after p's: 2024年, 2023年下半年, 今后五年.
func nextLabel(p *record.Period) string {
	next, _ := nextPeriod(p, false)
	return next
}

// worked reports whether the records the report narrates tell any work:
// a section the prose writer narrates, or a paragraph the clerk wrote for
// one.
func worked(res *rules.Result, kind Kind, periods []*record.Period) bool {
	for _, p := range periods {
		for _, ps := range p.Text.Sections {
			if record.Said(ps) {
				return true
			}
		}
	}
	w := prose.New(res, kind == Term)
	for _, id := range record.SectionIDs {
		if len(w.Narrate(id.ID)) > 0 {
			return true
		}
	}
	return false
}

// ownPlan reports whether the records reported on are a plan and nothing
// else (record.Period.PlansOnly): a 镇总工会's 2020 工作计划, a school
// union's plan for its 秋季学期 with the months of that term. Such a file
// is the plan of its own period (nextPeriod), and render makes it a 工作要点
// unless told which kind to write (KindFor).
func ownPlan(periods []*record.Period) bool {
	return len(periods) > 0 && periods[len(periods)-1].PlansOnly()
}

// KindFor is the kind of report records are written as when no kind is
// asked for: a 工作要点 (Plan) of records that are a plan and nothing else,
// a 年度工作总结 (Annual, a half-year's records a 半年 summary by its
// words) of any others.
func KindFor(res *rules.Result) Kind {
	if res != nil && res.Period != nil && res.Period.PlansOnly() {
		return Plan
	}
	return Annual
}
