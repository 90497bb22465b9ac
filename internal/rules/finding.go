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

// Finding is a problem the data shows, for the 存在的问题 section. It holds
// figures, not sentences: its ID says what kind of problem it is and the
// fields below carry what the wording needs (internal/prose words each ID;
// a template may reword it).
type Finding struct {
	ID       string // the rule that found it, e.g. "finance.zero_spending"
	Severity Severity
	// Section is the report section the problem belongs to, a
	// record.SectionIDs id such as "finance".
	Section string
	// Subject is who or what the finding is about when it is not the whole
	// organisation: a group (an unfinished 组建任务 of 永临学区), the scope of a
	// rate (民办学校(幼儿园)), a charity drive.
	Subject string
	// Values are the figures the finding states, catalogue values in the
	// order the wording uses them (see internal/prose).
	Values []Value
	// Parts are counted pieces of the finding: for each kind of unit, how
	// many spend nothing per head and which; for each category of a drive,
	// how many units stayed out.
	Parts []FindingPart
	// Subjects names the groups or units behind the finding.
	Subjects []string
	// Text is the wording of a finding of a rule file, as the user wrote it
	// with its placeholders ({count}, {names}, {indicator.id}); "" for the
	// built-in findings.
	Text   string
	Inputs []Input
	// MaxNamed is how many names the wording lists before it gives only a
	// count (settings.max_named); 0 for the default.
	MaxNamed int
}

// FindingPart is one counted piece of a finding: Count things of Label,
// counted in Measure (所, 个, 家), named in Names when the records name
// them, made of Parts when the records break them down.
type FindingPart struct {
	Label   string
	Count   int64
	Measure string
	Names   []string
	Parts   []FindingPart
}

// Value returns the finding's value of the given id, if it has one.
func (f Finding) Value(id string) (Value, bool) {
	for _, v := range f.Values {
		if v.ID == id {
			return v, true
		}
	}
	return Value{}, false
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
