package report

import (
	"fmt"
	"math/big"
	"strings"
	"text/template"

	"zongjie/internal/cnfmt"
	"zongjie/internal/prose"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// Figure is a figure of the rule engine as templates see it. It prints as
// the report writes it ("89.94%", "767.13万元", "475人", "156元"), or as the
// missing mark when it could not be computed.
type Figure struct {
	V     rules.Value
	Valid bool
	w     *prose.Writer // words it as the report's prose does; nil: prose.Value
}

// String prints the worded figure or the missing mark.
func (f Figure) String() string {
	if !f.OK() {
		return missing
	}
	if f.w != nil {
		return string(markData) + f.w.Value(f.V)
	}
	return string(markData) + prose.Value(f.V)
}

// OK reports whether the figure could be computed.
func (f Figure) OK() bool { return f.Valid && f.V.OK() }

// Label is the figure's Chinese name, e.g. 工会经费划拨率.
func (f Figure) Label() string { return f.V.Label }

// Full reports whether a rate is exactly 100% (a task fully done).
func (f Figure) Full() bool { return f.OK() && f.V.Num.Cmp(big.NewRat(1, 1)) == 0 }

// Over reports whether a rate is above 100% (a task overfulfilled).
func (f Figure) Over() bool { return f.OK() && f.V.Num.Cmp(big.NewRat(1, 1)) > 0 }

// Under reports whether a rate is below 100%.
func (f Figure) Under() bool { return f.OK() && f.V.Num.Cmp(big.NewRat(1, 1)) < 0 }

// Positive reports whether the figure is above zero.
func (f Figure) Positive() bool { return f.OK() && f.V.Num.Sign() > 0 }

// figureFuncs are the template functions over the rule engine's result:
//
//	v ID                 the organisation's figure ID ("finance.transfer_rate")
//	vfor ID SUBJECT      the figure ID of a group, unit, kind or batch
//	change ID            同比: "比上年增长4.5%", "比上年提高3.1个百分点"
//	compared ID          whether a 同比 of ID exists (for an optional clause)
//	hasRanking ID        whether ranking ID has two entries or more
//	ranking ID           the ranking worded in order, ties as 并列
//	rankingTop ID        how many places a top-N ranking keeps, in hanzi (十)
//	groupBest ID         a best-per-group ranking: "岩头学区的枫林镇中心小学248元，…"
//	bands                the spending bands (for {{if bands}})
//	bandCounts WHICH     total / at_least / below / zero over all kinds:
//	                     "106所学校、6个单位", with the units named
//	bandLine             the band line, "1000元"
//	problems             the findings, then the clerk's problems
//	experience           a term review's 基本经验: the clerk's, or drawn from the years' figures
//	advice               a term review's suggestions to the new committee
//	targets              next period's targets, each a clause
//	targetChecks         last plan's targets against this period, each a clause
//	targetsFrom          the period whose plan set those targets
//	firstV ID            the figure in the first period given (term reviews)
//	total ID             the sum of a count or amount over every period given
//	growth ID            增加到 / 减少到 / 提高到 / 下降到 / 保持在, first to last
//	seriesTable IDS…     a table of the figures, one row per period
//
// Wording helpers over records: parts, participation, recipients, results,
// teamResult, completion, activitiesOf, span, when, numbered,
// excludesCollective, hasSuffix (see wording.go).
func (c *composer) figureFuncs() template.FuncMap {
	return template.FuncMap{
		"v":                  c.v,
		"vfor":               c.vfor,
		"change":             c.change,
		"compared":           c.compared,
		"hasRanking":         c.hasRanking,
		"ranking":            c.ranking,
		"rankingTop":         c.rankingTop,
		"rankingTied":        c.rankingTied,
		"rankingAll":         c.rankingAll,
		"groupBest":          c.groupBest,
		"bands":              c.bands,
		"bandCounts":         c.bandCounts,
		"bandLine":           c.bandLine,
		"problems":           c.problems,
		"experience":         c.experience,
		"advice":             c.advice,
		"tasks":              c.tasks,
		"measures":           c.measures,
		"targets":            c.targets,
		"targetChecks":       c.targetChecks,
		"targetsFrom":        c.targetsFrom,
		"targetsMissed":      c.targetsMissed,
		"firstV":             c.firstV,
		"total":              c.total,
		"growth":             c.growth,
		"seriesTable":        c.seriesTable,
		"parts":              parts,
		"participation":      participation,
		"recipients":         recipients,
		"results":            results,
		"teamResult":         teamResult,
		"completion":         completion,
		"activitiesOf":       c.activitiesOf,
		"span":               c.span,
		"when":               c.when,
		"numbered":           numbered,
		"excludesCollective": c.excludesCollective,
		"hasSuffix":          func(s any, suffix string) bool { return strings.HasSuffix(stripMarks(str(s)), suffix) },
	}
}

// known reports whether id is a figure the rule engine can produce: a
// catalogue indicator or a value a user rule made.
func (c *composer) known(id string) bool {
	if _, ok := rules.Lookup(id); ok {
		return true
	}
	if c.res == nil {
		return false
	}
	for _, v := range c.res.Values {
		if v.ID == id {
			return true
		}
	}
	return false
}

func (c *composer) v(id string) (Figure, error) { return c.vfor(id, "") }

func (c *composer) vfor(id string, subject any) (Figure, error) {
	if !c.known(id) {
		return Figure{}, &fieldError{name: id, msg: "没有这个指标:"}
	}
	if c.res == nil {
		return Figure{}, nil
	}
	v, ok := c.res.ValueFor(id, strings.TrimSpace(plainText(subject)))
	return Figure{V: v, Valid: ok, w: c.prose()}, nil
}

// plainText is the unescaped text of a template argument (a Text, a string).
func plainText(v any) string {
	switch v := v.(type) {
	case Text:
		return string(v)
	case string:
		return v
	case plain:
		return string(v)
	}
	return unescape(stripMarks(str(v)))
}

func (c *composer) change(id string) (string, error) {
	if !c.known(id) {
		return "", &fieldError{name: id, msg: "没有这个指标:"}
	}
	if c.res == nil {
		return missing, nil
	}
	if cmp, ok := c.res.Comparison(id); ok && cmp.OK() {
		if t := c.prose().Versus(cmp); t != "" {
			return string(markData) + t, nil
		}
	}
	return missing, nil
}

// compared reports whether the figure ID has a 同比 to state, so a template
// can add the clause "，比上年增长9.2%" only when the year before was given.
func (c *composer) compared(id string) (bool, error) {
	if !c.known(id) {
		return false, &fieldError{name: id, msg: "没有这个指标:"}
	}
	if c.res == nil {
		return false, nil
	}
	cmp, ok := c.res.Comparison(id)
	return ok && cmp.OK() && prose.Change(cmp) != "", nil
}

// knownRanking reports whether id is a built-in ranking or one of the
// rule file's.
func (c *composer) knownRanking(id string) bool {
	if rules.IsBuiltinRanking(id) {
		return true
	}
	if c.res != nil {
		if ids, ok := c.res.Extension.(rules.Identified); ok && ids.HasRanking(id) {
			return true
		}
	}
	return false
}

// rankingOf finds a ranking with entries; an unknown id is an error.
func (c *composer) rankingOf(id string) (rules.Ranking, bool, error) {
	if !c.knownRanking(id) {
		return rules.Ranking{}, false, &fieldError{name: id, msg: "没有这个排名:"}
	}
	if c.res == nil {
		return rules.Ranking{}, false, nil
	}
	for _, r := range c.res.Rankings {
		if r.ID == id && len(r.Entries) > 0 {
			return r, true, nil
		}
	}
	return rules.Ranking{}, false, nil
}

// hasRanking reports whether ranking id has something to rank: a ranking of
// one entry ("排名依次为：甲166元") is not worth a sentence.
func (c *composer) hasRanking(id string) (bool, error) {
	r, ok, err := c.rankingOf(id)
	return ok && len(r.Entries) > 1, err
}

func (c *composer) ranking(id string) (string, error) {
	r, ok, err := c.rankingOf(id)
	if !ok {
		return missing, err
	}
	items := make([]cnfmt.Ranked, len(r.Entries))
	for i, e := range r.Entries {
		items[i] = cnfmt.Ranked{Name: escapeText(e.Name), Value: prose.Value(e.Value), Rank: e.Rank, Tied: e.Tied}
	}
	s, err := cnfmt.RankList(items)
	if err != nil {
		return "", fmt.Errorf("排名 %s:%w", id, err)
	}
	return string(markData) + s, nil
}

func (c *composer) rankingTop(id string) (string, error) {
	r, ok, err := c.rankingOf(id)
	if !ok || r.Top <= 0 {
		return missing, err
	}
	// fewer units ranked than the list's length: 前八位, not 前十位 over eight
	return cnfmt.Hanzi(min(r.Top, len(r.Entries))), nil
}

// rankingAll reports whether a ranking lists every subject that has the
// figure: nine groups ranked are 依次为, not 前九位 (which says there are
// more).
func (c *composer) rankingAll(id string) (bool, error) {
	r, ok, err := c.rankingOf(id)
	return ok && !r.WithinGroup && len(r.Entries) == r.Ranked, err
}

// rankingTied reports whether a top-N ranking lists more than N units,
// those tied at its last place: 前十位（含并列） over twelve names.
func (c *composer) rankingTied(id string) (bool, error) {
	r, ok, err := c.rankingOf(id)
	return ok && r.Top > 0 && len(r.Entries) > r.Top, err
}

// groupBest words a best-per-group ranking: each group's best unit with its
// figure, tied units of one group joined with 、.
func (c *composer) groupBest(id string) (string, error) {
	r, ok, err := c.rankingOf(id)
	if !ok {
		return missing, err
	}
	var segs []string
	for i := 0; i < len(r.Entries); {
		e := r.Entries[i]
		j := i + 1
		names := []string{escapeText(e.Name)}
		for j < len(r.Entries) && r.Entries[j].Group == e.Group && e.Group != "" {
			names = append(names, escapeText(r.Entries[j].Name))
			j++
		}
		seg := strings.Join(names, "、") + prose.Value(e.Value)
		if len(names) > 1 {
			seg = strings.Join(names, "、") + "并列（均为" + prose.Value(e.Value) + "）"
		}
		if e.Group != "" {
			seg = escapeText(e.Group) + "的" + seg
		}
		segs = append(segs, seg)
		i = j
	}
	return string(markData) + strings.Join(segs, "，"), nil
}

// problems lists the findings, most serious first within each section, then
// the clerk's own problems (prose.Writer.Problems).
func (c *composer) problems() []any { return texts(c.prose().Problems()) }

// experience lists the 基本经验 of a term review (prose.Writer.Experience).
func (c *composer) experience() []any { return texts(c.prose().Experience()) }

// advice lists the suggestions to the new committee (prose.Writer.Advice).
func (c *composer) advice() []any { return texts(c.prose().Advice()) }

// Task is one task of a work report to a congress, for templates: its
// heading and items (prose.Task).
type Task struct {
	Heading Text
	Items   []any // Text
}

// tasks lists the tasks of a work report to a congress, grouped and
// headed (prose.Writer.Tasks); none when the clerk wrote the suggestions.
func (c *composer) tasks() []Task {
	var out []Task
	for _, t := range c.prose().Tasks() {
		out = append(out, Task{Heading: Text(t.Heading), Items: texts(t.Items)})
	}
	return out
}

// measures lists a plan's 保障措施 (prose.Writer.Measures).
func (c *composer) measures() []any { return texts(c.prose().Measures()) }

// texts turns planned sentences into template values: each holds data.
func texts(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = Text(s)
	}
	return out
}

// excludesCollective reports whether the per-head donation rankings leave
// out collective gifts.
func (c *composer) excludesCollective() bool {
	for _, d := range c.period.Charity {
		if d.PerCapitaExcludesCollective {
			return true
		}
	}
	return false
}

// knownSection reports whether id is a section the clerk can write for.
func knownSection(id string) bool {
	for _, s := range record.SectionIDs {
		if s.ID == id {
			return true
		}
	}
	return false
}
