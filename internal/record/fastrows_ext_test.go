package record_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"zongjie/bench/synth"
	"zongjie/internal/record"
)

// readBoth reads data with and without the fast reader of table rows and
// fails unless the periods, or the messages, are the same.
func readBoth(t *testing.T, name string, data []byte) {
	t.Helper()
	read := func(fast bool) (*record.Period, string) {
		defer record.SetFastRows(record.SetFastRows(fast))
		p, err := record.ParseAndValidate(name, data, record.DefaultLimits)
		if err != nil {
			return nil, err.Error()
		}
		return p, ""
	}
	pf, ef := read(true)
	ps, es := read(false)
	if ef != es {
		t.Fatalf("%s: with the fast reader:\n%s\nwithout:\n%s", name, ef, es)
	}
	if !reflect.DeepEqual(pf, ps) {
		t.Fatalf("%s: the periods read with and without the fast reader differ", name)
	}
}

// TestFastRowsSameRecords reads every example, hostile input and load test
// both ways.
func TestFastRowsSameRecords(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../examples/*.yaml", "../../examples/*/*.yaml", "../../testdata/hostile/inputs/*.yaml", "testdata/load/*.txtar"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("found only %d inputs", len(files))
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(file, ".txtar") {
			for _, f := range txtar.Parse(data).Files {
				if f.Name != "want" {
					readBoth(t, file+":"+f.Name, f.Data)
				}
			}
			continue
		}
		readBoth(t, file, data)
	}
}

// TestFastRowsOtherReaders reads rows blocks that something other than the
// table decoder reads, or that aliases reach, both ways.
func TestFastRowsOtherReaders(t *testing.T) {
	const head = "organisation:\n  name: &n 某工会\nperiod: {year: 2023}\n"
	const units = "units:\n  columns: [name, staff]\n  rows:\n    - [甲, 12]\n    - [丙, -13]\n"
	const acts = "activities: &a\n  columns: [name]\n  rows:\n    - [x]\n    - [y]\n"
	for name, doc := range map[string]string{
		"in a map of lists":  head + "text:\n  sections:\n    rows:\n      - [a, b]\n      - [c, d]\n",
		"an alias elsewhere": "organisation:\n  name: &n 某工会\n  short_name: *n\nperiod: {year: 2023}\n" + units,
		"a table aliased":    head + units + acts + "groups: *a\n",
		"a table and a map":  head + units + "text:\n  sections:\n    rows:\n      - [a, b]\n",
	} {
		t.Run(name, func(t *testing.T) { readBoth(t, name, []byte(doc)) })
	}
}

// TestFastRowsSameMessages spoils rows of a synthetic county in the ways a
// clerk does and checks every message is the same with the fast reader.
func TestFastRowsSameMessages(t *testing.T) {
	data := string(synth.YAML(synth.Options{Units: 300, Seed: 7}))
	readBoth(t, "county.yaml", []byte(data))
	lines := strings.Split(data, "\n")
	var rows []int
	for i, l := range lines {
		if strings.HasPrefix(l, "    - [") {
			rows = append(rows, i)
		}
	}
	if len(rows) < 300 {
		t.Fatalf("found %d rows", len(rows))
	}
	cellsOf := func(l string) []string {
		return strings.Split(strings.TrimSuffix(strings.TrimPrefix(l, "    - ["), "]"), ", ")
	}
	row := func(cells []string) string { return "    - [" + strings.Join(cells, ", ") + "]" }
	spoil := []func(c []string) string{
		func(c []string) string { c[4] = "abc"; return row(c) },                       // not a count
		func(c []string) string { c[5] = "-3"; return row(c) },                        // negative
		func(c []string) string { return row(c[:len(c)-1]) },                          // a cell short
		func(c []string) string { c[4] = "1,234"; return row(c) },                     // thousands comma
		func(c []string) string { c[6] = "也许"; return row(c) },                        // not yes or no
		func(c []string) string { c[0] = "~"; return row(c) },                         // no name
		func(c []string) string { c[5] = c[4] + "0"; return row(c) },                  // members over staff
		func(c []string) string { c[8] = "约5万"; return row(c) },                       // approximate amount
		func(c []string) string { c[9] = "1.5万"; return row(c) },                      // amount in 万
		func(c []string) string { c[1] = "不存在学区"; return row(c) },                     // unknown group
		func(c []string) string { c[2] = "-"; c[3] = "—"; return row(c) },             // blank cells
		func(c []string) string { c[4] = strings.Repeat("9", 70); return row(c) },     // too long
		func(c []string) string { c[0] = "甲\u00a0小学"; return row(c) },                 // no-break space
		func(c []string) string { c[4] = "true"; c[5] = "1e3"; return row(c) },        // other YAML types
		func(c []string) string { c[4] = "0x1F"; c[5] = "2023-01-02"; return row(c) }, // more YAML types
		func(c []string) string { c[0] = rows0(c[0]); return row(c) },                 // a duplicate name
		func(c []string) string { return row(append(c, "多余")) },                       // a cell too many
		func(c []string) string { c[7] = "null"; c[6] = "NULL"; return row(c) },       // nulls
		func(c []string) string { c[9] = "<<"; return row(c) },                        // the merge key
	}
	for i, f := range spoil {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			ls := append([]string(nil), lines...)
			for j := i; j < len(rows); j += 37 {
				ls[rows[j]] = f(cellsOf(ls[rows[j]]))
			}
			readBoth(t, "county.yaml", []byte(strings.Join(ls, "\n")))
		})
	}
}

// rows0 is the name of the first unit of the synthetic county, so a row
// renamed to it duplicates it.
func rows0(string) string { return "云和县教育局机关" }
