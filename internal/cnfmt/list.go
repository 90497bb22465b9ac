package cnfmt

import "strings"

// nonBlank returns the items that are not blank, trimmed.
func nonBlank(items []string) []string {
	out := make([]string, 0, len(items))
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Join joins an enumeration with 、 and no closing 和, as lists of figures
// are written: Join({"甲156元", "乙136元", "丙136元"}) = "甲156元、乙136元、丙136元".
// Blank items are left out so no "、、" can appear; an empty list gives ""
// and the caller must drop the sentence.
func Join(items []string) string { return strings.Join(nonBlank(items), "、") }

// JoinAnd joins items for prose, the last pair with 和: "甲", "甲和乙",
// "甲、乙和丙". Blank items are left out; an empty list gives "".
func JoinAnd(items []string) string {
	xs := nonBlank(items)
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], "、") + "和" + xs[len(xs)-1]
}
