package rollup

import (
	"io"
	"math/big"
	"sync"

	"zongjie/internal/metrics"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

// The figures and the finding a roll-up adds to its federation's report
// (see Extension): how many unions it rolled up and which it left out.
const (
	// IDUnions counts the unions rolled up, at every level.
	IDUnions = "rollup.unions"
	// IDMembers counts the federation's members rolled up directly (the
	// rows of its units table).
	IDMembers = "rollup.members"
	// IDLeftOut counts the unions and files left out (--keep-going).
	IDLeftOut = "rollup.left_out"
	// FindingLeftOut lists what was left out: Subjects are the unions (or
	// files) by name, Parts group them by reason (Label the reason, Names
	// the unions), Inputs say where each problem is. A report says, in its
	// 说明, that these are not in its figures.
	FindingLeftOut = "rollup.left_out"
)

// Extension returns a rule-engine extension that adds to the report of
// each period a roll-up made (results, and the lower levels within them)
// the roll-up's own figures (IDUnions, IDMembers, IDLeftOut) and, when it
// left anything out, the finding FindingLeftOut. Other periods get inner's
// figures alone; inner may be nil.
func Extension(inner rules.Extension, results ...*Result) rules.Extension {
	x := &extension{inner: inner, by: map[*record.Period]*Result{}}
	var add func(r *Result)
	add = func(r *Result) {
		if r == nil || r.Period == nil {
			return
		}
		x.by[r.Period] = r
		for _, m := range r.Members {
			add(m.Level)
		}
	}
	for _, r := range results {
		add(r)
	}
	return x
}

type extension struct {
	inner rules.Extension
	mu    sync.Mutex
	by    map[*record.Period]*Result
}

// Name is the inner extension's (a rule file's), or "".
func (x *extension) Name() string {
	if x.inner != nil {
		return x.inner.Name()
	}
	return ""
}

// HasValue reports the roll-up's figures and the inner extension's.
func (x *extension) HasValue(id string) bool {
	switch id {
	case IDUnions, IDMembers, IDLeftOut:
		return true
	}
	ids, ok := x.inner.(rules.Identified)
	return ok && ids.HasValue(id)
}

// HasRanking reports the inner extension's rankings.
func (x *extension) HasRanking(id string) bool {
	ids, ok := x.inner.(rules.Identified)
	return ok && ids.HasRanking(id)
}

// Extend adds the inner extension's figures, then the roll-up's.
func (x *extension) Extend(e *rules.Extending) error {
	if x.inner != nil {
		if err := x.inner.Extend(e); err != nil {
			return err
		}
	}
	x.mu.Lock()
	r := x.by[e.Period()]
	x.mu.Unlock()
	if r == nil {
		return nil
	}
	count := func(id, label, formula string, n int) rules.Value {
		return rules.Value{ID: id, Label: label, Kind: rules.KindCount, Unit: "个", Formula: formula, Num: big.NewRat(int64(n), 1)}
	}
	e.Add(count(IDUnions, "汇总的工会数", "各级下级工会的个数", len(r.Meta.Unions)))
	e.Add(count(IDMembers, "直属下级数", "单位表的行数", len(r.Period.Units)))
	e.Add(count(IDLeftOut, "未计入的工会数", "数据有误、没有计入汇总的工会和文件的个数", len(r.Meta.LeftOut)))
	if len(r.Meta.LeftOut) > 0 {
		e.AddFinding(leftOutFinding(r.Meta.LeftOut))
	}
	return nil
}

// leftOutFinding lists what was left out, grouped by reason.
func leftOutFinding(los []LeftOut) rules.Finding {
	f := rules.Finding{ID: FindingLeftOut, Severity: rules.SeverityHigh}
	byReason := map[string]int{}
	for _, lo := range los {
		who := lo.Name
		if who == "" {
			who = lo.File
		}
		f.Subjects = append(f.Subjects, who)
		i, ok := byReason[lo.Reason]
		if !ok {
			i = len(f.Parts)
			byReason[lo.Reason] = i
			f.Parts = append(f.Parts, rules.FindingPart{Label: lo.Reason, Measure: "个"})
		}
		f.Parts[i].Count++
		f.Parts[i].Names = append(f.Parts[i].Names, who)
		f.Inputs = append(f.Inputs, rules.Input{Path: "", Pos: record.Pos{File: lo.File, Line: lo.Line, Col: lo.Col}, Value: who})
	}
	return f
}

// WriteMetrics writes the roll-up's metrics as zongjie metrics --json
// does, with its "rollup" object, which a later roll-up reads back (a
// partial roll-up's, or a lower level's for the level above). A partial
// roll-up's are slim (metrics.JSONOptions.Slim): the final roll-up
// recomputes every unit's figures from the records. earlier are
// earlier periods (last year's roll-up, for 同比); ext adds a rule file's
// figures (nil for none), and the roll-up's own are added.
func (r *Result) WriteMetrics(w io.Writer, ext rules.Extension, earlier ...*Result) error {
	periods := []*record.Period{r.Period}
	all := []*Result{r}
	for _, e := range earlier {
		periods = append([]*record.Period{e.Period}, periods...)
		all = append(all, e)
	}
	res, err := rules.Run(periods, Extension(ext, all...))
	if err != nil {
		return err
	}
	return metrics.WriteJSONWith(w, res, metrics.JSONOptions{Rollup: r.Meta, Slim: r.Meta.Partial})
}
