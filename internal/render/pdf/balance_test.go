package pdf

import (
	"testing"

	"zongjie/internal/doc"
)

// TestBalancedTitle checks that a title needing two lines is re-broken into
// two lines of nearly equal length, keeping every character.
func TestBalancedTitle(t *testing.T) {
	text := []rune("平川县交通运输局机关工会第二届委员会工作报告")
	m := measured{text: text, widths: make([]float64, len(text)), size: 22}
	for i := range m.widths {
		m.widths[i] = 22
	}
	o := BreakOptions{Width: 16 * 22, Em: 22}
	first := BreakLines(m.text, m.advance, o)
	if len(first) != 2 {
		t.Fatalf("setup: want 2 lines, got %d", len(first))
	}
	lines := balanced(m, o, 2)
	if len(lines) != 2 {
		t.Fatalf("balanced gave %d lines", len(lines))
	}
	a, b := lines[0].End-lines[0].Start, lines[1].End-lines[1].Start
	if a+b != len(text) || lines[1].Start != lines[0].End {
		t.Fatalf("characters lost or repeated: %d + %d of %d", a, b, len(text))
	}
	if d := a - b; d < -1 || d > 1 {
		t.Errorf("lines of %d and %d characters are not balanced (unbalanced break was %d + %d)",
			a, b, first[0].End-first[0].Start, first[1].End-first[1].Start)
	}
}

// TestTitlesBalanced lays out the title of every test document: a title
// that needs more than one line comes out in lines of nearly equal length,
// every character kept, as BreakLines would give the lines in a narrower
// box.
func TestTitlesBalanced(t *testing.T) {
	w := fontConfigs(t)[0].w
	seen := 0
	for _, c := range corpus(t) {
		blocks := collectBlocks(printable(w.Fonts(), c.Doc))
		if len(blocks) == 0 || blocks[0].role != doc.RoleTitle {
			t.Fatalf("%s: the first block is not the title", c.Name)
		}
		f := &flow{sh: &shaper{set: w.Fonts(), missing: map[rune]bool{}}}
		_, lines := f.breakBlock(blocks[0])
		if len(lines) < 2 {
			continue
		}
		seen++
		n := len(blocks[0].text.runes)
		if lines[0].Start != 0 || lines[len(lines)-1].End != n {
			t.Errorf("%s: the title's lines do not hold its %d characters", c.Name, n)
		}
		lo, hi := n, 0
		for i, l := range lines {
			if i > 0 && l.Start != lines[i-1].End {
				t.Errorf("%s: characters lost or repeated between lines %d and %d", c.Name, i, i+1)
			}
			lo, hi = min(lo, l.End-l.Start), max(hi, l.End-l.Start)
		}
		if hi-lo > 2 {
			t.Errorf("%s: title lines of %d to %d characters are not balanced", c.Name, lo, hi)
		}
	}
	if seen == 0 {
		t.Error("no test document has a title of two lines")
	}
}
