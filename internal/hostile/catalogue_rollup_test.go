package hostile

import (
	"bytes"
	"testing"

	"zongjie/internal/cli"
)

// The roll-up's data: a federation and two unions.
const (
	rollupParent = "organisation: {name: 测试县总工会, kind: 工会联合会, sector: 企业}\nperiod: {year: 2023}\n"
	rollupJia    = "organisation: {name: 甲公司工会, kind: 企业, parent: 测试县总工会}\nperiod: {year: 2023}\nmembership: {staff: 120, members: 110}\n"
	rollupYi     = "organisation: {name: 乙公司工会, kind: 企业, parent: 测试县总工会}\nperiod: {year: 2023}\nmembership: {staff: 80, members: 80}\n"
)

// rollupFederation writes 上级.yaml and its unions in 下级/.
func rollupFederation() func(*testing.T, string) {
	return seq(write("上级.yaml", rollupParent), write("下级/甲.yaml", rollupJia), write("下级/乙.yaml", rollupYi))
}

// rollupCatalogue is the roll-up's hostile inputs: what a federation's
// directory of returns may hold.
func rollupCatalogue() []entry {
	rollup := func(extra ...string) []string {
		return append(append([]string{"rollup", "--format", "md", "-o", "报告.md"}, extra...), "上级.yaml", "下级")
	}
	return []entry{
		// ── 汇总 ──
		{id: "rollup-dir-loop", what: "汇总:下级目录里有一个链接指回这个目录(形成循环)", args: rollup(),
			setup: seq(rollupFederation(), symlink(".", "下级/回路")), check: absent("报告.md")},
		{id: "rollup-parent-among-children", what: "汇总:上级自己的数据文件被复制进了下级目录", args: rollup(),
			setup: seq(rollupFederation(), write("下级/上级副本.yaml", rollupParent)), check: absent("报告.md")},
		{id: "rollup-same-union-twice", what: "汇总:同一个工会的数据给了两份(文件名不同)", args: rollup(),
			setup: seq(rollupFederation(), write("下级/甲-重报.yaml", rollupJia)), check: absent("报告.md")},
		{id: "rollup-output-over-child", what: "汇总:报告的输出文件是某个下级的数据文件", args: []string{"rollup", "--format", "md", "-o", "下级/甲.yaml", "上级.yaml", "下级"},
			setup: rollupFederation(), check: unchangedText("下级/甲.yaml", rollupJia)},
		{id: "rollup-foreign-json", what: "汇总:下级目录里有一个别的程序写的 JSON(有 files、values 两个键)", args: rollup(),
			setup: seq(rollupFederation(), write("下级/导出.json", `{"files": ["a"], "values": []}`)), check: absent("报告.md")},
		{id: "rollup-other-partial", what: "汇总:给出的部分汇总是另一个上级的", args: []string{"rollup", "--format", "md", "-o", "报告.md", "上级.yaml", "部分.json"},
			setup: seq(rollupFederation(), write("乙上级.yaml", "organisation: {name: 别的县总工会, kind: 工会联合会, sector: 企业}\nperiod: {year: 2023}\n"),
				write("别的/丙.yaml", "organisation: {name: 丙公司工会, kind: 企业, parent: 别的县总工会}\nperiod: {year: 2023}\nmembership: {staff: 10, members: 9}\n"),
				runZongjie("rollup", "--partial", "--metrics", "部分.json", "乙上级.yaml", "别的")),
			check: absent("报告.md")},
		{id: "rollup-keep-going", what: "汇总:一份下级数据有误(会员多于职工),加 --keep-going", args: rollup("--keep-going"),
			setup: seq(rollupFederation(), write("下级/丙.yaml", "organisation: {name: 丙公司工会, kind: 企业, parent: 测试县总工会}\nperiod: {year: 2023}\nmembership: {staff: 10, members: 90}\n")),
			check: fileContains("报告.md", "测试县总工会")},
	}
}

// runZongjie runs zongjie in the case's directory as part of the setup.
func runZongjie(args ...string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		var out, errs bytes.Buffer
		full := append([]string(nil), args...)
		for i, a := range full {
			if a != "rollup" && a != "--partial" && a != "--metrics" {
				full[i] = dir + "/" + a
			}
		}
		if code := cli.Main(full, nil, &out, &errs); code != 0 {
			t.Fatalf("setup zongjie %v: %s", args, errs.String())
		}
	}
}
