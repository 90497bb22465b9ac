package prose

import "testing"

// TestToBeneficiary: a drive's money is handed to a body (捐交), helps
// people (用于帮助), or goes to a purpose (用于).
func TestToBeneficiary(t *testing.T) {
	for in, want := range map[string]string{
		"市红十字会":        "捐交市红十字会",
		"县慈善总会":        "捐交县慈善总会",
		"四川灾区人民":       "用于帮助四川灾区人民",
		"养护段职工卢皓患病的家属": "用于帮助养护段职工卢皓患病的家属",
		"德红村修路":        "用于德红村修路",
	} {
		if got := toBeneficiary(in); got != want {
			t.Errorf("toBeneficiary(%q) = %q, want %q", in, got, want)
		}
	}
}
