package record

import (
	"regexp"
	"strings"
	"testing"
)

// TestStarters checks every starter, for every report kind and sector: it
// loads, and its only problems are the required values a clerk must fill
// in (the organisation's name and the year).
func TestStarters(t *testing.T) {
	for _, kind := range StarterKinds() {
		for _, sector := range []string{"", "school", "enterprise", "hospital", "government", "township", "医院", "街道"} {
			data, err := StarterFor(kind, sector)
			if err != nil {
				t.Fatalf("%s/%s: %v", kind, sector, err)
			}
			_, err = ParseAndValidate("starter.yaml", data, DefaultLimits)
			if err == nil {
				t.Errorf("%s/%s: the empty starter passed check; name and year are required", kind, sector)
				continue
			}
			for _, e := range err.(Errors) {
				if e.Path != "organisation.name" && e.Path != "period.year" || !strings.Contains(e.Msg(), "没有填写") {
					t.Errorf("%s/%s: %v", kind, sector, e)
				}
			}
		}
	}
	if _, err := StarterFor("annual", "学堂"); err == nil || !strings.Contains(err.Error(), "hospital") {
		t.Errorf("unknown sector: %v", err)
	}
}

// TestSectorStartersSpeakTheirSector checks that the examples of a
// non-school starter use no school words, and that it names its sector.
func TestSectorStartersSpeakTheirSector(t *testing.T) {
	egRE := regexp.MustCompile(`例如 ([^,(【\n]*)`)
	school := []string{"教职工", "学校", "教代会", "学区", "校务", "教育", "教师", "教工"}
	for _, sector := range []string{"enterprise", "hospital", "government", "township"} {
		data, err := StarterFor("annual", sector)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if !strings.Contains(text, "sector: "+SectorIDs[sector]) {
			t.Errorf("%s: organisation.sector not filled in", sector)
		}
		for _, m := range egRE.FindAllStringSubmatch(text, -1) {
			for _, w := range school {
				if strings.Contains(m[1], w) {
					t.Errorf("%s: example %q speaks of schools (%s)", sector, m[1], w)
				}
			}
		}
		if !strings.Contains(text, "不写为"+DefaultSetting("band_threshold", SectorIDs[sector])+"(") {
			t.Errorf("%s: the band threshold's sector default is not shown", sector)
		}
	}
}
