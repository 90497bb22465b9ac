package prose

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/rules"
)

// maxNamed is how many names a finding lists before it gives only a
// count, unless its settings say (rules.Finding.MaxNamed).
const maxNamed = 10

// Finding words a finding as one clause of the 存在的问题 section, without
// final punctuation: "民办学校（幼儿园）职工入会率为64.5%，尚有968人未加入工会".
// A finding of a rule file is its own text with the placeholders filled. It
// returns "" for a finding it cannot word (an unknown built-in id).
func Finding(f rules.Finding) string {
	if f.Text != "" {
		return userFinding(f)
	}
	return wordFinding(f, "职工")
}

// Finding words a finding of the rule engine with the sector's words.
func (w *Writer) Finding(f rules.Finding) string {
	if f.Text != "" {
		return userFinding(f)
	}
	return wordFinding(f, w.Staff())
}

// StaffName is a metric's name (职工培训, 职工提案) with the union's own
// word for its staff (员工培训, 教职工提案).
func StaffName(name, staff string) string {
	if rest, ok := strings.CutPrefix(name, "职工"); ok {
		return staff + rest
	}
	return name
}

// wordFinding words a built-in finding, staff naming the staff.
func wordFinding(f rules.Finding, staff string) string {
	word, ok := findingWords[f.ID]
	if !ok {
		return ""
	}
	return word(f, staff)
}

// findingWords words each built-in finding.
var findingWords = map[string]func(f rules.Finding, staff string) string{
	rules.TargetMissed: func(f rules.Finding, staff string) string {
		name := StaffName(f.Subject, staff)
		if f.Values[0].Kind == rules.KindRate {
			name += "为"
		}
		return name + Value(f.Values[0]) + "，未达到" + Value(f.Values[1]) + "的目标"
	},
	"membership.low_rate": func(f rules.Finding, staff string) string {
		who := staff
		if f.Subject != "" {
			who = zhParens(f.Subject)
			if !peopleScope(who) {
				who += staff
			}
		}
		return who + "入会率为" + valueOf(f, rules.IDMembershipRate) + "，尚有" + valueOf(f, rules.IDUnjoined) + "未加入工会"
	},
	// "体育学院分工会入会率为75.3%，低于90%"; more than three, or more than
	// settings.max_named allows: "有9个单位入会率低于90%，其中上洋乡总工会、
	// 岭头乡总工会、水南乡总工会最低，分别为83.7%、84.7%、85.7%" (as many of
	// the lowest as may be named).
	"membership.units_low_rate": func(f rules.Finding, staff string) string {
		floor, units := f.Values[0], f.Values[1:]
		most := min(3, f.MaxNamed)
		if f.MaxNamed <= 0 {
			most = 3
		}
		rates := func(vs []rules.Value) string {
			ws := make([]string, len(vs))
			for i, v := range vs {
				ws[i] = Value(v)
			}
			return strings.Join(ws, "、")
		}
		switch {
		case len(units) == 1 && most >= 1:
			return f.Subjects[0] + "入会率为" + Value(units[0]) + "，低于" + Value(floor)
		case len(units) <= most:
			return strings.Join(f.Subjects, "、") + "入会率分别为" + rates(units) + "，均低于" + Value(floor)
		}
		s := "有" + strconv.Itoa(len(units)) + "个单位入会率低于" + Value(floor)
		switch most {
		case 0:
		case 1:
			s += "，其中" + f.Subjects[0] + "最低，为" + Value(units[0])
		default:
			s += "，其中" + strings.Join(f.Subjects[:most], "、") + "最低，分别为" + rates(units[:most])
		}
		return s
	},
	"building.meetings_pending": func(f rules.Finding, staff string) string {
		const tail = "尚未召开会员（代表）大会、选举产生工会委员会"
		switch {
		case len(f.Values) > 0:
			return Value(f.Values[0]) + "新建工会" + tail
		case names(f, f.Subjects) != "":
			return names(f, f.Subjects) + tail
		case len(f.Subjects) > 0:
			return strconv.Itoa(len(f.Subjects)) + "个单位" + tail
		}
		return "部分新建工会" + tail
	},
	"building.task_incomplete": func(f rules.Finding, staff string) string {
		return f.Subject + "计划组建" + Value(f.Values[0]) + "工会，实际组建" + Value(f.Values[1]) +
			"，组建任务完成率为" + Value(f.Values[2])
	},
	"building.units_without_union": func(f rules.Finding, staff string) string {
		count := f.Values[len(f.Values)-1]
		s := Value(count) + "单位尚未建立工会"
		if len(f.Values) > 1 { // the 建会率 first: "建会率为83.33%，尚有31个单位未建立工会"
			s = "建会率为" + Value(f.Values[0]) + "，尚有" + Value(count) + "单位未建立工会"
		}
		if n := names(f, f.Subjects); n != "" {
			if int64(len(f.Subjects)) != count.Num.Num().Int64() || !count.Num.IsInt() {
				n = "包括" + n // the table names some of those the counts leave
			}
			s += "（" + n + "）"
		}
		return s
	},
	"finance.zero_spending": func(f rules.Finding, staff string) string {
		segs := make([]string, len(f.Parts))
		for i, p := range f.Parts {
			seg := countOf(p)
			switch {
			case len(p.Parts) > 0:
				inner := make([]string, len(p.Parts))
				for j, q := range p.Parts {
					inner[j] = countOf(q)
				}
				seg += "（包括" + strings.Join(inner, "、") + "）"
			case int64(len(p.Names)) == p.Count && names(f, p.Names) != "":
				seg += "（" + names(f, p.Names) + "）"
			case names(f, p.Names) != "":
				seg += "（包括" + names(f, p.Names) + "）"
			}
			segs[i] = seg
		}
		return strings.Join(segs, "、") + "人均工会支出为0元"
	},
	"finance.untransferred": func(f rules.Finding, staff string) string {
		rate := f.Values[0]
		s := rate.Label + "为" + Value(rate)
		if gap, ok := f.Value(rules.IDUntransferred); ok {
			if rate.Label == "工会经费收缴率" { // a 地方总工会's, collected from its area's employers
				return s + "，尚有" + Value(gap) + "工会经费应收未收"
			}
			s += "，尚有" + Value(gap) + "未划拨到工会专用账户"
		}
		return s
	},
	"charity.not_participated": func(f rules.Finding, staff string) string {
		segs := make([]string, len(f.Parts))
		for i, p := range f.Parts {
			segs[i] = countOf(p)
		}
		return "尚有" + strings.Join(segs, "、") + "未参加" + f.Subject
	},
	"democracy.unimplemented": func(f rules.Finding, staff string) string {
		return "已立案的" + Value(f.Values[0]) + "提案中尚有" + Value(f.Values[1]) + "未落实"
	},
	"bargaining.unsigned": func(f rules.Finding, staff string) string {
		if n := f.Values[0].Num; n != nil && n.IsInt() && n.Num().IsInt64() && n.Num().Int64() == 1 {
			return "尚未签订工资专项集体合同" // the union's own enterprise
		}
		return Value(f.Values[0]) + "已建会企业中尚有" + Value(f.Values[1]) + "未签订工资专项集体合同"
	},
	"labour.hazards_open": func(f rules.Finding, staff string) string {
		s := "查出的" + Value(f.Values[0]) + "安全隐患中尚有" + Value(f.Values[1]) + "未整改"
		if len(f.Values) > 2 { // all under a deadline
			s += "，均已列入限期整改"
		}
		return s
	},
	"rights.petitions_open": func(f rules.Finding, staff string) string {
		return "受理的" + Value(f.Values[0]) + staff + "来信来访中尚有" + Value(f.Values[1]) + "未办结"
	},
	"women.no_committee": func(_ rules.Finding, _ string) string { return "尚未建立女职工委员会" },
	"women.unchecked": func(f rules.Finding, _ string) string {
		return "女职工体检率为" + Value(f.Values[0]) + "，尚有" + Value(f.Values[1]) + "未参加妇科体检"
	},
	rules.TermDue: func(f rules.Finding, staff string) string {
		elected, term, year := f.Values[0].Num, f.Values[1].Num, f.Values[2].Num
		s := "本届工会委员会于" + Value(f.Values[0]) + "选举产生，任期" + cnfmt.Hanzi(int(term.Num().Int64())) + "年，"
		end := new(big.Rat).Add(elected, term)
		if end.Cmp(year) == 0 {
			return s + Value(f.Values[2]) + "届满，需按期进行换届选举"
		}
		return s + "已经超期，需尽快进行换届选举"
	},
}

// valueOf words the finding's value of id, or "" when it has none.
func valueOf(f rules.Finding, id string) string {
	v, ok := f.Value(id)
	if !ok {
		return ""
	}
	return Value(v)
}

// countOf words a counted part: "23所学校".
func countOf(p rules.FindingPart) string {
	return strconv.FormatInt(p.Count, 10) + p.Measure + p.Label
}

// names lists up to the finding's MaxNamed names (maxNamed when it does
// not say) joined with 、, or "" when there are more.
func names(f rules.Finding, ns []string) string {
	most := f.MaxNamed
	if most <= 0 {
		most = maxNamed
	}
	if len(ns) == 0 || len(ns) > most {
		return ""
	}
	return strings.Join(ns, "、")
}

// zhParens turns ASCII parentheses in a clerk's name into the full-width
// ones Chinese text uses: "民办学校(幼儿园)" -> "民办学校（幼儿园）".
func zhParens(s string) string {
	return strings.NewReplacer("(", "（", ")", "）").Replace(s)
}

// placeholder matches a placeholder of a rule file's finding text.
var placeholder = regexp.MustCompile(`\{([^{}]*)\}`)

// userFinding fills a rule file's finding text: {count} is how many groups
// or units it holds for, {names} names them, {id} is that value worded.
func userFinding(f rules.Finding) string {
	return placeholder.ReplaceAllStringFunc(f.Text, func(m string) string {
		name := m[1 : len(m)-1]
		switch name {
		case "count":
			return strconv.Itoa(max(len(f.Subjects), 1))
		case "names":
			return strings.Join(f.Subjects, "、")
		}
		if v, ok := f.Value(name); ok {
			return Value(v)
		}
		return m
	})
}
