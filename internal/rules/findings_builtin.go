package rules

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
)

// Thresholds of the built-in findings.
var (
	// membershipFloor: an 入会率 below it is a problem to admit (90%, the
	// level union work plans commonly set for 入会率).
	membershipFloor = big.NewRat(90, 100)
)

// maxNamed is how many names a finding lists before it gives only a count.
const maxNamed = 10

// findings runs the built-in finding rules on the period.
func (c *calc) findings() []Finding {
	var out []Finding
	add := func(f Finding, ok bool) {
		if ok {
			out = append(out, f)
		}
	}
	add(c.findMembership())
	add(c.findMeetings())
	out = append(out, c.findTasks()...)
	add(c.findNoUnion())
	add(c.findZeroSpending())
	add(c.findUntransferred())
	out = append(out, c.findParticipation()...)
	add(c.findUnimplemented())
	add(c.findUnsigned())
	add(c.findHazards())
	add(c.findWomen())
	add(c.findTerm())
	return out
}

// names lists up to maxNamed names joined with 、, or "" when there are more.
func names(ns []string) string {
	if len(ns) == 0 || len(ns) > maxNamed {
		return ""
	}
	return strings.Join(ns, "、")
}

func (c *calc) findMembership() (Finding, bool) {
	v, ok := c.find(IDMembershipRate, "")
	if !ok || !v.OK() || v.Num.Cmp(membershipFloor) >= 0 {
		return Finding{}, false
	}
	m := c.p.Membership
	gap := *m.Staff - *m.Members
	who := "职工"
	if m.Scope != "" {
		who = zhParens(m.Scope) + "职工"
	}
	return Finding{
		ID: "membership.low_rate", Severity: SeverityMedium, Section: "organisation",
		Text:   fmt.Sprintf("%s入会率为%s，尚有%d人未加入工会", who, v.Text(), gap),
		Inputs: v.Inputs,
	}, true
}

func (c *calc) findMeetings() (Finding, bool) {
	b := c.p.Building
	const tail = "尚未召开会员（代表）大会、选举产生工会委员会"
	f := Finding{ID: "building.meetings_pending", Severity: SeverityMedium, Section: "organisation"}
	var unitNames []string
	for i, u := range c.p.Units {
		if u.HeldMeeting != nil && !*u.HeldMeeting {
			unitNames = append(unitNames, u.Name)
			f.Inputs = append(f.Inputs, c.unitInput(i, "held_meeting", "false"))
		}
	}
	switch {
	case b.MeetingsMissing != nil && *b.MeetingsMissing > 0:
		f.Text = fmt.Sprintf("%d个新建工会%s", *b.MeetingsMissing, tail)
		f.Inputs = []Input{{Path: "building.meetings_missing", Pos: c.p.Pos("building.meetings_missing"), Value: strconv.FormatInt(*b.MeetingsMissing, 10)}}
	case len(unitNames) > 0:
		if n := names(unitNames); n != "" {
			f.Text = n + tail
		} else {
			f.Text = fmt.Sprintf("%d个单位%s", len(unitNames), tail)
		}
		f.Subjects = unitNames
	case b.MeetingsPending != nil && *b.MeetingsPending:
		f.Text = "部分新建工会" + tail
		f.Inputs = []Input{{Path: "building.meetings_pending", Pos: c.p.Pos("building.meetings_pending"), Value: "true"}}
	default:
		return f, false
	}
	return f, true
}

func (c *calc) findTasks() []Finding {
	var out []Finding
	short := func(v Value, who string, planned, built int64) {
		out = append(out, Finding{
			ID: "building.task_incomplete", Severity: SeverityMedium, Section: "organisation",
			Text:   fmt.Sprintf("%s计划组建%d个工会，实际组建%d个，组建任务完成率为%s", who, planned, built, v.Text()),
			Inputs: v.Inputs,
		})
	}
	if v, ok := c.find(IDBuildingCompletion, ""); ok && v.OK() && v.Num.Cmp(big.NewRat(1, 1)) < 0 {
		short(v, "", *c.p.Building.UnionsPlanned, *c.p.Building.UnionsBuilt)
	}
	for _, g := range c.p.Groups {
		if v, ok := c.find(IDGroupCompletion, g.Name); ok && v.OK() && v.Num.Cmp(big.NewRat(1, 1)) < 0 {
			short(v, g.Name, *g.UnionsPlanned, *g.UnionsBuilt)
			out[len(out)-1].Subjects = []string{g.Name}
		}
	}
	return out
}

func (c *calc) findNoUnion() (Finding, bool) {
	f := Finding{ID: "building.units_without_union", Severity: SeverityMedium, Section: "organisation"}
	for i, u := range c.p.Units {
		if u.HasUnion != nil && !*u.HasUnion {
			f.Subjects = append(f.Subjects, u.Name)
			f.Inputs = append(f.Inputs, c.unitInput(i, "has_union", "false"))
		}
	}
	if len(f.Subjects) == 0 {
		return f, false
	}
	f.Text = fmt.Sprintf("%d个单位尚未建立工会", len(f.Subjects))
	if n := names(f.Subjects); n != "" {
		f.Text += "（" + n + "）"
	}
	return f, true
}

// findZeroSpending words the units whose union spent nothing per head,
// kind by kind: "23所学校（包括9所社区学校、14所中小学）、2个单位（瓯北学区、永临学区）人均工会支出为0元".
func (c *calc) findZeroSpending() (Finding, bool) {
	f := Finding{ID: "finance.zero_spending", Severity: SeverityHigh, Section: "finance"}
	var segs []string
	for _, b := range c.bands {
		if !b.Zero.OK() || b.Zero.Num.Sign() == 0 {
			continue
		}
		n := b.Zero.Num.Num().Int64()
		seg := fmt.Sprintf("%d%s%s", n, b.Measure, b.Kind)
		f.Inputs = append(f.Inputs, b.Zero.Inputs...)
		var zn []string
		for _, u := range b.ZeroUnits {
			zn = append(zn, u.Name)
			f.Subjects = append(f.Subjects, u.Name)
			if !b.Computed {
				f.Inputs = append(f.Inputs, u.PerCapita.Inputs...)
			}
		}
		switch {
		case len(b.ZeroBreakdown) > 0:
			var parts []string
			for _, p := range b.ZeroBreakdown {
				if p.Count != nil {
					parts = append(parts, fmt.Sprintf("%d%s%s", *p.Count, measureFor(p.Label), p.Label))
				}
			}
			seg += "（包括" + strings.Join(parts, "、") + "）"
		case int64(len(zn)) == n && names(zn) != "":
			seg += "（" + names(zn) + "）"
		case names(zn) != "":
			seg += "（包括" + names(zn) + "）"
		}
		segs = append(segs, seg)
	}
	if len(segs) == 0 {
		return f, false
	}
	f.Text = strings.Join(segs, "、") + "人均工会支出为0元"
	return f, true
}

func (c *calc) findUntransferred() (Finding, bool) {
	v, ok := c.find(IDTransferRate, "")
	if !ok || !v.OK() || v.Num.Cmp(big.NewRat(1, 1)) >= 0 {
		return Finding{}, false
	}
	text := "工会经费划拨率为" + v.Text()
	if gap, ok := c.find(IDUntransferred, ""); ok && gap.OK() {
		text += "，尚有" + gap.Text() + "未划拨到工会专用账户"
	}
	return Finding{ID: "finance.untransferred", Severity: SeverityMedium, Section: "finance", Text: text, Inputs: v.Inputs}, true
}

func (c *calc) findParticipation() []Finding {
	var out []Finding
	for i, d := range c.p.Charity {
		f := Finding{ID: "charity.not_participated", Severity: SeverityMedium, Section: "charity"}
		var segs []string
		for j, pt := range d.Participation {
			if pt.Eligible == nil || pt.Participated == nil || *pt.Participated >= *pt.Eligible {
				continue
			}
			segs = append(segs, fmt.Sprintf("%d%s%s", *pt.Eligible-*pt.Participated, measureFor(pt.Category), pt.Category))
			f.Subjects = append(f.Subjects, pt.Category)
			for _, k := range []string{"eligible", "participated"} {
				path := fmt.Sprintf("charity[%d].participation[%d].%s", i, j, k)
				n := pt.Eligible
				if k == "participated" {
					n = pt.Participated
				}
				f.Inputs = append(f.Inputs, Input{Path: path, Pos: c.p.Pos(path), Value: strconv.FormatInt(*n, 10)})
			}
		}
		if len(segs) == 0 {
			continue
		}
		f.Text = "尚有" + strings.Join(segs, "、") + "未参加" + d.Name
		out = append(out, f)
	}
	return out
}

// gapFinding words "已立案的24件提案中尚有4件未落实"-like findings from a
// part/whole pair of counts.
func (c *calc) gapFinding(id, section string, sev Severity, partPath string, part *int64, wholePath string, whole *int64, format string) (Finding, bool) {
	if part == nil || whole == nil || *part >= *whole {
		return Finding{}, false
	}
	return Finding{ID: id, Severity: sev, Section: section,
		Text: fmt.Sprintf(format, *whole, *whole-*part),
		Inputs: []Input{
			{Path: wholePath, Pos: c.p.Pos(wholePath), Value: strconv.FormatInt(*whole, 10)},
			{Path: partPath, Pos: c.p.Pos(partPath), Value: strconv.FormatInt(*part, 10)},
		}}, true
}

func (c *calc) findUnimplemented() (Finding, bool) {
	d := c.p.Democracy
	return c.gapFinding("democracy.unimplemented", "democracy", SeverityMedium,
		"democracy.implemented", d.Implemented, "democracy.accepted", d.Accepted,
		"已立案的%d件提案中尚有%d件未落实")
}

func (c *calc) findUnsigned() (Finding, bool) {
	b := c.p.Bargaining
	return c.gapFinding("bargaining.unsigned", "democracy", SeverityMedium,
		"bargaining.signed", b.Signed, "bargaining.enterprises", b.Enterprises,
		"%d家已建会企业中尚有%d家未签订工资专项集体合同")
}

func (c *calc) findHazards() (Finding, bool) {
	l := c.p.Labour
	return c.gapFinding("labour.hazards_open", "labour", SeverityHigh,
		"labour.hazards_fixed", l.HazardsFixed, "labour.hazards_found", l.HazardsFound,
		"查出的%d处安全隐患中尚有%d处未整改")
}

func (c *calc) findWomen() (Finding, bool) {
	w := c.p.Women.Committee
	if w == nil || *w {
		return Finding{}, false
	}
	return Finding{ID: "women.no_committee", Severity: SeverityMedium, Section: "women",
		Text:   "尚未建立女职工委员会",
		Inputs: []Input{{Path: "women.committee", Pos: c.p.Pos("women.committee"), Value: "false"}}}, true
}

// findTerm notes a committee whose term ends in or before the period.
func (c *calc) findTerm() (Finding, bool) {
	cm := c.p.Org.Committee
	y := c.p.When.Year
	if cm.Elected == nil || cm.TermYears == nil || y == nil || *cm.Elected+*cm.TermYears > *y {
		return Finding{}, false
	}
	text := fmt.Sprintf("本届工会委员会于%d年选举产生，任期%s年，", *cm.Elected, cnfmt.Hanzi(int(*cm.TermYears)))
	if *cm.Elected+*cm.TermYears == *y {
		text += "今年届满，需按期进行换届选举"
	} else {
		text += "已经超期，需尽快进行换届选举"
	}
	return Finding{ID: "self.term_due", Severity: SeverityMedium, Section: "self", Text: text,
		Inputs: []Input{
			{Path: "organisation.committee.elected", Pos: c.p.Pos("organisation.committee.elected"), Value: strconv.FormatInt(*cm.Elected, 10)},
			{Path: "organisation.committee.term_years", Pos: c.p.Pos("organisation.committee.term_years"), Value: strconv.FormatInt(*cm.TermYears, 10)},
		}}, true
}
