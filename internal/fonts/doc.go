// Package fonts finds, loads and parses the fonts a zongjie report is set
// in: one font per Face (宋体, 仿宋, 黑体, 楷体) plus a Latin font for
// digits and Latin letters.
//
// Fonts come, in order, from what the user named (a file or a family name),
// from the installed fonts (Linux XDG font directories, Windows Fonts,
// macOS Library/Fonts) matched against Families by the names inside
// the font files, and finally from fallback fonts embedded in the binary, so
// a report can be written on a machine with no Chinese fonts at all.
//
// A .ttc collection is read by extracting one face (face 0 unless told
// otherwise) into a standalone TrueType font. Only fonts with TrueType
// outlines are used, since those are what a PDF writer can subset.
//
// Finding the fonts (reading the names in every installed font file) and
// parsing them is the slow part: Load a Set once and reuse it for every
// document. Font files are mapped into memory, not read, so only the
// tables and glyphs in use are ever read from disk. Font.Subset cuts a font
// to the glyphs a document draws, as a PDF embeds it.
package fonts
