package docx

import (
	"fmt"
	"time"

	"zongjie/internal/doc"
)

// Namespaces of the document property parts.
const (
	nsCoreProps = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
	nsAppProps  = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
)

// applicationName is what docProps/app.xml names as the producing program.
const applicationName = "zongjie"

// corePart renders docProps/core.xml: title, author (the issuing
// organisation) and, when the report states one, its date as the creation
// and modification date. Writers never read the clock.
func corePart(m doc.Meta) ([]byte, error) {
	var stamp string
	if m.ISODate != "" {
		t, err := time.Parse(time.DateOnly, m.ISODate)
		if err != nil {
			return nil, fmt.Errorf("docx: document date %q is not YYYY-MM-DD", m.ISODate)
		}
		stamp = t.Format(time.RFC3339)
	}
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("cp:coreProperties",
		"xmlns:cp", nsCoreProps,
		"xmlns:dc", "http://purl.org/dc/elements/1.1/",
		"xmlns:dcterms", "http://purl.org/dc/terms/",
		"xmlns:dcmitype", "http://purl.org/dc/dcmitype/",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
	if m.Title != "" {
		x.element("dc:title", m.Title)
	}
	if m.Author != "" {
		x.element("dc:creator", m.Author)
		x.element("cp:lastModifiedBy", m.Author)
	}
	x.element("dc:language", "zh-CN")
	if stamp != "" {
		x.element("dcterms:created", stamp, "xsi:type", "dcterms:W3CDTF")
		x.element("dcterms:modified", stamp, "xsi:type", "dcterms:W3CDTF")
	}
	x.close("cp:coreProperties")
	return x.bytes(), nil
}

// appPart renders docProps/app.xml: the producing program and the
// organisation as the company.
func appPart(m doc.Meta) []byte {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("Properties", "xmlns", nsAppProps,
		"xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes")
	x.element("Application", applicationName)
	x.element("DocSecurity", "0")
	if m.Author != "" {
		x.element("Company", m.Author)
	}
	x.close("Properties")
	return x.bytes()
}
