package cli

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"zongjie/internal/record"
	"zongjie/internal/report"
)

// Upper bounds of the limit options. A limit is there to stop a runaway
// input before it exhausts the machine; one so high that it overflows, or
// that no machine could honour, is a typing mistake and is refused.
const (
	maxSizeCeiling  = 1 << 40 // 1 TB: no data file is read into memory beyond this
	maxCountCeiling = math.MaxInt32
	maxDepthCeiling = 10000 // the YAML reader's own nesting limit
)

// limitOptions adds the input limits every command that reads data accepts.
func (s *optionSet) limitOptions() *record.Limits {
	lim := record.DefaultLimits
	s.add(&option{long: "max-size", arg: "字节数", group: groupLimits,
		usage: "数据文件大小上限,可带单位 KB、MB、GB(如 200MB);只写数字时按 MB 计",
		def:   sizeText(lim.MaxBytes),
		set: func(v string) error {
			n, err := parseSize(v)
			if err != nil {
				return err
			}
			lim.MaxBytes = n
			return nil
		}})
	s.count(&lim.MaxUnits, "max-units", "单位表行数上限", maxCountCeiling)
	s.count(&lim.MaxAliases, "max-aliases", "YAML 别名(*引用)使用次数上限", maxCountCeiling)
	s.count(&lim.MaxNodes, "max-nodes", "数据项总数上限(别名展开后计)", maxCountCeiling)
	s.count(&lim.MaxDepth, "max-depth", "嵌套层数上限", maxDepthCeiling)
	return &lim
}

// count adds an integer limit option, from 1 to ceiling.
func (s *optionSet) count(p *int, long, usage string, ceiling int) {
	s.add(&option{long: long, arg: "数", group: groupLimits, usage: usage, def: strconv.Itoa(*p),
		set: func(v string) error {
			n, err := parseCount(v, 1, ceiling)
			if err != nil {
				return err
			}
			*p = n
			return nil
		}})
}

// parseCount reads a whole number from lo to hi.
func parseCount(v string, lo, hi int) (int, error) {
	n, err := strconv.ParseInt(strings.TrimSpace(strings.ReplaceAll(v, ",", "")), 10, 64)
	switch {
	case errors.Is(err, strconv.ErrRange) || err == nil && n > int64(hi):
		return 0, fmt.Errorf("最大为 %d", hi)
	case err != nil:
		return 0, fmt.Errorf("应为整数")
	case n < int64(lo):
		return 0, fmt.Errorf("应为 %d 到 %d 的整数", lo, hi)
	}
	return int(n), nil
}

// sizeUnits are the units a size may carry, in bytes.
var sizeUnits = map[string]float64{
	"": 1 << 20, "b": 1, "字节": 1,
	"k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
	"m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
	"g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30,
	"t": 1 << 40, "tb": 1 << 40, "tib": 1 << 40,
}

// parseSize reads a size: "64", "64MB", "1.5 GB", "512KB". A bare number
// is in MB. The result is at least one byte and at most maxSizeCeiling, so
// no later arithmetic on it can overflow.
func parseSize(v string) (int64, error) {
	s := strings.ToLower(strings.TrimSpace(v))
	if strings.HasPrefix(s, "-") {
		return 0, errors.New("应大于 0")
	}
	i := strings.IndexFunc(s, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.') })
	if i < 0 {
		i = len(s)
	}
	unit, ok := sizeUnits[strings.TrimSpace(s[i:])]
	if !ok {
		return 0, errors.New("单位应为 KB、MB 或 GB,例如 200MB")
	}
	x, err := strconv.ParseFloat(s[:i], 64)
	if err != nil || math.IsNaN(x) {
		return 0, errors.New("应为一个大小,例如 200MB 或 1GB")
	}
	bytes := x * unit
	switch {
	case bytes > maxSizeCeiling:
		return 0, fmt.Errorf("最大为 %s", sizeText(maxSizeCeiling))
	case bytes < 1:
		return 0, errors.New("应大于 0")
	}
	return int64(bytes), nil
}

// sizeText writes a size the way the options take it: 64MB, 1TB, 512KB.
func sizeText(n int64) string {
	for _, u := range []struct {
		name string
		size int64
	}{{"TB", 1 << 40}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d%s", n/u.size, u.name)
		}
	}
	if n >= 1<<20 {
		return fmt.Sprintf("%.1fMB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d字节", n)
}

// reportLimitOptions adds the limits of composing one report: the size of
// the template output and the time the templates may run.
func (s *optionSet) reportLimitOptions() *report.Limits {
	lim := report.DefaultLimits
	s.add(&option{long: "max-report-size", arg: "字节数", group: groupLimits,
		usage: "一份报告由模板生成的内容的大小上限,可带单位 KB、MB、GB;只写数字时按 MB 计",
		def:   sizeText(lim.MaxBytes),
		set: func(v string) error {
			n, err := parseSize(v)
			if err != nil {
				return err
			}
			lim.MaxBytes = n
			return nil
		}})
	s.seconds(&lim.MaxTime, "max-report-time", "一份报告的模板执行时间上限", 3600)
	return &lim
}
