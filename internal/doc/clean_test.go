package doc

import "testing"

func TestCleanText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"会员1761人", "会员1761人"},
		{"a\x01b\x1fc\x7fd", "abcd"},
		{"行\n内\r换行", "行内换行"},
		{"制表\t符", "制表\t符"},
		{"C1\u0085控制\u009f", "C1控制"},
		{"非字符\uFFFE\uFFFF", "非字符"},
		{"坏\xffUTF-8", "坏\uFFFDUTF-8"},
	} {
		if got := CleanText(c.in); got != c.want {
			t.Errorf("CleanText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
