package cli

import (
	"strings"

	"zongjie/internal/report"
)

// startEarly begins, on a goroutine of its own, work that the command
// about to run will need and that depends on nothing but the command
// line, before the options are parsed, the heap is prepared and the
// signals are set up; the command later finds it done, or waits for the
// rest of it. Today that is parsing the embedded report templates for the
// commands that compose reports (render, batch, rollup), unless a
// --templates directory replaces them: about 3 ms of CPU, which the
// renderer otherwise started (pipeline.Renderer.Prepare) only after all
// that, so that composing the first report waited for it (some 2 ms of a
// render of the yongjia example to PDF, with the fonts loading at the
// same time). A guess wrong either way costs only time: the templates are
// parsed once (report.DefaultTemplates), by whoever needs them first.
func startEarly(args []string) {
	if needsDefaultTemplates(args) {
		go report.DefaultTemplates()
	}
}

// needsDefaultTemplates guesses from a command line (without the program
// name) whether the command will compose reports with the embedded
// templates.
func needsDefaultTemplates(args []string) bool {
	if len(args) == 0 {
		return false
	}
	switch args[0] {
	case "render", "batch", "rollup":
	default:
		return false
	}
	for _, a := range args[1:] {
		if a == "--" {
			break
		}
		if strings.HasPrefix(a, "-") && strings.HasPrefix(strings.TrimLeft(a, "-"), "templates") {
			return false
		}
	}
	return true
}
