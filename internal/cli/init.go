package cli

import (
	"fmt"

	"zongjie/internal/record"
)

func runInit(e *env, args []string) int {
	fs := newFlagSet(e, "init", "init [--kind 报告种类] [--sector 行业] > 数据文件.yaml", `  zongjie init --kind annual > 我的工会2024.yaml
  zongjie init --kind congress --sector hospital > 医院工会职代会.yaml
  zongjie init --kind plan > 2025工作要点.yaml

输出一份带中文说明的空白数据文件。各项留空即可,不填的内容不会出现在报告里。
--sector 按行业给出说明里的例子和用词(医务人员、科室;职工、车间……),并填好 organisation.sector。
`)
	kind := fs.String("kind", "annual", "报告种类:annual、halfyear、congress、term、plan")
	sector := fs.String("sector", "", "行业:school(学校)、enterprise(企业)、hospital(医院)、government(机关)、township(街道、乡镇、社区),也可写中文")
	files, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	if len(files) > 0 {
		return fs.usageError("init 不读文件;请用 > 把输出保存到文件,例如 zongjie init > 数据.yaml")
	}
	data, err := record.StarterFor(*kind, *sector)
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
