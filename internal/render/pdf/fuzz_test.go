package pdf_test

import (
	"bytes"
	"testing"
	"time"
	"unicode"

	"zongjie/internal/doc"
	"zongjie/internal/fonts"
	"zongjie/internal/hostile"
	"zongjie/internal/render/pdf"
)

// FuzzPDF writes arbitrary Markdown (seeded from the reports composed for
// the examples) as PDF with the embedded fonts and checks that it never
// panics and either gives a complete file (%PDF- header, %%EOF trailer) or
// refuses because some character has no glyph in any font, which the error
// then must be about.
//
//	go test ./internal/render/pdf -run '^$' -fuzz FuzzPDF -fuzztime 10m
func FuzzPDF(f *testing.F) {
	seeds, err := hostile.MarkdownSeeds("../../report/testdata/golden")
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range seeds {
		f.Add(seed, "某某工会2013年工作总结")
	}
	f.Add([]byte("# <script>\n\n{{ .X }} **粗** ) /Type /Page %%EOF\n"), "(title) \\")
	w, err := pdf.New(pdf.Options{Fonts: fonts.Options{NoSystemFonts: true}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, md []byte, title string) {
		defer hostile.Watchdog(20 * time.Second)()
		d := doc.Parse(md, doc.Meta{Title: title, Author: title, Date: "2013年12月31日", ISODate: "2013-12-31"})
		var out bytes.Buffer
		if err := w.Write(&out, d); err != nil {
			if !lacksGlyph(w.Fonts(), string(d.Source)+d.Meta.Title) {
				t.Fatalf("Write: %v (every character has a glyph)", err)
			}
			return
		}
		if err := checkPDF(out.Bytes()); err != "" {
			t.Fatal(err)
		}
	})
}

// lacksGlyph reports whether some printable character of s has no glyph in
// one of the faces a report uses, the one reason Write may refuse.
func lacksGlyph(set *fonts.Set, s string) bool {
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			continue
		}
		for _, face := range []fonts.Face{fonts.Song, fonts.FangSong, fonts.Hei, fonts.Kai} {
			if set.For(face, r) == nil {
				return true
			}
		}
	}
	return false
}

// checkPDF returns what is wrong with a PDF file's framing, or "".
func checkPDF(data []byte) string {
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return "output does not start with %PDF-"
	}
	if !bytes.HasSuffix(bytes.TrimRight(data, "\r\n"), []byte("%%EOF")) {
		return "output does not end with %%EOF"
	}
	if !bytes.Contains(data, []byte("startxref")) {
		return "output has no startxref"
	}
	return ""
}

// TestCheckPDF shows that checkPDF tells a framed file from a cut one.
func TestCheckPDF(t *testing.T) {
	tests := []struct {
		data string
		ok   bool
	}{
		{"%PDF-1.4\n1 0 obj\nendobj\nstartxref\n9\n%%EOF\n", true},
		{"%PDF-1.4\n1 0 obj\nendobj\nstartx", false},
		{"<html>", false},
	}
	for _, tt := range tests {
		if got := checkPDF([]byte(tt.data)); (got == "") != tt.ok {
			t.Errorf("checkPDF(%q) = %q, want ok=%v", tt.data, got, tt.ok)
		}
	}
}
