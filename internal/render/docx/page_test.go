package docx

import (
	"slices"
	"testing"

	"zongjie/internal/doc/doctest"
	"zongjie/internal/render/style"
)

// TestPageSetup checks A4, the GB/T 9704 margins, both footers and the
// 22-line grid.
func TestPageSetup(t *testing.T) {
	parts := renderBlocks(t, doctest.P("正文"))
	sect := parts["word/document.xml"].first("sectPr")
	size, mar := sect.first("pgSz"), sect.first("pgMar")
	got := []string{size.attrs["w"], size.attrs["h"], mar.attrs["top"], mar.attrs["bottom"],
		mar.attrs["left"], mar.attrs["right"], sect.first("docGrid").attrs["linePitch"]}
	want := []string{"11906", "16838", "2098", "1984", "1587", "1474", "579"}
	if !slices.Equal(got, want) {
		t.Errorf("page w, h, top, bottom, left, right, pitch = %q, want %q", got, want)
	}
	var kinds []string
	for _, r := range sect.all("footerReference") {
		kinds = append(kinds, r.attrs["type"])
	}
	if !slices.Equal(kinds, []string{"default", "even"}) {
		t.Errorf("footer references %q, want default and even", kinds)
	}
	if parts["word/settings.xml"].first("evenAndOddHeaders") == nil {
		t.Error("settings lack evenAndOddHeaders")
	}
	p := a4()
	if lines := (p.height - p.top - p.bottom) / p.linePitch; lines != style.LinesPerPage {
		t.Errorf("%d lines fit a page, want %d", lines, style.LinesPerPage)
	}
}

// TestCharsPerLine checks that exactly style.CharsPerLine body characters
// fit the text width with the body tracking.
func TestCharsPerLine(t *testing.T) {
	p := a4()
	pitch := ptTwips(style.BodyPt) + p.bodyTracking
	if fit := p.textWidth() / pitch; fit != style.CharsPerLine {
		t.Errorf("%d characters fit a line, want %d (pitch %d twips)", fit, style.CharsPerLine, pitch)
	}
}

// TestFooters checks the page numbers: "— 1 —" with a PAGE field, odd at
// the right, even at the left.
func TestFooters(t *testing.T) {
	parts := renderBlocks(t, doctest.P("正文"))
	for part, jc := range map[string]string{"word/footer1.xml": "right", "word/footer2.xml": "left"} {
		f := parts[part]
		if got := f.first("jc").attrs["val"]; got != jc {
			t.Errorf("%s aligned %s, want %s", part, got, jc)
		}
		if got := f.textContent(); got != style.PageNumber(1) {
			t.Errorf("%s shows %q, want %q", part, got, style.PageNumber(1))
		}
		if got := f.first("instrText").text; got != " PAGE " {
			t.Errorf("%s field %q, want PAGE", part, got)
		}
	}
}
