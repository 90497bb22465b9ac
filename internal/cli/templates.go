package cli

import (
	"fmt"

	"zongjie/internal/report"
)

func runTemplates(e *env, args []string) int {
	fs := newFlagSet(e, "templates", "templates export [--force] 目录", `  zongjie templates export 我的模板
  zongjie render --kind annual --templates 我的模板 -o 总结.docx 数据.yaml

把内置的报告模板写到目录里,修改后用 --templates 目录 生成报告。
模板有错时,会指出模板文件、行号和出错的字段。
`)
	force := fs.Bool("force", false, "覆盖目录中已有的同名模板")
	rest, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	if len(rest) != 2 || rest[0] != "export" {
		return fs.usageError("用法是 zongjie templates export 目录")
	}
	export := report.Export
	if *force {
		export = report.ExportOverwrite
	}
	if err := export(rest[1]); err != nil {
		return e.errorf("templates", "%v", err)
	}
	fmt.Fprintf(e.stderr, "已把 %d 个模板写到 %s\n", len(report.Kinds()), rest[1])
	return exitOK
}
