package xlsx

import (
	"strconv"
	"strings"
)

// Style is a cell style. The zero Style is the workbook's default look.
type Style struct {
	Bold, Italic bool
	// Size is the font size in points; 0 is the default 11.
	Size float64
	// Color is the font colour as RRGGBB; "" is black.
	Color string
	// Fill is a solid background colour as RRGGBB; "" is none.
	Fill string
	// HAlign is "left", "center" or "right"; VAlign "top", "center" or
	// "bottom"; "" leaves the default.
	HAlign, VAlign string
	// Wrap wraps long text inside the cell.
	Wrap bool
	// Border is the colour (RRGGBB) of a thin border on all four sides;
	// "" is none.
	Border string
	// NumFmt is a number format code ("#,##0.00", "yyyy-mm-dd"); "" is
	// General.
	NumFmt string
}

// stylesXML writes xl/styles.xml: a font, fill, border and number format
// for each style, and one cell format (xf) per style after the default.
func (b *Workbook) stylesXML() []byte {
	fonts := []string{fontXML(Style{})}
	fills := []string{`<fill><patternFill patternType="none"/></fill>`, `<fill><patternFill patternType="gray125"/></fill>`}
	borders := []string{`<border><left/><right/><top/><bottom/><diagonal/></border>`}
	var numFmts []string
	xfs := []string{`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`}
	index := func(list *[]string, item string) int {
		for i, s := range *list {
			if s == item {
				return i
			}
		}
		*list = append(*list, item)
		return len(*list) - 1
	}
	for _, st := range b.styles {
		font := index(&fonts, fontXML(st))
		fill := 0
		if st.Fill != "" {
			fill = index(&fills, `<fill><patternFill patternType="solid"><fgColor rgb="FF`+st.Fill+`"/><bgColor indexed="64"/></patternFill></fill>`)
		}
		border := 0
		if st.Border != "" {
			side := `<color rgb="FF` + st.Border + `"/>`
			border = index(&borders, `<border><left style="thin">`+side+`</left><right style="thin">`+side+`</right><top style="thin">`+side+`</top><bottom style="thin">`+side+`</bottom><diagonal/></border>`)
		}
		numFmt := 0
		if st.NumFmt != "" {
			numFmt = 164 + index(&numFmts, st.NumFmt) // 0–163 are built in
		}
		var x strings.Builder
		x.WriteString(`<xf numFmtId="` + strconv.Itoa(numFmt) + `" fontId="` + strconv.Itoa(font) + `" fillId="` + strconv.Itoa(fill) + `" borderId="` + strconv.Itoa(border) + `" xfId="0"`)
		if numFmt != 0 {
			x.WriteString(` applyNumberFormat="1"`)
		}
		if font != 0 {
			x.WriteString(` applyFont="1"`)
		}
		if fill != 0 {
			x.WriteString(` applyFill="1"`)
		}
		if border != 0 {
			x.WriteString(` applyBorder="1"`)
		}
		if st.HAlign != "" || st.VAlign != "" || st.Wrap {
			x.WriteString(` applyAlignment="1"><alignment`)
			if st.HAlign != "" {
				x.WriteString(` horizontal="` + st.HAlign + `"`)
			}
			if st.VAlign != "" {
				x.WriteString(` vertical="` + st.VAlign + `"`)
			}
			if st.Wrap {
				x.WriteString(` wrapText="1"`)
			}
			x.WriteString(`/></xf>`)
		} else {
			x.WriteString(`/>`)
		}
		xfs = append(xfs, x.String())
	}

	var x strings.Builder
	x.WriteString(xmlHeader + `<styleSheet xmlns="` + nsMain + `">`)
	if len(numFmts) > 0 {
		x.WriteString(`<numFmts count="` + strconv.Itoa(len(numFmts)) + `">`)
		for i, f := range numFmts {
			x.WriteString(`<numFmt numFmtId="` + strconv.Itoa(164+i) + `" formatCode="` + escape(f) + `"/>`)
		}
		x.WriteString(`</numFmts>`)
	}
	list(&x, "fonts", fonts)
	list(&x, "fills", fills)
	list(&x, "borders", borders)
	x.WriteString(`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`)
	list(&x, "cellXfs", xfs)
	x.WriteString(`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>`)
	x.WriteString(`</styleSheet>`)
	return []byte(x.String())
}

// fontXML is the <font> element of a style.
func fontXML(st Style) string {
	var x strings.Builder
	x.WriteString(`<font>`)
	if st.Bold {
		x.WriteString(`<b/>`)
	}
	if st.Italic {
		x.WriteString(`<i/>`)
	}
	size := st.Size
	if size == 0 {
		size = 11
	}
	x.WriteString(`<sz val="` + strconv.FormatFloat(size, 'f', -1, 64) + `"/>`)
	if st.Color != "" {
		x.WriteString(`<color rgb="FF` + st.Color + `"/>`)
	}
	// No theme part is written, so the font is named, not the theme's.
	x.WriteString(`<name val="Calibri"/><family val="2"/></font>`)
	return x.String()
}

// list writes <name count="n">items</name>.
func list(x *strings.Builder, name string, items []string) {
	x.WriteString(`<` + name + ` count="` + strconv.Itoa(len(items)) + `">`)
	for _, it := range items {
		x.WriteString(it)
	}
	x.WriteString(`</` + name + `>`)
}
