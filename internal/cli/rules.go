package cli

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"zongjie/internal/rules"
	"zongjie/internal/userrule"
)

// rulesOptions adds --rules and --rules-timeout (how long a rule file's
// rules may take over one period) and returns the rule file and the limit.
func (s *optionSet) rulesOptions() (file *string, timeout *time.Duration) {
	file = s.str("rules", "", "文件", groupData, "自定义规则文件(YAML),增加指标、排名或问题", "")
	d := userrule.DefaultTimeout
	s.seconds(&d, "rules-timeout", "自定义规则计算一期数据的时间上限", 3600)
	return file, &d
}

// seconds adds a time limit option in seconds, above 0 and at most ceiling.
func (s *optionSet) seconds(p *time.Duration, long, usage string, ceiling float64) {
	s.add(&option{long: long, arg: "秒数", group: groupLimits, usage: usage,
		def: strconv.FormatFloat(p.Seconds(), 'f', -1, 64),
		set: func(v string) error {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || !(f > 0 && f <= ceiling) {
				return errors.New("应为 0 到 " + strconv.FormatFloat(ceiling, 'f', -1, 64) + " 之间的秒数")
			}
			*p = time.Duration(f * float64(time.Second))
			return nil
		}})
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
