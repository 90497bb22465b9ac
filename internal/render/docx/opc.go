package docx

// part is one file of the Open Packaging Conventions zip.
type part struct {
	name        string // path inside the zip, no leading slash
	contentType string // "" for parts covered by a Default content type
	data        []byte
}

// Content types of the parts.
const (
	ctRels      = "application/vnd.openxmlformats-package.relationships+xml"
	ctDocument  = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	ctStyles    = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
	ctSettings  = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
	ctFontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
	ctFooter    = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	ctCore      = "application/vnd.openxmlformats-package.core-properties+xml"
	ctApp       = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
	ctXLSX      = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

// Relationship types.
const (
	relTypeBase      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	relTypeDocument  = relTypeBase + "officeDocument"
	relTypeStyles    = relTypeBase + "styles"
	relTypeSettings  = relTypeBase + "settings"
	relTypeFontTable = relTypeBase + "fontTable"
	relTypeFooter    = relTypeBase + "footer"
	relTypeApp       = relTypeBase + "extended-properties"
	relTypeCore      = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)

// Relationship ids of word/_rels/document.xml.rels, fixed so output is
// deterministic.
const (
	relStyles     = "rId1"
	relSettings   = "rId2"
	relFontTable  = "rId3"
	relFooterOdd  = "rId4"
	relFooterEven = "rId5"
)

// relationship is one entry of a .rels part.
type relationship struct {
	id, typ, target string
}

// relsPart renders a relationships part.
func relsPart(rels []relationship) []byte {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("Relationships", "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")
	for _, r := range rels {
		x.empty("Relationship", "Id", r.id, "Type", r.typ, "Target", r.target)
	}
	x.close("Relationships")
	return x.bytes()
}

// contentTypesPart renders [Content_Types].xml for parts: a Default for
// .rels files, one for .xlsx files when the package embeds workbooks
// (a chart's data), and an Override for every other part.
func contentTypesPart(parts []part, workbooks bool) []byte {
	var x xmlWriter
	x.b.WriteString(xmlHeader)
	x.open("Types", "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")
	x.empty("Default", "Extension", "rels", "ContentType", ctRels)
	x.empty("Default", "Extension", "xml", "ContentType", "application/xml")
	if workbooks {
		x.empty("Default", "Extension", "xlsx", "ContentType", ctXLSX)
	}
	for _, p := range parts {
		if p.contentType != "" {
			x.empty("Override", "PartName", "/"+p.name, "ContentType", p.contentType)
		}
	}
	x.close("Types")
	return x.bytes()
}
