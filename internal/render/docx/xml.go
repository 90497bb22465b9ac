package docx

import (
	"encoding/xml"
	"strings"
)

// xmlHeader starts every XML part of the package.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Namespaces used by the WordprocessingML parts.
const (
	nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// xmlWriter builds an XML part. Element and attribute names are constants of
// this package; every text and attribute value goes through escape, so user
// text can never become markup.
type xmlWriter struct {
	b strings.Builder
}

// open writes a start tag; attrs are name, value pairs.
func (x *xmlWriter) open(name string, attrs ...string) {
	x.tag(name, attrs)
	x.b.WriteByte('>')
}

// empty writes an empty element; attrs are name, value pairs.
func (x *xmlWriter) empty(name string, attrs ...string) {
	x.tag(name, attrs)
	x.b.WriteString("/>")
}

// close writes an end tag.
func (x *xmlWriter) close(name string) {
	x.b.WriteString("</")
	x.b.WriteString(name)
	x.b.WriteByte('>')
}

// text writes escaped character data.
func (x *xmlWriter) text(s string) { x.b.WriteString(escape(s)) }

// element writes <name attrs>text</name>.
func (x *xmlWriter) element(name, text string, attrs ...string) {
	x.open(name, attrs...)
	x.text(text)
	x.close(name)
}

func (x *xmlWriter) tag(name string, attrs []string) {
	if len(attrs)%2 != 0 {
		panic("docx: odd attribute list for <" + name + ">")
	}
	x.b.WriteByte('<')
	x.b.WriteString(name)
	for i := 0; i < len(attrs); i += 2 {
		x.b.WriteByte(' ')
		x.b.WriteString(attrs[i])
		x.b.WriteString(`="`)
		x.b.WriteString(escape(attrs[i+1]))
		x.b.WriteByte('"')
	}
}

// bytes returns the part so far.
func (x *xmlWriter) bytes() []byte { return []byte(x.b.String()) }

// escape escapes s for XML text and attribute values. Characters that XML
// 1.0 cannot carry become U+FFFD.
func escape(s string) string {
	var b strings.Builder
	// EscapeText only fails when the writer does; strings.Builder never does.
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
