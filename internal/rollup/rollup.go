package rollup

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"zongjie/internal/num"
	"zongjie/internal/record"
	"zongjie/internal/shard"
)

// Options say how to roll up.
type Options struct {
	Limits record.Limits
	// Partial makes a partial roll-up (the map side of a roll-up of many
	// unions): the unions' figures alone, without the federation's own
	// figures, its register or its audits, for a later roll-up to read.
	Partial bool
	// KeepGoing leaves out the children that cannot be rolled up, listing
	// them (Result.Meta.LeftOut, Result.Problems), instead of failing.
	KeepGoing bool
	// Shard rolls up one part of the children (Partial is then implied).
	Shard shard.Shard
	// Workers is how many children are read at once; 0: GOMAXPROCS.
	Workers int
	// Keep keeps each union's records in Result.Members, for their own
	// reports.
	Keep bool
}

// Result is a federation's records rolled up from its unions'.
type Result struct {
	// Period is the federation's records: its own (name, leadership,
	// text, targets, register) with its unions' figures merged, each union
	// one row of the units table.
	Period *record.Period
	// Meta is what a metrics file of the roll-up carries beside the
	// records (the "rollup" object).
	Meta Meta
	// Members are the unions rolled up directly (the rows), in the order
	// read; a partial roll-up's unions are not among them.
	Members []Member
	// Problems are the problems that left children out (KeepGoing).
	Problems record.Errors
	// Inputs are the files read: the federation's, its children's (those
	// left out too), a lower level's; no output may replace one.
	Inputs []string
}

// Member is one union rolled up directly.
type Member struct {
	Name string
	File string
	// Period is the union's records, kept when Options.Keep; for a lower
	// level, its roll-up.
	Period *record.Period
	// Level is a lower level's roll-up (its own members within).
	Level *Result
}

// runner rolls up one level.
type runner struct {
	opt       Options
	parent    *record.Period
	name      string   // the federation's name
	ancestors []string // the levels above, outermost first
}

// Run rolls up the children (data files, metrics files of unions or of
// roll-ups, directories of them, lower levels as a data file with a
// directory of its own name beside it) under the federation's records in
// parentFile. With no children given, the directory beside parentFile is
// read. Problems with the children are returned as record.Errors, every one
// with its file and position, unless Options.KeepGoing leaves those
// children out.
func Run(parentFile string, children []string, opt Options) (*Result, error) {
	if !opt.Shard.Whole() {
		opt.Partial = true
	}
	return run(parentFile, children, opt, nil)
}

func run(parentFile string, children []string, opt Options, ancestors []string) (*Result, error) {
	parent, err := record.LoadAndValidate(parentFile, opt.Limits)
	if err != nil {
		return nil, err
	}
	// The federation's own check (a partial roll-up leaves it to the final
	// one) runs beside the children's loading: its problems, if any, are
	// all that is returned, as if it had run first.
	parentProblems := func() record.Errors { return nil }
	if !opt.Partial {
		done := make(chan record.Errors, 1)
		go func() { done <- auditProblems(parent) }()
		parentProblems = sync.OnceValue(func() record.Errors { return <-done })
	}
	r := &runner{opt: opt, parent: parent, name: strings.TrimSpace(parent.Org.Name), ancestors: ancestors}
	if len(children) == 0 {
		dir := levelDir(parentFile)
		if dir == "" {
			if probs := parentProblems(); len(probs) > 0 {
				return nil, probs
			}
			return nil, record.Errors{{Pos: record.Pos{File: parentFile},
				Format: "没有给出下级的数据文件,也没有与它同名的目录(%s);请在命令行上给出下级的文件或目录",
				Args:   []any{strings.TrimSuffix(parentFile, extOf(parentFile)) + "/"}}}
		}
		children = []string{dir}
	}
	items, found := discover(parentFile, children)
	if !opt.Shard.Whole() {
		keys := make([]string, len(items))
		weights := make([]int, len(items))
		for i, it := range items {
			keys[i], weights[i] = it.path, it.weight
		}
		var picked []item
		for _, i := range shard.Pick(opt.Shard, keys, weights) {
			picked = append(picked, items[i])
		}
		items = picked
	}
	m := r.newMerge()
	// A child is most often one union, one row: the lists are made to
	// size once (a hundred thousand rows grown by doubling would be copied
	// and faulted in again and again).
	m.rows = make([]row, 0, len(items))
	m.res.Members = make([]Member, 0, len(items))
	m.res.Meta.Unions = make([]Union, 0, len(items))
	m.res.Inputs = make([]string, 0, 1+len(items))
	m.res.Inputs = append(m.res.Inputs, parentFile)
	for _, it := range items {
		m.res.Inputs = append(m.res.Inputs, it.path)
	}
	for _, e := range found {
		m.bad(&child{item: item{path: e.Pos.File}}, record.Errors{e})
	}
	r.each(items, m.add)
	if probs := parentProblems(); len(probs) > 0 {
		return nil, probs
	}
	return m.finish()
}

// eachBatch is how many items a worker of each loads at a time: handing
// items over one by one cost more in waking goroutines than loading a
// small union's file.
const eachBatch = 32

// each loads the items on several workers and hands them to fn one by one
// in order, holding only a few batches of loaded children at a time.
func (r *runner) each(items []item, fn func(*child)) {
	workers := r.opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batches := (len(items) + eachBatch - 1) / eachBatch
	workers = max(1, min(workers, batches))
	loaded := make([][]*child, batches)
	ready := make([]chan struct{}, batches)
	for b := range ready {
		ready[b] = make(chan struct{})
	}
	// A worker takes a place in the window before it claims the next
	// batch, and the batches are claimed in order: so the batches loaded
	// and not yet handed to fn are never more than the window's places.
	window := make(chan struct{}, 2*workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				window <- struct{}{}
				b := int(next.Add(1) - 1)
				if b >= batches {
					<-window
					return
				}
				part := items[b*eachBatch : min(len(items), (b+1)*eachBatch)]
				cs := make([]*child, len(part))
				for i, it := range part {
					cs[i] = r.load(it)
				}
				loaded[b] = cs
				close(ready[b])
			}
		}()
	}
	for b := range batches {
		<-ready[b]
		for _, c := range loaded[b] {
			fn(c)
		}
		loaded[b] = nil
		<-window
	}
	wg.Wait()
}

// sub rolls up a lower level from its directory.
func (r *runner) sub(it item) (*Result, error) {
	opt := r.opt
	opt.Partial, opt.Shard = false, shard.Shard{}
	return run(it.path, []string{it.dir}, opt, append(slices.Clone(r.ancestors), r.name))
}

// merge is a roll-up as its children come in.
type merge struct {
	r    *runner
	acc  *rec
	rows []row
	res  *Result
	seen map[unionKey]string // the file each union was read from
	// register: the federation's units table, by name; matched says which
	// rows of it a child was found for.
	register map[string]int
	matched  []bool
	// badNames are the unions left out, by name.
	badNames map[string]bool
	// shards are the shards of the partial roll-ups rolled up.
	shards map[string]bool
}

// unionKey identifies a union: its name within its federation.
type unionKey struct{ parent, name string }

func (r *runner) newMerge() *merge {
	m := &merge{r: r, acc: newRec(periodPlan()), res: &Result{}, seen: map[unionKey]string{}, badNames: map[string]bool{}, shards: map[string]bool{}}
	if !r.opt.Partial && len(r.parent.Units) > 0 {
		m.register = make(map[string]int, len(r.parent.Units))
		for i, u := range r.parent.Units {
			m.register[strings.TrimSpace(u.Name)] = i
		}
		m.matched = make([]bool, len(r.parent.Units))
	}
	return m
}

// add checks a loaded child against the federation and the children
// before it, and merges it, or leaves it out.
func (m *merge) add(c *child) {
	if len(c.problems) > 0 {
		m.bad(c, c.problems)
		return
	}
	if probs := m.check(c); len(probs) > 0 {
		m.bad(c, probs)
		return
	}
	r := m.r
	for _, u := range m.unionsOf(c) {
		m.seen[unionKey{u.Parent, u.Name}] = u.File
		m.res.Meta.Unions = append(m.res.Meta.Unions, u)
	}
	name := c.name()
	switch c.kind {
	case kindPartial:
		for _, sh := range c.meta.Shards {
			m.shards[sh] = true
		}
		newSource(c.p, c.path, c.meta.internal()).merge(m.acc)
		rows := rowsOf(c.p)
		for i := range rows {
			m.match(rows[i].u.Name)
		}
		m.rows = append(m.rows, rows...)
		m.res.Meta.LeftOut = append(m.res.Meta.LeftOut, c.meta.LeftOut...)
		return
	case kindLevel:
		m.res.Inputs = append(m.res.Inputs, c.level.Inputs...)
		newSource(c.p, name, &meta{conflicts: c.level.Meta.internal().conflicts}).merge(m.acc)
		m.res.Meta.LeftOut = append(m.res.Meta.LeftOut, c.level.Meta.LeftOut...)
		m.res.Problems = append(m.res.Problems, c.level.Problems...)
	case kindRollup:
		newSource(c.p, name, &meta{conflicts: c.meta.internal().conflicts}).merge(m.acc)
		m.res.Meta.LeftOut = append(m.res.Meta.LeftOut, c.meta.LeftOut...)
	default:
		newSource(c.p, name, nil).merge(m.acc)
	}
	m.rows = append(m.rows, rowOf(c.p))
	m.match(name)
	mem := Member{Name: name, File: c.path, Level: c.level}
	if r.opt.Keep || c.level != nil {
		mem.Period = c.p
	}
	m.res.Members = append(m.res.Members, mem)
}

func (m *merge) match(name string) {
	if i, ok := m.registered(name); ok {
		m.matched[i] = true
	}
}

// registered finds a union in the federation's register: by its name, or
// by its unit's name (the register may list 枫林镇中心小学 for the union
// 枫林镇中心小学工会).
func (m *merge) registered(name string) (int, bool) {
	if i, ok := m.register[name]; ok {
		return i, true
	}
	if unit, ok := strings.CutSuffix(name, "工会"); ok && unit != "" {
		i, ok := m.register[unit]
		return i, ok
	}
	return 0, false
}

// unionsOf lists the unions a child brings: itself and, for a roll-up,
// every union below it.
func (m *merge) unionsOf(c *child) []Union {
	var out []Union
	switch c.kind {
	case kindPartial:
		return c.meta.Unions
	case kindLevel:
		out = c.level.Meta.Unions
	case kindRollup:
		out = c.meta.Unions
	}
	return append([]Union{{Name: c.name(), Parent: m.r.name, File: c.path}}, out...)
}

// check reports what makes a child contradict the federation or the
// children before it: another period, another federation named as its
// parent, a union met twice, a union that is the federation itself or one
// above it, a union not in the federation's register.
func (m *merge) check(c *child) record.Errors {
	r := m.r
	var probs record.Errors
	add := func(path, format string, args ...any) {
		probs = append(probs, &record.Error{Pos: c.p.Pos(path), Path: path, Format: format, Args: args})
	}
	if got, want := c.p.When.Label(), r.parent.When.Label(); got != want {
		add("period.year", "报告期是%s,与上级(%s,%s)的%s不同;汇总只能合并同一报告期的数据", got, r.name, r.parent.File, want)
	}
	if c.kind == kindPartial {
		if c.meta.Parent != r.name {
			probs = append(probs, &record.Error{Pos: record.Pos{File: c.path}, Path: "rollup.parent",
				Format: "这是“%s”的部分汇总,不是“%s”的;请换用这个上级的部分汇总", Args: []any{clip(c.meta.Parent), clip(r.name)}})
		}
	} else {
		name := c.name()
		if stated := strings.TrimSpace(c.p.Org.Parent); stated != "" && stated != r.name && stated != strings.TrimSpace(r.parent.Org.ShortName) {
			add("organisation.parent", "写的上级工会是“%s”,而本次汇总的上级是“%s”(%s);请改正上级工会的名称,或把这个文件放到它的上级之下", clip(stated), clip(r.name), r.parent.File)
		}
		if m.register != nil {
			if _, ok := m.registered(name); !ok {
				add("organisation.name", "“%s”不在上级数据文件(%s)的单位名册(units)中;请在名册中添上它,或检查两处的名称是否一致", clip(name), r.parent.File)
			}
		}
	}
	for i, u := range m.unionsOf(c) {
		pos := record.Pos{File: u.File}
		if i == 0 && c.kind != kindPartial {
			pos = c.p.Pos("organisation.name")
		}
		if u.Name == r.name || slices.Contains(r.ancestors, u.Name) {
			probs = append(probs, &record.Error{Pos: pos, Path: "organisation.name",
				Format: "“%s”是本次汇总的上级(或更上一级),不能同时是它的下级;请检查是否把上级的数据或汇总结果放进了下级之中", Args: []any{clip(u.Name)}})
			continue
		}
		if first, dup := m.seen[unionKey{u.Parent, u.Name}]; dup {
			probs = append(probs, &record.Error{Pos: pos, Path: "organisation.name",
				Format: "“%s”(上级“%s”)已经从 %s 计入过一次;同一个工会只能计入一次,请删去重复的文件", Args: []any{clip(u.Name), clip(u.Parent), first}})
		}
	}
	if c.kind == kindPartial && m.register != nil {
		for i, u := range c.p.Units {
			if _, ok := m.registered(strings.TrimSpace(u.Name)); !ok {
				probs = append(probs, &record.Error{Pos: c.p.Pos(fmt.Sprintf("units[%d].name", i)), Path: fmt.Sprintf("units[%d].name", i),
					Format: "“%s”不在上级数据文件(%s)的单位名册(units)中", Args: []any{clip(u.Name), r.parent.File}})
			}
		}
	}
	return probs
}

// bad leaves a child out, or notes its problems for the roll-up to fail on.
func (m *merge) bad(c *child, probs record.Errors) {
	probs.Sort()
	m.res.Problems = append(m.res.Problems, probs...)
	if name := c.name(); name != "" {
		if i, ok := m.registered(name); ok {
			m.matched[i] = true // its file was found, and left out
		}
	}
	lo := LeftOut{Name: c.name(), File: c.path, Reason: probs[0].Msg()}
	if c.p != nil && c.kind != kindPartial {
		lo.Parent = strings.TrimSpace(c.p.Org.Parent)
	}
	if pos := probs[0].Pos; pos.File == c.path {
		lo.Line, lo.Col = pos.Line, pos.Col
	}
	if len(probs) > 1 {
		lo.Reason += fmt.Sprintf("(共 %d 个问题)", len(probs))
	}
	m.res.Meta.LeftOut = append(m.res.Meta.LeftOut, lo)
}

// shardsComplete reports the shards missing from the partial roll-ups
// rolled up: with one shard of eight given, the other seven must be too,
// else the totals would be short by what they hold.
func (m *merge) shardsComplete() {
	have := map[int]map[int]bool{}
	for sh := range m.shards {
		p, err := shard.Parse(sh)
		if err != nil {
			continue
		}
		if have[p.N] == nil {
			have[p.N] = map[int]bool{}
		}
		have[p.N][p.I] = true
	}
	ns := make([]int, 0, len(have))
	for n := range have {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	for _, n := range ns {
		var missing []string
		for i := 1; i <= n; i++ {
			if !have[n][i] {
				missing = append(missing, fmt.Sprintf("%d/%d", i, n))
			}
		}
		if len(missing) == 0 {
			continue
		}
		e := &record.Error{Pos: record.Pos{File: m.r.parent.File},
			Format: "部分汇总不全:共 %d 份,缺少第 %s 份(--shard %s 的结果);请等这几份算完,或重新运行它们",
			Args:   []any{n, strings.Join(missing, "、"), strings.Join(missing, "、")}}
		m.res.Problems = append(m.res.Problems, e)
		for _, sh := range missing {
			m.res.Meta.LeftOut = append(m.res.Meta.LeftOut, LeftOut{Name: "第 " + sh + " 份部分汇总", File: m.r.parent.File, Reason: "没有给出"})
		}
	}
}

// compareShards orders shards by their count, then number.
func compareShards(a, b string) int {
	p, _ := shard.Parse(a)
	q, _ := shard.Parse(b)
	return cmp.Or(cmp.Compare(p.N, q.N), cmp.Compare(p.I, q.I), strings.Compare(a, b))
}

// unionless takes the register's row i, a unit without a union: it has no
// data file, and it is a row of the units table as the register gives it;
// its staff count in the federation's staff (and nothing else of it: it has
// no members, and no records of its own).
func (m *merge) unionless(i int) {
	p := m.r.parent
	rw := row{u: p.Units[i], table: p, index: i, unionless: true}
	for _, path := range p.ApproxPaths() {
		if j, key, ok := rowIndex(path); ok && j == i {
			a, _ := p.Approx(path)
			rw.setApproxValue(key, a)
		}
	}
	m.rows = append(m.rows, rw)
	m.matched[i] = true
	staff := &record.Period{File: p.File}
	staff.Membership.Staff = p.Units[i].Staff
	if a, ok := p.Approx(fmt.Sprintf("units[%d].staff", i)); ok {
		staff.SetApprox("membership.staff", a)
	}
	s := newSource(staff, "", nil)
	s.sparse, s.positions = true, false
	s.merge(m.acc)
}

// finish checks the register is complete and builds the federation's
// records.
func (m *merge) finish() (*Result, error) {
	r := m.r
	for i, ok := range m.matched {
		if u := r.parent.Units[i]; !ok && u.HasUnion != nil && !*u.HasUnion {
			m.unionless(i)
			continue
		}
		if !ok {
			u := r.parent.Units[i]
			path := fmt.Sprintf("units[%d].name", i)
			e := &record.Error{Pos: r.parent.Pos(path), Path: path,
				Format: "单位名册中的“%s”没有找到数据文件;请给出它的数据文件,或从名册中删去", Args: []any{clip(u.Name)}}
			m.res.Problems = append(m.res.Problems, e)
			m.res.Meta.LeftOut = append(m.res.Meta.LeftOut, LeftOut{Name: strings.TrimSpace(u.Name), Parent: r.name, File: r.parent.File,
				Line: e.Pos.Line, Col: e.Pos.Col, Reason: "没有数据文件"})
		}
	}
	if !r.opt.Partial {
		m.shardsComplete()
	}
	if len(m.res.Problems) > 0 && !r.opt.KeepGoing {
		return nil, m.res.Problems.Err()
	}
	p, err := m.build()
	if err != nil {
		return nil, err
	}
	res := m.res
	res.Period = p
	res.Meta.Partial = r.opt.Partial
	res.Meta.Parent = r.name
	res.Meta.Period = r.parent.When.Label()
	if !r.opt.Shard.Whole() {
		res.Meta.Shard = r.opt.Shard.String()
		m.shards[res.Meta.Shard] = true
	}
	for sh := range m.shards {
		res.Meta.Shards = append(res.Meta.Shards, sh)
	}
	slices.SortFunc(res.Meta.Shards, compareShards)
	slices.SortFunc(res.Meta.Unions, func(a, b Union) int {
		return cmp.Or(strings.Compare(a.Parent, b.Parent), strings.Compare(a.Name, b.Name), strings.Compare(a.File, b.File))
	})
	slices.SortFunc(res.Meta.LeftOut, func(a, b LeftOut) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col), strings.Compare(a.Name, b.Name))
	})
	if res.Meta.Unions == nil {
		res.Meta.Unions = []Union{}
	}
	if res.Meta.LeftOut == nil {
		res.Meta.LeftOut = []LeftOut{}
	}
	if res.Meta.Audits == nil {
		res.Meta.Audits = []Audit{}
	}
	res.Problems.Sort()
	return res, nil
}

// build writes the federation's records: its own, the merged figures (its
// stated totals checked against them), the rows.
func (m *merge) build() (*record.Period, error) {
	r := m.r
	parent := r.parent
	if !r.opt.Partial {
		own := newSource(parent, "", nil)
		own.rowsOnly, own.positions = true, false
		own.merge(m.acc)
	}
	out := &record.Period{File: parent.File}
	b := &builder{p: out, approx: map[string]num.Approx{}, origins: map[string][]origin{}, at: map[string][]record.Pos{}, dropped: map[string][]Tombstone{}}
	ov, pv := reflect.ValueOf(out).Elem(), reflect.ValueOf(parent).Elem()
	b.build(m.acc, ov, true)
	if err := b.overflowError(); err != nil {
		return nil, record.Errors{{Pos: record.Pos{File: parent.File}, Format: "%s", Args: []any{err.Error()}}}
	}
	plan := periodPlan()
	for _, f := range plan.fields {
		if f.nat == natOwn {
			ov.Field(f.index).Set(pv.Field(f.index))
		}
	}
	ownApprox(parent, plan, b.approx)
	o := &overlayer{from: parent, approx: b.approx, at: func(path string) []record.Pos { return b.at[path] }}
	for _, f := range plan.fields {
		if f.nat == natRecord {
			if r.opt.Partial {
				copySame(ov.Field(f.index), pv.Field(f.index), f.elem, f.key, parent, b.approx)
			} else {
				o.record(ov.Field(f.index), pv.Field(f.index), f.elem, f.key, f.key, "各下级之和", true)
			}
		}
	}
	m.placeRows(out, b.approx, o)
	m.res.Meta.Audits = o.audits
	for _, a := range o.audits {
		if !a.OK {
			m.res.Problems = append(m.res.Problems, &record.Error{Pos: a.pos, Path: a.path, Format: "%s", Args: []any{a.Message}})
		}
	}
	b.finish()
	m.res.Meta.Origins = b.origins
	m.res.Meta.Conflicts = sortedConflicts(b.conflicts)
	if len(b.dropped) > 0 {
		m.res.Meta.Dropped = b.dropped
	}
	if len(m.res.Problems) > 0 && !r.opt.KeepGoing {
		return nil, m.res.Problems.Err()
	}
	if errs := record.Validate(out); len(errs) > 0 {
		return nil, rolledUpErrors(errs)
	}
	return out, nil
}

// rolledUpErrors words the problems of the records a roll-up built, which
// come from contradictory unions' records.
func rolledUpErrors(errs record.Errors) record.Errors {
	for _, e := range errs {
		e.Format = "汇总后的数据有矛盾:" + e.Format
	}
	return errs
}

// placeRows writes the rows: in the register's order when the federation
// has one (its stated figures checked against the unions'), else by name.
func (m *merge) placeRows(out *record.Period, approx map[string]num.Approx, o *overlayer) {
	rows := m.rows
	// Sort the rows' order by a key made once; the rows (each holding a
	// unit's records) are not moved but into the units table.
	keys := make([]int, len(rows))
	order := make([]int, len(rows))
	for i := range rows {
		order[i] = i
		if m.register != nil {
			if j, ok := m.registered(rows[i].u.Name); ok {
				rows[i].u.Name = m.r.parent.Units[j].Name
				keys[i] = j
			}
		}
	}
	if m.register != nil {
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
	} else {
		slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(rows[a].u.Name, rows[b].u.Name) })
	}
	m.rows = nil
	if len(rows) == 0 {
		return
	}
	out.Units = make([]record.Unit, len(rows))
	for i, k := range order {
		out.Units[i] = rows[k].u
	}
	if m.register == nil {
		for i, k := range order {
			for key, a := range rows[k].approx {
				approx[unitPath(i)+"."+key] = a
			}
		}
		return
	}
	// The register's rows are laid over the unions' in parts, on several
	// goroutines for a large register: a row's overlay reads and writes
	// only its own approximate figures, so each part keeps its own, and
	// the parts' audits are joined in the rows' order.
	parts := overlayParts(len(rows))
	done := make([]overlayer, len(parts))
	var wg sync.WaitGroup
	for k, part := range parts {
		wg.Go(func() {
			done[k] = overlayer{from: o.from, approx: map[string]num.Approx{}, audits: make([]Audit, 0, part[1]-part[0])}
			m.overlayRows(out, rows, order, part, &done[k])
		})
	}
	wg.Wait()
	for k := range done {
		o.audits = append(o.audits, done[k].audits...)
		maps.Copy(approx, done[k].approx)
	}
}

// overlayRows lays the register's figures over rows [part[0], part[1]) of
// out's units table, made of rows in order, with the rows' approximate
// figures in o.approx; o.audits gets the audits.
func (m *merge) overlayRows(out *record.Period, rows []row, order []int, part [2]int, o *overlayer) {
	unit := planOf(reflect.TypeFor[record.Unit]())
	uv := reflect.ValueOf(out.Units)
	for i := part[0]; i < part[1]; i++ {
		from := &rows[order[i]]
		for key, a := range from.approx {
			o.approx[unitPath(i)+"."+key] = a
		}
		j := m.register[from.u.Name]
		if from.unionless {
			continue // a unit without a union: the register's row itself
		}
		o.at = func(path string) []record.Pos {
			_, key, _ := rowIndex(path)
			return from.pos(key)
		}
		o.record(uv.Index(i), reflect.ValueOf(m.r.parent.Units[j]), unit, unitPath(j), unitPath(i), "该单位的数据", false)
	}
}

// unitPath is the data path of row i of the units table: "units[3]".
func unitPath(i int) string { return "units[" + strconv.Itoa(i) + "]" }

// overlayParts cuts n rows into the parts overlaid on goroutines of their
// own: one part below overlayPart rows, else one per processor.
func overlayParts(n int) [][2]int {
	k := 1
	if n >= overlayPart {
		k = min(runtime.GOMAXPROCS(0), n/overlayPart)
	}
	parts := make([][2]int, k)
	for i := range parts {
		parts[i] = [2]int{i * n / k, (i + 1) * n / k}
	}
	return parts
}

// overlayPart is the fewest rows overlaid on a goroutine of their own: a
// row takes some microseconds.
const overlayPart = 1024

// copySame copies the federation's own values of a section (texts, dates,
// exact figures) into the merged record, with their approximate figures.
func copySame(dst, src reflect.Value, p *recordPlan, path string, from *record.Period, approx map[string]num.Approx) {
	for _, f := range p.fields {
		fp := join(path, f.key)
		switch f.nat {
		case natSame, natKey, natMap:
			if f.agree && src.Field(f.index).IsZero() {
				continue // the unions' agreeing value, if any
			}
			dst.Field(f.index).Set(src.Field(f.index))
			if a, ok := from.Approx(fp); ok {
				approx[fp] = a
			}
		case natOwn:
			dst.Field(f.index).Set(src.Field(f.index))
			copyApproxUnder(from, fp, approx)
		case natRecord:
			copySame(dst.Field(f.index), src.Field(f.index), f.elem, fp, from, approx)
		}
	}
}

// ownApprox copies the approximate figures of the federation's own fields
// (roll:"own", at any depth outside lists) into approx.
func ownApprox(from *record.Period, p *recordPlan, approx map[string]num.Approx) {
	var walk func(p *recordPlan, path string)
	walk = func(p *recordPlan, path string) {
		for _, f := range p.fields {
			fp := join(path, f.key)
			switch f.nat {
			case natOwn:
				copyApproxUnder(from, fp, approx)
			case natRecord:
				walk(f.elem, fp)
			}
		}
	}
	walk(p, "")
}

// copyApproxUnder copies the approximate figures at and under prefix.
func copyApproxUnder(from *record.Period, prefix string, approx map[string]num.Approx) {
	for _, path := range from.ApproxPaths() {
		if path == prefix || within(path, prefix) {
			a, _ := from.Approx(path)
			approx[path] = a
		}
	}
}

// clip shortens a name quoted in a message.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

func extOf(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}
