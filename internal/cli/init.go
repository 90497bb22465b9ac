package cli

import (
	"zongjie/internal/record"
)

func runInit(e *env, args []string) int {
	s := newOptions(e, "init", "init [--kind 种类] [--sector 行业] > 数据文件.yaml", `输出一份带中文说明的空白数据文件(写到标准输出)。各项留空即可,不填的内容不会出现在报告里。
--sector 按行业给出说明里的例子和用词(医务人员、科室;职工、车间……),并填好 organisation.sector。
`, `  zongjie init --kind annual > 我的工会2024.yaml
  zongjie init --kind congress --sector hospital > 医院工会职代会.yaml
  zongjie init --kind plan > 2025工作要点.yaml
`)
	kind := s.choice("kind", "k", "种类", groupOutput, "报告种类:annual、halfyear、congress、term、plan", "annual", kindNames())
	sector := s.str("sector", "", "行业", groupData, "行业:school(学校)、enterprise(企业)、hospital(医院)、government(机关)、township(街道、乡镇、社区),也可写中文", "")
	files, code, ok := s.parse(args)
	if !ok {
		return code
	}
	if len(files) > 0 {
		return s.usageError("init 不读文件;请用 > 把输出保存到文件,例如 zongjie init > 数据.yaml")
	}
	data, err := record.StarterFor(*kind, *sector)
	if err != nil {
		return s.usageError("%v", err)
	}
	if _, err := e.stdout.Write(data); err != nil {
		return e.errorf("init", "%s", errText(err))
	}
	return exitOK
}

func runSchema(e *env, args []string) int {
	s := newOptions(e, "schema", "schema > zongjie.schema.json", `输出数据文件的 JSON Schema(写到标准输出)。在 VS Code(安装 YAML 插件)的数据文件第一行写
  # yaml-language-server: $schema=./zongjie.schema.json
即可边写边检查、自动补全。
`, `  zongjie schema > zongjie.schema.json
`)
	files, code, ok := s.parse(args)
	if !ok {
		return code
	}
	if len(files) > 0 {
		return s.usageError("schema 不读文件")
	}
	if _, err := e.stdout.Write(record.JSONSchema()); err != nil {
		return e.errorf("schema", "%s", errText(err))
	}
	return exitOK
}
