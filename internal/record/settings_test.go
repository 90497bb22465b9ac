package record

import (
	"strings"
	"testing"
)

// TestSettingsPerSector checks that every setting has a default for every
// sector, that the data file's value wins, and finance.band_threshold is
// still read.
func TestSettingsPerSector(t *testing.T) {
	for _, key := range SettingKeys() {
		for _, sector := range Sectors {
			if DefaultSetting(key, sector) == "" {
				t.Errorf("%s has no default for %s", key, sector)
			}
		}
	}
	p, err := ParseAndValidate("s.yaml", []byte("organisation: {name: 思礼镇工会联合会, kind: 乡镇工会联合会}\nperiod: {year: 2020}\nsettings: {membership_floor: 80}\n"), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if SectorOf(p.Org) != SectorTownship {
		t.Errorf("sector = %s", SectorOf(p.Org))
	}
	s, _ := p.Setting("membership_floor")
	if s.Rate == nil || s.Rate.String() != "80" || s.Source != "数据文件" {
		t.Errorf("membership_floor = %+v", s)
	}
	s, _ = p.Setting("band_threshold")
	if s.Amount == nil || s.Amount.String() != "300" || !strings.Contains(s.Source, "街道乡镇") {
		t.Errorf("band_threshold = %+v", s)
	}
	p.Finance.BandThreshold = s.Amount
	if s, _ = p.Setting("band_threshold"); s.Source != "finance.band_threshold" {
		t.Errorf("band_threshold from finance: %+v", s)
	}
	if _, err := p.Setting("nonsense"); err == nil {
		t.Error("an unknown setting")
	}
}

func TestSectorOfAndWords(t *testing.T) {
	tests := []struct {
		org   Organisation
		want  string
		staff string
	}{
		{Organisation{Name: "永嘉县教育工会", Kind: "教育系统"}, SectorSchool, "教职工"},
		{Organisation{Name: "平阳县人民医院工会"}, SectorHospital, "医务人员"},
		{Organisation{Name: "思礼镇工会联合会"}, SectorTownship, "职工"},
		{Organisation{Name: "平川县交通运输局机关工会"}, SectorGovernment, "干部职工"},
		{Organisation{Name: "东塔机械有限公司工会"}, SectorEnterprise, "职工"},
		{Organisation{Name: "甲", Sector: SectorHospital, Words: Words{Staff: "职工"}}, SectorHospital, "职工"},
	}
	for _, tt := range tests {
		p := &Period{Org: tt.org}
		if got := SectorOf(tt.org); got != tt.want {
			t.Errorf("SectorOf(%s) = %s, want %s", tt.org.Name, got, tt.want)
		}
		if got := p.Vocabulary().Staff; got != tt.staff {
			t.Errorf("%s: staff word %s, want %s", tt.org.Name, got, tt.staff)
		}
	}
}

// TestApproxKeptByPath checks that an approximate figure leaves its field
// nil and is found by its path, inside a table too.
func TestApproxKeptByPath(t *testing.T) {
	src := "organisation: {name: 甲}\nperiod: {year: 2013}\nunits:\n  columns: [name, staff]\n  rows:\n    - [乙, 300余]\n" +
		"relief:\n  batches:\n    - {occasion: 春节, persons: 278, measure: 人次, amount: 10万余元}\n"
	p, err := ParseAndValidate("a.yaml", []byte(src), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if p.Units[0].Staff != nil || p.Relief.Batches[0].Amount != nil {
		t.Fatal("an approximate figure reached a typed field")
	}
	a, ok := p.Approx("relief.batches[0].amount")
	if !ok || a.String() != "10万余元" {
		t.Errorf("amount: %v %v", a, ok)
	}
	if a, ok := p.Approx("units[0].staff"); !ok || a.Words("人") != "300余人" {
		t.Errorf("staff: %v %v", a, ok)
	}
	if !p.Stated("units[0].staff") || p.Stated("units[0].members") {
		t.Error("Stated")
	}
	if got := p.ApproxPaths(); len(got) != 2 || got[0] != "relief.batches[0].amount" {
		t.Errorf("ApproxPaths = %v", got)
	}
	if p.Pos("units[0].staff").Line != 6 {
		t.Errorf("position %v", p.Pos("units[0].staff"))
	}
}

func TestWrittenInWan(t *testing.T) {
	src := "organisation: {name: 甲}\nperiod: {year: 2013}\nunits:\n  columns: [name, spending]\n  rows:\n    - [乙, 1.2万]\n    - [丙, 12000]\n" +
		"finance: {spent: 767.13万, transferred: 6899700, received: 1.2亿元}\n"
	p, err := ParseAndValidate("a.yaml", []byte(src), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		"finance.spent": true, "finance.transferred": false, "finance.received": true,
		"units[0].spending": true, "units[1].spending": false, "finance.due": false,
	} {
		if got := p.WrittenInWan(path); got != want {
			t.Errorf("WrittenInWan(%s) = %v, want %v", path, got, want)
		}
	}
}

// TestOpenWordWritten: the records' own word for openness of affairs (a
// company's 企务公开, a township's 政务公开) is the report's; the sector's
// otherwise, and the organisation's words override both.
func TestOpenWordWritten(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"organisation: {name: 建设公司工会, sector: 企业}\n", "厂务公开"},
		{"organisation: {name: 建设公司工会, sector: 企业}\ntext: {sections: {democracy: [上半年继续推行企务公开。]}}\n", "企务公开"},
		{"organisation: {name: 乡工会, sector: 街道乡镇}\nactivities: [{name: 开展政务公开, category: 其他}]\n", "政务公开"},
		{"organisation: {name: 建设公司工会, sector: 企业, words: {open: 司务公开}}\ntext: {sections: {democracy: [推行企务公开。]}}\n", "司务公开"},
		{"organisation: {name: 某中学工会, sector: 学校}\ntext: {sections: {democracy: [公开事务。]}}\n", "校务公开"},
	} {
		p, err := Parse("t.yaml", []byte(c.src+"period: {year: 2023}\n"), DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Vocabulary().Open; got != c.want {
			t.Errorf("%s: open word %s, want %s", c.src, got, c.want)
		}
	}
}

// TestRateAsFraction: a rate written as a plain fraction (0.98) is read as
// a percentage, with a note; one written with %, or of 1 or more, is not
// noted.
func TestRateAsFraction(t *testing.T) {
	for _, c := range []struct {
		rate string
		note bool
	}{{"0.98", true}, {"0.5%", false}, {"98", false}, {"1.5", false}, {"0", false}} {
		p, err := Parse("t.yaml", []byte("organisation: {name: 甲工会}\nperiod: {year: 2024}\nrates: [{label: 体检率, rate: "+c.rate+"}]\n"), DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(p.Notes()) > 0; got != c.note {
			t.Errorf("rate %s: noted %v, want %v (%v)", c.rate, got, c.note, p.Notes())
		}
		if c.note && !strings.Contains(p.Notes()[0].Msg(), "如果是 98%") {
			t.Errorf("rate %s: %s", c.rate, p.Notes()[0].Msg())
		}
	}
}
