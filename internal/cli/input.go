package cli

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"

	"zongjie/internal/oserr"
	"zongjie/internal/record"
	_ "zongjie/internal/sheet" // workbooks (.xlsx) and table files (.csv) are data files too
)

// stdinName is how messages name the data read from standard input ("-").
const stdinName = "标准输入"

// loadData loads and validates one data file; "-" is standard input, read
// once, within the size limit like a file.
func (e *env) loadData(file string, lim record.Limits) (*record.Period, error) {
	if file != "-" {
		return record.LoadAndValidateTables(file, e.tables, lim)
	}
	if e.stdinUsed {
		return nil, record.Errors{{Pos: record.Pos{File: stdinName}, Format: "标准输入(-)只能读一次;请只给一个 -"}}
	}
	e.stdinUsed = true
	var buf bytes.Buffer
	if e.stdin != nil {
		if _, err := buf.ReadFrom(io.LimitReader(e.stdin, lim.MaxBytes+1)); err != nil {
			return nil, record.Errors{{Pos: record.Pos{File: stdinName}, Format: "无法读取:%s", Args: []any{oserr.Text(err)}}}
		}
	}
	if int64(buf.Len()) > lim.MaxBytes {
		return nil, record.Errors{{Pos: record.Pos{File: stdinName}, Format: "读到的内容超过上限 %s 仍未结束,已停止读取;确需处理请用 --max-size 调高上限",
			Args: []any{sizeText(lim.MaxBytes)}}}
	}
	p, err := record.Parse(stdinName, buf.Bytes(), lim)
	if err != nil {
		return nil, err
	}
	if errs := record.Validate(p); len(errs) > 0 {
		return nil, errs
	}
	return p, nil
}

// dataFiles parses a command line whose operands are data files: the files,
// with the --units option (units, read after parsing) applied, or a usage error's exit code when there are
// none (none says so), when --units cannot be used with them, or when
// standard input (-) is named twice.
func (e *env) dataFiles(s *optionSet, args []string, units *string, none string) (files []string, code int, ok bool) {
	files, code, ok = s.parse(args)
	if !ok {
		return nil, code, false
	}
	if msg := e.useUnits(*units, files); msg != "" {
		return nil, s.usageError("%s", msg), false
	}
	if len(files) == 0 {
		return nil, s.usageError("%s", none), false
	}
	if stdinTwice(files) {
		return nil, s.usageError("标准输入(-)只能读一次;请只给一个 -"), false
	}
	return files, 0, true
}

// stdinTwice reports whether "-" (standard input) is among files twice.
func stdinTwice(files []string) bool {
	n := 0
	for _, f := range files {
		if f == "-" {
			n++
		}
	}
	return n > 1
}

// loadAll loads and validates every file. Problems go to standard error,
// or, with --json, into the returned list. It reports whether any file
// failed.
func loadAll(e *env, files []string, lim record.Limits) (periods []*record.Period, problems []problem, failed bool) {
	seen := map[string]string{}
	for _, f := range files {
		key := f
		if f != "-" {
			if abs, err := filepath.Abs(f); err == nil {
				key = abs
			}
		}
		if first, dup := seen[key]; dup {
			p := problem{File: f, Message: fmt.Sprintf("同一个文件给了两次(第一次写作 %s);请只给一次", first)}
			problems = append(problems, p)
			if !e.json {
				fmt.Fprintln(e.stderr, p.text())
			}
			failed = true
			continue
		}
		seen[key] = f
		p, err := e.loadData(f, lim)
		if err != nil {
			problems = append(problems, problemsOf(err)...)
			if !e.json {
				fmt.Fprintln(e.stderr, oserr.Scrub(err.Error()))
			}
			failed = true
			continue
		}
		periods = append(periods, p)
	}
	return periods, problems, failed
}
