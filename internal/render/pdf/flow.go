package pdf

import (
	"math"
	"strings"

	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/render/style"
)

// flow lays blocks out on pages. Body text sits on a fixed grid of
// style.LinePitchPt lines (22 to the page); tables step off the grid and
// the text after them steps back onto it.
type flow struct {
	sh    *shaper
	pages []*page
	cur   *page
	y     float64 // top of the next free line, from the top of the text block
	lines int     // drawn lines so far, to number runs by line
	block *block  // the block being laid out, which drawn runs belong to
	// broken holds the blocks keepLines broke into lines to count the
	// lines that must go with the block before, until they are set, so
	// that they are not broken again.
	broken map[*block]brokenBlock
}

// brokenBlock is a block measured and broken into lines (breakBlock).
type brokenBlock struct {
	m     measured
	lines []Line
}

// addLine appends the runs of one drawn line to the current page.
func (f *flow) addLine(runs []textRun) {
	f.lines++
	for i := range runs {
		runs[i].line = f.lines
		runs[i].block = -1
		if f.block != nil {
			runs[i].block, runs[i].role = f.block.index, f.block.role
		}
	}
	f.cur.runs = append(f.cur.runs, runs...)
}

// layout lays out all blocks, under the 版头 and over the 版记 of a
// report issued as a document, and numbers the pages.
func layout(sh *shaper, blocks []*block, is *doc.Issue) []*page {
	f := &flow{sh: sh}
	f.newPage()
	if is != nil && is.Authority != "" {
		f.masthead(is)
	}
	for i, b := range blocks {
		var next *block
		if i+1 < len(blocks) {
			next = blocks[i+1]
		}
		f.block = b
		switch {
		case b.table != nil:
			f.table(b)
		case b.figure != nil:
			f.figure(b, next)
		default:
			f.paragraph(b, next)
		}
	}
	if is != nil && is.Printer != "" {
		f.block = nil
		f.colophon(is)
	}
	for _, p := range f.pages {
		if !p.unnumbered {
			f.pageNumber(p)
		}
	}
	return f.pages
}

func (f *flow) newPage() {
	f.cur = &page{number: len(f.pages) + 1}
	f.pages = append(f.pages, f.cur)
	f.y = 0
}

// linesLeft is how many lines of the given pitch still fit on the page.
func (f *flow) linesLeft(pitch float64) int {
	return int(math.Floor((blockHeight - f.y + 0.01) / pitch))
}

// space adds vertical space, dropped at the top of a page.
func (f *flow) space(h float64) {
	if f.y == 0 || h <= 0 {
		return
	}
	f.y += h
	if f.y > blockHeight-0.01 {
		f.newPage()
	}
}

// paragraph breaks a text block into lines and places them, keeping
// what must stay with the next block (a heading, a table's intro, the
// signature) with its start and avoiding single lines at the foot or head
// of a page (孤行控制).
func (f *flow) paragraph(b *block, next *block) {
	st := b.st
	size := st.SizePt
	pitch := style.LinePitchPt
	m, lines := f.breakBlock(b)
	width := blockWidth
	if len(lines) == 0 {
		return
	}
	f.space(st.SpaceBeforeLines * pitch)
	need := 0 // lines of next that must stand on this block's last page
	if b.keepNext && next != nil {
		need = f.keepLines(next)
	}
	place := func(l Line) {
		if level, ok := outlineLevel[b.role]; ok && b.heading && l.Start == lines[0].Start {
			f.cur.bookmarks = append(f.cur.bookmarks, bookmark{title: strings.ReplaceAll(string(b.text.runes), "\n", ""), y: blockTop + f.y, level: level})
		}
		shift := 0.0
		switch st.Align {
		case style.Right:
			shift = width - b.right - l.Width
		case style.Center:
			shift = (width - l.Width) / 2
		}
		x0 := blockLeft + max(0, shift)
		f.addLine(m.runs(l, x0, baseline(blockTop+f.y, pitch, size)))
		f.y += pitch
	}
	for i := 0; i < len(lines); {
		left := f.linesLeft(pitch)
		if left == 0 {
			f.newPage()
			continue
		}
		rest := len(lines) - i
		k := min(rest, left)
		if k == rest && need > 0 && rest+need > left && f.y > 0 {
			// The end of the block must stand with the start of the next
			// one, which does not fit under it here.
			if rest < 4 || i == 0 && rest-2 < 2 {
				f.newPage()
				continue
			}
			k = rest - 2 // two lines go over with what follows
		}
		if k < rest {
			switch {
			case i == 0 && k < 2 && f.y > 0:
				// An orphan: the first line alone at the foot of the page.
				f.newPage()
				continue
			case rest-k == 1 && (k > 2 || i > 0 && k > 1):
				k-- // a widow: take a second line to the next page
			case rest-k == 1 && i == 0 && f.y > 0:
				f.newPage()
				continue
			}
		}
		for _, l := range lines[i : i+k] {
			place(l)
		}
		i += k
		if i < len(lines) {
			f.newPage()
		}
	}
	f.space(st.SpaceAfterLines * pitch)
}

// breakBlock measures a text block and breaks it into lines, or takes
// the lines keepLines broke it into to count them: a block kept with the
// one before it is broken once.
func (f *flow) breakBlock(b *block) (measured, []Line) {
	if bb, ok := f.broken[b]; ok {
		delete(f.broken, b) // a block is set once
		return bb.m, bb.lines
	}
	return breakText(f.sh, b)
}

// breakText measures the text of b and breaks it into lines; the result
// depends only on b (and the fonts).
func breakText(sh *shaper, b *block) (measured, []Line) {
	size := b.st.SizePt
	m := sh.measure(b.text, size)
	o := BreakOptions{
		Width:   blockWidth - b.right,
		Indent:  b.indent,
		Em:      size + gridTracking(size),
		Justify: b.st.Align == style.Justify,
	}
	if o.Justify {
		o.MinLast = style.MinLastLineRunes
	}
	if b.role == doc.RoleTitle {
		o.Glue = glueOf(m.text, "")
	}
	lines := BreakLines(m.text, m.advance, o)
	if b.role == doc.RoleTitle && len(lines) > 1 && !hasNewline(m.text) {
		lines = balanced(m, o, len(lines))
	}
	return m, lines
}

// glueOf marks where text may not break: inside a word (style.Breaks),
// the strings of keep whole.
func glueOf(text []rune, keep string) []bool {
	glue := make([]bool, len(text))
	for i, ok := range style.Breaks(string(text), keep) {
		glue[i] = i > 0 && !ok
	}
	return glue
}

func hasNewline(text []rune) bool {
	for _, r := range text {
		if r == '\n' {
			return true
		}
	}
	return false
}

// balanced re-breaks a centred title that needs n lines in the narrowest
// box that still gives n lines, so the lines come out about equally long
// ("平川县交通运输局机关工会 / 第二届委员会工作报告") instead of a full line
// and a stub. The title's breaks come from style.TitleBreaks; this is for
// a title that real fonts make wider than its nominal width.
func balanced(m measured, o BreakOptions, n int) []Line {
	lo, hi := o.Width/float64(n), o.Width
	best := BreakLines(m.text, m.advance, o)
	for i := 0; i < 12 && hi-lo > 0.5; i++ {
		mid := (lo + hi) / 2
		try := o
		try.Width = mid
		if lines := BreakLines(m.text, m.advance, try); len(lines) == n {
			best, hi = lines, mid
		} else {
			lo = mid
		}
	}
	return best
}

// keepLines is how many body lines of b must stand on the same page as
// the block before it, when that one is kept with it: two, or all of a
// paragraph of three lines or fewer (which the widow and orphan rules
// would not split); for a block kept with its own next block (a heading
// over a heading), its own lines and what that one keeps in turn; for a
// table, its header and first row; for a figure, the whole of it and its
// caption.
func (f *flow) keepLines(b *block) int {
	if b.table != nil {
		if b.table.layout == nil {
			return 0
		}
		return int(math.Ceil(f.lay(b.table).keepHeight()/style.LinePitchPt - 0.01))
	}
	if b.figure != nil {
		return f.figureLines(b)
	}
	m, lines := breakText(f.sh, b)
	if f.broken == nil {
		f.broken = map[*block]brokenBlock{}
	}
	f.broken[b] = brokenBlock{m, lines} // for breakBlock, when b is set
	switch n := len(lines); {
	case b.keepNext && b.next != nil:
		return n + f.keepLines(b.next)
	case b.keepNext:
		return n + 2
	case n <= 3:
		return n
	}
	return 2
}

// pageNumberText is the page number "— n —" in 宋体.
func pageNumberText(n int) styled {
	var s styled
	s.add(style.PageNumber(n), fonts.Song)
	return s
}

// pageNumber adds "— n —" in 宋体 四号 on the outer side: odd pages at the
// right, even pages at the left, one character in from the text block,
// its dash 7 mm below the text block.
func (f *flow) pageNumber(p *page) {
	size := style.PageNumberPt
	m := f.sh.measure(pageNumberText(p.number), size)
	w := m.width()
	x := blockLeft + size
	if p.number%2 == 1 {
		x = blockLeft + blockWidth - size - w
	}
	y := blockTop + blockHeight + style.MMToPt(style.FooterGapMM) + 0.35*size
	l := Line{Start: 0, End: len(m.text)}
	pos := 0.0
	for i := range m.text {
		l.X = append(l.X, pos)
		pos += m.widths[i]
	}
	p.numberRun = m.runs(l, x, y)
}
