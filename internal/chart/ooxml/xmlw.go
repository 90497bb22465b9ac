package ooxml

import (
	"bytes"
	"encoding/xml"
)

// xmlHeader starts every XML part.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// xw writes XML elements with escaped attributes and text.
type xw struct{ b bytes.Buffer }

// start writes <name attr="value" …>, attrs given as name, value pairs.
func (x *xw) start(name string, attrs ...string) {
	x.b.WriteByte('<')
	x.b.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.b.WriteByte(' ')
		x.b.WriteString(attrs[i])
		x.b.WriteString(`="`)
		escape(&x.b, attrs[i+1])
		x.b.WriteByte('"')
	}
}

// open writes a start tag.
func (x *xw) open(name string, attrs ...string) {
	x.start(name, attrs...)
	x.b.WriteByte('>')
}

// empty writes an empty element.
func (x *xw) empty(name string, attrs ...string) {
	x.start(name, attrs...)
	x.b.WriteString("/>")
}

// close writes an end tag.
func (x *xw) close(name string) {
	x.b.WriteString("</")
	x.b.WriteString(name)
	x.b.WriteByte('>')
}

// text writes <name>text</name>.
func (x *xw) text(name, text string) {
	x.open(name)
	escape(&x.b, text)
	x.close(name)
}

// val writes <name val="v"/>.
func (x *xw) val(name, v string) { x.empty(name, "val", v) }

func (x *xw) bytes() []byte { return x.b.Bytes() }

// escape writes s escaped for XML; characters XML cannot hold become
// U+FFFD.
func escape(b *bytes.Buffer, s string) { _ = xml.EscapeText(b, []byte(s)) }
