package cli

import (
	"zongjie/internal/record"
)

// unitsOption adds --units: the units table read from a file of its own
// (a CSV saved from the office's spreadsheet), with the data file for the
// rest.
func (s *optionSet) unitsOption() *string {
	return s.str("units", "", "文件", groupData, "单位表从这个文件读(CSV 或制表符分隔的文本,UTF-8 或 GBK;第一行是列名,与工作簿“单位”表相同)", "")
}

// useUnits makes the data files' units come from the file --units names;
// it returns a message for a command line that cannot use it.
func (e *env) useUnits(units string, files []string) string {
	if units == "" {
		return ""
	}
	if len(files) != 1 {
		return "--units 只能与一个数据文件一起用"
	}
	if files[0] == "-" {
		return "--units 不能与标准输入(-)一起用;请给出数据文件名"
	}
	e.tables = record.Tables{"units": units}
	return ""
}
