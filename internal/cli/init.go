package cli

import (
	"fmt"

	"zongjie/internal/record"
)

func runInit(e *env, args []string) int {
	fs := newFlagSet(e, "init", "init [--kind 报告种类] > 数据文件.yaml", `  zongjie init --kind annual > 我的工会2024.yaml
  zongjie init --kind plan > 2025工作要点.yaml

输出一份带中文说明的空白数据文件。各项留空即可,不填的内容不会出现在报告里。
`)
	kind := fs.String("kind", "annual", "报告种类:annual、halfyear、congress、term、plan")
	files, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	if len(files) > 0 {
		return fs.usageError("init 不读文件;请用 > 把输出保存到文件,例如 zongjie init > 数据.yaml")
	}
	data, err := record.Starter(*kind)
	if err != nil {
		return fs.usageError("%v", err)
	}
	e.stdout.Write(data)
	return exitOK
}

func runSchema(e *env, args []string) int {
	fs := newFlagSet(e, "schema", "schema > zongjie.schema.json", `  zongjie schema > zongjie.schema.json

输出数据文件的 JSON Schema。在 VS Code(安装 YAML 插件)的数据文件第一行写
  # yaml-language-server: $schema=./zongjie.schema.json
即可边写边检查、自动补全。
`)
	files, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	if len(files) > 0 {
		return fs.usageError("schema 不读文件")
	}
	e.stdout.Write(record.JSONSchema())
	return exitOK
}

// errorf prints a command's error and returns the data exit code.
func (e *env) errorf(cmd, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "zongjie %s: %s\n", cmd, fmt.Sprintf(format, args...))
	return exitData
}
