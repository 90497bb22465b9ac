package cli

import (
	"bytes"

	"zongjie/internal/metrics"
	"zongjie/internal/rules"
)

func runMetrics(e *env, args []string) int {
	e.json = wantsJSON(args)
	s := newOptions(e, "metrics", "metrics [选项] 数据文件...", `列出报告所用的每个数字:指标、数值、计算公式,以及排名、同比、目标完成情况、
发现的问题和核对结果,写到标准输出。数据文件写作 - 时从标准输入读。

--json 输出同样内容(含每个输入值的文件位置),供其他程序使用。数据有错时,标准输出上是一个
JSON 对象:"ok" 为 false,"errors" 列出问题,每个问题有 "file"、"line"、"col"、"path"、"message"
(文件、行、列、数据位置、说明),行、列从 1 起,不知道时为 0;退出码为 1。
数据文件是 Excel 工作簿时,位置另有 "sheet"、"cell"(工作表、单元格)。
`, `  zongjie metrics examples/yongjia-edu-2013.yaml
  zongjie metrics examples/yongjia-edu-2014.yaml examples/yongjia-edu-2013.yaml
  zongjie metrics --rules examples/rules/custom.yaml --json examples/yongjia-edu-2013.yaml
`)
	s.flag("json", "", groupOutput, "输出 JSON(写到标准输出)")
	units := s.unitsOption()
	rulesFile, rulesTimeout := s.rulesOptions()
	lim := s.limitOptions()
	files, code, ok := e.dataFiles(s, args, units, "请给出数据文件")
	if !ok {
		return code
	}
	custom, err := loadRules(*rulesFile, *rulesTimeout)
	if err != nil {
		return e.fail("metrics", err)
	}
	periods, problems, failed := loadAll(e, files, *lim)
	if failed {
		if e.json {
			writeJSONProblems(e, problems, nil)
		}
		return exitData
	}
	res, err := rules.Run(periods, custom)
	if err != nil {
		return e.fail("metrics", err)
	}
	var b bytes.Buffer
	if e.json {
		err = metrics.WriteJSON(&b, res)
		b = *bytes.NewBuffer(jsonSafe(b.Bytes()))
	} else {
		sw := newSafeWriter(&b)
		if err = metrics.WriteTable(sw, res); err == nil {
			err = sw.Flush()
		}
	}
	if err != nil {
		return e.fail("metrics", err)
	}
	if _, err := e.stdout.Write(b.Bytes()); err != nil {
		return e.errorf("metrics", "%s", errText(err))
	}
	return exitOK
}

// fail reports an error of the data or rules: as a JSON object on
// standard output with --json, else on standard error, where an error that
// names no file is introduced by the command's name.
func (e *env) fail(cmd string, err error) int {
	ps := problemsOf(err)
	switch {
	case e.json:
		writeJSONProblems(e, ps, nil)
	case ps[0].File != "":
		e.printErr(err)
	default:
		e.errorf(cmd, "%s", errText(err))
	}
	return exitData
}
