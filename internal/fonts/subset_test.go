package fonts

import (
	"bytes"
	"encoding/binary"
	"slices"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestSubsetDrawsLikeTheFont reads each subset with an independent parser
// (golang.org/x/image/font/sfnt) and checks that every character is drawn
// with the same outline and advance as in the whole font, composite glyphs
// (common in Droid Sans Fallback) included, and that the subset holds only
// .notdef, those glyphs and their components.
func TestSubsetDrawsLikeTheFont(t *testing.T) {
	text := []rune("永嘉县教育工会2013年工作总结：入会率64.5%，“职工之家”（一）—— ABCxyz,.;ÀéĀ①")
	for _, face := range []Face{Song, Hei} {
		f, err := Embedded(face)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(f.Family, func(t *testing.T) {
			sub, err := f.Subset(text)
			if err != nil {
				t.Fatal(err)
			}
			orig, err := sfnt.Parse(f.src.mem)
			if err != nil {
				t.Fatal(err)
			}
			got, err := sfnt.Parse(sub.Program())
			if err != nil {
				t.Fatalf("the subset is no valid font: %v", err)
			}
			var want []rune
			for _, r := range text {
				if f.Has(r) {
					want = append(want, r)
				}
			}
			slices.Sort(want)
			want = slices.Compact(want)
			if !slices.Equal(sub.Runes, want) {
				t.Errorf("Runes = %q, want %q", string(sub.Runes), string(want))
			}
			if face == Hei && !hasComposites(t, f, want) {
				t.Error("the test text has no composite glyph in Droid Sans Fallback; the components are untested")
			}
			if got.NumGlyphs() > len(want)+1 && !hasComposites(t, f, want) {
				t.Errorf("subset has %d glyphs for %d characters", got.NumGlyphs(), len(want))
			}
			ppem := fixed.I(f.unitsPerEm)
			var bo, bg sfnt.Buffer
			for _, r := range want {
				go1, _ := orig.GlyphIndex(&bo, r)
				gs, err := got.GlyphIndex(&bg, r)
				if err != nil || gs == 0 {
					t.Errorf("%q: not mapped in the subset (%v)", r, err)
					continue
				}
				if g, _ := sub.Glyph(r); sfnt.GlyphIndex(g) != gs {
					t.Errorf("%q: Subset.Glyph = %d, the subset's cmap says %d", r, g, gs)
				}
				a1, _ := orig.GlyphAdvance(&bo, go1, ppem, font.HintingNone)
				a2, _ := got.GlyphAdvance(&bg, gs, ppem, font.HintingNone)
				if a1 != a2 {
					t.Errorf("%q: advance %v, want %v", r, a2, a1)
				}
				if w := sub.Widths[gs]; float64(w)/1000 != f.Advance(r) {
					t.Errorf("%q: width %d/1000, Advance says %v", r, w, f.Advance(r))
				}
				s1, err1 := orig.LoadGlyph(&bo, go1, ppem, nil)
				s2, err2 := got.LoadGlyph(&bg, gs, ppem, nil)
				if err1 != nil || err2 != nil {
					t.Errorf("%q: outlines: %v / %v", r, err1, err2)
					continue
				}
				if !slices.Equal(s1, s2) {
					t.Errorf("%q: the subset's outline differs from the font's", r)
				}
			}
			if _, ok := sub.Glyph('龘'); ok {
				t.Error("a character not asked for is in the subset")
			}
		})
	}
}

// hasComposites reports whether any glyph of runes is a composite.
func hasComposites(t *testing.T, f *Font, runes []rune) bool {
	for _, r := range runes {
		g, _ := f.Glyph(r)
		data, err := f.glyphData(g)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) >= 2 && int16(binary.BigEndian.Uint16(data)) < 0 {
			return true
		}
	}
	return false
}

// TestSubsetIsDeterministic: the same characters in any order and with
// repeats give the same bytes.
func TestSubsetIsDeterministic(t *testing.T) {
	f, err := Embedded(Hei)
	if err != nil {
		t.Fatal(err)
	}
	a, err := f.Subset([]rune("工会工作总结"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Subset([]rune("结总作工会工工"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Program(), b.Program()) || !bytes.Equal(a.CIDProgram(), b.CIDProgram()) {
		t.Error("subset bytes depend on the order of the characters")
	}
	if checksum(a.Program()) != 0xB1B0AFBA {
		t.Errorf("whole-font checksum %#x, want 0xB1B0AFBA", checksum(a.Program()))
	}
}

// TestAppendUnhinted strips instructions from a simple and a composite
// glyph and keeps everything else.
func TestAppendUnhinted(t *testing.T) {
	be := func(v ...uint16) []byte {
		var b []byte
		for _, x := range v {
			b = binary.BigEndian.AppendUint16(b, x)
		}
		return b
	}
	bbox := be(0, 0, 100, 100)
	// One contour of 3 points, 4 bytes of instructions, then 3 flags and
	// 3 one-byte x and y coordinates.
	simple := slices.Concat(be(1), bbox, be(2), be(4), []byte{0xB0, 0x01, 0xB0, 0x01}, []byte{0x37, 0x37, 0x37, 1, 2, 3, 4, 5, 6})
	wantSimple := slices.Concat(be(1), bbox, be(2), be(0), []byte{0x37, 0x37, 0x37, 1, 2, 3, 4, 5, 6})
	// Two components (byte arguments, no transform), the last saying
	// instructions follow: 2 bytes of length and 3 of instructions.
	composite := slices.Concat(be(0xFFFF), bbox, be(compMore, 7), []byte{1, 2}, be(compHaveInstructions, 9), []byte{3, 4}, be(3), []byte{0xB0, 0, 0x2F})
	wantComposite := slices.Concat(be(0xFFFF), bbox, be(compMore, 7), []byte{1, 2}, be(0, 9), []byte{3, 4})
	for _, tt := range []struct {
		name      string
		in, want  []byte
		wantError bool
	}{
		{"simple", simple, wantSimple, false},
		{"composite", composite, wantComposite, false},
		{"empty", nil, nil, false},
		{"truncated", simple[:13], nil, true},
	} {
		got, err := appendUnhinted(nil, tt.in)
		if (err != nil) != tt.wantError {
			t.Errorf("%s: error %v", tt.name, err)
			continue
		}
		if !tt.wantError && !bytes.Equal(got, tt.want) {
			t.Errorf("%s:\n got % x\nwant % x", tt.name, got, tt.want)
		}
	}
}

// FuzzSubset parses arbitrary bytes as a font and, when they parse, subsets
// them: a font file is input (--font-body names any file), so no malformed
// table may crash the program, and a subset that is made must parse again.
//
//	go test ./internal/fonts -run '^$' -fuzz FuzzSubset -fuzztime 10m
func FuzzSubset(f *testing.F) {
	for _, face := range []Face{Song, Hei} {
		font, err := Embedded(face)
		if err != nil {
			f.Fatal(err)
		}
		// Small seeds: subsets of a few characters, composites included.
		sub, err := font.Subset([]rune("工会0Aé①"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(sub.Program(), "工会A")
	}
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		font, err := Parse(data, "fuzz.ttf")
		if err != nil {
			return
		}
		font.Metrics()
		font.WarmGlyphs([]rune(text)) // reads what Subset reads, and must not fail where it does
		sub, err := font.Subset([]rune(text))
		if err != nil {
			return
		}
		again, err := Parse(sub.Program(), "subset.ttf")
		if err != nil {
			t.Fatalf("the subset of a font that parsed does not parse: %v", err)
		}
		for _, r := range sub.Runes {
			if !again.Has(r) {
				t.Fatalf("the subset lost %q", r)
			}
		}
	})
}

// TestCIDProgram: the program a PDF embeds is the subset without its cmap,
// a well-formed font otherwise.
func TestCIDProgram(t *testing.T) {
	f, err := Embedded(Song)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := f.Subset([]rune("工会2013年"))
	if err != nil {
		t.Fatal(err)
	}
	prog := sub.CIDProgram()
	d, err := readDirectory(byteReader(prog), 0)
	if err != nil {
		t.Fatal(err)
	}
	program := sub.Program()
	full, err := readDirectory(byteReader(program), 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.find("cmap"); ok {
		t.Error("the CID program has a cmap")
	}
	if len(d.tables) != len(full.tables)-1 {
		t.Errorf("the CID program has %d tables, the subset %d", len(d.tables), len(full.tables))
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "post", "name"} {
		a, _ := readTable(byteReader(prog), d, tag)
		b, _ := readTable(byteReader(program), full, tag)
		if tag == "head" { // checkSumAdjustment differs with the file
			a, b = a[12:], b[12:]
		}
		if !bytes.Equal(a, b) {
			t.Errorf("table %q differs from the subset's", tag)
		}
	}
	if checksum(prog) != 0xB1B0AFBA {
		t.Errorf("whole-font checksum %#x, want 0xB1B0AFBA", checksum(prog))
	}
}
