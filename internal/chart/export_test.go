package chart

// Exported for the tests of package chart_test, which build the examples'
// charts with package catalog (which imports chart).
var (
	CheckDrawing = checkDrawing
	LayoutCases  = layoutCases
)
