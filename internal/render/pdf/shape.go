package pdf

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"zongjie/internal/fonts"
)

// shaper resolves text to fonts and widths with a font set, and collects
// the characters no font has (which Write reports instead of dropping).
type shaper struct {
	set     *fonts.Set
	missing map[rune]bool
}

// measured is styled text resolved to fonts at one size.
type measured struct {
	text   []rune
	fonts  []*fonts.Font // nil where nothing is drawn ('\n', a character no font has)
	widths []float64     // advance in points, grid tracking included
	size   float64
}

// measure resolves every rune of s to a font and a width at size.
func (sh *shaper) measure(s styled, size float64) measured {
	m := measured{text: s.runes, fonts: make([]*fonts.Font, len(s.runes)), widths: make([]float64, len(s.runes)), size: size}
	track := gridTracking(size)
	for i, r := range s.runes {
		if r == '\n' {
			continue
		}
		f := sh.set.For(s.faces[i], r)
		if f == nil {
			if unicode.IsSpace(r) {
				m.widths[i] = size / 4 // a space no font has: leave a gap
			} else {
				sh.missing[r] = true
			}
			continue
		}
		w := f.Advance(r) * size
		if w >= 0.9*size {
			w += track
		}
		m.fonts[i], m.widths[i] = f, w
	}
	return m
}

// advance is the width function the line breaker takes.
func (m measured) advance(i int) float64 { return m.widths[i] }

// natural is the advance a PDF viewer applies to text[i] without spacing.
func (m measured) natural(i int) float64 { return m.fonts[i].Advance(m.text[i]) * m.size }

// runs turns one broken line into text runs. x0 is the page x of the line
// box's left edge, y the baseline. Consecutive runes share a run while they
// have the same font and the same space after each of them, which becomes
// the run's character spacing (justification, grid tracking).
// So every run ends exactly where the next begins and text extraction
// reads the line as one.
func (m measured) runs(l Line, x0, y float64) []textRun {
	// after(k) is the space between text[k] and the next rune of the line.
	after := func(k int) (float64, bool) {
		if k+1 >= l.End {
			return 0, false
		}
		return l.X[k+1-l.Start] - l.X[k-l.Start] - m.natural(k), true
	}
	var out []textRun
	for i := l.Start; i < l.End; {
		f := m.fonts[i]
		if f == nil {
			i++
			continue
		}
		spacing, known := after(i)
		j := i + 1
		for ; j < l.End && m.fonts[j] == f; j++ {
			d, ok := after(j)
			if !ok {
				continue
			}
			if !known {
				spacing, known = d, true
				continue
			}
			if math.Abs(d-spacing) > 0.005 {
				break
			}
		}
		out = append(out, textRun{
			font: f, size: m.size,
			x: x0 + l.X[i-l.Start], y: y,
			text:    string(m.text[i:j]),
			spacing: spacing,
		})
		i = j
	}
	return out
}

// width returns the natural width of the whole text on one line (hard
// breaks counted as separate lines: the widest).
func (m measured) width() float64 {
	w, best := 0.0, 0.0
	for i, r := range m.text {
		if r == '\n' {
			w = 0
			continue
		}
		w += m.widths[i]
		best = max(best, w)
	}
	return best
}

// missingError describes characters no font could draw.
type missingError struct{ runes []rune }

func (e *missingError) Error() string {
	var b strings.Builder
	b.WriteString("生成 PDF 时,所用字体都没有这些字符:")
	for i, r := range e.runes {
		if i > 0 {
			b.WriteString("、")
		}
		fmt.Fprintf(&b, "“%c”(U+%04X)", r, r)
	}
	b.WriteString(";请从数据中删去或换掉它们,或安装含有它们的字体并用 --font-body 等选项指定(DOCX、HTML 不受影响)")
	return b.String()
}

// err returns the missing-glyph error, nil if every character was found.
func (sh *shaper) err() error {
	if len(sh.missing) == 0 {
		return nil
	}
	e := &missingError{}
	for r := range sh.missing {
		e.runes = append(e.runes, r)
	}
	sort.Slice(e.runes, func(i, j int) bool { return e.runes[i] < e.runes[j] })
	return e
}
