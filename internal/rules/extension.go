package rules

import "zongjie/internal/record"

// Extension adds a union's own figures to the built-in ones, the way a
// goldmark extension adds syntax to a parser it does not know: Run hands it
// each period's computation once the built-in values are in, and the
// extension adds values, rankings and findings through that handle. The
// rule engine does not know how an extension computes; the user-rule
// language (package userrule) is one.
type Extension interface {
	// Name says where the extension's figures come from, e.g. a rule
	// file's path; the metrics table and JSON print it.
	Name() string
	// Extend adds to one period's figures. Run calls it for every period,
	// oldest first, after that period's built-in values; an error stops Run
	// and is returned as it is.
	Extend(x *Extending) error
}

// Identified is what an Extension implements to say which value and
// ranking ids it adds, so that templates naming them can be checked before
// any report is composed.
type Identified interface {
	HasValue(id string) bool
	HasRanking(id string) bool
}

// Extending is one period's computation as an Extension sees it: the
// period, the values computed so far, and where to put what it adds.
type Extending struct {
	c        *calc
	latest   bool
	rankings []rankSpec
	findings []Finding
}

// Period returns the period being computed.
func (x *Extending) Period() *record.Period { return x.c.p }

// Latest reports whether this is the period reported on, the only one whose
// rankings and findings Run keeps.
func (x *Extending) Latest() bool { return x.latest }

// Value returns the period's value id about subject ("" for the whole
// organisation): a built-in one, or one the extension added before.
func (x *Extending) Value(id, subject string) (Value, bool) { return x.c.find(id, subject) }

// Add adds a value to the period, after the built-in ones. A second value
// with the same id and subject (two units of one name) is kept, but Value
// finds the first.
func (x *Extending) Add(v Value) { x.c.add(v, true) }

// RankingSpec says how to rank a per-group or per-unit value: Run builds
// the entries from the latest period's values, as for a built-in ranking
// (see Ranking for the meaning of each field).
type RankingSpec struct {
	ID, Label   string
	Indicator   string // the id of the per-group or per-unit value ranked
	Per         Per    // PerGroup or PerUnit: what the indicator is about
	Order       Order
	Top         int
	WithinGroup bool
}

// AddRanking adds a ranking of the latest period; for earlier periods it
// does nothing.
func (x *Extending) AddRanking(s RankingSpec) {
	if x.latest {
		x.rankings = append(x.rankings, rankSpec{s.ID, s.Label, s.Indicator, s.Per, s.Order, s.Top, s.WithinGroup})
	}
}

// AddFinding adds a finding about the latest period; for earlier periods it
// does nothing. Run orders it among the built-in findings by section and
// severity.
func (x *Extending) AddFinding(f Finding) {
	if x.latest {
		x.findings = append(x.findings, f)
	}
}

// BuiltinRankingIDs lists the ids of the built-in rankings, which an
// extension's rankings may not reuse.
func BuiltinRankingIDs() []string {
	specs := builtinRankings(&record.Period{})
	ids := make([]string, len(specs))
	for i, s := range specs {
		ids[i] = s.id
	}
	return ids
}

// ParseKind reads a kind as rule files and JSON write it (see Kind.String).
func ParseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if s == n {
			return Kind(i), true
		}
	}
	return 0, false
}

// ParsePer reads what a value is about as rule files and JSON write it (see
// Per.String).
func ParsePer(s string) (Per, bool) {
	for i, n := range perNames {
		if s == n {
			return Per(i), true
		}
	}
	return 0, false
}
