package sheet

import "zongjie/internal/record"

// exampleRow is the example row the template writes in a table sheet for a
// sector ("" for none): each leaf's example value, "" when it has none.
func exampleRow(t *table, sector string) map[*leaf]string {
	row := map[*leaf]string{}
	for _, l := range t.leaves {
		if l.kind == leafMap {
			continue
		}
		if _, eg, ok := record.StarterNote(t.path+"."+l.dataPath(), sector); ok {
			row[l] = displayValue(l.field(), eg)
		}
	}
	return row
}

// displayValue is how the workbook shows a value: the Chinese name of a
// report section or a target metric instead of its id.
func displayValue(f fieldInfo, v string) string {
	switch {
	case f.key == "section" && (f.owner == "StatedRate" || f.owner == "Figure"):
		for _, s := range record.SectionIDs {
			if s.ID == v {
				return s.Name
			}
		}
	case f.key == "metric" && f.owner == "Target":
		for _, m := range record.TargetMetrics {
			if m.ID == v {
				return m.Name
			}
		}
	}
	return v
}
