package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"zongjie/internal/atomicfile"
	"zongjie/internal/record"
	"zongjie/internal/sheet"
)

func runInit(e *env, args []string) int {
	s := newOptions(e, "init", "init [--kind 种类] [--sector 行业] [--xlsx 工作簿.xlsx] [> 数据文件.yaml]", `输出一份带中文说明的空白数据文件(写到标准输出)。各项留空即可,不填的内容不会出现在报告里。
--sector 按行业给出说明里的例子和用词(医务人员、科室;职工、车间……),并填好 organisation.sector。
--xlsx 改为写出 Excel 工作簿:“基本情况”“单位”“慰问帮扶”“活动”“荣誉”“目标”“文字材料”等工作表,
中文表头、说明行、下拉列表和数字、日期的输入限制,灰色的示例行在改动前不会被读入;
用 Excel、WPS 或 LibreOffice 填好后,直接用 zongjie check 和 zongjie render 读它。已有同名文件时不覆盖,加 --force 覆盖。
`, `  zongjie init --xlsx 我的工会2024.xlsx
  zongjie init --kind annual > 我的工会2024.yaml
  zongjie init --kind congress --sector hospital --xlsx 医院工会职代会.xlsx
  zongjie init --kind plan > 2025工作要点.yaml
`)
	kind := s.choice("kind", "k", "种类", groupOutput, "报告种类:annual、halfyear、congress、term、plan", "annual", kindNames())
	sector := s.str("sector", "", "行业", groupData, "行业:"+strings.Join(record.StarterSectors(), "、")+",也可写中文", "")
	xlsx := s.str("xlsx", "", "文件", groupOutput, "写出要填写的 Excel 工作簿(.xlsx),而不是 YAML", "")
	force := s.flag("force", "", groupOutput, "--xlsx 的文件已存在时覆盖它")
	files, code, ok := s.parse(args)
	if !ok {
		return code
	}
	if len(files) > 0 {
		return s.usageError("init 不读文件;请用 > 把输出保存到文件,例如 zongjie init > 数据.yaml,或用 --xlsx 工作簿.xlsx")
	}
	if *xlsx != "" {
		return initWorkbook(e, s, *xlsx, *kind, *sector, *force)
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

// initWorkbook writes the fill-in workbook of `init --xlsx`.
func initWorkbook(e *env, s *optionSet, out, kind, sector string, force bool) int {
	if _, err := record.StarterFor(kind, sector); err != nil {
		return s.usageError("%v", err)
	}
	if ext := strings.ToLower(filepath.Ext(out)); ext != ".xlsx" && out != "-" {
		return s.usageError("--xlsx 的文件名要以 .xlsx 结尾,这里是“%s”", filepath.Base(out))
	}
	dest, err := e.destinationOf(out)
	if err != nil {
		return e.errorf("init", "%v", err)
	}
	if e.toTerminal(dest) {
		return s.usageError("工作簿是二进制文件,不能显示在终端上;请给出文件名,例如 --xlsx 我的工会.xlsx")
	}
	p := &record.Period{}
	if sector != "" {
		p.Org.Sector = record.SectorIDs[strings.TrimSpace(sector)]
	}
	data, err := sheet.Workbook(p, sheet.Options{Template: true, Kind: kind, Sector: sector})
	if err != nil {
		return e.errorf("init", "%v", err)
	}
	if _, err := os.Lstat(out); err == nil && !force && dest.w == nil && dest.target.Kind != atomicfile.Stream {
		return e.errorf("init", "%s 已经存在,没有覆盖(可能是已经填好的工作簿);要换成空白工作簿请加 --force", out)
	}
	wopt := atomicfile.Options{Force: force}
	defer e.abortOnSignal("init", fmt.Sprintf("没有写出 %s", out))()
	err = e.writeReport(dest, wopt, false, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return e.errorf("init", "%v", err)
	}
	if dest.w == nil {
		fmt.Fprintf(e.stderr, "已写出 %s;填好后运行 zongjie check %s\n", out, out)
	}
	return exitOK
}
