package doc

import "zongjie/internal/chart"

// Chart is a figure of the report: a chart each writer draws in its own
// way (inline SVG, PDF paths, a native DOCX chart part, a table of figures
// in Markdown), with its numbered caption under it.
//
// The block carries the chart model itself (internal/chart), not a
// picture: every writer lays it out with chart.Layout, so the figure has
// the same geometry in every format. Package chart depends only on the
// rule engine's result types, never on doc or a writer, so the dependency
// stays one way: report and the writers → doc → chart.
type Chart struct {
	Chart chart.Chart
	// Caption is the caption printed under the figure, numbered through
	// the report: "图1 2019—2023年会员人数和入会率".
	Caption string
}

// Role returns RoleCaption, the role of the caption under the figure.
func (*Chart) Role() Role { return RoleCaption }

func (*Chart) block() {}
