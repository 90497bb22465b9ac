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
// Items wholly in quotes or book-title marks take no 顿号 between them
// (GB/T 15834—2011 §5.1.5): “巾帼文明岗”“工人先锋号”, 《工会法》《劳动法》.
// Blank items are left out so no "、、" can appear; an empty list gives ""
// and the caller must drop the sentence.
func Join(items []string) string {
	xs := nonBlank(items)
	var b strings.Builder
	for i, x := range xs {
		if i > 0 && !(marked(xs[i-1]) && marked(x)) {
			b.WriteString("、")
		}
		b.WriteString(x)
	}
	return b.String()
}

// marked reports whether s is wholly in quotes or book-title marks.
func marked(s string) bool {
	return strings.HasPrefix(s, "“") && strings.HasSuffix(s, "”") || strings.HasPrefix(s, "《") && strings.HasSuffix(s, "》")
}

// JoinAnd joins items for prose, the last pair with 和: "甲", "甲和乙",
// "甲、乙和丙". Blank items are left out; an empty list gives "".
func JoinAnd(items []string) string {
	xs := nonBlank(items)
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return Join(xs[:len(xs)-1]) + "和" + xs[len(xs)-1]
}
