package style

import (
	"slices"
	"strings"
	"testing"

	"zongjie/internal/doc"
)

// words cuts s where Breaks allows, "/" between the pieces.
func words(s string, keep ...string) string {
	rs := []rune(s)
	ok := Breaks(s, keep...)
	var b strings.Builder
	for i, r := range rs {
		if i > 0 && ok[i] {
			b.WriteByte('/')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestBreaks checks where a line may break: between words only, figures
// with their units, ordinals, groups and the names kept whole, the 禁则.
func TestBreaks(t *testing.T) {
	tests := []struct {
		in   string
		keep []string
		want string
	}{
		{"职工人数", nil, "职工人数"},
		{"文体活动开展", nil, "文体活动/开展"},
		{"入会率", nil, "入会率"},
		{"慈善捐款（万元）", nil, "慈善捐款/（万元）"},
		{"活动与比赛（项）", nil, "活动/与/比赛/（项）"},
		{"2013年工会工作总结", nil, "2013年/工会/工作总结"},
		{"134.1911万元", nil, "134.1911万元"},
		{"入会率为64.5%，较", nil, "入会率/为/64.5%，/较"},
		{"第二届委员会工作报告", nil, "第二届/委员会/工作报告"},
		{"第三届第二次职代会", nil, "第三届第二次/职代会"}, // one name of a meeting
		{"五年来", nil, "五年/来"},
		{"开展“书香工会”活动", nil, "开展/“书香工会”/活动"},
		{"平川县交通运输局机关工会第二届委员会", []string{"平川县交通运输局机关工会"}, "平川县交通运输局机关工会/第二届/委员会"},
		{"平川县交通运输局机关工会", nil, "平/川/县/交通运输/局/机关工会"},
		{"Union members", nil, "Union/ /members"},
		{"一二——三", nil, "一/二/——/三"},
		{"", nil, ""},
	}
	for _, tt := range tests {
		if got := words(tt.in, tt.keep...); got != tt.want {
			t.Errorf("Breaks(%q, %q) cuts %q, want %q", tt.in, tt.keep, got, tt.want)
		}
	}
}

// TestTitleBreaks checks the titles of two lines: broken between words,
// the organisation's name whole, balanced, the upper line the shorter on a
// tie; a title that fits stays on one line.
func TestTitleBreaks(t *testing.T) {
	tests := []struct{ title, org, want string }{
		{"平川县交通运输局机关工会第二届委员会工作报告", "平川县交通运输局机关工会", "平川县交通运输局机关工会/第二届委员会工作报告"},
		{"当阳市住房和城乡建设局工会2014年上半年工会工作总结", "当阳市住房和城乡建设局工会", "当阳市住房和城乡建设局工会/2014年上半年工会工作总结"},
		{"某某工会关于开展“书香工会”全民阅读活动和职工读书月系列活动的情况报告", "某某工会",
			"某某工会关于开展“书香工会”全民阅读/活动和职工读书月系列活动的情况报告"},
		{"永嘉县教育工会2013年工会工作总结", "永嘉县教育工会", "永嘉县教育工会2013年工会工作总结"},
	}
	for _, tt := range tests {
		l := doc.Plain(tt.title)
		var parts []string
		for _, line := range SplitLine(l, TitleBreaks(l, tt.org)) {
			parts = append(parts, line.String())
		}
		if got := strings.Join(parts, "/"); got != tt.want {
			t.Errorf("%s: lines %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestBalance checks the even break of units of given widths.
func TestBalance(t *testing.T) {
	ok := []bool{false, true, true, true, true, true}
	width := func(w []float64) func(int, int) float64 {
		return func(from, to int) float64 {
			s := 0.0
			for _, x := range w[from:to] {
				s += x
			}
			return s
		}
	}
	tests := []struct {
		name   string
		widths []float64
		box    float64
		want   []int
	}{
		{"fits one line", []float64{1, 1, 1, 1, 1, 1}, 10, []int{}},
		{"even halves, not a full line and a stub", []float64{1, 1, 1, 1, 1, 1}, 5, []int{3}},
		{"three lines of two", []float64{1, 1, 1, 1, 1, 1}, 2, []int{2, 4}},
		{"a tie: the upper line the shorter", []float64{1, 1, 1, 1, 1, 2}, 5, []int{3}},
		{"a unit too wide stands alone", []float64{9, 1, 1, 1, 1, 1}, 5, []int{1}},
	}
	for _, tt := range tests {
		got := Balance(len(tt.widths), ok, tt.box, width(tt.widths))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Balance = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSplitLine checks that a styled line is cut at rune offsets with its
// styles, its text cleaned.
func TestSplitLine(t *testing.T) {
	l := doc.Line{{Text: "永嘉县"}, {Text: "教育\x01工会", Style: doc.Strong}, {Text: "文件"}}
	got := SplitLine(l, []int{2, 5})
	want := []doc.Line{
		{{Text: "永嘉"}},
		{{Text: "县"}, {Text: "教育", Style: doc.Strong}},
		{{Text: "工会", Style: doc.Strong}, {Text: "文件"}},
	}
	if len(got) != len(want) {
		t.Fatalf("SplitLine = %v, want %v", got, want)
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Fatalf("line %d: %v, want %v", i, got[i], want[i])
		}
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				t.Errorf("line %d span %d: %v, want %v", i, j, got[i][j], want[i][j])
			}
		}
	}
}

// TestRuneEm checks the nominal widths the layout decisions use.
func TestRuneEm(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want float64
	}{{'中', 1}, {'，', 1}, {'“', 1}, {'—', 1}, {'0', 0.5}, {'.', 0.5}, {'%', 0.833}, {'M', 0.889}, {'W', 0.944}} {
		if got := RuneEm(c.r); got != c.want {
			t.Errorf("RuneEm(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}
