package report

import (
	"strconv"
	"strings"

	"zongjie/internal/cnfmt"
)

// settle runs the structural pass over a parsed document: it drops every
// sentence holding a missing figure, every paragraph left empty and every
// section left without data, then numbers the headings, the 一是/二是 points
// and the work items that remain, so no number is skipped.
func (d *document) settle() {
	settleSection(d.root)
	d.root.keep = true
	numberSections(d.root)
	numberItems(d.root)
	numberCharts(d.root, new(int))
}

// settleSection settles s's paragraphs and sub-sections and reports whether
// s is kept: it is when its heading is whole and it holds data (in a
// paragraph of its own or in a kept sub-section), or the template asked to
// keep it.
func settleSection(s *section) bool {
	if hasMissing(s.heading) {
		return false
	}
	kept := s.children[:0]
	data := false
	for _, b := range s.children {
		switch {
		case b.para != nil:
			if !b.para.settle() {
				continue
			}
			data = data || b.para.data
		case b.sec != nil:
			if !settleSection(b.sec) {
				continue
			}
			data = true
		}
		kept = append(kept, b)
	}
	s.children = kept
	numberSeq(s)
	return data || s.keep
}

// settle drops the sentences of p that hold a missing figure and reports
// whether anything is left.
func (p *para) settle() bool {
	switch p.style {
	case styleTable:
		return p.settleTable()
	case styleChart:
		// A chart is kept with its section; it is not data that keeps a
		// section whose text is all gone.
		return true
	}
	for _, line := range strings.Split(p.text.String(), "\n") {
		var kept strings.Builder
		for _, s := range splitSentences(line) {
			if hasMissing(s) {
				continue
			}
			kept.WriteString(s)
			p.data = p.data || hasData(s)
		}
		if t := closeSentence(kept.String()); strings.TrimSpace(stripMarks(t)) != "" {
			p.lines = append(p.lines, t)
		}
	}
	return len(p.lines) > 0
}

// settleTable drops the rows of a table whose every data cell is missing
// (the header row and the first, label column aside) and the columns whose
// every cell is missing; a missing cell left between figures shows "—", the
// statistical sign for "no figure".
func (p *para) settleTable() bool {
	if len(p.rows) < 2 {
		return false
	}
	rows := [][]string{p.rows[0]}
	for _, r := range p.rows[1:] {
		whole := false
		for _, c := range r[1:] {
			whole = whole || !hasMissing(c)
		}
		if whole {
			rows = append(rows, r)
		}
	}
	if len(rows) < 2 {
		return false
	}
	var cols []int
	for c := range rows[0] {
		some := c == 0
		for _, r := range rows[1:] {
			some = some || (c < len(r) && !hasMissing(r[c]))
		}
		if some {
			cols = append(cols, c)
		}
	}
	if len(cols) < 2 {
		return false
	}
	out := make([][]string, len(rows))
	for i, r := range rows {
		for _, c := range cols {
			cell := ""
			if c < len(r) {
				cell = r[c]
			}
			if hasMissing(cell) {
				cell = "—"
			}
			p.data = p.data || (i > 0 && hasData(cell))
			out[i] = append(out[i], cell)
		}
	}
	p.rows = out
	return true
}

// splitSentences splits text after each 。！？； that is not inside quotes
// or brackets, so a quoted sentence or a book title stays whole.
func splitSentences(text string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range text {
		switch r {
		case '“', '‘', '《', '（', '「', '『', '【', '〔':
			depth++
		case '”', '’', '》', '）', '」', '』', '】', '〕':
			if depth > 0 {
				depth--
			}
		case '。', '！', '？', '；':
			if depth == 0 {
				end := i + len(string(r))
				out = append(out, text[start:end])
				start = end
			}
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// closeSentence ends a paragraph whose last sentence was dropped after a
// semicolon or comma with a full stop.
func closeSentence(s string) string {
	t := strings.TrimRight(s, " ")
	for _, end := range []string{"；", "，", "、"} {
		if strings.HasSuffix(t, end) {
			return strings.TrimSuffix(t, end) + "。"
		}
	}
	return t
}

// numberSections gives the kept sub-sections of s their heading numbers.
func numberSections(s *section) {
	n := 0
	for _, b := range s.children {
		if b.sec == nil {
			continue
		}
		n++
		b.sec.number = cnfmt.Heading(b.sec.level, n)
		numberSections(b.sec)
	}
}

// numberSeq replaces the point marks in s's own paragraphs, in order, with
// 一是, 二是 …; a single point has no opener ("主要是：" then the point, not a
// lone 一是), as numberItems leaves a lone item unnumbered.
func numberSeq(s *section) {
	marks := 0
	for _, b := range s.children {
		if b.para != nil {
			for _, l := range b.para.lines {
				marks += strings.Count(l, string(markSeq))
			}
		}
	}
	n := 0
	for _, b := range s.children {
		if b.para == nil {
			continue
		}
		for i, l := range b.para.lines {
			if strings.IndexByte(l, markSeq) < 0 {
				continue
			}
			var out strings.Builder
			for _, r := range l {
				if r == markSeq {
					n++
					if marks > 1 {
						out.WriteString(cnfmt.Seq(n))
					}
					continue
				}
				out.WriteRune(r)
			}
			b.para.lines[i] = out.String()
		}
	}
}

// numberItems numbers the work items "1." "2." … of s and of its
// sub-sections: the count starts again under every heading, as the 1.
// level belongs to the （一） above it (GB/T 9704, 结构层次序数), and a heading
// with a single item leaves it unnumbered, a plain paragraph: an office
// document does not number a lone item.
func numberItems(s *section) {
	n := 0
	point := "."
	for _, b := range s.children {
		if b.para != nil && b.para.style == styleItem {
			n++
			if startsWithDigit(b.para) {
				point = "．" // "1．1月召开…", never "1.1月" read as a decimal
			}
		}
	}
	i := 0
	for _, b := range s.children {
		switch {
		case b.sec != nil:
			numberItems(b.sec)
		case b.para.style == styleItem && n > 1:
			i++
			b.para.number = strconv.Itoa(i) + point
		}
	}
}

// startsWithDigit reports whether a paragraph's text, marks aside, opens
// with a digit: after a number "1." it would read as a decimal.
func startsWithDigit(p *para) bool {
	text := p.text.String()
	if len(p.lines) > 0 {
		text = p.lines[0]
	}
	for _, r := range text {
		switch {
		case r < 0x20 || r == ' ':
			continue // a mark
		case r >= '0' && r <= '9':
			return true
		}
		return false
	}
	return false
}
