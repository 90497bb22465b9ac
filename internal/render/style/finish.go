package style

import "zongjie/internal/doc"

// SignatureIndentChars is how far in from the right margin the 落款
// stands, in body characters (GB/T 9704 §7.3.5.2: 右空二字).
const SignatureIndentChars = 2

// Signature returns the right indents, in points from the right edge of
// the text block, of the organisation's name and of the date under it,
// given the widths of the two lines: the date stands two characters in and
// the name is centred over it; a name longer than the date stands two
// characters in and the date is centred under it. A line of width 0 (no
// date, no name) leaves the other two characters in.
func Signature(nameWidth, dateWidth float64) (nameRight, dateRight float64) {
	in := SignatureIndentChars * (BodyPt + Tracking(BodyPt))
	switch {
	case nameWidth <= 0 || dateWidth <= 0:
		return in, in
	case nameWidth <= dateWidth:
		return in + (dateWidth-nameWidth)/2, in
	}
	return in, in + (nameWidth-dateWidth)/2
}

// SignatureIndent returns the right indent, in points, of blocks[i], a
// paragraph of RoleSignature or RoleDate: a signature and the date right
// after it are set as a pair (see Signature), on nominal widths, so every
// format sets them alike; either alone stands two characters in. It
// returns 0 for any other block.
func SignatureIndent(blocks []doc.Block, i int) float64 {
	p, ok := blocks[i].(*doc.Paragraph)
	if !ok {
		return 0
	}
	switch p.Kind {
	case doc.RoleSignature:
		var date float64
		if i+1 < len(blocks) {
			if d, ok := blocks[i+1].(*doc.Paragraph); ok && d.Kind == doc.RoleDate {
				date = widest(d)
			}
		}
		name, _ := Signature(widest(p), date)
		return name
	case doc.RoleDate:
		var name float64
		if i > 0 {
			if s, ok := blocks[i-1].(*doc.Paragraph); ok && s.Kind == doc.RoleSignature {
				name = widest(s)
			}
		}
		_, date := Signature(name, widest(p))
		return date
	}
	return 0
}

// widest is the nominal width of the widest line of p at body size.
func widest(p *doc.Paragraph) float64 {
	w := 0.0
	for i, l := range p.Lines {
		s := cleanLine(l)
		if i == 0 {
			s = doc.CleanText(p.Number) + s
		}
		w = max(w, TextPt(s, BodyPt))
	}
	return w
}

// KeepWithNext reports whether blocks[i] must stand on the same page as
// the start of the block after it: a heading (never the last line of a
// page), a paragraph that introduces a table (the one right before it,
// "各年度帮扶情况如下："), the signature over its date, and the last
// paragraph of the text over the signature: a 落款 never stands alone on
// a page (GB/T 9704: the end of the text and the 落款 share a page).
func KeepWithNext(blocks []doc.Block, i int) bool {
	if i+1 >= len(blocks) {
		return false
	}
	switch b := blocks[i].(type) {
	case *doc.Heading:
		return true
	case *doc.Paragraph:
		if _, ok := blocks[i+1].(*doc.Table); ok {
			return true
		}
		next := blocks[i+1].Role()
		return b.Kind == doc.RoleSignature && next == doc.RoleDate || b.Kind != doc.RoleSignature && next == doc.RoleSignature
	}
	return false
}

// MinLastLineRunes is the fewest characters the last line of a paragraph
// of several lines may hold: no "率。" or "谢！" alone on a line.
const MinLastLineRunes = 3
