package pdfobj

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"zongjie/internal/fonts"
)

// drawnIn returns the characters d's pages draw in f, as they come.
func drawnIn(d *Document, f *fonts.Font) []rune {
	var out []rune
	for _, p := range d.Pages {
		for _, t := range p.Texts {
			if t.Font == f {
				out = append(out, []rune(t.S)...)
			}
		}
	}
	return out
}

// TestAheadSameBytes: a document written with fonts subset ahead, whether
// they were made before Write, alongside it or not at all, for the right
// characters or for others, is the same bytes as one written without;
// Write uses an Ahead exactly when it is for the characters the pages
// draw in its font, and drops the others.
func TestAheadSameBytes(t *testing.T) {
	song, hei := embedded(t, fonts.Song), embedded(t, fonts.Hei)
	want := write(t, documentWith(song, hei))
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "fonts", "fallback", "gbsn00lp.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := fonts.Parse(data, "gbsn00lp.ttf") // the same font, another *fonts.Font
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		// aheads makes the Aheads for d and starts whatever work on them
		// the case does before Write.
		aheads func(d *Document) []*Ahead
		used   []bool // whether Write should use each
	}{
		{"made before", func(d *Document) []*Ahead {
			as := []*Ahead{NewAhead(song, drawnIn(d, song)), NewAhead(hei, drawnIn(d, hei))}
			for _, a := range as {
				a.Run()
			}
			return as
		}, []bool{true, true}},
		{"made alongside", func(d *Document) []*Ahead {
			as := []*Ahead{NewAhead(hei, drawnIn(d, hei)), NewAhead(song, drawnIn(d, song))}
			go func() {
				for _, a := range as {
					a.Run()
				}
			}()
			return as
		}, []bool{true, true}},
		{"never run", func(d *Document) []*Ahead {
			return []*Ahead{NewAhead(song, drawnIn(d, song))}
		}, []bool{true}},
		{"a character short", func(d *Document) []*Ahead {
			a := NewAhead(song, drawnIn(d, song)[1:])
			a.Run()
			return []*Ahead{a}
		}, []bool{false}},
		{"a character more", func(d *Document) []*Ahead {
			a := NewAhead(song, append(drawnIn(d, song), '乙'))
			go a.Run()
			return []*Ahead{a}
		}, []bool{false}},
		{"a font not drawn in", func(d *Document) []*Ahead {
			a := NewAhead(other, drawnIn(d, song))
			go a.Run()
			return []*Ahead{a}
		}, []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := documentWith(song, hei)
			d.Ahead = tt.aheads(d)
			if got := write(t, d); !bytes.Equal(got, want) {
				t.Errorf("%d bytes, differing from the %d written without", len(got), len(want))
			}

			d = documentWith(song, hei)
			d.Ahead = tt.aheads(d)
			c := newCompressor()
			embedded, err := embedFonts(d, c)
			c.finish()
			if err != nil {
				t.Fatal(err)
			}
			for i, a := range d.Ahead {
				usedBy := false
				for _, e := range embedded {
					usedBy = usedBy || e.program == a.program && a.program != nil
				}
				if usedBy != tt.used[i] {
					t.Errorf("Ahead %d (%s): used %v, want %v", i, a.font.Family, usedBy, tt.used[i])
				}
				if !usedBy && !a.dropped.Load() {
					t.Errorf("Ahead %d (%s) is not used but was not dropped", i, a.font.Family)
				}
			}
		})
	}
}

func TestSameSet(t *testing.T) {
	tests := []struct {
		set, runes string
		want       bool
	}{
		{"", "", true},
		{"会工", "工会工会", true},
		{"会工", "工", false},
		{"会工", "工会人", false},
		{"", "工", false},
		{"工", "", false},
	}
	for _, tt := range tests {
		if got := sameSet([]rune(tt.set), []rune(tt.runes)); got != tt.want {
			t.Errorf("sameSet(%q, %q) = %v, want %v", tt.set, tt.runes, got, tt.want)
		}
	}
}
