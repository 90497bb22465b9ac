package record

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestSplitRow(t *testing.T) {
	for _, tt := range []struct {
		path, list string
		row        int
		key        string
		ok         bool
	}{
		{"units[3].staff", "units", 3, "staff", true},
		{"units[3]", "units", 3, "", true},
		{"units[0].name", "units", 0, "name", true},
		{"charity[0].participation[12].eligible", "charity[0].participation", 12, "eligible", true},
		{"units[3].figures.x", "", 0, "", false}, // deeper than a row's field: kept in the map
		{"units[3].figures.x[1]", "units[3].figures.x", 1, "", true},
		{"units[03].staff", "", 0, "", false}, // not how decoding writes a row
		{"units[].staff", "", 0, "", false},
		{"units[-1]", "", 0, "", false},
		{"units[3].", "", 0, "", false},
		{"units[3]x", "", 0, "", false},
		{"units", "", 0, "", false},
		{"units]", "", 0, "", false},
		{"", "", 0, "", false},
	} {
		list, row, key, ok := splitRow(tt.path)
		if list != tt.list || row != tt.row || key != tt.key || ok != tt.ok {
			t.Errorf("splitRow(%q) = %q, %d, %q, %v; want %q, %d, %q, %v", tt.path, list, row, key, ok, tt.list, tt.row, tt.key, tt.ok)
		}
	}
}

// TestPositions: the positions of rows and their fields, kept in tables
// for both ways of writing a list of records, are those of the file, and a
// path not written points to its nearest written parent.
func TestPositions(t *testing.T) {
	// Lines 6 and 7 are the units' rows, 9 to 11 the groups, 15 a charity category.
	src := strings.Join([]string{
		"organisation: {name: 甲工会}",
		"period: {year: 2023}",
		"units:",
		"  columns: [name, staff, members]",
		"  rows:",
		"    - [甲校, 10, 9]",
		"    - [乙校, ~, 5]",
		"groups:",
		"  - name: 一学区",
		"    unions_planned: 2",
		"  - {name: 二学区}",
		"charity:",
		"  - name: 一日捐",
		"    participation:",
		"      - {category: 中小学, eligible: 3, participated: 2}",
		"",
	}, "\n")
	p, err := Parse("t.yaml", []byte(src), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path string
		pos  string
		has  bool
	}{
		{"units", "t.yaml:4:3", true},
		{"units[0]", "t.yaml:6:7", true},
		{"units[0].name", "t.yaml:6:8", true},
		{"units[0].staff", "t.yaml:6:12", true},
		{"units[1].members", "t.yaml:7:15", true},
		{"units[1].staff", "t.yaml:7:7", false}, // ~ is not written: the row
		{"units[1].figures.x", "t.yaml:7:7", false},
		{"units[2].staff", "t.yaml:4:3", false}, // no such row: the list
		{"groups[0]", "t.yaml:9:5", true},
		{"groups[0].unions_planned", "t.yaml:10:21", true},
		{"groups[1].name", "t.yaml:11:12", true},
		{"groups[1].kind", "t.yaml:11:5", false},
		{"charity[0].participation[0].eligible", "t.yaml:15:35", true},
		{"charity[0].participation", "t.yaml:15:7", true},
		{"finance.spent", "t.yaml", false},
	} {
		if got := p.Pos(tt.path).String(); got != tt.pos {
			t.Errorf("Pos(%q) = %s, want %s", tt.path, got, tt.pos)
		}
		if got := p.Has(tt.path); got != tt.has {
			t.Errorf("Has(%q) = %v, want %v", tt.path, got, tt.has)
		}
	}
	for _, tt := range []struct {
		list string
		i    int
		key  string
	}{{"units", 0, "staff"}, {"units", 1, "staff"}, {"units", 5, "name"}, {"groups", 0, "unions_planned"}, {"nothing", 0, "x"}} {
		path := tt.list + "[" + strconv.Itoa(tt.i) + "]." + tt.key
		if got, want := p.FieldPos(tt.list, tt.i, tt.key), p.Pos(path); got != want {
			t.Errorf("FieldPos(%q, %d, %q) = %s, want %s", tt.list, tt.i, tt.key, got, want)
		}
	}
}

func TestPathBuffers(t *testing.T) {
	b := make([]byte, 0, 8)
	b = appendKey(b, "units")
	b = appendIndex(b, 12)
	units := b
	staff := appendKey(units, "staff")
	if string(staff) != "units[12].staff" {
		t.Errorf("path %q", staff)
	}
	// A sibling reuses the buffer past its parent without changing the parent.
	if name := appendKey(units, "name"); string(name) != "units[12].name" || string(units) != "units[12]" {
		t.Errorf("sibling %q, parent %q", name, units)
	}
	if got := string(appendKey(nil, "finance")); got != "finance" {
		t.Errorf("first key %q", got)
	}
	if got := indexPath("groups", 0); got != "groups[0]" {
		t.Errorf("indexPath = %q", got)
	}
}

// TestNegativeFiguresNamed: negative counts and amounts are reported with
// their paths, inside a units table and a nested record alike, and a
// balance may be negative.
func TestNegativeFiguresNamed(t *testing.T) {
	src := "organisation: {name: 甲工会}\nperiod: {year: 2023}\n" +
		"units:\n  columns: [name, staff, donation]\n  rows:\n    - [甲校, 10, 5]\n    - [乙校, -3, -1]\n" +
		"finance: {spent: -5, balance: -7}\ncharity:\n  - name: 一日捐\n    top_individual: {names: [张三], amount: -2}\n"
	p, err := Parse("t.yaml", []byte(src), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	got := Validate(p).Error()
	for _, want := range []string{"units[1](乙校).staff: 数量不能是负数(-3)", "units[1](乙校).donation: 金额不能是负数", "finance.spent: 金额不能是负数",
		"charity[0](一日捐).top_individual.amount: 金额不能是负数"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "balance") {
		t.Errorf("a negative balance reported:\n%s", got)
	}
}

// TestSheetPos: a position in a spreadsheet is written as the spreadsheet
// names a cell, and its encoded column comes back as the origin's.
func TestSheetPos(t *testing.T) {
	for _, tt := range []struct {
		p    Pos
		want string
	}{
		{Pos{File: "a.xlsx", Sheet: "单位", Line: 12, Col: 3}, "a.xlsx:单位!C12"},
		{Pos{File: "a.xlsx", Sheet: "单位", Line: 1, Col: 27}, "a.xlsx:单位!AA1"},
		{Pos{File: "a.xlsx", Sheet: "Sheet1", Line: 1, Col: 16384}, "a.xlsx:Sheet1!XFD1"},
		{Pos{File: "a.xlsx", Sheet: "2023 单位", Line: 2, Col: 1}, "a.xlsx:'2023 单位'!A2"},
		{Pos{File: "a.xlsx", Sheet: "A's", Line: 2, Col: 1}, "a.xlsx:'A''s'!A2"},
		{Pos{File: "a.xlsx", Sheet: "单位"}, "a.xlsx"},
		{Pos{File: "a.csv", Line: 4, Col: 7}, "a.csv:4:7"},
	} {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%#v: %q, want %q", tt.p, got, tt.want)
		}
	}
	for _, o := range []int{0, 1, 7, MaxOrigins} {
		for _, c := range []int{1, 26, 16384, 1<<originBits - 1} {
			enc := OriginColumn(o, c)
			if enc >= 0 || enc < math.MinInt32 {
				t.Fatalf("OriginColumn(%d, %d) = %d", o, c, enc)
			}
			if go_, gc, ok := decodeColumn(enc); !ok || go_ != o || gc != c {
				t.Errorf("decodeColumn(OriginColumn(%d, %d)) = %d, %d, %v", o, c, go_, gc, ok)
			}
		}
	}
	p := &Period{File: "a.xlsx", origins: []Origin{{File: "a.xlsx", Sheet: "基本情况"}, {File: "a.xlsx", Sheet: "单位"}}}
	if got := p.at(5, OriginColumn(1, 2)).String(); got != "a.xlsx:单位!B5" {
		t.Errorf("at = %q", got)
	}
	if got := p.at(5, 2).String(); got != "a.xlsx:5:2" {
		t.Errorf("text at = %q", got)
	}
}
