// Package ooxml writes a chart as a native DrawingML chart for DOCX: the
// chart part (c:chartSpace) with every figure cached (c:numCache,
// c:strCache), so Word, WPS and LibreOffice draw it without recalculating,
// and the embedded workbook it was "made from", so 编辑数据 (Edit Data)
// opens the figures in a spreadsheet. The clerk can then restyle the chart
// as any chart of their own.
//
// The DOCX writer adds a Part's three files to its package, its content
// types to [Content_Types].xml, a relationship of type RelChart from
// word/document.xml to Part.Target, and Inline's w:drawing in a paragraph
// where the chart goes (see Part and Inline).
package ooxml

import (
	"strconv"

	"zongjie/internal/chart"
)

// Relationship and content types the DOCX package needs for a chart.
const (
	// RelChart is the type of the relationship from word/document.xml to
	// a chart part.
	RelChart = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
	// RelPackage is the type of the relationship from a chart part to its
	// embedded workbook.
	RelPackage = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
	// ContentTypeChart is a chart part's content type (an Override).
	ContentTypeChart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
	// ContentTypeXLSX is the embedded workbooks' content type, a Default
	// for the extension "xlsx".
	ContentTypeXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	// ContentTypeRels is the content type of .rels parts (already a
	// Default of every package).
	ContentTypeRels = "application/vnd.openxmlformats-package.relationships+xml"
)

// Options says how to set the chart's text.
type Options struct {
	// EastAsia and Latin are the font families of the labels' Chinese
	// characters (a:ea) and of their digits and letters (a:latin); ""
	// uses 宋体 and Times New Roman.
	EastAsia, Latin string
	// Title is the family of the axes' units (单位：人); "" uses 黑体.
	Title string
	// Size is the labels' size in points; 0 uses 10.5 (五号).
	Size float64
	// Box is the chart's size on the page, in points; zero uses 442 × 260
	// (the text width of a GB/T 9704 page). The axes of a chart with a
	// rate on a second axis are fixed as Layout sets them for this box.
	Box chart.Size
}

// Part is one chart of a DOCX package: three files, the content types
// they need and the relationship the document makes to the chart.
type Part struct {
	// Name is the chart part's name in the package,
	// "word/charts/chart1.xml"; XML is its content.
	Name string
	XML  []byte
	// RelsName is the chart part's relationships part,
	// "word/charts/_rels/chart1.xml.rels", relating it to its workbook.
	RelsName string
	Rels     []byte
	// WorkbookName is the embedded workbook,
	// "word/embeddings/Microsoft_Excel_Worksheet1.xlsx"; Workbook its bytes.
	WorkbookName string
	Workbook     []byte
	// Target is the chart part relative to word/document.xml
	// ("charts/chart1.xml"), the Target of a relationship of type
	// RelChart whose Id the document passes to Inline.
	Target string
	// Overrides are the [Content_Types].xml overrides the part needs
	// (part name with a leading slash → content type); Defaults the
	// defaults by extension ("xlsx" → ContentTypeXLSX), which a package
	// lists once however many charts it has.
	Overrides map[string]string
	Defaults  map[string]string
}

// Build writes chart c as the n-th chart of a document (n from 1, which
// names its files). It fails only for a chart that cannot be drawn (see
// chart.Chart.Valid) or a workbook that cannot be written.
func Build(c chart.Chart, n int, o Options) (Part, error) {
	if !c.Valid() {
		return Part{}, &Error{Msg: "图表“" + c.Title + "”没有可画的数据(至少要有两项,每项都有数字)"}
	}
	o = o.withDefaults()
	num := strconv.Itoa(n)
	p := Part{
		Name:         "word/charts/chart" + num + ".xml",
		RelsName:     "word/charts/_rels/chart" + num + ".xml.rels",
		WorkbookName: "word/embeddings/Microsoft_Excel_Worksheet" + num + ".xlsx",
		Target:       "charts/chart" + num + ".xml",
	}
	p.Overrides = map[string]string{"/" + p.Name: ContentTypeChart}
	p.Defaults = map[string]string{"xlsx": ContentTypeXLSX}
	d := chart.Layout(c, o.Box, chart.GridMetrics{})
	p.XML = chartSpace(c, d, o)
	p.Rels = chartRels("../embeddings/Microsoft_Excel_Worksheet" + num + ".xlsx")
	wb, err := workbook(c)
	if err != nil {
		return Part{}, &Error{Msg: "图表“" + c.Title + "”的数据表无法写出", Err: err}
	}
	p.Workbook = wb
	return p, nil
}

// Error is a chart that could not be written: Msg says so in Chinese for
// the user, Err holds the cause for the program.
type Error struct {
	Msg string
	Err error
}

// Error returns the Chinese message alone: a library's English never
// reaches a user.
func (e *Error) Error() string { return e.Msg }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

func (o Options) withDefaults() Options {
	if o.EastAsia == "" {
		o.EastAsia = "宋体"
	}
	if o.Title == "" {
		o.Title = "黑体"
	}
	if o.Latin == "" {
		o.Latin = "Times New Roman"
	}
	if o.Size <= 0 {
		o.Size = 10.5
	}
	if !(o.Box.W > 0) || !(o.Box.H > 0) {
		o.Box = chart.Size{W: 442, H: 260}
	}
	return o
}

// chartRels relates the chart part to its workbook.
func chartRels(target string) []byte {
	var x xw
	x.b.WriteString(xmlHeader)
	x.open("Relationships", "xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")
	x.empty("Relationship", "Id", "rId1", "Type", RelPackage, "Target", target)
	x.close("Relationships")
	return x.bytes()
}
