package report

import "strings"

// The template output is text with in-band marks. They are control
// characters, which escapeText removes from record text, so a clerk can never
// forge one.
const (
	// markMissing stands where a figure or a text could not be given; the
	// structural pass drops the sentence that holds it.
	markMissing = '\x01'
	// markData precedes every figure and every piece of record text; a
	// section is kept only when a sentence with data survives in it.
	markData = '\x02'
	// markSeq stands for the opener of a point, 一是, 二是 …, numbered after
	// dropping so the sequence has no gaps.
	markSeq = '\x03'
	// dirOpen starts and ends a directive; dirSep separates its fields.
	dirOpen = '\x1e'
	dirSep  = '\x1f'
)

// Directive kinds.
const (
	dirTitle   = "title"   // document title: text
	dirSection = "section" // open a sub-section: id, heading
	dirEnd     = "end"     // close the innermost section
	dirTop     = "top"     // close every open section
	dirPara    = "p"       // start a body paragraph
	dirCenter  = "center"  // start a centred paragraph
	dirRight   = "right"   // start a right-aligned paragraph (落款)
	dirDate    = "date"    // start the date paragraph under the 落款 (成文日期)
	dirLeft    = "left"    // start a flush-left paragraph without indent (称呼)
	dirItem    = "item"    // start a numbered item paragraph (1. …)
	dirBreak   = "br"      // hard line break inside a paragraph
	dirKeep    = "keep"    // keep the current section even without data
	dirTable   = "table"   // a table: rows, cells separated by dirSep, rows by tableRowSep
	dirChart   = "chart"   // a chart: its index among the composer's charts
)

// tableRowSep separates the rows of a table directive, tableCellSep its cells.
const (
	tableRowSep  = '\x1d'
	tableCellSep = '\x1c'
)

// directive encodes a directive for the template output.
func directive(kind string, args ...string) string {
	var b strings.Builder
	b.WriteByte(dirOpen)
	b.WriteString(kind)
	for _, a := range args {
		b.WriteByte(dirSep)
		b.WriteString(a)
	}
	b.WriteByte(dirOpen)
	return b.String()
}

// missing is what a figure prints when it is not available.
const missing = string(markMissing)

// hasMissing reports whether s holds a missing mark.
func hasMissing(s string) bool { return strings.IndexByte(s, markMissing) >= 0 }

// hasData reports whether s holds a data mark.
func hasData(s string) bool { return strings.IndexByte(s, markData) >= 0 }

// stripMarks removes the data and missing marks. They are ASCII bytes,
// which never occur inside the UTF-8 of another character, so they are
// dropped byte by byte: a composed report strips every line, and decoding
// each rune took a quarter of composing the yongjia report.
func stripMarks(s string) string {
	i := strings.IndexAny(s, string(markData)+string(markMissing))
	if i < 0 {
		return s
	}
	b := make([]byte, i, len(s)-1)
	copy(b, s[:i])
	for ; i < len(s); i++ {
		if c := s[i]; c != markData && c != markMissing {
			b = append(b, c)
		}
	}
	return string(b)
}
