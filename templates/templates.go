// Package templates holds zongjie's default report templates, one
// text/template file per report kind plus common.md.tmpl with the parts the
// kinds share. They are embedded in the binary; `zongjie templates export
// DIR` writes them out for a user to edit, and `--templates DIR` renders with
// the edited copies. The functions and fields a template may use are
// documented in Chinese by report.Reference (`zongjie help templates`).
package templates

import "embed"

// FS holds the default templates, *.md.tmpl at its root.
//
//go:embed *.md.tmpl
var FS embed.FS
