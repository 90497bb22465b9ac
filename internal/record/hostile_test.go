package record

import (
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

func TestClip(t *testing.T) {
	tests := []struct{ in, want string }{
		{"枫林镇中心小学", "枫林镇中心小学"},
		{"a\nb\tc", "a↵b c"},
		{"a\x1b]0;x\x07b", "a<U+001B>]0;x<U+0007>b"},
		{"甲\u202e乙", "甲<U+202E>乙"},
		{strings.Repeat("甲", 41), strings.Repeat("甲", 40) + "…(共 41 字)"},
		{strings.Repeat("x", 1<<20), strings.Repeat("x", 40) + "…(共 1048576 字)"},
	}
	for _, tt := range tests {
		if got := clip(tt.in); got != tt.want {
			t.Errorf("clip(%.20q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestErrorNeverCarriesHidden checks that no control, format or bidi
// character of the data reaches a message line, wherever it came from: the
// file name, the data path, the message's arguments.
func TestErrorNeverCarriesHidden(t *testing.T) {
	e := &Error{Pos: Pos{File: "a\x1b[2J.yaml", Line: 1, Col: 1}, Path: "text.sections.x\u202e",
		Format: "“%s”", Args: []any{"\b\u009b\u2028\ufeff"}}
	got := e.Error()
	for _, r := range got {
		if hidden(r) {
			t.Fatalf("%q carries %U", got, r)
		}
	}
	if want := "a<U+001B>[2J.yaml:1:1: text.sections.x<U+202E>: “<U+0008><U+009B><U+2028><U+FEFF>”"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestHostileShapes parses inputs built to be expensive or deep and checks
// each is refused quickly with the message naming its limit.
func TestHostileShapes(t *testing.T) {
	head := "organisation: {name: 甲}\nperiod: {year: 2013}\n"
	bomb := []string{head + `l0: &l0 ["哈","哈","哈","哈","哈","哈","哈","哈","哈","哈"]`}
	for i := 1; i < 10; i++ {
		bomb = append(bomb, "l"+string(rune('0'+i))+": &l"+string(rune('0'+i))+" ["+strings.TrimSuffix(strings.Repeat("*l"+string(rune('0'+i-1))+",", 10), ",")+"]")
	}
	tests := []struct {
		name, data string
		want       []string // every one must be in the message
	}{
		{"deep flow", "organisation: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n",
			[]string{"x.yaml:1:46:", "嵌套超过 32 层", "--max-depth"}},
		{"deeper than yaml allows", "organisation: " + strings.Repeat("{a: ", 10001) + "1" + strings.Repeat("}", 10001) + "\n",
			[]string{"x.yaml:1:40015:", "10000 层", "无法调高"}},
		{"deep block", "organisation:\n" + strings.Repeat("- ", 5000) + "x\n",
			[]string{"x.yaml:2:63:", "--max-depth"}},
		{"alias bomb", strings.Join(bomb, "\n") + "\ntext: {problems: *l9}\n",
			[]string{"x.yaml:9:46:", "别名炸弹", "--max-nodes"}},
		{"alias cycle", head + "text: &a {problems: [*a]}\n",
			[]string{"x.yaml:3:22:", "包含它自己"}},
		{"many aliases", "organisation: &o {name: 甲}\nperiod: {year: 2013}\nx: [" + strings.TrimSuffix(strings.Repeat("*o,", 10001), ",") + "]\n",
			[]string{"x.yaml:3:30005:", "超过 10000 次", "--max-aliases"}},
		{"alias byte bomb", head + "x: &big \"" + strings.Repeat("哈", 350_000) + "\"\ntext: {problems: [" + strings.TrimSuffix(strings.Repeat("*big,", 9_999), ",") + "]}\n",
			[]string{"x.yaml:4:", "展开后的文字超过 64 MB", "--max-size"}},
		{"alias byte bomb in table rows", head + "units:\n  columns: [name]\n  rows:\n    - &r [\"" + strings.Repeat("名", 350_000) + "\"]\n" + strings.Repeat("    - *r\n", 9_000),
			[]string{"展开后的文字超过", "--max-size"}},
		{"megabyte key", head + "? " + strings.Repeat("x", 1<<20) + "\n: 1\n",
			[]string{"x.yaml:3:3:", "不认识的项“xxxx", "…(共 1048576 字)", "这里可以写的项有"}},
		{"megabyte number", head + "membership: {staff: " + strings.Repeat("9", 1<<20) + "}\n",
			[]string{"x.yaml:3:21:", "太长,不像是整数"}},
		{"megabyte column", head + "units: {columns: [" + strings.Repeat("y", 1<<20) + "], rows: []}\n",
			[]string{"列名“yyyy", "…(共 1048576 字)"}},
	}
	for _, tt := range tests {
		start := time.Now()
		_, err := Parse("x.yaml", []byte(tt.data), DefaultLimits)
		took := time.Since(start)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		msg := err.Error()
		for _, w := range tt.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: message %.300q lacks %q", tt.name, msg, w)
			}
		}
		if len(msg) > 2000 {
			t.Errorf("%s: message is %d bytes long", tt.name, len(msg))
		}
		if took > 20*time.Second { // a hang guard, not a speed target
			t.Errorf("%s: took %v: a hang or a super-linear path", tt.name, took)
		}
	}
}

// TestSuggestLongNames checks that looking for a suggestion costs nothing
// for names far longer than any key (edit distance is quadratic).
func TestSuggestLongNames(t *testing.T) {
	long := strings.Repeat("z", 1<<20)
	start := time.Now()
	for range 20 {
		if got := suggest(long, fieldsOf(typeOfMembership)); !strings.Contains(got, "这里可以写的项有") {
			t.Fatalf("suggest(long) = %.100q", got)
		}
		if got := suggestFrom(long, []string{"岩头学区", "枫林学区"}, "分组", " groups "); strings.Contains(got, "你是不是") {
			t.Fatalf("suggestFrom(long) = %.100q", got)
		}
	}
	// A hang guard, not a speed target: the quadratic version took about
	// 20 s here, the bounded one a few milliseconds.
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("20 suggestions for a 1 MB name took %v: edit distance is unbounded again", took)
	}
}

func TestLocateDeepFlow(t *testing.T) {
	tests := []struct {
		text      string
		limit     int
		line, col int
	}{
		{"a: [[[x]]]", 2, 1, 6},
		{"a: \"[[[[\" # [[[[\nb: [[[x]]]", 2, 2, 6},
		{"a: '[['' [[' \nb: {c: [x]}", 2, 0, 0},
		{"- - - - x", 2, 0, 0},
	}
	for _, tt := range tests {
		if l, c := locateDeepFlow([]byte(tt.text), tt.limit); l != tt.line || c != tt.col {
			t.Errorf("locateDeepFlow(%q, %d) = %d:%d, want %d:%d", tt.text, tt.limit, l, c, tt.line, tt.col)
		}
	}
}

func TestPositionsOfUnreadableBytes(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"control", "a: 1\nb: 进\b展\n", "x.yaml:2:5:"},
		{"cut utf-8", "a: 1\nb: 进展\xe6\x85", "x.yaml:2:6:"},
		{"comments only", "# 说明\n\n# 还没填\n", "x.yaml: 文件里只有注释或空行"},
	}
	for _, tt := range tests {
		_, err := Parse("x.yaml", []byte(tt.text), DefaultLimits)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: %v, want it to start with %q", tt.name, err, tt.want)
		}
	}
}

func TestEstimateNodes(t *testing.T) {
	texts := []string{
		"a: 1\nb: [1, 2, 3]\nc: {d: 4, e: 5}\n",
		"- 1\n- 2\n- - 3\n  - 4\n",
		"? a\n: b\n",
		"plain scalar with spaces",
		"a: &x [1, 2]\nb: *x\nc: !!str 3\n",
		"[[[]], {}, [{a: b}]]",
		"a:\n  b:\n    c: |\n      block\n      text\n",
	}
	for _, text := range texts {
		var root yaml.Node
		if err := yaml.Unmarshal([]byte(text), &root); err != nil {
			t.Fatal(err)
		}
		real := countNodes(&root) - 1 // the document node is free
		if got := estimateNodes([]byte(text)); got < real {
			t.Errorf("estimateNodes(%q) = %d, below the %d values yaml.v3 builds", text, got, real)
		}
	}
	lim := DefaultLimits
	lim.MaxNodes = 1000
	_, err := Parse("x.yaml", []byte("x: ["+strings.Repeat("1,", 2000)+"1]\n"), lim)
	if err == nil || !strings.Contains(err.Error(), "--max-nodes") {
		t.Errorf("dense file: %v", err)
	}
}

func countNodes(n *yaml.Node) int64 {
	c := int64(1)
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}
