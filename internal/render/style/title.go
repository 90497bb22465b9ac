package style

import (
	"zongjie/internal/doc"
)

// TitleBreaks returns where the title of a document breaks, as rune offsets
// into its text (as cleaned, see doc.CleanText): nowhere when it fits
// one line of the text block at the title size; else between words (the
// organisation's name, keep, whole), into balanced lines, the upper line
// the shorter on a tie. Every writer breaks the title there, with an
// explicit line break, so a title breaks alike in PDF, DOCX and HTML.
func TitleBreaks(title doc.Line, keep string) []int {
	rs := []rune(cleanLine(title))
	if len(rs) == 0 {
		return nil
	}
	st := For(doc.RoleTitle)
	prefix := make([]float64, len(rs)+1)
	for i, r := range rs {
		prefix[i+1] = prefix[i] + RuneEm(r)*st.SizePt + Tracking(st.SizePt)
	}
	widthOf := func(from, to int) float64 {
		for to > from && (rs[to-1] == ' ' || rs[to-1] == '\u3000') {
			to--
		}
		return prefix[to] - prefix[from]
	}
	return Balance(len(rs), Breaks(string(rs), keep), TextWidthPt(), widthOf)
}

// cleanLine is the text of a line as writers print it.
func cleanLine(l doc.Line) string {
	s := ""
	for _, sp := range l {
		s += doc.CleanText(sp.Text)
	}
	return s
}

// SplitLine cuts a line at rune offsets into its text (as cleaned, see
// doc.CleanText), keeping each span's style: the lines of a title or a
// table header that TitleBreaks or LayTable broke. Offsets must increase.
func SplitLine(l doc.Line, at []int) []doc.Line {
	out := []doc.Line{nil}
	pos := 0
	for _, sp := range l {
		text := []rune(doc.CleanText(sp.Text))
		for len(text) > 0 {
			n := len(text)
			if len(at) > 0 && at[0]-pos < n {
				n = max(0, at[0]-pos)
			}
			if n > 0 {
				out[len(out)-1] = append(out[len(out)-1], doc.Span{Text: string(text[:n]), Style: sp.Style})
				text, pos = text[n:], pos+n
			}
			if len(at) > 0 && at[0] <= pos {
				at = at[1:]
				out = append(out, nil)
			}
		}
	}
	for len(at) > 0 && at[0] <= pos { // breaks at the very end
		at = at[1:]
		out = append(out, nil)
	}
	return out
}
