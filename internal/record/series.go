package record

import (
	"slices"
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
)

// CompareSeries checks the periods of each union (by organisation name)
// against each other, as a report over several of them (render --kind
// term, a 同比) reads them together; files of different unions are not
// compared. Each problem is at the value to check in the later file,
// naming the earlier:
//
//   - two files for the same period (SamePeriod), which no report can
//     take together;
//   - a committee number (organisation.committee.number) or a workers'
//     congress term (democracy.term) smaller than an earlier period's:
//     届次 only grow;
//   - one committee elected in two years, or a new committee elected in
//     the same year as the one before it (sameCommittee).
//
// The notes name the years missing between a union's first year and its
// last ("缺少2023年的数据文件"): a review of the term counts only the years
// given. Periods without a year are left out (validation reports them).
func CompareSeries(periods []*Period) (problems, notes Errors) {
	var unions [][]*Period
	index := map[string]int{}
	for _, p := range periods {
		if p == nil || p.When.Year == nil {
			continue
		}
		i, ok := index[p.Org.Name]
		if !ok {
			i = len(unions)
			index[p.Org.Name] = i
			unions = append(unions, nil)
		}
		unions[i] = append(unions[i], p)
	}
	for _, ps := range unions {
		if len(ps) < 2 {
			continue
		}
		ps = slices.Clone(ps)
		slices.SortStableFunc(ps, comparePeriods)
		for i := 1; i < len(ps); i++ {
			if SamePeriod(ps[i-1].When, ps[i].When) {
				problems = append(problems, &Error{Pos: ps[i].Pos("period.year"), Path: "period.year",
					Format: "与 %s 是同一报告期(%s)的数据;同一工会每期只能有一个数据文件,请删去一个,或改正 period 的年度、期间",
					Args:   []any{ps[i-1].File, ps[i].When.Label()}})
			}
		}
		problems = append(problems, growing(ps, "organisation.committee.number", "工会委员会", func(p *Period) *int64 { return p.Org.Committee.Number })...)
		problems = append(problems, sameCommittee(ps)...)
		problems = append(problems, growing(ps, "democracy.term", "职代会", func(p *Period) *int64 { return p.Democracy.Term })...)
		if missing := MissingYears(ps, false); len(missing) > 0 && *ps[len(ps)-1].When.Year-*ps[0].When.Year < 10 {
			last := ps[len(ps)-1]
			notes = append(notes, &Error{Pos: Pos{File: last.File},
				Format: "提醒:同一工会给出了%s至%s的数据,缺少%s的数据文件;换届报告回顾任期时累计数只含给出的年度,请补齐",
				Args:   []any{yearOf(ps[0]), strconv.FormatInt(*last.When.Year, 10) + "年", strings.Join(missing, "、")}})
		}
	}
	return problems, notes
}

// SamePeriod reports whether two periods are the same report period: the
// same year and the same part of it (全年 when not written). A union has
// one data file for each; reports over several periods refuse two.
func SamePeriod(a, b PeriodSpec) bool {
	return a.Year != nil && b.Year != nil && *a.Year == *b.Year && a.Whole() == b.Whole()
}

// Whole is the part of the year the period covers, 全年 when not written.
func (s PeriodSpec) Whole() string {
	if s.Part == "" {
		return PartYear
	}
	return s.Part
}

// comparePeriods orders periods by their first day, then their last (so
// 上半年 comes before 全年 of the same year).
func comparePeriods(a, b *Period) int {
	if ka, kb := a.When.Key(), b.When.Key(); ka != kb {
		return ka - kb
	}
	_, ea := a.When.Range()
	_, eb := b.When.Range()
	return CompareDates(ea, eb)
}

// growing reports each period (in order) whose 届次 at path is smaller
// than that of the latest earlier period giving one: "2023年为第四届,
// 2022年已是第五届".
func growing(ps []*Period, path, body string, get func(*Period) *int64) Errors {
	var out Errors
	var prev *Period
	for _, p := range ps {
		n := get(p)
		if n == nil {
			continue
		}
		if prev != nil && *n < *get(prev) {
			out = append(out, &Error{Pos: p.Pos(path), Path: path,
				Format: "%s%s为第%s届,%s已是第%s届(%s);届次只增不减,请核对",
				Args:   []any{p.When.Label(), body, cnfmt.Hanzi(int(*n)), prev.When.Label(), cnfmt.Hanzi(int(*get(prev))), prev.Pos(path)}})
		}
		prev = p
	}
	return out
}

// sameCommittee reports each period (in order) whose committee contradicts
// the latest of the highest number before it: the same 届 elected in
// another year ("2025年的第三届委员会于2016年选举产生,2024年的同一届却是
// 2021年"), or a later 届 elected no later than it (the number raised by
// mistake). A number lower than it is growing's to report.
func sameCommittee(ps []*Period) Errors {
	var out Errors
	var best *Period
	for _, p := range ps {
		c := p.Org.Committee
		if c.Number == nil || c.Elected == nil {
			continue
		}
		if best == nil {
			best = p
			continue
		}
		bc := best.Org.Committee
		switch {
		case *c.Number < *bc.Number:
			continue
		case *c.Number == *bc.Number && *c.Elected != *bc.Elected:
			out = append(out, &Error{Pos: p.Pos("organisation.committee.elected"), Path: "organisation.committee.elected",
				Format: "%s的第%s届工会委员会于%d年选举产生,%s的同一届却是%d年(%s);同一届委员会只有一个选举年份,请核对",
				Args: []any{p.When.Label(), cnfmt.Hanzi(int(*c.Number)), *c.Elected, best.When.Label(), *bc.Elected,
					best.Pos("organisation.committee.elected")}})
			continue
		case *c.Number > *bc.Number && *c.Elected <= *bc.Elected:
			out = append(out, &Error{Pos: p.Pos("organisation.committee.number"), Path: "organisation.committee.number",
				Format: "%s写的是第%s届工会委员会(%d年选举产生),%s的第%s届却是%d年选举的(%s);换届后的新一届要在上一届之后选举产生。" +
					"届次写的是本期在任的委员会,不是即将召开的大会要选的下一届",
				Args: []any{p.When.Label(), cnfmt.Hanzi(int(*c.Number)), *c.Elected, best.When.Label(), cnfmt.Hanzi(int(*bc.Number)), *bc.Elected,
					best.Pos("organisation.committee.number")}})
			continue
		}
		best = p
	}
	return out
}

// MissingYears names the years a review of the periods lacks: those
// between the first year they cover and the last ("2023年"), and, for a
// review of the committee's term, those of the latest period's committee
// before the first (from the year after its election).
func MissingYears(ps []*Period, term bool) []string {
	have := map[int64]bool{}
	first, last := int64(1<<62), int64(-1<<62)
	var latest *Period
	for _, p := range ps {
		if p == nil || p.When.Year == nil {
			continue
		}
		from := *p.When.Year - int64(p.When.Years()) + 1
		for y := from; y <= *p.When.Year; y++ {
			have[y] = true
		}
		first = min(first, from)
		if *p.When.Year >= last {
			last, latest = *p.When.Year, p
		}
	}
	if latest == nil {
		return nil
	}
	if c := latest.Org.Committee; term && c.Elected != nil && *c.Elected < first && *c.Elected >= last-10 {
		first = *c.Elected + 1
	}
	var out []string
	for y := first; y <= last; y++ {
		if !have[y] {
			out = append(out, strconv.FormatInt(y, 10)+"年")
		}
	}
	return out
}

// yearOf is the first year a period covers: "2021年".
func yearOf(p *Period) string {
	return strconv.FormatInt(*p.When.Year-int64(p.When.Years())+1, 10) + "年"
}
