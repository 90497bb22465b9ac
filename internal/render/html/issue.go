package html

import (
	"bytes"
	stdhtml "html"

	"zongjie/internal/doc"
	"zongjie/internal/render/style"
)

// The 公文 apparatus of a report issued as a document (doc.Issue), as GB/T
// 9704 and internal/render/style lay it out.

// writeMasthead writes the 版头: the 发文机关标志 in red at its size, the
// 发文字号 under it, and the red rule (the style sheet's).
func writeMasthead(b *bytes.Buffer, is *doc.Issue) {
	b.WriteString("<header class=\"masthead\">\n")
	b.WriteString(`<p class="authority" style="font-size: ` + pt(style.AuthorityPt(is.Authority)) + `">`)
	b.WriteString(stdhtml.EscapeString(doc.CleanText(is.Authority)))
	b.WriteString("</p>\n")
	if n := doc.CleanText(is.Number); n != "" {
		b.WriteString(`<p class="docnumber">` + stdhtml.EscapeString(n) + "</p>\n")
	}
	b.WriteString("</header>\n")
}

// writeColophon writes the 版记: the 抄送 line, then the 印发机关 and the
// 印发日期 on one line, between the rules of the style sheet.
func writeColophon(b *bytes.Buffer, is *doc.Issue) {
	b.WriteString("<footer class=\"colophon\">\n")
	var copyTo []string
	for _, c := range is.CopyTo {
		if c = doc.CleanText(c); c != "" {
			copyTo = append(copyTo, c)
		}
	}
	if line := style.CopyToLine(copyTo); line != "" {
		b.WriteString(`<p class="copyto">` + stdhtml.EscapeString(line) + "</p>\n")
	}
	b.WriteString(`<p class="printed"><span>` + stdhtml.EscapeString(doc.CleanText(is.Printer)) + "</span><span>" +
		stdhtml.EscapeString(style.PrintedLine(doc.CleanText(is.Printed))) + "</span></p>\n")
	b.WriteString("</footer>\n")
}
