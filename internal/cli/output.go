package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"zongjie/internal/atomicfile"
	"zongjie/internal/pipeline"
)

// destination is where render writes its report.
type destination struct {
	// path is the -o value as given; "" when there was none.
	path string
	// w is set when the report goes to one of zongjie's own streams: to
	// standard output for no -o, "-", /dev/stdout, /dev/fd/1; to standard
	// error for /dev/stderr, /dev/fd/2.
	w io.Writer
	// target is the file, device or pipe otherwise.
	target atomicfile.Target
}

// stdoutNames and stderrNames are the paths that mean zongjie's own
// standard output and error. Writing them through their paths would miss a
// pipe's other end or write behind a shell's redirection, so the report is
// written to the stream itself.
var (
	stdoutNames = map[string]bool{"-": true, "/dev/stdout": true, "/dev/fd/1": true, "/proc/self/fd/1": true}
	stderrNames = map[string]bool{"/dev/stderr": true, "/dev/fd/2": true, "/proc/self/fd/2": true}
	stdinNames  = map[string]bool{"/dev/stdin": true, "/dev/fd/0": true, "/proc/self/fd/0": true}
)

// destinationOf classifies -o.
func (e *env) destinationOf(path string) (destination, error) {
	d := destination{path: path}
	switch {
	case path == "" || stdoutNames[path]:
		d.w = e.stdout
		return d, nil
	case stderrNames[path]:
		d.w = e.rawStderr
		return d, nil
	case stdinNames[path]:
		return d, fmt.Errorf("%s 是标准输入,不能把报告写到这里;请给出输出文件名,或用 -o - 写到标准输出", path)
	}
	t, err := atomicfile.Classify(path)
	d.target = t
	return d, err
}

// streamed reports whether the report goes out as a stream (standard
// output, a device, a pipe), where a file extension is not needed.
func (d destination) streamed() bool {
	return d.w != nil || d.target.Kind == atomicfile.Stream
}

// toTerminal reports whether the report would be shown on a terminal.
func (e *env) toTerminal(d destination) bool {
	if d.w != nil {
		return e.terminal(d.w)
	}
	if d.target.Kind != atomicfile.Stream {
		return false
	}
	real, err := filepath.EvalSymlinks(d.target.Path)
	if err != nil {
		real = d.target.Path
	}
	return strings.HasPrefix(real, "/dev/tty") || strings.HasPrefix(real, "/dev/pts/") || real == "/dev/console"
}

// outputFormat decides the output format from -o and --format: --format
// when given (the extension of -o, if any, must agree), else the extension
// of -o, else Markdown for a stream (the screen, a pipe, a device).
func outputFormat(d destination, format string) (pipeline.Format, string) {
	var byExt, byFlag pipeline.Format
	var extErr error
	if d.w == nil && d.path != "" && (filepath.Ext(d.path) != "" || !d.streamed()) {
		byExt, extErr = pipeline.FormatOf(d.path)
	}
	if format != "" {
		f, err := pipeline.ParseFormat(format)
		if err != nil {
			return "", err.Error()
		}
		byFlag = f
	}
	switch {
	case byFlag != "" && byExt != "" && byFlag != byExt:
		return "", fmt.Sprintf("-o %s 的扩展名与 --format %s 不一致;请改成一致,或去掉 --format", d.path, format)
	case byFlag != "":
		return byFlag, ""
	case extErr != nil && !d.streamed():
		return "", extErr.Error()
	case byExt != "":
		return byExt, ""
	}
	return pipeline.Markdown, ""
}

// writeReport writes the report to d: to a stream directly, to a file
// atomically as opt says. Text shown on a terminal (standard output, or
// -o /dev/tty) has what could act on the terminal made visible.
func (e *env) writeReport(d destination, opt atomicfile.Options, text bool, write func(w io.Writer) error) error {
	shown := text && e.toTerminal(d)
	safe := func(w io.Writer) error {
		if !shown {
			return write(w)
		}
		sw := newSafeWriter(w)
		if err := write(sw); err != nil {
			return err
		}
		return sw.Flush()
	}
	if d.w != nil {
		return safe(d.w)
	}
	return opt.Write(d.path, safe)
}
