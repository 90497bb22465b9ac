package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"zongjie/internal/rules"
	"zongjie/internal/userrule"
)

// rulesTimeoutFlag adds --rules-timeout: how long a rule file's rules may
// take over one period.
func rulesTimeoutFlag(fs *flagSet) *time.Duration {
	d := userrule.DefaultTimeout
	fs.Func("rules-timeout", fmt.Sprintf("自定义规则计算一期数据的时间上限,单位秒(默认 %d)", int(d.Seconds())), func(s string) error {
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil || !(f > 0 && f <= 3600) {
			return errors.New("应为 0 到 3600 之间的秒数")
		}
		d = time.Duration(f * float64(time.Second))
		return nil
	})
	return &d
}

// loadRules compiles the rule file given with --rules (nil when none) with
// its time limit.
func loadRules(path string, timeout time.Duration) (rules.Extension, error) {
	if path == "" {
		return nil, nil
	}
	rs, err := userrule.Load(path)
	if err != nil {
		return nil, err
	}
	rs.Timeout = timeout
	return rs, nil
}
