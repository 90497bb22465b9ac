package cli

import (
	"strings"
	"testing"
)

func TestNeedsDefaultTemplates(t *testing.T) {
	for _, tc := range []struct {
		args string
		want bool
	}{
		{"render -o x.pdf a.yaml", true},
		{"batch --format pdf -o out a.yaml b.yaml", true},
		{"rollup -o x.docx county.yaml", true},
		{"render --templates 模板 -o x.pdf a.yaml", false},
		{"render --templates=模板 a.yaml", false},
		{"render -templates 模板 a.yaml", false},
		{"render -o x.pdf -- --templates", true}, // a data file named so
		{"check a.yaml", false},
		{"metrics a.yaml", false},
		{"version", false},
		{"--version", false},
		{"", false},
	} {
		if got := needsDefaultTemplates(strings.Fields(tc.args)); got != tc.want {
			t.Errorf("needsDefaultTemplates(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}
