package pdf

import "testing"

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
