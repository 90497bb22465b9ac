package main

import (
	"fmt"
	"path/filepath"
	"strconv"
)

// dataSet is one input: the yongjia example or a synthetic county.
type dataSet struct {
	Key   string // "yongjia", "10000"
	Label string // how RESULTS.md names it
	YAML  string // the data file
	XLSX  string // the same data as a workbook (zongjie convert), for a synthetic set
	MD    string // the Markdown zongjie composes from it, the peers' input
	DOCX  string // the DOCX zongjie writes from it, LibreOffice's input
	Units int    // 0 for the example
}

// benchCase is one measured command.
type benchCase struct {
	Set  string // dataSet.Key, or "batch"
	Tool string // zongjie, pandoc, pandoc + wkhtmltopdf, LibreOffice
	Task string // "YAML → PDF", "md → PDF", "check" …
	Args []string
	Out  string // the output file or directory whose size is reported
}

// id names a case for lookups: set, tool and task.
func (c benchCase) id() string { return c.Set + "|" + c.Tool + "|" + c.Task }

// Tools and tasks, as RESULTS.md names them.
const (
	toolZongjie = "zongjie"
	toolPandoc  = "pandoc"
	toolWK      = "pandoc + wkhtmltopdf"
	toolLO      = "LibreOffice"

	taskCheck   = "check"
	taskMetrics = "metrics"
	taskMD      = "YAML → Markdown"
	taskHTML    = "YAML → HTML"
	taskDOCX    = "YAML → DOCX"
	taskPDF     = "YAML → PDF"
	taskPeerHTM = "md → HTML"
	taskPeerDOC = "md → DOCX"
	taskPeerPDF = "md → PDF"
	taskLOPDF   = "docx → PDF"
	taskBatch   = "batch --split unit → PDF"
	taskXLSXMD  = "工作簿 → Markdown"
)

// casesFor lists the commands measured on one data set.
func casesFor(s dataSet, zongjie, out string, peers bool) []benchCase {
	o := func(ext string) string { return filepath.Join(out, s.Key+"."+ext) }
	render := func(ext string) []string {
		return []string{zongjie, "render", "--kind", "annual", "-o", o(ext), s.YAML}
	}
	cs := []benchCase{
		{s.Key, toolZongjie, taskCheck, []string{zongjie, "check", s.YAML}, ""},
		{s.Key, toolZongjie, taskMetrics, []string{zongjie, "metrics", s.YAML}, ""},
		{s.Key, toolZongjie, taskMD, render("md"), o("md")},
		{s.Key, toolZongjie, taskHTML, render("html"), o("html")},
		{s.Key, toolZongjie, taskDOCX, render("docx"), o("docx")},
		{s.Key, toolZongjie, taskPDF, render("pdf"), o("pdf")},
	}
	if s.XLSX != "" {
		cs = append(cs, benchCase{s.Key, toolZongjie, taskXLSXMD, []string{zongjie, "render", "--kind", "annual", "-o", o("xlsx.md"), s.XLSX}, o("xlsx.md")})
	}
	if !peers {
		return cs
	}
	lo := filepath.Join(out, "lo-"+s.Key)
	return append(cs,
		benchCase{s.Key, toolPandoc, taskPeerHTM, []string{"pandoc", "-s", "--metadata", "pagetitle=report", "-o", o("pandoc.html"), s.MD}, o("pandoc.html")},
		benchCase{s.Key, toolPandoc, taskPeerDOC, []string{"pandoc", "-o", o("pandoc.docx"), s.MD}, o("pandoc.docx")},
		benchCase{s.Key, toolWK, taskPeerPDF, []string{"pandoc", "-s", "--metadata", "pagetitle=report", "--pdf-engine=wkhtmltopdf", "-o", o("wkhtmltopdf.pdf"), s.MD}, o("wkhtmltopdf.pdf")},
		benchCase{s.Key, toolLO, taskLOPDF, []string{"soffice", "-env:UserInstallation=file://" + filepath.Join(out, "lo-profile"), "--headless", "--convert-to", "pdf", "--outdir", lo, s.DOCX}, filepath.Join(lo, s.Key+".pdf")},
	)
}

// batchCase renders one PDF per unit of a synthetic county in one process,
// pinned to two CPUs when the machine has more (the target is for 2 cores).
func batchCase(s dataSet, zongjie, out string, cpus int) benchCase {
	dir := filepath.Join(out, "batch-"+s.Key)
	args := []string{zongjie, "batch", "--split", "unit", "--format", "pdf", "-o", dir, s.YAML}
	if cpus > 2 {
		args = append([]string{"taskset", "-c", "0,1"}, args...)
	}
	return benchCase{"batch", toolZongjie, taskBatch, args, dir}
}

func setLabel(units int) string {
	if units == 0 {
		return "永嘉县教育工会 2013(examples/yongjia-edu-2013.yaml)"
	}
	return fmt.Sprintf("合成数据 %s 个单位", groupDigits(units))
}

// groupDigits writes 100000 as "100 000".
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + " " + s[i:]
	}
	return s
}
