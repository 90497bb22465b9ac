package doc

import "testing"

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"正文 text\n\tTab\r\n", "正文 text\n\tTab\r\n"},
		{"a\x00b\x01c\x0cd\x1b", "abcd"},
		{"del\x7f c1\u0085 nonchar\uffff\ufffe", "del c1 nonchar"},
		{"bad \xe6 utf8 \xff", "bad \ufffd utf8 \ufffd"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanString(tt.in); got != tt.want {
			t.Errorf("cleanString(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := string(cleanSource([]byte(tt.in))); got != tt.want {
			t.Errorf("cleanSource(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	d := Parse([]byte("# 标题\x01\n\n正文\xe6\n"), Meta{Title: "题\x02目"})
	if got := string(d.Source); got != "# 标题\n\n正文\ufffd\n" {
		t.Errorf("Parse source = %q", got)
	}
	if d.Meta.Title != "题目" {
		t.Errorf("Parse title = %q", d.Meta.Title)
	}
}
