package metrics

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"zongjie/internal/cnfmt"
	"zongjie/internal/prose"
	"zongjie/internal/record"
	"zongjie/internal/rules"
	"zongjie/internal/textwidth"
)

// WriteTable writes the result as a readable Chinese table: the values
// (指标, 数值 with unit, 公式 with the figures put in), then the rankings,
// audits, findings, 同比 comparisons and targets.
func WriteTable(w io.Writer, r *rules.Result) error {
	bw := bufio.NewWriter(w)
	t := &tableWriter{w: bw}
	p := r.Period
	t.line(p.Org.Name + " " + p.When.Label() + " 指标")
	files := make([]string, 0, len(r.Periods()))
	for _, q := range r.Periods() {
		files = append(files, q.File)
	}
	t.line("数据：" + strings.Join(files, "、"))
	if r.Extension != nil && r.Extension.Name() != "" {
		t.line("规则：" + r.Extension.Name())
	}

	pw := prose.New(r, len(r.History) > 0)
	var whole, per [][]string
	for _, v := range r.Values {
		name := v.Label
		if v.Subject != "" {
			name += "·" + v.Subject
		}
		shown := prose.Value(v)
		if rt := pw.Value(v); rt != shown {
			shown += "（报告中写作" + rt + "）"
		}
		row := []string{name, shown, formulaText(v)}
		if v.Subject == "" {
			whole = append(whole, row)
		} else {
			per = append(per, row)
		}
	}
	t.section("一、全单位指标")
	t.rows([]string{"指标", "数值", "公式"}, whole)
	t.section("二、分组、单位及分类指标")
	t.rows([]string{"指标·对象", "数值", "公式"}, per)

	t.section("三、排名")
	if len(r.Rankings) == 0 {
		t.line("  （无）")
	}
	for _, rk := range r.Rankings {
		head := rk.Label + "（" + map[rules.Order]string{rules.Desc: "从高到低", rules.Asc: "从低到高"}[rk.Order]
		if rk.Top > 0 {
			head += fmt.Sprintf("，前%d名", rk.Top)
		}
		t.line(head + "）")
		var rows [][]string
		for _, e := range rk.Entries {
			mark := ""
			if e.Tied {
				mark = "并列"
			}
			name := e.Name
			if rk.WithinGroup && e.Group != "" {
				name = e.Group + "：" + e.Name
			}
			rows = append(rows, []string{"  " + cnfmt.Place(e.Rank, false), name, prose.Value(e.Value), mark, e.Pos.String()})
		}
		t.rows(nil, rows)
		for _, s := range rk.Skipped {
			t.line("  未排名：" + s.Name + "（" + s.Reason + "）")
		}
	}

	t.section("四、核对")
	if len(r.Audits) == 0 {
		t.line("  （无）")
	}
	for _, a := range r.Audits {
		mark := "[通过]"
		if !a.OK {
			mark = "[不符]"
		}
		period := ""
		if len(r.Periods()) > 1 {
			period = a.Period + " "
		}
		t.line("  " + mark + " " + period + a.Message)
	}

	t.section("五、存在的问题")
	if len(r.Findings) == 0 {
		t.line("  （无）")
	}
	for _, f := range r.Findings {
		t.line("  [" + f.Severity.String() + "] " + sectionName(f.Section) + "：" + prose.Finding(f))
	}

	if r.Base != nil {
		t.section("六、同比（与" + r.Base.When.Label() + "相比）")
		var rows [][]string
		for _, c := range r.Comparisons {
			change := prose.Change(c)
			if change == "" {
				change = c.Err
			}
			diff := prose.Diff(c)
			if c.Kind == rules.KindRate {
				diff = ""
			}
			rows = append(rows, []string{c.Label, prose.Value(c.Before), prose.Value(c.After), change, diff})
		}
		t.rows([]string{"指标", r.Base.When.Label(), p.When.Label(), "变化", "差额"}, rows)
	}
	if len(r.Targets) > 0 {
		t.section("七、目标完成情况（" + r.Targets[0].From + "所定目标）")
		var rows [][]string
		for _, tc := range r.Targets {
			status := string(tc.Status)
			if tc.Err != "" {
				status = "无法比较：" + tc.Err
			}
			ratio := ""
			if tc.Ratio != nil {
				ratio = "完成" + cnfmt.Percent(tc.Ratio, 2)
			}
			target := ""
			if tc.Target.Num != nil {
				target = "目标" + prose.Value(tc.Target)
			}
			rows = append(rows, []string{tc.Name, target, "实际" + prose.Value(tc.Actual), status, prose.Gap(tc), ratio})
		}
		t.rows(nil, rows)
	}
	if t.err != nil {
		return t.err
	}
	return bw.Flush()
}

// formulaText is a value's formula with the working and note.
func formulaText(v rules.Value) string {
	s := v.Formula
	if v.Calc != "" {
		s += " = " + v.Calc
	}
	if v.Note != "" && !strings.Contains(s, strings.TrimPrefix(v.Note, "统计范围:")) {
		s += "(" + v.Note + ")"
	}
	return s
}

// sectionName is a report section's Chinese name.
func sectionName(id string) string {
	for _, s := range record.SectionIDs {
		if s.ID == id {
			return s.Name
		}
	}
	return id
}

// tableWriter writes aligned columns, counting wide characters as two.
type tableWriter struct {
	w   *bufio.Writer
	err error
}

func (t *tableWriter) line(s string) {
	if t.err == nil {
		_, t.err = t.w.WriteString(strings.TrimRight(s, " ") + "\n")
	}
}

func (t *tableWriter) section(title string) {
	t.line("")
	t.line(title)
}

// maxColumn caps a column's width so one long name does not push the rest away.
const maxColumn = 40

func (t *tableWriter) rows(header []string, rows [][]string) {
	if len(rows) == 0 {
		t.line("  （无）")
		return
	}
	all := rows
	if header != nil {
		all = append([][]string{header}, rows...)
	}
	widths := map[int]int{}
	for _, r := range all {
		for i, cell := range r[:len(r)-1] {
			if w := textwidth.String(cell); w > widths[i] && w <= maxColumn {
				widths[i] = w
			}
		}
	}
	for _, r := range all {
		var b strings.Builder
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				pad := widths[i] - textwidth.String(cell)
				b.WriteString(strings.Repeat(" ", max(pad, 0)+2))
			}
		}
		t.line(b.String())
	}
}
