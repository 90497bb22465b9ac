package record

import "testing"

func TestParseSpan(t *testing.T) {
	tests := []struct {
		in       string
		from, to string // Range(2013), "" for none
		upTo     bool
		term     bool
		err      bool
	}{
		{"1—11月", "2013-01", "2013-11", false, false, false},
		{"1-11月", "2013-01", "2013-11", false, false, false},
		{"3月至5月", "2013-03", "2013-05", false, false, false},
		{"2013年3月至5月", "2013-03", "2013-05", false, false, false},
		{"2012年9月至2013年7月", "2012-09", "2013-07", false, false, false},
		{"截至10月底", "", "2013-10", true, false, false},
		{"截止2013-10-31", "", "2013-10-31", true, false, false},
		{"2019—2023年", "2019", "2023", false, false, false},
		{"2011年以来", "2011", "", false, false, false},
		{"去年至今", "2012", "", false, false, false},
		{"本届以来", "", "", false, true, false},
		{"上半年", "2013-01", "2013-06", false, false, false},
		{"第三季度", "2013-07", "2013-09", false, false, false},
		{"11月至3月", "", "", false, false, true},
		{"上个月", "", "", false, false, true},
		{"2013-03-2013-05", "", "", false, false, true},
	}
	for _, tt := range tests {
		s, err := ParseSpan(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("ParseSpan(%q) error %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		from, to, _ := s.Range(2013)
		if from.String() != tt.from || to.String() != tt.to || s.UpTo() != tt.upTo || s.Term() != tt.term {
			t.Errorf("ParseSpan(%q) = %s..%s upTo %v term %v, want %s..%s %v %v", tt.in, from, to, s.UpTo(), s.Term(), tt.from, tt.to, tt.upTo, tt.term)
		}
		if s.Text() == "" {
			t.Errorf("ParseSpan(%q) lost its text", tt.in)
		}
	}
}
