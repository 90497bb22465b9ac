package pdf

import (
	"testing"

	"zongjie/internal/doc"
	"zongjie/internal/render/style"
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
// that needs more than one line breaks only where style.Breaks allows
// (between words, the organisation's name whole), into lines of nearly
// equal length, every character kept.
func TestTitlesBalanced(t *testing.T) {
	w := fontConfigs(t)[0].w
	seen := 0
	for _, c := range corpus(t) {
		d := printable(w.Fonts(), c.Doc)
		blocks := collectBlocks(d)
		if len(blocks) == 0 || blocks[0].role != doc.RoleTitle {
			t.Fatalf("%s: the first block is not the title", c.Name)
		}
		f := &flow{sh: &shaper{set: w.Fonts(), missing: map[rune]bool{}}}
		m, lines := f.breakBlock(blocks[0])
		if len(lines) < 2 {
			continue
		}
		seen++
		title := d.Blocks[0].(*doc.Heading).Text.String()
		ok := style.Breaks(title, d.Meta.Author)
		var got []rune
		lo, hi := len(m.text), 0
		for i, l := range lines {
			if i > 0 {
				if at := len(got); at >= len(ok) || !ok[at] {
					t.Errorf("%s: the title breaks inside a word, before %q", c.Name, string(m.text[l.Start:l.End]))
				}
			}
			got = append(got, m.text[l.Start:l.End]...)
			lo, hi = min(lo, l.End-l.Start), max(hi, l.End-l.Start)
		}
		if string(got) != title {
			t.Errorf("%s: the title's lines hold %q, want %q", c.Name, string(got), title)
		}
		if hi-lo > 4 {
			t.Errorf("%s: title lines of %d to %d characters are not balanced", c.Name, lo, hi)
		}
	}
	if seen == 0 {
		t.Error("no test document has a title of two lines")
	}
}
