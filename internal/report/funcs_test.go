package report

import "testing"

// TestQuote: a quotation within a quotation takes single marks.
func TestQuote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"创意工会、温馨之家", "“创意工会、温馨之家”"},
		{"三个服务、四个依法，继续提升“五型工会”建设成效", "“三个服务、四个依法，继续提升‘五型工会’建设成效”"},
		{"以人为本，敬业奉献。", "“以人为本，敬业奉献”"},
		{"", ""},
	} {
		if got := quote(c.in); got != c.want {
			t.Errorf("quote(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
