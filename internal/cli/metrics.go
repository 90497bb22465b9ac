package cli

import (
	"fmt"

	"zongjie/internal/metrics"
	"zongjie/internal/record"
	"zongjie/internal/rules"
)

func runMetrics(e *env, args []string) int {
	fs := newFlagSet(e, "metrics", "metrics [--rules 规则文件] [--json] 数据文件...", `  zongjie metrics examples/yongjia-edu-2013.yaml
  zongjie metrics examples/yongjia-edu-2014.yaml examples/yongjia-edu-2013.yaml
  zongjie metrics --rules examples/rules/custom.yaml --json examples/yongjia-edu-2013.yaml

列出报告所用的每个数字:指标、数值、计算公式,以及排名、同比、目标完成情况、
发现的问题和核对结果。--json 输出同样内容(含每个输入值的文件位置),供其他程序使用。
`)
	rulesFile := fs.String("rules", "", "自定义规则文件(YAML)")
	rulesTimeout := rulesTimeoutFlag(fs)
	asJSON := fs.Bool("json", false, "输出 JSON")
	lim := fs.limitFlags()
	files, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	if len(files) == 0 {
		return fs.usageError("请给出数据文件")
	}
	custom, err := loadRules(*rulesFile, *rulesTimeout)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitData
	}
	periods, failed := loadAll(e, files, *lim)
	if failed {
		return exitData
	}
	res, err := rules.Run(periods, custom)
	if err != nil {
		return e.errorf("metrics", "%v", err)
	}
	if *asJSON {
		err = metrics.WriteJSON(e.stdout, res)
	} else {
		err = metrics.WriteTable(e.stdout, res)
	}
	if err != nil {
		return e.errorf("metrics", "%v", err)
	}
	return exitOK
}

// reportAudits runs the rule engine's audits over each loaded period on its
// own and prints every failed one; it reports whether any failed.
func reportAudits(e *env, periods []*record.Period) bool {
	failed := false
	for _, p := range periods {
		res, err := rules.Run([]*record.Period{p}, nil)
		if err != nil {
			fmt.Fprintf(e.stderr, "zongjie check: %v\n", err)
			failed = true
			continue
		}
		for _, a := range res.FailedAudits() {
			fmt.Fprintf(e.stderr, "%s: %s: %s\n", a.StatedPos, a.ID, a.Message)
			failed = true
		}
	}
	return failed
}
