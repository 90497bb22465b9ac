package pdf

import (
	"math"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// testAdvance is a monospaced model font: Chinese 1 em, ASCII half an em.
func testAdvance(text []rune) func(int) float64 {
	return func(i int) float64 {
		if text[i] < 0x80 {
			return 0.5
		}
		return 1
	}
}

func lineTexts(text []rune, lines []Line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, string(text[l.Start:l.End]))
	}
	return out
}

func TestBreakLinesRules(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		width   float64
		indent  float64
		justify bool
		want    []string
		minLast int
	}{
		{"plain wrap", "一二三四五六七八九十", 5, 0, true, []string{"一二三四五", "六七八九十"}, 0},
		{"no single character on the last line", "一二三四五六", 5, 0, true, []string{"一二三四", "五六"}, 2},
		{"no last line under three characters", "一二三四五六七", 5, 0, true, []string{"一二三四", "五六七"}, 3},
		{"a stub of a character and its mark goes down with one more", "一二三四五率。", 5, 0, true, []string{"一二三四", "五率。"}, 3},
		{"the line before keeps at least half its units", "一二三四五六七", 3, 0, true, []string{"一二三", "四五", "六七"}, 3},
		{"a last line of three characters stays", "一二三四五六七八", 5, 0, true, []string{"一二三四五", "六七八"}, 3},
		{"a forced break ends a last line too", "一二三四五六\n七八九", 5, 0, true, []string{"一二三", "四五六", "七八九"}, 3},
		{"unjustified text keeps its stub", "一二三四五六", 5, 0, false, []string{"一二三四五", "六"}, 3},
		{"a space between units that go down goes with them", "一二三四ab 五六", 5, 0, true, []string{"一二三四", "ab 五六"}, 3},
		{"a single character may end unjustified text", "一二三四五六", 5, 0, false, []string{"一二三四五", "六"}, 0},
		{"first-line indent", "一二三四五六七", 5, 2, true, []string{"一二三", "四五六七"}, 0},
		{"comma hangs instead of starting a line", "一二三四五，六七", 5, 0, true, []string{"一二三四五，", "六七"}, 0},
		{"a final mark's blank half may pass the edge without hanging", "一二三四五，六七", 5.5, 0, false, []string{"一二三四五，", "六七"}, 0},
		{"closing bracket and period: the bracket's blank half fits", "一二三（四五）。六七", 7.5, 0, true, []string{"一二三（四五）。", "六七"}, 0},
		{"comma pushes a character down when hanging is off", "一二三四五，六七", 5, 0, false, []string{"一二三四", "五，六七"}, 0},
		{"period after closing quote never starts a line", "一二三四“五”。六", 5, 0, false, []string{"一二三四", "“五”。六"}, 0},
		{"opening bracket never ends a line", "一二三四（五）", 5, 0, true, []string{"一二三四", "（五）"}, 0},
		{"opening quote moves down with its word", "一二三四“五六”", 5, 0, true, []string{"一二三四", "“五六”"}, 0},
		{"digits are not split, nor parted from their unit", "共2729人", 3, 0, true, []string{"共", "2729人"}, 0},
		{"a figure keeps its measure word", "签订合同2790家", 6, 0, false, []string{"签订合同", "2790家"}, 0},
		{"a figure in 万 keeps its unit", "共计折合68.2万元", 7, 0, false, []string{"共计折合", "68.2万元"}, 0},
		{"a range of months keeps its 月", "时段2021年7—8月", 7.5, 0, false, []string{"时段2021年7—", "8月"}, 0},
		{"a break may come before a figure", "达到5148人", 3, 0, false, []string{"达到", "5148人"}, 0},
		{"percent stays with its number and the comma", "入会率为64.5%，较", 4, 0, true, []string{"入会率为", "64.5%，", "较"}, 0},
		{"a cut inside an over-long word keeps brackets closed", "“alert(1)”", 3.5, 0, true, []string{"“alert", "(1)”"}, 0},
		{"the cut backs off so no line starts with a closing bracket", "ab“cd(ef)gh”", 3.5, 0, true, []string{"ab", "“cd(e", "f)gh”"}, 0},
		{"full-width percent never starts a line", "一二三四80％", 5, 0, false, []string{"一二三四", "80％"}, 0},
		{"dash is not split", "一二三四——五", 5, 0, true, []string{"一二三四", "——五"}, 0},
		{"ellipsis is not split", "一二三四……", 5, 0, true, []string{"一二三", "四……"}, 0},
		{"an over-long word is cut as a last resort", "abcdefghijkl", 2, 0, true, []string{"abcd", "efgh", "ijkl"}, 0},
		{"forced line breaks", "永嘉县教育工会\n2013年12月31日", 20, 0, true, []string{"永嘉县教育工会", "2013年12月31日"}, 0},
		{"spaces break Latin words and are dropped at line ends", "ab cd ef", 2.5, 0, true, []string{"ab cd", "ef"}, 0},
		{"empty text", "", 5, 2, true, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := []rune(tt.text)
			lines := BreakLines(text, testAdvance(text), BreakOptions{Width: tt.width, Indent: tt.indent, Em: 1, Justify: tt.justify, MinLast: tt.minLast})
			got := lineTexts(text, lines)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBreakLinesPositions(t *testing.T) {
	approx := func(a, b []float64) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if math.Abs(a[i]-b[i]) > 1e-9 {
				return false
			}
		}
		return true
	}
	tests := []struct {
		name      string
		text      string
		width     float64
		opts      BreakOptions
		wantX     [][]float64
		justified []bool
	}{
		{
			name:      "justified line spreads the room over the gaps, last line is not",
			text:      "一二三四五六七",
			opts:      BreakOptions{Width: 5.5, Em: 1, Justify: true},
			wantX:     [][]float64{{0, 1.125, 2.25, 3.375, 4.5}, {0, 1}},
			justified: []bool{true, false},
		},
		{
			name:      "indent shifts the first line only",
			text:      "一二三四五",
			opts:      BreakOptions{Width: 4, Indent: 2, Em: 1, Justify: true},
			wantX:     [][]float64{{2, 3}, {0, 1, 2}},
			justified: []bool{false, false},
		},
		{
			name:      "a final comma's blank half lies past the edge, its ink inside",
			text:      "一二三四五，六七",
			opts:      BreakOptions{Width: 5.6, Em: 1, Justify: true},
			wantX:     [][]float64{{0, 1.02, 2.04, 3.06, 4.08, 5.1}, {0, 1}},
			justified: []bool{true, false},
		},
		{
			name:      "a hung comma sits past the right edge",
			text:      "一二三四五，六七",
			opts:      BreakOptions{Width: 5, Em: 1, Justify: true},
			wantX:     [][]float64{{0, 1, 2, 3, 4, 5}, {0, 1}},
			justified: []bool{false, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := BreakLines([]rune(tt.text), testAdvance([]rune(tt.text)), tt.opts)
			if len(lines) != len(tt.wantX) {
				t.Fatalf("%d lines %q, want %d", len(lines), lineTexts([]rune(tt.text), lines), len(tt.wantX))
			}
			for i, l := range lines {
				if !approx(l.X, tt.wantX[i]) {
					t.Errorf("line %d X = %v, want %v", i, l.X, tt.wantX[i])
				}
				if l.Justified != tt.justified[i] {
					t.Errorf("line %d Justified = %v, want %v", i, l.Justified, tt.justified[i])
				}
			}
		})
	}
}

// sampleParagraphs are real report sentences, dense with the marks 禁则 is about.
var sampleParagraphs = []string{
	"2013年，县教育工会在县教育局党委和上级工会的正确领导下，在各基层工会的支持下，坚持围绕教育中心工作，服务学校、服务教职工，较好地完成了全年各项任务。现将今年工作总结如下：",
	"本年度，全县民办学校（幼儿园）共188所，其中民办中小学6所、民办幼儿园182所，教职工2729人。发展会员1761人，入会率64.5%。",
	"学校（单位）基本账户工会科目累计支出工会活动经费767.13万元，其中689.97万元划拨到工会专用账户，工会活动经费划拨率为89.94%。",
	"全县人均捐款最多的十个单位依次为：枫林镇中心小学248元、大岙中学232元、大岙学区222元、岩头学区189元、瓯北二小186元、朱涂小学186元、实验小学183元。",
	"Latin words between Chinese: 共计 1761 人 and 12 名 在 Word 或 WPS 中 打开 尾",
	"一位会员写道：“<script>alert(1)</script> 与 {{ .X }} 与 **不加粗** 都应原样显示。”根据《永嘉县教育局关于民办学校建立工会组织的通知》（永教发〔2013〕219号）文件精神……",
}

func TestBreakLinesInvariants(t *testing.T) {
	number := regexp.MustCompile(`[0-9]+(\.[0-9]+)?%?`)
	for _, p := range sampleParagraphs {
		text := []rune(p)
		for width := 4.0; width <= 30; width += 0.5 {
			for _, o := range []BreakOptions{{Justify: true}, {Justify: true, MinLast: 3}, {}} {
				o.Width, o.Indent, o.Em = width, 2, 1
				justify := o.Justify
				lines := BreakLines(text, testAdvance(text), o)
				var joined strings.Builder
				prevEnd := 0
				for i, l := range lines {
					s := text[l.Start:l.End]
					for _, r := range text[prevEnd:l.Start] {
						if !unicode.IsSpace(r) {
							t.Fatalf("width %v: rune %q skipped before line %d", width, r, i)
						}
					}
					prevEnd = l.End
					joined.WriteString(string(s))
					if len(s) == 0 {
						continue
					}
					// A break at a space is always allowed (Latin text).
					afterSpace := l.Start > 0 && unicode.IsSpace(text[l.Start-1])
					beforeSpace := l.End < len(text) && unicode.IsSpace(text[l.End])
					if noLineStart(s[0]) && !afterSpace {
						t.Errorf("width %v justify %v: line %d starts with %q: %q", width, justify, i, s[0], string(s))
					}
					if noLineEnd(s[len(s)-1]) && !beforeSpace {
						t.Errorf("width %v justify %v: line %d ends with %q: %q", width, justify, i, s[len(s)-1], string(s))
					}
					if len(l.X) != len(s) {
						t.Fatalf("line %d has %d positions for %d runes", i, len(l.X), len(s))
					}
					limit := width
					if l.Hung {
						limit += 1
					}
					if l.Width > limit+1e-9 {
						t.Errorf("width %v: line %d is %v wide: %q", width, i, l.Width, string(s))
					}
					if l.Justified && !l.Hung && math.Abs(l.Width-width) > 1e-9 {
						t.Errorf("width %v: justified line %d ends at %v", width, i, l.Width)
					}
				}
				if got := strings.Join(strings.Fields(joined.String()), ""); got != strings.Join(strings.Fields(p), "") {
					t.Fatalf("width %v: text changed:\n got %s\nwant %s", width, got, p)
				}
				// Every number is whole on one line (the lines are wide enough for them).
				for _, n := range number.FindAllString(p, -1) {
					if width < 4 {
						continue
					}
					found := false
					for _, l := range lines {
						if strings.Contains(string(text[l.Start:l.End]), n) {
							found = true
						}
					}
					if !found {
						t.Errorf("width %v: number %s split across lines", width, n)
					}
				}
			}
		}
	}
}
