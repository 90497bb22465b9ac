package report

import (
	"errors"
	"fmt"
	"strings"

	"zongjie/internal/chart"
	"zongjie/internal/doc"
	"zongjie/internal/prose"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// composer is the state of one composition; the template functions are its
// methods, bound to a clone of the parsed template set.
type composer struct {
	res     *rules.Result
	kind    Kind
	period  *record.Period   // the period the report is about (the latest)
	periods []*record.Period // every period given, oldest first
	data    view
	writer  *prose.Writer // see prose()
	// charts are the charts the template placed, in the order placed
	// (a chart directive holds its index); built caches them by id.
	charts []chart.Chart
	built  map[string]chart.Chart
}

// Compose renders a report of the given kind from the rule engine's result
// with the templates t (the embedded ones when nil) and returns it as a
// document for the writers. A figure that could not be computed drops its
// sentence; a template error names the template file, line and the missing
// field.
func Compose(res *rules.Result, kind Kind, t *Templates) (*doc.Document, error) {
	return ComposeWithin(res, kind, t, DefaultLimits)
}

// ComposeWithin is Compose within the limits lim.
func ComposeWithin(res *rules.Result, kind Kind, t *Templates, lim Limits) (*doc.Document, error) {
	if res == nil || res.Period == nil {
		return nil, errors.New("report: no records to compose from")
	}
	if kind == Auto {
		kind = KindFor(res)
	}
	if t == nil || t.set == nil {
		t = defaultFor(kind)
	}
	if t == nil || t.set.Lookup(kind.File()) == nil {
		if _, err := ParseKind(string(kind)); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("缺少报告类型 %s 的模板 %s", kind, kind.File())
	}
	c := newComposer(res, kind, usesUnits(t.set, kind.File()))
	set, err := t.set.Clone()
	if err != nil {
		return nil, err
	}
	set.Funcs(c.funcs())
	out, err := t.execute(set, kind.File(), c.data, lim)
	if err != nil {
		return nil, err
	}
	d, err := parseOutput(out, c.charts)
	if err != nil {
		var te *TemplateError
		if errors.As(err, &te) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: %w", t.paths[kind.File()], err)
	}
	if d.title == "" {
		return nil, fmt.Errorf("%s: 模板没有用 title 给出标题", t.paths[kind.File()])
	}
	if hasMissing(d.title) {
		return nil, fmt.Errorf("%s: 标题中的数据没有填写", t.paths[kind.File()])
	}
	d.settle()
	meta := doc.Meta{
		Author: c.period.Org.Name,
	}
	if rd := c.period.When.ReportDate; !rd.IsZero() && rd.Month > 0 && rd.Day > 0 {
		meta.Date = stripMarks(Date{D: rd}.String())
		meta.ISODate = rd.String()
	}
	rep := d.build(meta)
	rep.Issue = issueOf(c.period)
	rep.Warnings = append(fit(res, kind, c.periods, len(c.prose().Problems()) > 0), thinSections(d.root, c.period.File)...)
	return rep, nil
}

// newComposer prepares the view of the records for the templates; the
// periods' views have their Units when units says the templates may read
// them (see usesUnits).
func newComposer(res *rules.Result, kind Kind, units bool) *composer {
	c := &composer{res: res, kind: kind, period: res.Period}
	c.periods = append(append([]*record.Period(nil), res.History...), res.Period)
	all := make([]any, len(c.periods))
	for i, p := range c.periods {
		all[i] = periodView(p, units)
	}
	// The data is the latest period's view and more; views are never
	// modified, so it shares the period's view below the top level.
	latest := all[len(all)-1].(view)
	c.data = make(view, len(latest)+3)
	for k, v := range latest {
		c.data[k] = v
	}
	c.data["W"] = words(c.period, c.periods, c.prose(), kind)
	c.data["Periods"] = all
	c.data["History"] = all[:len(all)-1]
	return c
}

// unescape removes the backslashes escapeText added, for plain-text metadata.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_[]<>#|~&{}$", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
