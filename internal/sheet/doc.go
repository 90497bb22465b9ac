// Package sheet reads and writes zongjie's data as spreadsheets: an .xlsx
// workbook as a whole data file, a CSV (or tab-separated) table as one
// list section of one, and the workbook `zongjie init --xlsx` gives a
// clerk to fill in; it also writes records as YAML and JSON for
// `zongjie convert`.
//
// Reading does not make records itself. A workbook becomes the node tree
// a YAML data file gives (record.Tree), each node placed at its cell, and
// the record package decodes and validates it with the code that reads
// YAML: the same checks, the same messages, the positions written as
// 文件.xlsx:单位!C12. The package registers itself with the record
// package when imported (record.RegisterReader), so every command that
// loads data reads workbooks and table files; record keeps no dependency
// on spreadsheets.
//
// The workbook's sheets and columns are made from the record types'
// struct tags (layout.go): a field added to a record type is a row or a
// column of the workbook, read and written, without a change here.
//
// Cells are streamed from the worksheet's XML by a small scanner
// (xmlscan.go, cells.go) that keeps each cell's type, number format and
// formula, which the value of a cell depends on (values.go); the cells
// and shared strings programs write in the plain shapes are read in one
// pass over the bytes (fastcell.go), and a large sheet is scanned in a
// goroutine of its own while its records are built (piped.go). Workbooks
// are written with internal/xlsx (write.go). The tests read what we write
// with excelize as well.
package sheet
