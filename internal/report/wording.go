package report

import (
	"strconv"
	"strings"
	"zongjie/internal/prose"

	"zongjie/internal/cnfmt"
)

// This file words record structures that templates would find clumsy to
// word themselves: lists of parts, participation, recipients, results,
// date spans.

// field reads a field of a struct view; a missing field reads as missing text.
func field(v any, name string) any {
	if m, ok := v.(view); ok {
		if x, ok := m[name]; ok {
			return x
		}
	}
	return Text("")
}

func countField(v any, name string) Count {
	c, _ := field(v, name).(Count)
	return c
}

func textField(v any, name string) Text {
	t, _ := field(v, name).(Text)
	return t
}

// parts words labelled counts: "民办中小学6所、民办幼儿园182所".
func parts(list any, unit any) string {
	u := plainText(unit)
	var out []string
	for _, it := range items(list) {
		out = append(out, textField(it, "Label").String()+countField(it, "Count").String()+u)
	}
	return join(out)
}

// measureWord is the measure word for a kind of unit: 所 for schools, 家 for
// firms, 个 otherwise.
func measureWord(kind string) string {
	switch {
	case strings.Contains(kind, "学校") || strings.HasSuffix(kind, "小学") || strings.HasSuffix(kind, "中学") ||
		strings.HasSuffix(kind, "幼儿园") || strings.HasSuffix(kind, "中小学"):
		return "所"
	case strings.Contains(kind, "企业") || strings.Contains(kind, "公司"):
		return "家"
	}
	return "个"
}

// participation words one category of a charity drive:
// "122所公办中小学中有121所参加", "13所公办幼儿园全部参加".
func participation(p any) string {
	cat := textField(p, "Category")
	e, k := countField(p, "Eligible"), countField(p, "Participated")
	if !e.Valid || !k.Valid || cat == "" {
		return missing
	}
	mw := measureWord(string(cat))
	switch {
	case k.N == e.N:
		return e.String() + mw + cat.String() + "全部参加"
	case k.N == 0:
		return e.String() + mw + cat.String() + "均未参加"
	}
	return e.String() + mw + cat.String() + "中有" + k.String() + mw + "参加"
}

// recipients words who a relief batch reached: "228名家庭困难教师",
// "145名在职家庭困难教师和80名困难离退休教师", "30户困难家庭".
func recipients(batch any) string {
	measure := string(textField(batch, "Measure"))
	word := func(n Count, who Text) string {
		switch measure {
		case "人次":
			if who == "" {
				return n.String() + "人次"
			}
			return who.String() + n.String() + "人次"
		case "户":
			return n.String() + "户" + string(who.String())
		}
		if who == "" {
			return n.String() + "人"
		}
		return n.String() + "名" + who.String()
	}
	if rs := items(field(batch, "Recipients")); len(rs) > 0 {
		var out []string
		for _, r := range rs {
			out = append(out, word(countField(r, "Count"), textField(r, "Label")))
		}
		return cnfmt.JoinAnd(out)
	}
	n := countField(batch, "Persons")
	if !n.Valid {
		return missing
	}
	return word(n, textField(batch, "Who"))
}

// isTeam reports whether a result's winner is the union's own team.
func isTeam(who string) bool {
	for _, w := range []string{"代表队", "团体", "我队", "队伍", "全队", "本队"} {
		if who == w || strings.HasSuffix(who, "代表队") {
			return true
		}
	}
	return false
}

// teamResult reports whether an activity's results include a team result.
func teamResult(act any) bool {
	for _, r := range items(field(act, "Results")) {
		if isTeam(string(textField(r, "Who"))) {
			return true
		}
	}
	return false
}

// awardPhrase words an award with its verb: "荣获二等奖", and a result that
// is no prize as it is ("团体成绩未进入前八名").
func awardPhrase(award string, rank Count) string {
	if award == "" {
		if !rank.Valid {
			return ""
		}
		return "荣获第" + cnfmt.Hanzi(int(rank.N)) + "名"
	}
	if strings.ContainsAny(award, "未没无") || strings.HasPrefix(award, "获") || strings.HasPrefix(award, "荣获") {
		return Text(award).String()
	}
	return "荣获" + Text(award).String()
}

// results words an activity's results, winners of the same award together:
// "以462分的总成绩荣获总成绩第一名", "周跃荣获二等奖，刘慧珍、季显莹荣获三等奖".
// It is "" when there are none.
func results(act any) string {
	type group struct {
		award string
		names []string
		team  bool
		score string
		rank  Count
	}
	var groups []*group
	index := map[string]*group{}
	for _, r := range items(field(act, "Results")) {
		who := string(textField(r, "Who"))
		award := string(textField(r, "Award"))
		rank := countField(r, "Rank")
		team := isTeam(who)
		key := award + "\x00" + strconv.FormatBool(team)
		if award == "" && rank.Valid {
			key += strconv.FormatInt(rank.N, 10)
		}
		g, ok := index[key]
		if !ok || team {
			g = &group{award: award, team: team, rank: rank}
			groups = append(groups, g)
			index[key] = g
		}
		if team {
			if s, ok := field(r, "Score").(Number); ok && s.Valid {
				g.score = s.String()
			}
			continue
		}
		g.names = append(g.names, Text(who).String())
	}
	var segs []string
	for _, g := range groups {
		phrase := awardPhrase(g.award, g.rank)
		if phrase == "" {
			continue
		}
		switch {
		case g.team && g.score != "":
			segs = append(segs, "以"+g.score+"分的总成绩"+phrase)
		case g.team:
			segs = append(segs, phrase)
		default:
			segs = append(segs, cnfmt.Join(g.names)+phrase)
		}
	}
	return strings.Join(segs, "，")
}

// completion words a task's completion rate: "全额完成任务", "超额完成任务，
// 完成率为120%", "任务完成率为80%".
func completion(f Figure) string {
	switch {
	case !f.OK():
		return missing
	case f.Full():
		return string(markData) + "全额完成任务"
	case f.Over():
		return "超额完成任务，完成率为" + f.String()
	}
	return "任务完成率为" + f.String()
}

// activitiesOf lists the period's activities told in a section (see
// prose.ActivitySection), as the template data shows them.
func (c *composer) activitiesOf(section string) ([]any, error) {
	if !knownSection(section) {
		return nil, &fieldError{name: section, msg: "没有这个栏目:"}
	}
	views := items(c.data["Activities"])
	var out []any
	for i, a := range c.period.Activities {
		if i < len(views) && prose.ActivitySection(a) == section {
			out = append(out, views[i])
		}
	}
	return out, nil
}

// span words a date or a span of dates as the report's prose does
// (prose.Writer.When): "5月", "12月10日", "3至5月", "9月19日至27日", with the
// year outside the report's year and in a term review.
func (c *composer) span(start, end any) string {
	s, _ := start.(Date)
	e, _ := end.(Date)
	if !s.OK() || c.res == nil {
		return missing
	}
	return string(markData) + c.prose().When(s.D, e.D)
}

// when words one date as span does.
func (c *composer) when(d any) string { return c.span(d, Date{}) }

// numbered words a short list of work items inline: "1、A；2、B。", and a
// lone item without its number: "A。".
func numbered(list any) string {
	var out []string
	for _, it := range items(list) {
		if s := clause(it); strings.TrimSpace(stripMarks(s)) != "" {
			out = append(out, s)
		}
	}
	switch len(out) {
	case 0:
		return missing
	case 1:
		return out[0] + "。"
	}
	for i, s := range out {
		out[i] = strconv.Itoa(i+1) + "、" + s
	}
	return strings.Join(out, "；") + "。"
}
