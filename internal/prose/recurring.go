package prose

import (
	"regexp"
	"strconv"

	"zongjie/internal/num"
	"zongjie/internal/record"
)

// A review of several years (a 换届 review) tells an activity held year
// after year once, with its trend, not once a year: "每年开展三八节女驾驶员
// 关爱活动，参加人数由2021年的260人增加到2025年的318人", not five sentences
// of one frame. recurring finds such activities and words them.

// heldPrefix matches a year or an edition written at the start of a name
// (2023年三八节…, 第十届职工运动会): the same activity in another year.
var heldPrefix = regexp.MustCompile(`^(\d{4}年(度)?|第[一二三四五六七八九十百\d]+届)`)

// recurringKey is what makes activities of several years one recurring
// activity: the name without its year or edition, the category and the
// role.
func recurringKey(a record.Activity) string {
	return heldPrefix.ReplaceAllString(a.Name, "") + "\x00" + a.Category + "\x00" + a.Role
}

// activityYear is the year an activity was held: its date's, else its
// period's.
func activityYear(pa placedActivity) int {
	if pa.a.Date.Year > 0 {
		return pa.a.Date.Year
	}
	if y := pa.p.When.Year; y != nil {
		return int(*y)
	}
	return 0
}

// recurring splits the activities of a review of several years into those
// held in two or more years, grouped (each group in date order), and the
// rest, in their order. A report of one period has none.
func (w *Writer) recurring(acts []placedActivity) (groups [][]placedActivity, rest []placedActivity) {
	if !w.several() {
		return nil, acts
	}
	index := map[string]int{}
	var all [][]placedActivity
	for _, pa := range acts {
		k := recurringKey(pa.a)
		if i, ok := index[k]; ok {
			all[i] = append(all[i], pa)
			continue
		}
		index[k] = len(all)
		all = append(all, []placedActivity{pa})
	}
	once := map[string]bool{} // the keys of activities held once a year, in two years or more
	for _, g := range all {
		years := map[int]bool{}
		for _, pa := range g {
			years[activityYear(pa)] = true
		}
		if len(years) > 1 && len(years) == len(g) {
			groups = append(groups, g)
			once[recurringKey(g[0].a)] = true
		}
	}
	for _, pa := range acts { // the rest keep the order they came in
		if !once[recurringKey(pa.a)] {
			rest = append(rest, pa)
		}
	}
	return groups, rest
}

// recurringSentence words an activity held once a year in several years:
// every year of the review (每年), or the years it was held in; what the
// union did; and how the number taking part changed from the first year to
// the last, or how many took part over the years when they are not given
// for both; then each year's note.
func (w *Writer) recurringSentence(g []placedActivity) string {
	first, last := g[0], g[len(g)-1]
	name := heldPrefix.ReplaceAllString(first.a.Name, "")
	k := kindOf(name, first.a.Category)
	verb := hostVerb(k)
	switch {
	case k == eventTrip:
		verb = "组织" // 每年组织驾驶员健康体检
	case first.a.Role == "参加":
		verb = "组织参加"
	}
	var years []string
	for _, pa := range g {
		years = append(years, strconv.Itoa(activityYear(pa))+"年")
	}
	s := w.heldWhen(years) + verb + name
	a, b := first.a.Participants, last.a.Participants
	switch {
	case a != nil && b != nil && *a != *b && w.exact(first, "participants") && w.exact(last, "participants"):
		s += "，参加人数" + countChange(years, *a, *b, "人")
	default:
		var total int64
		for _, pa := range g {
			if pa.a.Participants == nil || !w.exact(pa, "participants") {
				total = 0
				break
			}
			total += *pa.a.Participants
		}
		if total > 0 {
			s += "，累计参加" + countText(total, "人次")
		}
	}
	s = sentence(s)
	for i, pa := range g { // what the clerk noted of a year's, with its year
		if note := clause(pa.a.Note); note != "" {
			s += sentence(years[i] + "，" + note)
		}
	}
	return s
}

// exact reports whether an activity's field holds an exact figure, not an
// approximate one (近200人), which is neither compared nor added.
func (w *Writer) exact(pa placedActivity, key string) bool {
	_, approx := pa.p.Approx("activities[" + strconv.Itoa(pa.i) + "]." + key)
	return !approx
}

// yearsReviewed is the number of years the report reviews, a year
// without a file among them: what was held in the others was not held 每年
// as far as the records tell.
func (w *Writer) yearsReviewed() int {
	return record.YearsCovered(w.periods) + len(record.MissingYears(w.periods, false))
}

// recurringBatches splits the relief batches of one file for several
// years (a whole term's) into those of an occasion held once a year in two
// years or more, by occasion in the order first held, and the rest, by
// index. Batches with payments of several kinds, or without an amount,
// stay with the rest.
func (w *Writer) recurringBatches(order []int) (groups [][]int, rest []int) {
	p := w.p
	if w.multi || p.When.Years() < 2 {
		return nil, order
	}
	index := map[string]int{}
	var all [][]int
	for _, i := range order {
		b := p.Relief.Batches[i]
		if len(b.Payments) > 0 || b.Amount == nil || b.Occasion == "" || b.Date.Year == 0 {
			all = append(all, []int{i})
			continue
		}
		k := b.Occasion + "\x00" + b.Kind + "\x00" + b.Measure
		if j, ok := index[k]; ok {
			all[j] = append(all[j], i)
			continue
		}
		index[k] = len(all)
		all = append(all, []int{i})
	}
	held := map[int]bool{}
	for _, g := range all {
		years := map[int]bool{}
		for _, i := range g {
			years[p.Relief.Batches[i].Date.Year] = true
		}
		if len(g) > 1 && len(years) == len(g) {
			groups = append(groups, g)
			for _, i := range g {
				held[i] = true
			}
		}
	}
	for _, i := range order {
		if !held[i] {
			rest = append(rest, i)
		}
	}
	return groups, rest
}

// recurringBatch words the batches of one occasion held once a year:
// "每年开展春节送温暖活动，累计发放困难补助103.5万元，建档困难职工由2021年的
// 86户减少到2025年的41户".
func (w *Writer) recurringBatch(g []int) string {
	p := w.p
	first, last := p.Relief.Batches[g[0]], p.Relief.Batches[g[len(g)-1]]
	var years []string
	var total num.Money
	for _, i := range g {
		b := p.Relief.Batches[i]
		years = append(years, strconv.Itoa(b.Date.Year)+"年")
		total += *b.Amount
	}
	give := "发放" + w.ReliefKind(orDefault(first.Kind, "慰问金")) + moneyShort(total)
	if thing, ok := inKind[first.Kind]; ok {
		give = "发放" + thing + "折合" + moneyShort(total)
	}
	s := joinClauses(w.heldWhen(years)+occasionClause(first.Occasion), "累计"+give)
	a, b := first.Persons, last.Persons
	if a != nil && b != nil && *a != *b && first.Who != "" && first.Who == last.Who {
		s = joinClauses(s, first.Who+countChange(years, *a, *b, orDefault(first.Measure, "人")))
	}
	return sentence(s)
}

// heldWhen words the years something recurring was held: 每年 when it was
// held in every year reviewed, else the years ("2021年、2023年").
func (w *Writer) heldWhen(years []string) string {
	if len(years) == w.yearsReviewed() {
		return "每年"
	}
	return list(years)
}

// countChange words a count's change from the first of years to the last:
// "由2021年的260人增加到2025年的318人".
func countChange(years []string, a, b int64, measure string) string {
	change := "增加到"
	if b < a {
		change = "减少到"
	}
	return "由" + years[0] + "的" + countText(a, measure) + change + years[len(years)-1] + "的" + countText(b, measure)
}
