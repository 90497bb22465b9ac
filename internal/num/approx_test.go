package num

import (
	"testing"
	"time"

	"zongjie/internal/hostile"
)

func TestParseApprox(t *testing.T) {
	tests := []struct {
		in    string
		kind  Kind
		value string // Value in 元, ones or percent
		bound Bound
		words string // Words("人") for counts
		err   bool
	}{
		{"10万余元", KindMoney, "100000", Over, "10万余元", false},
		{"100余万元", KindMoney, "1000000", Over, "100余万元", false},
		{"20余万", KindMoney, "200000", Over, "20余万元", false},
		{"约5万元", KindMoney, "50000", About, "约5万元", false},
		{"3000余元", KindMoney, "3000", Over, "3000余元", false},
		{"9万余元", KindMoney, "90000", Over, "9万余元", false},
		{"近200人", KindCount, "200", Under, "近200人", false},
		{"3000多册", KindCount, "3000", Over, "3000多册", false},
		{"40余名", KindCount, "40", Over, "40余名", false},
		{"10多", KindCount, "10", Over, "10多人", false},
		{"1000人左右", KindCount, "1000", About, "1000人左右", false},
		{"1.2万余人", KindCount, "12000", Over, "1.2万余人", false},
		{"将近３００人", KindCount, "300", Under, "将近300人", false},
		{"不到50", KindCount, "50", Under, "不到50人", false},
		{"逾百人", KindCount, "", Over, "", true},
		{"98%以上", KindRate, "98", Over, "98%以上", false},
		{"80%以上", KindRate, "80", Over, "80%以上", false},
		{"约76.1%", KindRate, "761/10", About, "约76.1%", false},
		{"十余幅", KindCount, "", Over, "", true},
		{"10.5余人", KindCount, "", Over, "", true},
		{"10余万余元", KindMoney, "", Over, "", true},
		{"约", KindCount, "", About, "", true},
		{"98以上", KindRate, "", Over, "", true},
		{"0余人", KindCount, "", Over, "", true},
	}
	for _, tt := range tests {
		a, ok, err := ParseApprox(tt.in, tt.kind)
		if !ok {
			t.Errorf("ParseApprox(%q) found no qualifier", tt.in)
			continue
		}
		if (err != nil) != tt.err {
			t.Errorf("ParseApprox(%q) error = %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		if got := a.Value().RatString(); got != tt.value {
			t.Errorf("ParseApprox(%q).Value = %s, want %s", tt.in, got, tt.value)
		}
		if a.Bound() != tt.bound {
			t.Errorf("ParseApprox(%q).Bound = %v, want %v", tt.in, a.Bound(), tt.bound)
		}
		if got := a.Words("人"); got != tt.words {
			t.Errorf("ParseApprox(%q).Words = %q, want %q", tt.in, got, tt.words)
		}
	}
	for _, exact := range []string{"1761", "767.13万", "228人", "98%"} {
		if _, ok, _ := ParseApprox(exact, KindCount); ok {
			t.Errorf("ParseApprox(%q) took an exact figure for an approximate one", exact)
		}
	}
}

// FuzzParseApprox checks that any text is read as an approximate figure
// that writes back to itself (normalised), refused with a message, or left
// to the exact parsers; never a panic.
func FuzzParseApprox(f *testing.F) {
	for _, s := range []string{"10万余元", "近200人", "3000多册", "约5万元", "98%以上", "100余万元", "1000人左右", "十余幅", "余", "多多", "约约1"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, k uint8) {
		defer hostile.Watchdog(10 * time.Second)()
		kind := Kind(k % 3)
		a, ok, err := ParseApprox(s, kind)
		if !ok {
			return
		}
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		if a.Value().Sign() <= 0 {
			t.Fatalf("%q: value %s", s, a.Value().RatString())
		}
		back, ok, err := ParseApprox(a.String(), kind)
		if !ok || err != nil || back.String() != a.String() || back.Value().Cmp(a.Value()) != 0 || back.Bound() != a.Bound() {
			t.Fatalf("%q -> %q -> %q (%v, %v)", s, a.String(), back.String(), ok, err)
		}
	})
}
