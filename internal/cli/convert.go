package cli

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"zongjie/internal/atomicfile"
	"zongjie/internal/oserr"
	"zongjie/internal/record"
	"zongjie/internal/sheet"
)

func runConvert(e *env, args []string) int {
	s := newOptions(e, "convert", "convert [选项] 输入文件 输出文件", `把数据文件在 YAML、JSON 和 Excel 工作簿(.xlsx)之间转换,格式按输出文件的扩展名
(.yaml、.yml、.json、.xlsx)。每一项数据都保留,转换后的文件读入与原文件完全相同
(YAML 中的注释不保留)。输入文件要能读入(类型、键名无误);前后一致性的问题不影响转换,
转换后再用 zongjie check 检查。输入文件写作 - 时从标准输入读,输出文件写作 - 时写到标准输出。
`, `  zongjie convert 我的工会2024.yaml 我的工会2024.xlsx
  zongjie convert 工会数据.xlsx 工会数据.yaml
  zongjie convert --units 单位.csv 基本情况.yaml 全部数据.xlsx
`)
	units := s.unitsOption()
	noClobber := s.flag("no-clobber", "", groupOutput, "已有同名的输出文件时不覆盖")
	force := s.flag("force", "", groupOutput, "覆盖只读的输出文件(仍保持只读)")
	lim := s.limitOptions()
	files, code, ok := s.parse(args)
	if !ok {
		return code
	}
	if len(files) != 2 {
		return s.usageError("请给出输入文件和输出文件,例如 zongjie convert 数据.yaml 数据.xlsx")
	}
	in, out := files[0], files[1]
	if msg := e.useUnits(*units, files[:1]); msg != "" {
		return s.usageError("%s", msg)
	}
	format := strings.ToLower(filepath.Ext(out))
	if out == "-" {
		format = ".yaml"
	}
	switch format {
	case ".yaml", ".yml", ".json", ".xlsx":
	default:
		return s.usageError("输出文件的扩展名要是 .yaml、.yml、.json 或 .xlsx(按扩展名决定格式),这里是“%s”", filepath.Base(out))
	}
	dest, err := e.destinationOf(out)
	if err != nil {
		return e.errorf("convert", "%v", err)
	}
	if format == ".xlsx" && e.toTerminal(dest) {
		return s.usageError("工作簿是二进制文件,不能显示在终端上;请给出输出文件名")
	}
	wopt := atomicfile.Options{NoClobber: *noClobber, Force: *force}
	if dest.w == nil {
		inputs := []string{in}
		if *units != "" {
			inputs = append(inputs, *units)
		}
		if msg := newInputGuard(inputs).check(dest.path, "请换一个输出文件名"); msg != "" {
			return s.usageError("%s", msg)
		}
		if _, err := wopt.Check(dest.path); err != nil {
			return e.errorf("convert", "%v", err)
		}
	}
	p, err := e.readData(in, *lim)
	if err != nil {
		e.printErr(err)
		return exitData
	}
	var data []byte
	switch format {
	case ".json":
		data, err = sheet.JSON(p)
	case ".xlsx":
		data, err = sheet.Workbook(p, sheet.Options{Sector: record.SectorOf(p.Org)})
	default:
		data, err = sheet.YAML(p, fmt.Sprintf("由 zongjie convert 从 %s 转换而来(原文件中的注释没有保留)", filepath.Base(p.File)))
	}
	if err != nil {
		return e.errorf("convert", "%v", err)
	}
	defer e.abortOnSignal("convert", fmt.Sprintf("没有写出 %s,原有的文件没有改动", out))()
	err = e.writeReport(dest, wopt, format != ".xlsx", func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	})
	if err != nil {
		return e.errorf("convert", "%v", err)
	}
	if dest.w == nil {
		fmt.Fprintf(e.stderr, "已把 %s 转换为 %s\n", in, out)
	}
	return exitOK
}

// readData reads one data file, or standard input for "-", without the
// checks of consistency (convert keeps what check would complain of).
func (e *env) readData(file string, lim record.Limits) (*record.Period, error) {
	if file != "-" {
		if len(e.tables) > 0 {
			return record.LoadTables(file, e.tables, lim)
		}
		return record.Load(file, lim)
	}
	var buf bytes.Buffer
	if e.stdin != nil {
		if _, err := buf.ReadFrom(io.LimitReader(e.stdin, lim.MaxBytes+1)); err != nil {
			return nil, record.Errors{{Pos: record.Pos{File: stdinName}, Format: "无法读取:%s", Args: []any{oserr.Text(err)}}}
		}
	}
	if int64(buf.Len()) > lim.MaxBytes {
		return nil, record.Errors{{Pos: record.Pos{File: stdinName}, Format: "读到的内容超过上限 %s 仍未结束,已停止读取;确需处理请用 --max-size 调高上限",
			Args: []any{sizeText(lim.MaxBytes)}}}
	}
	return record.Parse(stdinName, buf.Bytes(), lim)
}
