package record

import "testing"

func TestVocabHint(t *testing.T) {
	for _, c := range []struct {
		value string
		list  []string
		want  string
	}{
		{"思想政治", ActivityKinds, "宣传教育"},
		{"读书活动", ActivityKinds, "读书"},
		{"文化", ActivityKinds, "文体"},
		{"市级", Levels, "市"},
		{"区", Levels, "县"},
		{"县（区）级", Levels, "县"},
		{"省市级", Levels, ""}, // two candidates: no guess
		{"文", ActivityKinds, ""},
		{"卫生院", OrgKinds, "医院"},
		{"天文观测", ActivityKinds, ""},
		{"区", Roles, ""}, // a synonym of another vocabulary is not offered
	} {
		if got := vocabHint(c.value, c.list); got != c.want {
			t.Errorf("vocabHint(%q) = %q, want %q", c.value, got, c.want)
		}
	}
	// Every synonym names a value of some vocabulary.
	all := map[string]bool{}
	for _, list := range enums {
		for _, w := range list {
			all[w] = true
		}
	}
	for from, to := range vocabSynonyms {
		if !all[to] {
			t.Errorf("synonym %s → %s: %s is in no vocabulary", from, to, to)
		}
	}
}
