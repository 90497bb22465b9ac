package pdf

import "unicode"

// The line breaker: a pure function from runes and their widths to lines,
// independent of any PDF library. It applies the Chinese rules of 禁则:
//
//   - no line starts with a closing mark (，。、；：？！）》」』” …) and none
//     ends with an opening mark (（《「『“ …);
//   - runs of digits and Latin words ("2013", "89.94%") are never split,
//     nor are the doubled marks —— and ……, nor a figure and the Chinese
//     character after it, its unit ("2790家", "68.2万元", "1—11月");
//   - when a closing mark would be pushed to the start of the next line,
//     the line first lets the mark's blank half (GB marks sit in the left
//     half of their square) reach past the right edge, so its ink stays
//     inside; then lets a final ，。、 hang into the margin, as Word does;
//     only then are the last characters pushed down (推出);
//   - a paragraph never ends with a line of fewer than MinLast characters:
//     the line before gives up a unit or two ("率。" never stands alone);
//   - Glue keeps the words of a caller together (a table header's words).
//   - lines are justified: the remaining room is spread evenly over the gaps
//     between characters, except on a paragraph's last line and before a
//     forced break.

// BreakOptions describes the box a paragraph is set in.
type BreakOptions struct {
	Width   float64 // line width
	Indent  float64 // first-line indent (2 characters for body text)
	Em      float64 // font size: full-width marks are those about 1 em wide
	Justify bool    // justify lines, allow hanging marks
	// MinLast is the fewest characters (runes, spaces aside) the last line
	// of a justified paragraph of several lines may hold; 0 or 1 allows
	// any.
	MinLast int
	// Glue, if not nil, holds for each rune whether a line may not break
	// before it (besides the 禁则); a unit too wide for a line is still cut.
	Glue []bool
}

// Line is one line of a broken paragraph.
type Line struct {
	Start, End int       // the runes text[Start:End] are drawn on this line
	X          []float64 // x of each drawn rune from the left edge of the box (indent included)
	Width      float64   // extent of the drawn ink from the box's left edge: more than the box width if a mark hangs
	Justified  bool      // the line was stretched to the full width
	Trimmed    bool      // the final mark's blank half lies past the right edge
	Hung       bool      // the final mark hangs past the right edge
	Forced     bool      // the line ends at a forced break ('\n')
}

type atomKind int

const (
	atomChar atomKind = iota
	atomWord
	atomSpace
	atomNewline
)

// atom is a unit the breaker never splits (except as a last resort).
//
// Glyph boxes never overlap: squeezing a mark inside a line would make
// text extraction (pdftotext, copy and paste) see a new line there, so
// only a line's final mark may give up its blank half, past the edge.
type atom struct {
	start, end int
	kind       atomKind
	width      float64
	trim       float64 // blank right half, which may lie past the right edge at a line end
	hang       bool    // may hang past the right edge
	noStart    bool    // its first rune may not begin a line
	noEnd      bool    // its last rune may not end a line
	// number: a figure (a word ending in a digit, or the 万 or 亿 after
	// one), which the Chinese character after it, its unit, stays with:
	// never "2790" at a line's end and "家" at the next one's start, nor
	// "68.2万" and "元".
	number bool
	han    bool // a Chinese character
}

// group is a run of atoms with no break opportunity inside.
type group []atom

func (g group) width() float64 {
	w := 0.0
	for _, a := range g {
		w += a.width
	}
	return w
}

// BreakLines breaks text into lines. advance(i) gives the width of
// text[i] (by index, since one character may be set in different fonts).
func BreakLines(text []rune, advance func(i int) float64, o BreakOptions) []Line {
	groups := makeGroups(atomize(text, advance, o.Em), o.Glue)
	var lines []Line
	var line []group // reused for every line: placeLine keeps none of it
	first := true
	for len(groups) > 0 {
		for len(groups) > 0 && groups[0][0].kind == atomSpace {
			groups = groups[1:]
		}
		if len(groups) == 0 {
			break
		}
		avail := o.Width
		indent := 0.0
		if first {
			indent = o.Indent
			avail -= o.Indent
		}
		first = false
		line = line[:0]
		x := 0.0
		forced, trim, hang := false, false, false
		for len(groups) > 0 {
			g := groups[0]
			if g[0].kind == atomNewline {
				forced = true
				groups = groups[1:]
				break
			}
			w := g.width()
			if x+w <= avail+epsilon {
				line = append(line, g)
				x += w
				groups = groups[1:]
				continue
			}
			if g[0].kind == atomSpace {
				break
			}
			last := g[len(g)-1]
			if last.trim > 0 && x+w-last.trim <= avail+epsilon {
				line = append(line, g)
				groups = groups[1:]
				trim = true
				break
			}
			if o.Justify && last.hang && len(g) > 1 && x+w-last.width <= avail+epsilon {
				line = append(line, g)
				groups = groups[1:]
				hang = true
				break
			}
			if len(line) > 0 {
				break
			}
			// A single group wider than the line: split it, ignoring 禁则.
			head, tail := splitGroup(g, avail, text, advance)
			line = append(line, head)
			if len(tail) > 0 {
				groups[0] = tail
			} else {
				groups = groups[1:]
			}
			break
		}
		spaces := trimTrailingSpaces(&line)
		if o.Justify && !forced && o.MinLast > 1 && len(line) > 2 && shortLastLine(groups, o.MinLast) {
			// Never end a paragraph with a stub of a line (孤字, "率。"):
			// take units down with it, leaving at least half the line.
			keep := (len(line) + 1) / 2
			for len(line) > keep && shortLastLine(groups, o.MinLast) {
				// A unit goes down with the spaces after it, so no rune
				// between two units that move is lost.
				moved := append([]group{line[len(line)-1]}, spaces...)
				groups = append(moved, groups...)
				line = line[:len(line)-1]
				spaces = trimTrailingSpaces(&line)
			}
			trim, hang = false, false
		}
		last := len(groups) == 0 || allSpace(groups)
		lines = append(lines, placeLine(line, text, advance, indent, avail, o, trim, hang, forced, last))
	}
	return lines
}

const epsilon = 1e-6

// atomize splits text into atoms.
func atomize(text []rune, advance func(int) float64, em float64) []atom {
	atoms := make([]atom, 0, len(text))
	for i := 0; i < len(text); {
		r := text[i]
		a := atom{start: i, end: i + 1, kind: atomChar}
		switch {
		case r == '\n':
			a.kind = atomNewline
		case r == ' ' || r == '\t' || r == '\u3000':
			a.kind = atomSpace
		case isWordRune(r):
			a.kind = atomWord
			for a.end < len(text) && isWordRune(text[a.end]) {
				a.end++
			}
		case isRepeatMark(r):
			for a.end < len(text) && text[a.end] == r {
				a.end++
			}
		}
		for k := a.start; k < a.end; k++ {
			if text[k] != '\n' {
				a.width += advance(k)
			}
		}
		a.noStart, a.noEnd = noLineStart(r), noLineEnd(text[a.end-1])
		last := text[a.end-1]
		a.han = a.kind == atomChar && unicode.Is(unicode.Han, r)
		a.number = a.kind == atomWord && last >= '0' && last <= '9' ||
			(r == '万' || r == '亿') && len(atoms) > 0 && atoms[len(atoms)-1].number && atoms[len(atoms)-1].end == a.start
		if a.kind == atomChar && a.end == a.start+1 && em > 0 && a.width >= 0.9*em {
			if containsRune(leftSittingRunes, r) {
				a.trim = a.width / 2
			}
			a.hang = containsRune(hangingRunes, r)
		}
		atoms = append(atoms, a)
		i = a.end
	}
	return atoms
}

// makeGroups joins atoms that may not be separated by a line break: by the
// 禁则, or where glue says so.
// Each group is a slice of atoms, capped so that appending to it copies.
func makeGroups(atoms []atom, glue []bool) []group {
	groups := make([]group, 0, len(atoms))
	start := 0
	for i := 1; i <= len(atoms); i++ {
		if i < len(atoms) && (glued(atoms[i-1], atoms[i]) || gluedAt(glue, atoms[i-1], atoms[i])) {
			continue
		}
		groups = append(groups, group(atoms[start:i:i]))
		start = i
	}
	return groups
}

// glued reports whether no break is allowed between atoms a and b.
func glued(a, b atom) bool {
	if a.kind == atomSpace || b.kind == atomSpace || a.kind == atomNewline || b.kind == atomNewline {
		return false
	}
	return b.noStart || a.noEnd || a.number && b.han
}

// gluedAt reports whether glue forbids a break between atoms a and b.
func gluedAt(glue []bool, a, b atom) bool {
	if glue == nil || b.start >= len(glue) || !glue[b.start] {
		return false
	}
	return a.kind != atomNewline && b.kind != atomNewline && a.kind != atomSpace && b.kind != atomSpace
}

// shortLastLine reports whether what is left of a paragraph (up to its end
// or a forced break) is a last line of fewer than min characters, spaces
// aside, and not empty.
func shortLastLine(groups []group, min int) bool {
	n := 0
	for _, g := range groups {
		for _, a := range g {
			switch a.kind {
			case atomNewline:
				return n > 0 && n < min
			case atomSpace:
			default:
				n += a.end - a.start
			}
		}
		if n >= min {
			return false
		}
	}
	return n > 0
}

func allSpace(groups []group) bool {
	for _, g := range groups {
		if g[0].kind != atomSpace {
			return false
		}
	}
	return true
}

// trimTrailingSpaces takes the spaces off the end of line and returns
// them, in order.
func trimTrailingSpaces(line *[]group) []group {
	n := len(*line)
	for n > 0 && (*line)[n-1][0].kind == atomSpace {
		n--
	}
	spaces := (*line)[n:len(*line):len(*line)]
	*line = (*line)[:n]
	return spaces
}

// splitGroup cuts an over-long group so that its head fits avail. It cuts
// between runes, preferring a place where 禁则 allows a break, and always
// puts at least one rune on the line so the breaker makes progress.
func splitGroup(g group, avail float64, text []rune, advance func(int) float64) (group, group) {
	start, end := g[0].start, g[len(g)-1].end
	cut, w := start+1, advance(start)
	for cut < end && w+advance(cut) <= avail+epsilon {
		w += advance(cut)
		cut++
	}
	for k := cut; k > start+1; k-- {
		if !noLineEnd(text[k-1]) && !noLineStart(text[k]) {
			cut = k
			break
		}
	}
	var head, tail group
	for _, a := range g {
		switch {
		case a.end <= cut:
			head = append(head, a)
		case a.start >= cut:
			tail = append(tail, a)
		default:
			h, t := a, a
			h.end, t.start = cut, cut
			h.width, t.width = 0, 0
			for k := h.start; k < h.end; k++ {
				h.width += advance(k)
			}
			for k := t.start; k < t.end; k++ {
				t.width += advance(k)
			}
			h.trim, t.trim, h.hang, t.hang = 0, 0, false, false
			head, tail = append(head, h), append(tail, t)
		}
	}
	return head, tail
}

// placeLine computes the x of every rune of a line, applying the trimmed
// or hung final mark and justification.
func placeLine(line []group, text []rune, advance func(int) float64, indent, avail float64, o BreakOptions, trim, hang, forced, last bool) Line {
	n := 0
	for _, g := range line {
		n += len(g)
	}
	atoms := make([]atom, 0, n)
	for _, g := range line {
		atoms = append(atoms, g...)
	}
	l := Line{Forced: forced, Trimmed: trim, Hung: hang}
	if len(atoms) == 0 {
		return l
	}
	l.Start, l.End = atoms[0].start, atoms[len(atoms)-1].end
	natural := 0.0
	for _, a := range atoms {
		natural += a.width
	}
	final := atoms[len(atoms)-1]
	body := atoms // the atoms that fill the box; a hung mark is outside it
	switch {
	case hang:
		body = atoms[:len(atoms)-1]
		natural -= final.width
	case trim:
		natural -= final.trim
	}
	gap := 0.0
	if o.Justify && !last && !forced && len(body) > 1 && natural < avail {
		gap = (avail - natural) / float64(len(body)-1)
		l.Justified = true
	}
	x := indent
	next := l.Start
	l.X = make([]float64, 0, l.End-l.Start)
	for i, a := range atoms {
		// A rune between two atoms (a space the breaker set aside) takes
		// no room, but keeps its place so X has one entry per rune.
		for ; next < a.start; next++ {
			l.X = append(l.X, x)
		}
		next = a.end
		for k := a.start; k < a.end; k++ {
			l.X = append(l.X, x)
			x += advance(k)
		}
		if i < len(body)-1 {
			x += gap
		}
	}
	if trim {
		x -= final.trim
	}
	l.Width = x
	return l
}
