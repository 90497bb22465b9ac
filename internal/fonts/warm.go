package fonts

// WarmGlyphs reads the glyph data a subset of runes copies (each rune's
// glyph and the components of a composite one) into the font, without
// subsetting, so that a Subset of the same runes that follows finds them
// read: a PDF writer calls it on a goroutine of its own while it lays the
// document out. Runes the font lacks are passed over, and errors are left
// for Subset to report. It does nothing for a font in memory.
func (f *Font) WarmGlyphs(runes []rune) {
	if f.src.mem != nil || len(runes) == 0 {
		return
	}
	glyphs := make([]uint16, 0, len(runes))
	for _, r := range runes {
		if g, ok := f.Glyph(r); ok {
			glyphs = append(glyphs, g)
		}
	}
	f.glyphClosure(glyphs) // reads the glyphs and, in later rounds, their components
}
