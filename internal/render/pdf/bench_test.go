package pdf

import (
	"io"
	"testing"

	"zongjie/internal/doc/doctest"
	"zongjie/internal/fonts"
)

// BenchmarkNew measures loading and parsing the fonts (done once per process).
func BenchmarkNew(b *testing.B) {
	for _, tc := range []struct {
		name string
		opts fonts.Options
	}{{"embedded", fonts.Options{NoSystemFonts: true}}, {"installed", fonts.Options{}}} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := New(Options{Fonts: tc.opts}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWrite measures rendering one report (doctest's annual summary) with fonts already loaded,
// the cost per document of a batch run.
func BenchmarkWrite(b *testing.B) {
	w, err := New(Options{Fonts: fonts.Options{NoSystemFonts: true}})
	if err != nil {
		b.Fatal(err)
	}
	d := doctest.Annual()
	for b.Loop() {
		if err := w.Write(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
