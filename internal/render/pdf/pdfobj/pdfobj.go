// Package pdfobj writes a PDF file from pages of positioned text runs and
// straight lines. It is the object layer under the PDF writer, whose own
// code does all the layout (line breaking, pagination, tables): here each
// font is cut to the glyphs the document draws (fonts.Subset) and embedded
// as a CID-keyed TrueType font with its widths and a ToUnicode map, so the
// text can be searched and copied; the streams are compressed; headings
// become the document outline.
//
// The output is PDF 1.7 with its dictionaries in a compressed object
// stream and a cross-reference stream, and depends only on the input: no
// dates unless given, objects in a fixed order, and a file identifier
// computed from the content.
package pdfobj

import (
	"time"

	"zongjie/internal/fonts"
)

// Document is what Write puts in a file.
type Document struct {
	// Width and Height give the size of every page, in points.
	Width, Height float64
	// Info is the document information dictionary.
	Info Info
	// Pages in order.
	Pages []*Page
	// Ahead are font subsets made ahead, while the pages were laid out;
	// see Ahead.
	Ahead []*Ahead
}

// Info is the document information: who wrote what, for viewers'
// "properties" dialog and for search.
type Info struct {
	Title, Author, Subject, Creator, Producer string
	// CreationDate is written if it is not zero.
	CreationDate time.Time
}

// Page is one page: paths (a figure's bars, lines and markers) first,
// then lines, then text runs, each drawn in order.
// Coordinates are points from the page's top-left corner, y downwards, as
// a layout measures them; Write turns them into PDF's bottom-left system.
type Page struct {
	Paths     []Path
	Lines     []Line
	Texts     []Text
	Bookmarks []Bookmark
}

// Text is a run of characters drawn in one font, size and spacing, on one
// baseline. Every character must have a glyph in Font.
type Text struct {
	Font    *fonts.Font
	Size    float64 // points
	Spacing float64 // extra advance after every glyph, points (PDF Tc)
	X, Y    float64 // start of the baseline
	S       string
	Color   Color
	// Rotate turns the run about its start, in degrees clockwise as seen
	// (-45 rises to the right): a chart's turned category labels.
	Rotate float64
}

// Line is a straight stroked line, such as a table border.
type Line struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          Color
}

// Color is a colour as red, green and blue from 0 to 1; the zero value is
// black.
type Color [3]float64

// Bookmark is an entry of the document outline that shows the page at
// height Y. Level 1 entries are at the top of the outline; an entry of a
// higher level goes under the last entry of a lower one before it.
type Bookmark struct {
	Title string
	Y     float64
	Level int
}
