package record

import "strconv"

// BatchSubject names batch i of the relief among its batches, as its
// figures are filed and traced: its occasion, or, when another batch has
// the same occasion (春节送温暖 in each year of a term's file), the
// occasion and its month (春节送温暖（2022年1月）), or its place among them
// when that does not tell them apart either (春节送温暖（第2批）). So each
// batch's persons and amount are its own, never another's of that name.
func (r Relief) BatchSubject(i int) string {
	b := r.Batches[i]
	same, sameMonth, nth := 0, 0, 0
	for j, x := range r.Batches {
		if x.Occasion != b.Occasion {
			continue
		}
		same++
		if x.Date.Year == b.Date.Year && x.Date.Month == b.Date.Month {
			sameMonth++
		}
		if j <= i {
			nth++
		}
	}
	switch {
	case same == 1:
		return b.Occasion
	case sameMonth == 1 && b.Date.Month > 0:
		return b.Occasion + "（" + strconv.Itoa(b.Date.Year) + "年" + strconv.Itoa(b.Date.Month) + "月）"
	case sameMonth == 1 && !b.Date.IsZero():
		return b.Occasion + "（" + strconv.Itoa(b.Date.Year) + "年）"
	}
	return b.Occasion + "（第" + strconv.Itoa(nth) + "批）"
}
