package record

import "testing"

// TestBatchSubjects: a batch is named by its occasion, and by its month or
// its place among them when another batch has that occasion.
func TestBatchSubjects(t *testing.T) {
	r := Relief{Batches: []ReliefBatch{
		{Occasion: "春节送温暖", Date: Date{2021, 2, 0}},
		{Occasion: "金秋助学", Date: Date{2021, 8, 0}},
		{Occasion: "春节送温暖", Date: Date{2022, 1, 0}},
		{Occasion: "生病住院慰问", Date: Date{2022, 3, 0}},
		{Occasion: "生病住院慰问", Date: Date{2022, 3, 0}},
		{Occasion: "重阳节慰问", Date: Date{2021, 0, 0}},
		{Occasion: "重阳节慰问", Date: Date{2022, 0, 0}},
	}}
	want := []string{
		"春节送温暖（2021年2月）", "金秋助学", "春节送温暖（2022年1月）",
		"生病住院慰问（第1批）", "生病住院慰问（第2批）",
		"重阳节慰问（2021年）", "重阳节慰问（2022年）",
	}
	for i, w := range want {
		if got := r.BatchSubjects()[i]; got != w {
			t.Errorf("BatchSubjects()[%d] = %q, want %q", i, got, w)
		}
	}
}
