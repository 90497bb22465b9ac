package cli

import (
	"fmt"
	"os"

	"zongjie/internal/report"
)

func runTemplates(e *env, args []string) int {
	s := newOptions(e, "templates", "templates export [--force] 目录", `把内置的报告模板写到目录里,修改后用 --templates 目录 生成报告。
模板有错时,会指出模板文件、行号和出错的字段。目录中已有同名文件时不导出,加 --force 覆盖。
模板里可用的函数和字段见 zongjie help templates(导出的目录里也有一份 模板说明.md)。
`, `  zongjie templates export 我的模板
  zongjie render --kind annual --templates 我的模板 -o 总结.docx 数据.yaml
`)
	force := s.flag("force", "", groupOutput, "覆盖目录中已有的同名模板")
	rest, code, ok := s.parse(args)
	if !ok {
		return code
	}
	if len(rest) != 2 || rest[0] != "export" {
		return s.usageError("用法是 zongjie templates export 目录")
	}
	export := report.Export
	if *force {
		export = report.ExportOverwrite
	}
	n, err := exportCount()
	if err != nil {
		return e.errorf("templates", "%s", errText(err))
	}
	if err := export(rest[1]); err != nil {
		return e.errorf("templates", "%s", errText(err))
	}
	fmt.Fprintf(e.stderr, "已把 %d 个模板文件写到 %s\n", n, rest[1])
	return exitOK
}

// exportCount is the number of files an export writes, found by exporting
// into an empty temporary directory: whatever the export holds (templates,
// their shared parts, the notes on writing them), the message counts it.
func exportCount() (int, error) {
	dir, err := os.MkdirTemp("", "zongjie-templates-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	if err := report.Export(dir); err != nil {
		return 0, err
	}
	entries, err := os.ReadDir(dir)
	return len(entries), err
}
