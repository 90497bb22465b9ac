package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestVisible(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"普通的文字 abc\n第二行\t制表", "普通的文字 abc\n第二行\t制表"},
		{"学校\x1b]0;标题\a", "学校␛]0;标题␇"},
		{"清屏\x1b[2J\r退格\b", "清屏␛[2J␍退格␈"},
		{"删除\x7f", "删除␡"},
		{"C1\u009b2J", "C1<U+009B>2J"},
		{"反向\u202e甲乙", "反向<U+202E>甲乙"},
		{"隔离\u2066甲\u2069", "隔离<U+2066>甲<U+2069>"},
		{"零宽\u200b空格\ufeff", "零宽<U+200B>空格<U+FEFF>"},
		{"行\u2028分隔", "行<U+2028>分隔"},
		{"坏字节\x9b\xff", "坏字节<0x9B><0xFF>"},
		{"😀表情", "😀表情"},
	} {
		if got := visible(tc.in); got != tc.want {
			t.Errorf("visible(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSafeWriterSplitRunes writes text one byte at a time: a character cut
// between two writes must come out whole, not as two bad bytes.
func TestSafeWriterSplitRunes(t *testing.T) {
	in := "单位\u202e名称\x1b[2J,结束"
	var out bytes.Buffer
	w := newSafeWriter(&out)
	for i := range len(in) {
		if _, err := w.Write([]byte{in[i]}); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if got, want := out.String(), visible(in); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// A cut character at the very end is shown, escaped, by Flush.
	out.Reset()
	w.Write([]byte("尾\xe5\x8d"))
	w.Flush()
	if got := out.String(); got != "尾<0xE5><0x8D>" {
		t.Errorf("flushed %q", got)
	}
}

func TestJSONSafe(t *testing.T) {
	v := map[string]string{"name": "工会\u202e\u009b\x1b[2J😀\u2028"}
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	safe := jsonSafe(data)
	if needsEscape(string(safe)) {
		t.Errorf("still raw: %q", safe)
	}
	var back map[string]string
	if err := json.Unmarshal(safe, &back); err != nil || back["name"] != v["name"] {
		t.Errorf("the JSON changed meaning: %q → %q (%v)", data, back["name"], err)
	}
	if !strings.Contains(string(safe), `\u202e`) {
		t.Errorf("no \\u escape in %q", safe)
	}
}
