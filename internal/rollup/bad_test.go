package rollup

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"zongjie/internal/record"
	"zongjie/internal/rules"
	"zongjie/internal/shard"
)

// TestBadChildren gives the tricky federation children that contradict it
// or each other, or fail their own check. Without --keep-going the roll-up
// fails, naming each problem with its file and position; with it, the
// rest is rolled up and what was left out is listed (and given to the
// report as a finding).
func TestBadChildren(t *testing.T) {
	for _, c := range []struct {
		name string
		// setup changes the federation in dir (parent file, children
		// directory kids) and returns the children to give (nil: kids).
		setup func(t *testing.T, parent, kids string) []string
		// want are the messages, each a regular expression; left names
		// the children --keep-going leaves out ("" when the roll-up
		// fails even so).
		want []string
		left []string
	}{
		{name: "same union twice",
			setup: func(t *testing.T, parent, kids string) []string {
				copyFile(t, filepath.Join(kids, "甲.yaml"), filepath.Join(kids, "甲-副本.yaml"))
				return nil
			},
			want: []string{`甲(-副本)?\.yaml:1:\d+: organisation\.name: “甲公司工会”\(上级“测试市总工会”\)已经从 .*kids/甲(-副本)?\.yaml 计入过一次`},
			left: []string{"甲公司工会"}},
		{name: "another parent",
			setup: func(t *testing.T, parent, kids string) []string {
				edit(t, filepath.Join(kids, "乙.yaml"), "parent: 测试市总工会", "parent: 别的市总工会")
				return nil
			},
			want: []string{`乙\.yaml:1:\d+: organisation\.parent: 写的上级工会是“别的市总工会”,而本次汇总的上级是“测试市总工会”`},
			left: []string{"乙公司工会"}},
		{name: "the federation among its children",
			setup: func(t *testing.T, parent, kids string) []string {
				data, _ := os.ReadFile(parent)
				write(t, filepath.Join(kids, "上级.yaml"), string(data))
				return nil
			},
			want: []string{`上级\.yaml:1:\d+: organisation\.name: “测试市总工会”是本次汇总的上级`},
			left: []string{"测试市总工会"}},
		{name: "a link back up the tree",
			setup: func(t *testing.T, parent, kids string) []string {
				if err := os.Symlink(kids, filepath.Join(kids, "回路")); err != nil {
					t.Skip("no symbolic links here")
				}
				return nil
			},
			want: []string{`回路: 这个目录链接回了上层目录`},
			left: []string{""}},
		{name: "another year",
			setup: func(t *testing.T, parent, kids string) []string {
				edit(t, filepath.Join(kids, "戊.yaml"), "year: 2023", "year: 2022")
				return nil
			},
			want: []string{`戊\.yaml:2:\d+: period\.year: 报告期是2022年,与上级\(测试市总工会,.*\)的2023年不同`},
			left: []string{"戊学校工会"}},
		{name: "a child whose own check fails",
			setup: func(t *testing.T, parent, kids string) []string {
				edit(t, filepath.Join(kids, "戊.yaml"), "members: 60", "members: 61")
				edit(t, filepath.Join(kids, "丁.yaml"), "proposals: 5}", "proposals: 5}\nrelief2: 1")
				return nil
			},
			want: []string{`戊\.yaml:3:\d+: membership\.members: 会员数\(61\)不能多于`, `丁\.yaml:\d+:\d+: .*relief2`},
			left: []string{"", ""}},
		{name: "a child whose audit fails",
			setup: func(t *testing.T, parent, kids string) []string {
				edit(t, filepath.Join(kids, "丁.yaml"), "- {occasion: 春节慰问, persons: 40, each: 500}", "- {occasion: 春节慰问, persons: 40, each: 500}\n  stated_persons: 41")
				return nil
			},
			want: []string{`丁\.yaml:\d+:\d+: relief\.persons: 累计慰问人数`},
			left: []string{"丁街道工会"}},
		{name: "not in the register, and a register row without a file",
			setup: func(t *testing.T, parent, kids string) []string {
				appendTo(t, parent, "units:\n  - {name: 甲公司}\n  - {name: 乙公司工会}\n  - {name: 丙医院}\n  - {name: 丁街道}\n  - {name: 己公司}\n")
				return nil
			},
			want: []string{`戊\.yaml:1:\d+: organisation\.name: “戊学校工会”不在上级数据文件\(.*\)的单位名册\(units\)中`,
				`测试市总工会\.yaml:\d+:\d+: units\[4\]\.name: 单位名册中的“己公司”没有找到数据文件`},
			left: []string{"戊学校工会", "己公司"}},
		{name: "a stated total that is not the sum",
			setup: func(t *testing.T, parent, kids string) []string {
				appendTo(t, parent, "membership:\n  members: 1750\n")
				return nil
			},
			want: []string{`测试市总工会\.yaml:\d+:\d+: membership\.members: 会员数.*上级数据文件所报1750\(.*测试市总工会\.yaml:\d+:\d+\),而各下级之和为1740\(.*丙\.yaml:\d+:\d+、.*\)`}},
		{name: "a file that does not exist",
			setup: func(t *testing.T, parent, kids string) []string {
				return []string{kids, filepath.Join(kids, "没有这个.yaml")}
			},
			want: []string{`没有这个\.yaml: 找不到这个文件或目录`},
			left: []string{""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			parent, files := writeTricky(t)
			kids := filepath.Dir(files[0])
			children := c.setup(t, parent, kids)
			if children == nil {
				children = []string{kids}
			}
			_, err := Run(parent, children, opts)
			var es record.Errors
			if !errors.As(err, &es) {
				t.Fatalf("want problems, got %v", err)
			}
			msgs := err.Error()
			for _, w := range c.want {
				if !regexp.MustCompile(w).MatchString(msgs) {
					t.Errorf("no message like %s in\n%s", w, msgs)
				}
			}
			if c.left == nil {
				ko := opts
				ko.KeepGoing = true
				res, err := Run(parent, children, ko)
				if err == nil && len(res.Problems) == 0 {
					t.Errorf("--keep-going: the problem went unreported")
				}
				return
			}
			ko := opts
			ko.KeepGoing = true
			res, err := Run(parent, children, ko)
			if err != nil {
				t.Fatalf("--keep-going: %v", err)
			}
			var names []string
			for _, lo := range res.Meta.LeftOut {
				names = append(names, lo.Name)
				if lo.File == "" || lo.Reason == "" {
					t.Errorf("left out without file or reason: %+v", lo)
				}
			}
			if strings.Join(names, "|") != strings.Join(c.left, "|") {
				t.Errorf("left out %q, want %q", names, c.left)
			}
			if len(res.Problems) == 0 {
				t.Error("--keep-going: the problems are not listed")
			}
			r, err := rules.Run([]*record.Period{res.Period}, Extension(nil, res))
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range r.Findings {
				if f.ID == FindingLeftOut && len(f.Subjects) == len(c.left) {
					found = true
				}
			}
			if !found {
				t.Errorf("the report is not told what was left out: %+v", r.Findings)
			}
			if v, _ := r.Value(IDLeftOut); v.Num == nil || v.Num.Num().Int64() != int64(len(c.left)) {
				t.Errorf("%s = %v, want %d", IDLeftOut, v.Num, len(c.left))
			}
		})
	}
}

// TestOverlappingPartials gives two partial roll-ups that share a union.
func TestOverlappingPartials(t *testing.T) {
	parent, files := writeTricky(t)
	dir := t.TempDir()
	a := writeMetrics(t, dir, "a.json", roll(t, parent, files[:3], Options{Partial: true}))
	b := writeMetrics(t, dir, "b.json", roll(t, parent, files[2:], Options{Partial: true}))
	_, err := Run(parent, []string{a, b}, opts)
	if err == nil || !regexp.MustCompile(`“丙医院工会”\(上级“测试市总工会”\)已经从 .*丙\.yaml 计入过一次`).MatchString(err.Error()) {
		t.Errorf("overlapping partial roll-ups: %v", err)
	}
	other := filepath.Join(dir, "别的.yaml")
	write(t, other, strings.ReplaceAll(trickyParent, "测试市总工会", "别的市总工会"))
	_, err = Run(other, []string{a}, opts)
	if err == nil || !strings.Contains(err.Error(), "这是“测试市总工会”的部分汇总,不是“别的市总工会”的") {
		t.Errorf("another federation's partial roll-up: %v", err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	write(t, to, string(data))
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func edit(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s has no %q", path, old)
	}
	write(t, path, strings.Replace(string(data), old, new, 1))
}

func appendTo(t *testing.T, path, text string) {
	t.Helper()
	data, _ := os.ReadFile(path)
	write(t, path, string(data)+text)
}

// TestMissingShard rolls up shards with one left out: without a register
// to tell, the shards' numbers do — never a silently short total.
func TestMissingShard(t *testing.T) {
	parent, _ := writeTricky(t)
	dir := t.TempDir()
	var shards []string
	for i := 1; i <= 3; i++ {
		shards = append(shards, writeMetrics(t, dir, fmt.Sprintf("%d.json", i),
			roll(t, parent, []string{filepath.Join(filepath.Dir(parent), "kids")}, Options{Shard: shard.Shard{I: i, N: 3}})))
	}
	_, err := Run(parent, []string{shards[0], shards[2]}, opts)
	if err == nil || !strings.Contains(err.Error(), "部分汇总不全:共 3 份,缺少第 2/3 份") {
		t.Errorf("a shard left out: %v", err)
	}
	ko := opts
	ko.KeepGoing = true
	res, err := Run(parent, []string{shards[0], shards[2]}, ko)
	if err != nil || len(res.Meta.LeftOut) != 1 || res.Meta.LeftOut[0].Name != "第 2/3 份部分汇总" {
		t.Errorf("--keep-going: %v, %+v", err, res)
	}
	// Partial roll-ups of shards carry their shards on.
	p := writeMetrics(t, dir, "p.json", roll(t, parent, shards[:2], Options{Partial: true}))
	if _, err := Run(parent, []string{p, shards[2]}, opts); err != nil {
		t.Errorf("every shard, two within a partial roll-up: %v", err)
	}
	if _, err := Run(parent, []string{p}, opts); err == nil || !strings.Contains(err.Error(), "缺少第 3/3 份") {
		t.Errorf("the third shard left out behind a partial roll-up: %v", err)
	}
}
