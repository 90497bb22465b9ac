package report

import (
	"bytes"
	"errors"
	"fmt"
	"text/template"
	"time"

	"zongjie/internal/cnfmt"
)

// Limits bound what composing one report may cost, whatever a user's
// template does: the size of the template output and the time its
// execution may take. Each names the flag that raises it in its message.
type Limits struct {
	MaxBytes int64         // template output, bytes
	MaxTime  time.Duration // template execution
}

// DefaultLimits are far above what any report needs: a report of a county
// with 200 000 units composes to well under a megabyte in milliseconds.
var DefaultLimits = Limits{MaxBytes: 64 << 20, MaxTime: 30 * time.Second}

// errTooLarge stops a template whose output passed the limit.
var errTooLarge = errors.New("output limit")

// limitedBuffer is a buffer that refuses to grow past max bytes.
type limitedBuffer struct {
	bytes.Buffer
	max int64
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if int64(b.Len())+int64(len(p)) > b.max {
		return 0, errTooLarge
	}
	return b.Buffer.Write(p)
}

// execute runs the template name of set on data within lim. A template
// that runs past the time limit is abandoned: its goroutine cannot be
// stopped, but the error returns at once, and no output of it is used.
func (t *Templates) execute(set *template.Template, name string, data any, lim Limits) (string, error) {
	if err := t.hung.Load(); err != nil {
		return "", err
	}
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = DefaultLimits.MaxBytes
	}
	if lim.MaxTime <= 0 {
		lim.MaxTime = DefaultLimits.MaxTime
	}
	out := &limitedBuffer{max: lim.MaxBytes}
	done := make(chan error, 1)
	go func() { done <- set.ExecuteTemplate(out, name, data) }()
	timer := time.NewTimer(lim.MaxTime)
	defer timer.Stop()
	select {
	case err := <-done:
		switch {
		case errors.Is(err, errTooLarge):
			return "", &TemplateError{File: t.paths[name], Msg: fmt.Sprintf(
				"模板生成的内容超过 %s(上限),已停止;请检查模板中的 range 是否重复了太多次;确需更大请用 --max-report-size 调高上限",
				cnfmt.Bytes(lim.MaxBytes))}
		case err != nil:
			return "", t.wrap(err)
		}
		return out.String(), nil
	case <-timer.C:
		err := &TemplateError{File: t.paths[name], Msg: fmt.Sprintf(
			"模板执行超过 %s(上限)仍未结束,已停止;请检查模板中的 range 是否重复了太多次;确需更久请用 --max-report-time 调高上限",
			lim.MaxTime)}
		// The abandoned execution still runs: compose nothing more with
		// this template, rather than start another one beside it.
		t.hung.CompareAndSwap(nil, err)
		return "", err
	}
}
