// Package textwidth measures text as a terminal or a character grid shows
// it: East Asian wide and full-width characters take two columns, every
// other character one.
package textwidth

import "golang.org/x/text/width"

// Rune is the display width of r: 2 for wide and full-width characters, 1
// otherwise.
func Rune(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// String is the display width of s.
func String(s string) int {
	n := 0
	for _, r := range s {
		n += Rune(r)
	}
	return n
}
