// Package fonts finds, loads and parses the fonts a zongjie report is set
// in: one font per Face (宋体, 仿宋, 黑体, 楷体) plus a Latin font for
// digits and Latin letters.
//
// Fonts come, in order, from what the user named (a file or a family name),
// from the installed fonts (Linux XDG font directories, Windows Fonts,
// macOS Library/Fonts) matched against Families by the names inside
// the font files, and finally from fallback fonts embedded in the binary, so
// a report can be written on a machine with no Chinese fonts at all.
// Choices and Warning say, role by role, which font a 公文 wants and which
// one is used; Installed lists the candidates found.
//
// Only fonts with TrueType outlines are used, since those are what a PDF
// writer can subset; a face of a .ttc collection is read in place. A font
// file must be a regular file of at most 1 GB: a device or a FIFO named as
// a font is refused, never read. Every error is worded in Chinese.
//
// Finding the installed fonts means reading the names in every font file;
// the font index (indexfile.go), kept in the user's cache directory, spares
// the next run that, and the opening of each font's headers. Opening a
// font reads its small tables (cmap, hmtx, loca and the headers); the
// glyph outlines, most of a CJK font, are read only for the glyphs a
// document draws, in a few reads that take near glyphs together
// (source.go). Font.Subset cuts a font to those glyphs, as a PDF embeds
// it. Load a Set once and reuse it for every document.
package fonts
