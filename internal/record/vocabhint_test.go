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
		{"校", Levels, "本单位"}, // a school's own level, as a clerk there writes it
		{"全院", Levels, "本单位"},
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

func TestNearest(t *testing.T) {
	sections := make([]string, len(SectionIDs))
	for i, s := range SectionIDs {
		sections[i] = s.Name
	}
	for _, c := range []struct {
		s     string
		names []string
		want  string
	}{
		{"organisaton", sectionIDs(), "organisation"},
		{"职工福力", sections, "职工福利与疗休养"}, // the start of a long name, mistyped
		{"女工工作", sections, "女职工工作"},
		{"上伴年", Parts, "上半年"},
		{"企叶", OrgKinds, "企业"},
		{"慰问经", ReliefKinds, ""},      // 慰问金 and 慰问品 alike: no guess
		{"常", []string{"次", "场"}, ""}, // nothing in common
		{"劳动合同", ContractKinds, ""},   // two characters of four differ
		{"天文观测", ActivityKinds, ""},
		{"labour.train", metricIDs(), "labour.trained"},
	} {
		if got := nearest(c.s, c.names); got != c.want {
			t.Errorf("nearest(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
