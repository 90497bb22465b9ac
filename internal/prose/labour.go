package prose

import (
	"strings"

	"zongjie/internal/rules"
)

// labour plans labour competitions, innovation projects, safety checks and
// training, each with its rate when the records give its base.
func (w *Writer) labour() []Para {
	if w.multi {
		return w.labourTerm()
	}
	p := w.p
	l := p.Labour
	var out Para
	lead := span(l.Span)
	if n, ok := fig(p, "labour.competitions", l.Competitions, "项"); ok && positive(p, "labour.competitions", l.Competitions) {
		s := lead + "开展劳动竞赛" + n
		if c, ok := fig(p, "labour.competitors", l.Competitors, "人次"); ok && positive(p, "labour.competitors", l.Competitors) {
			s += "，参赛" + w.Staff() + c
		}
		out = append(out, sentence(s))
		lead = ""
	}
	if n, ok := fig(p, "labour.projects_started", l.ProjectsStarted, "项"); ok && positive(p, "labour.projects_started", l.ProjectsStarted) {
		s := lead + "攻关创新项目立项" + n
		if c, ok := fig(p, "labour.projects_completed", l.ProjectsCompleted, "项"); ok && positive(p, "labour.projects_completed", l.ProjectsCompleted) {
			s += "，已完成" + c
			if r := w.valueText(rules.IDProjectCompletion, ""); r != "" {
				s += "，完成率为" + r
			}
		}
		if a, ok := fig(p, "labour.projects_awarded", l.ProjectsAwarded, "项"); ok && positive(p, "labour.projects_awarded", l.ProjectsAwarded) {
			s += "，其中" + a + "获奖"
		}
		out = append(out, sentence(s))
		lead = ""
	}
	if n, ok := fig(p, "labour.hazards_found", l.HazardsFound, "处"); ok && positive(p, "labour.hazards_found", l.HazardsFound) {
		s := lead + "深入开展安全生产监督检查，查出安全隐患" + n
		if f, ok := fig(p, "labour.hazards_fixed", l.HazardsFixed, "处"); ok && positive(p, "labour.hazards_fixed", l.HazardsFixed) {
			s += "，已整改" + f
			if r := w.valueText(rules.IDHazardFixRate, ""); r != "" {
				s += "，整改率为" + r
			}
		}
		if sc, ok := fig(p, "labour.hazards_scheduled", l.HazardsScheduled, "处"); ok && positive(p, "labour.hazards_scheduled", l.HazardsScheduled) {
			s += "，限期整改" + sc
		}
		out = append(out, sentence(s))
		lead = ""
	}
	if n, ok := fig(p, "labour.trainings", l.Trainings, "期"); ok && positive(p, "labour.trainings", l.Trainings) {
		s := lead + "举办" + w.Staff() + "培训" + n
		if t, ok := fig(p, "labour.trained", l.Trained, "人次"); ok && positive(p, "labour.trained", l.Trained) {
			s += "，培训" + t
		}
		out = append(out, sentence(s))
	} else if t, ok := fig(p, "labour.trained", l.Trained, "人次"); ok && positive(p, "labour.trained", l.Trained) {
		out = append(out, sentence(lead+"培训"+w.Staff()+t))
	}
	if len(out) == 0 {
		return nil
	}
	return []Para{out}
}

// labourTerm words labour work over a review of several years.
func (w *Writer) labourTerm() []Para {
	var cs []string
	if v := w.res.Cumulative(rules.IDProjectsCompleted); v.OK() && v.Num.Sign() > 0 {
		cs = append(cs, "完成攻关创新项目"+w.Value(v))
	}
	if v := w.res.Cumulative(rules.IDTrained); v.OK() && v.Num.Sign() > 0 {
		cs = append(cs, "培训"+w.Staff()+w.Value(v))
	}
	if len(cs) == 0 {
		return nil
	}
	return []Para{{sentence(w.termSince() + "，累计" + joinClauses(cs...))}}
}

// TrainingOnly reports whether the labour section tells training alone:
// no competition, innovation project or safety check in the records, and
// every activity it tells a training course, no paragraph of the clerk's
// for it. Its heading then names the
// training (加强教职工教育培训), not competitions a school never held.
func (w *Writer) TrainingOnly() bool {
	trained := false
	for _, p := range w.periods {
		if len(nonEmpty(p.Text.Sections["labour"])) > 0 {
			return false // the clerk's paragraphs may tell a competition
		}
		l := p.Labour
		for _, n := range []*int64{l.Competitions, l.Competitors, l.ProjectsStarted, l.ProjectsCompleted, l.ProjectsAwarded, l.HazardsFound} {
			if n != nil && *n > 0 {
				return false
			}
		}
		trained = trained || l.Trainings != nil && *l.Trainings > 0 || l.Trained != nil && *l.Trained > 0
	}
	for _, a := range w.activitiesOf("labour") {
		if a.a.Category != "培训" {
			return false
		}
		trained = true
	}
	return trained
}

// competes reports whether the labour section tells competitions or
// innovation: contests or projects in the records, or activities of those
// categories, or the clerk's paragraphs for it when they speak of them
// (竞赛, 比武, 练兵, 创新, 攻关, 合理化建议 …).
func (w *Writer) competes() bool {
	for _, p := range w.periods {
		for _, t := range p.Text.Sections["labour"] {
			if containsAny(t, contestWords) {
				return true
			}
		}
		l := p.Labour
		for _, n := range []*int64{l.Competitions, l.Competitors, l.ProjectsStarted, l.ProjectsCompleted, l.ProjectsAwarded} {
			if n != nil && *n > 0 {
				return true
			}
		}
	}
	for _, a := range w.activitiesOf("labour") {
		switch a.a.Category {
		case "劳动竞赛", "技能", "技术创新":
			return true
		}
	}
	return false
}

// checksSafety reports whether the labour section tells safety work:
// hazards checked, or 安全生产 activities.
func (w *Writer) checksSafety() bool {
	for _, p := range w.periods {
		if n := p.Labour.HazardsFound; n != nil && *n > 0 {
			return true
		}
	}
	for _, a := range w.activitiesOf("labour") {
		if a.a.Category == "安全生产" {
			return true
		}
	}
	return false
}

// Trains reports whether the labour section tells training of the staff:
// courses or people trained in the records, a training course among its
// activities, or the clerk's paragraphs for it (which may). A heading
// that promises 培训 needs it.
func (w *Writer) Trains() bool {
	for _, p := range w.periods {
		if len(nonEmpty(p.Text.Sections["labour"])) > 0 {
			return true
		}
		l := p.Labour
		if l.Trainings != nil && *l.Trainings > 0 || l.Trained != nil && *l.Trained > 0 {
			return true
		}
	}
	for _, a := range w.activitiesOf("labour") {
		if a.a.Category == "培训" {
			return true
		}
	}
	return false
}

// contestWords are what a clerk's paragraph on labour says of contests
// and innovation.
var contestWords = []string{"竞赛", "比武", "练兵", "比赛", "创新", "攻关", "合理化建议", "技术革新", "立功", "创优", "建功"}

// containsAny reports whether s holds any of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
