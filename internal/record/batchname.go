package record

import "strconv"

// BatchSubjects names each batch of the relief, as its figures are filed
// and traced: its occasion, or, when another batch has the same occasion
// (春节送温暖 in each year of a term's file), the occasion and its month
// (春节送温暖（2022年1月）), or its place among them when that does not
// tell them apart either (春节送温暖（第2批）). So each batch's persons and
// amount are its own, never another's of that name. Linear in the batches:
// compute them once per period.
func (r Relief) BatchSubjects() []string {
	type month struct {
		occasion    string
		year, month int
	}
	same := make(map[string]int, len(r.Batches))
	sameMonth := make(map[month]int, len(r.Batches))
	for _, b := range r.Batches {
		same[b.Occasion]++
		sameMonth[month{b.Occasion, b.Date.Year, b.Date.Month}]++
	}
	nth := make(map[string]int)
	out := make([]string, len(r.Batches))
	for i, b := range r.Batches {
		nth[b.Occasion]++
		switch {
		case same[b.Occasion] == 1:
			out[i] = b.Occasion
		case sameMonth[month{b.Occasion, b.Date.Year, b.Date.Month}] == 1 && b.Date.Month > 0:
			out[i] = b.Occasion + "（" + strconv.Itoa(b.Date.Year) + "年" + strconv.Itoa(b.Date.Month) + "月）"
		case sameMonth[month{b.Occasion, b.Date.Year, b.Date.Month}] == 1 && !b.Date.IsZero():
			out[i] = b.Occasion + "（" + strconv.Itoa(b.Date.Year) + "年）"
		default:
			out[i] = b.Occasion + "（第" + strconv.Itoa(nth[b.Occasion]) + "批）"
		}
	}
	return out
}
