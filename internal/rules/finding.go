package rules

import (
	"sort"

	"zongjie/internal/record"
)

// Severity ranks how serious a finding is.
type Severity int

// Severities, most serious first.
const (
	SeverityHigh   Severity = iota // 严重: work that cannot go on (0元 spending, open hazards)
	SeverityMedium                 // 一般: a task or rate short of what is due
	SeverityLow                    // 轻微: worth a mention
)

var severityNames = []string{"严重", "一般", "轻微"}

// String returns the Chinese name: 严重, 一般 or 轻微.
func (s Severity) String() string {
	if s >= 0 && int(s) < len(severityNames) {
		return severityNames[s]
	}
	return "未知"
}

// ParseSeverity reads a severity as a rule file writes it: 严重, 一般, 轻微
// or high, medium, low.
func ParseSeverity(s string) (Severity, bool) {
	for i, n := range severityNames {
		if s == n || s == []string{"high", "medium", "low"}[i] {
			return Severity(i), true
		}
	}
	return 0, false
}

// Finding is a problem the data shows, for the 存在的问题 section.
type Finding struct {
	ID       string // the rule that found it, e.g. "finance.zero_spending"
	Severity Severity
	// Section is the report section the problem belongs to, a
	// record.SectionIDs id such as "finance".
	Section string
	// Text is a complete Chinese clause without final punctuation, e.g.
	// "23所学校（包括9所社区学校、14所中小学）、2个单位（瓯北学区、永临学区）人均工会支出为0元".
	Text string
	// Subjects names the groups or units behind the finding, when any.
	Subjects []string
	Inputs   []Input
}

// sectionRank orders sections as record.SectionIDs lists them.
func sectionRank(id string) int {
	for i, s := range record.SectionIDs {
		if s.ID == id {
			return i
		}
	}
	return len(record.SectionIDs)
}

// sortFindings orders findings by section, then severity, keeping the
// order they were found in otherwise.
func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := sectionRank(fs[i].Section), sectionRank(fs[j].Section)
		if a != b {
			return a < b
		}
		return fs[i].Severity < fs[j].Severity
	})
}
