package rollup

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/oserr"
	"zongjie/internal/record"
	"zongjie/internal/rules"
	"zongjie/internal/shard"
)

// childKind says what a child is.
type childKind uint8

const (
	kindUnion   childKind = iota // a union's data file, or its metrics file
	kindLevel                    // a lower-level federation rolled up from its directory
	kindRollup                   // a roll-up's metrics file (a lower level's)
	kindPartial                  // a partial roll-up's metrics file (a shard)
)

// child is one child loaded and checked on its own.
type child struct {
	item
	kind  childKind
	p     *record.Period
	meta  *Meta   // a roll-up's metrics file
	level *Result // a lower level rolled up here
	// problems are why it cannot be rolled up; it is then left out (with
	// --keep-going) or the roll-up fails.
	problems record.Errors
}

// name is the union's name, or the file's when it was not read.
func (c *child) name() string {
	if c.p != nil && c.kind != kindPartial {
		return strings.TrimSpace(c.p.Org.Name)
	}
	return ""
}

// load reads one child and runs its own check: the data file loaded and
// validated and its stated totals audited (zongjie check), a metrics file
// read with the records it carries, a lower level rolled up.
func (r *runner) load(it item) *child {
	c := &child{item: it}
	if it.dir != "" {
		c.kind = kindLevel
		res, err := r.sub(it)
		if err != nil {
			c.problems = asErrors(it.path, err)
			return c
		}
		c.level, c.p = res, res.Period
		return c
	}
	data, err := readLimited(it.path, r.opt.Limits)
	if err != nil {
		c.problems = asErrors(it.path, err)
		return c
	}
	if strings.EqualFold(filepath.Ext(it.path), ".json") && isMetrics(data) {
		r.loadMetrics(c, data)
		return c
	}
	p, err := record.ParseAndValidate(it.path, data, r.opt.Limits)
	if err != nil {
		c.problems = asErrors(it.path, err)
		return c
	}
	c.p = p
	c.problems = auditProblems(p)
	return c
}

// auditProblems runs the rule engine's audits over a union's records, as
// zongjie check does.
func auditProblems(p *record.Period) record.Errors {
	audits, err := rules.Audits(p)
	if err != nil {
		return record.Errors{{Pos: record.Pos{File: p.File}, Format: "%s", Args: []any{err.Error()}}}
	}
	var out record.Errors
	for _, a := range audits {
		if !a.OK {
			out = append(out, &record.Error{Pos: a.StatedPos, Path: a.ID, Format: "%s", Args: []any{a.Message}})
		}
	}
	return out
}

// metricsFile is what a roll-up reads of a metrics file.
type metricsFile struct {
	Organisation string          `json:"organisation"`
	Record       json.RawMessage `json:"record"`
	Rollup       *Meta           `json:"rollup"`
	Audits       []struct {
		OK        bool   `json:"ok"`
		StatedPos string `json:"stated_pos"`
		Message   string `json:"message"`
	} `json:"audits"`
}

// loadMetrics reads a metrics file as a child.
func (r *runner) loadMetrics(c *child, data []byte) {
	p, m, probs := readMetrics(c.path, data, r.opt.Limits)
	c.p, c.meta, c.problems = p, m, probs
	switch {
	case m == nil:
	case m.Partial:
		c.kind = kindPartial
	default:
		c.kind = kindRollup
	}
}

// readMetrics reads a metrics file: the records it carries (with
// positions in the metrics file), its "rollup" object when a roll-up wrote
// it, and, as problems, the audits it records as failed.
func readMetrics(path string, data []byte, lim record.Limits) (*record.Period, *Meta, record.Errors) {
	var m metricsFile
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, nil, record.Errors{{Pos: record.Pos{File: path}, Format: "不是 zongjie metrics --json 写出的指标文件(JSON 格式有误);请重新生成"}}
	}
	if len(m.Record) == 0 {
		return nil, nil, record.Errors{{Pos: record.Pos{File: path}, Format: "这个 JSON 文件里没有数据:它不是 zongjie metrics --json 写的指标文件,或是旧版写的;下级的数据文件请用 .yaml 或数据文件的 JSON 格式,指标文件请用 zongjie metrics --json 重新生成"}}
	}
	start := recordOffset(data)
	if start < 0 {
		start = bytes.Index(data, m.Record)
	}
	p, err := record.ParseAndValidate(path, blankOutside(data, start, len(m.Record)), lim)
	if err != nil {
		return nil, nil, asErrors(path, err)
	}
	var probs record.Errors
	for _, a := range m.Audits {
		if !a.OK {
			probs = append(probs, &record.Error{Pos: record.Pos{File: path}, Format: "指标文件记载的核对未通过:%s", Args: []any{a.Message}})
		}
	}
	if m.Rollup != nil {
		for _, a := range m.Rollup.Audits {
			if !a.OK {
				probs = append(probs, &record.Error{Pos: record.Pos{File: path}, Format: "指标文件记载的汇总核对未通过:%s", Args: []any{a.Message}})
			}
		}
	}
	return p, m.Rollup, probs
}

// Base reads the roll-up of an earlier period (last year's, for 同比 and
// last year's targets): a metrics file of it (zongjie rollup --metrics), or
// the federation's data file of that period, rolled up from the directory
// beside it.
func Base(path string, opt Options) (*Result, error) {
	data, err := readLimited(path, opt.Limits)
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(path), ".json") && isMetrics(data) {
		p, m, probs := readMetrics(path, data, opt.Limits)
		if len(probs) > 0 {
			return nil, probs
		}
		if m != nil && m.Partial {
			return nil, record.Errors{{Pos: record.Pos{File: path}, Format: "这是部分汇总(--partial 或 --shard 的结果),不是完整的汇总;同比请用完整汇总的指标文件"}}
		}
		res := &Result{Period: p}
		if m != nil {
			res.Meta = *m
		}
		return res, nil
	}
	opt.Partial, opt.Shard, opt.Keep = false, shard.Shard{}, false
	return Run(path, nil, opt)
}

// isMetrics reports whether a JSON file is zongjie metrics output rather
// than a data file: its first keys name the files it was computed from,
// which a data file has no key for.
func isMetrics(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	for range 8 {
		t, err := dec.Token()
		if err != nil {
			return false
		}
		key, ok := t.(string)
		if !ok {
			return false
		}
		switch key {
		case "files", "values", "recorded", "record":
			return true
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return false
		}
	}
	return false
}

// recordOffset returns where the value of the top-level "record" key
// begins, or -1.
func recordOffset(data []byte) int {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return -1
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return -1
		}
		if t == "record" {
			off := int(dec.InputOffset())
			for off < len(data) && (data[off] == ':' || data[off] == ' ' || data[off] == '\n' || data[off] == '\r' || data[off] == '\t') {
				off++
			}
			return off
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return -1
		}
	}
	return -1
}

// blankOutside returns data with every byte outside [start, start+n)
// made a space, line breaks kept: the record's JSON alone, at the lines
// and columns it has in the file.
func blankOutside(data []byte, start, n int) []byte {
	out := make([]byte, len(data))
	for i, c := range data {
		switch {
		case i >= start && i < start+n:
			out[i] = c
		case c == '\n':
			out[i] = '\n'
		case c >= 0x80 && c < 0xc0:
			out[i] = 0 // a continuation byte: each character is one column
		default:
			out[i] = ' '
		}
	}
	return compactBlanks(out)
}

// compactBlanks drops the zero bytes blankOutside left for the
// continuation bytes of characters outside the record, so each character
// there is one space, as columns count characters.
func compactBlanks(b []byte) []byte {
	out := b[:0]
	for _, c := range b {
		if c != 0 {
			out = append(out, c)
		}
	}
	return out
}

// readLimited reads a file within the size limit (see readFile).
func readLimited(path string, lim record.Limits) ([]byte, error) {
	data, tooBig, err := readFile(path, lim.MaxBytes)
	switch {
	case tooBig:
		return nil, record.Errors{{Pos: record.Pos{File: path}, Format: "文件超过上限 %s;确需处理请用 --max-size 调高上限", Args: []any{cnfmt.Bytes(lim.MaxBytes)}}}
	case errors.Is(err, os.ErrNotExist):
		return nil, record.Errors{{Pos: record.Pos{File: path}, Format: "文件不存在,请检查文件名和路径"}}
	case errors.Is(err, os.ErrPermission):
		return nil, record.Errors{{Pos: record.Pos{File: path}, Format: "没有读取权限"}}
	case err != nil:
		return nil, record.Errors{{Pos: record.Pos{File: path}, Format: "无法读取:%s", Args: []any{oserr.Text(err)}}}
	}
	return data, nil
}

// asErrors makes any error a list of problems naming file.
func asErrors(file string, err error) record.Errors {
	var es record.Errors
	if errors.As(err, &es) {
		return es
	}
	var e *record.Error
	if errors.As(err, &e) {
		return record.Errors{e}
	}
	return record.Errors{{Pos: record.Pos{File: file}, Format: "%s", Args: []any{err.Error()}}}
}
