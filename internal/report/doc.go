// Package report composes a work report from the rule engine's result and a
// template: it is the stage between internal/rules and the writers.
//
// Composition has two passes. First a text/template (one file per report
// kind, embedded from zongjie/templates or loaded from a user's directory) is
// executed with a view of the records and the rule engine's figures. Its
// functions do not write Markdown directly: they emit structure directives
// (section, paragraph, item …) and mark every figure and every piece of
// record text, and a figure that is missing prints a "missing" mark instead
// of a number. Second, a structural pass parses that output into a tree of
// sections and paragraphs, drops every sentence that holds a missing mark,
// drops every section left without data, numbers the headings that remain
// (一、 （一） 1. （1）) and the 一是/二是 points with no gaps, and writes
// clean CommonMark for internal/render/doc.
//
// Record text (names, the clerk's paragraphs) is Markdown-escaped as it is
// printed, and templates run before any record text is inserted, so nothing a
// clerk types is ever executed as template code or read as markup.
package report
