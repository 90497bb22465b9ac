package report

import (
	"strings"
	"testing"
)

// TestStripMarks: the data and missing marks go, wherever they are; every
// other byte stays, the UTF-8 of Chinese text and the other marks
// included.
func TestStripMarks(t *testing.T) {
	d, m := string(markData), string(markMissing)
	tests := []struct{ in, want string }{
		{"", ""},
		{"全年新增会员 256 人。", "全年新增会员 256 人。"},
		{d + "256", "256"},
		{"入会率" + d + "64.5%", "入会率64.5%"},
		{"同比增长" + m + "。", "同比增长。"},
		{d + m + d, ""},
		{"一是" + string(markSeq) + d + "工会", "一是" + string(markSeq) + "工会"},
		{"末尾" + d, "末尾"},
	}
	for _, tt := range tests {
		if got := stripMarks(tt.in); got != tt.want {
			t.Errorf("stripMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
		// The same as removing the marks rune by rune.
		want := strings.Map(func(r rune) rune {
			if r == markData || r == markMissing {
				return -1
			}
			return r
		}, tt.in)
		if got := stripMarks(tt.in); got != want {
			t.Errorf("stripMarks(%q) = %q, rune by rune %q", tt.in, got, want)
		}
	}
}
