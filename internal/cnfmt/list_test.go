package cnfmt

import "testing"

func TestJoin(t *testing.T) {
	tests := []struct {
		in        []string
		join, and string
	}{
		{nil, "", ""},
		{[]string{"甲"}, "甲", "甲"},
		{[]string{"甲", "乙"}, "甲、乙", "甲和乙"},
		{[]string{"甲156元", "乙136元", "丙136元"}, "甲156元、乙136元、丙136元", "甲156元、乙136元和丙136元"},
		{[]string{"甲", "乙", "丙", "丁"}, "甲、乙、丙、丁", "甲、乙、丙和丁"},
		{[]string{"甲", " ", "", "乙"}, "甲、乙", "甲和乙"}, // no "、、"
		{[]string{" 上塘 ", "瓯北"}, "上塘、瓯北", "上塘和瓯北"},
		{[]string{"", " "}, "", ""},
		{[]string{"“巾帼文明岗”", "“工人先锋号”"}, "“巾帼文明岗”“工人先锋号”", "“巾帼文明岗”和“工人先锋号”"},
		{[]string{"《工会法》", "《劳动法》", "集体合同"}, "《工会法》《劳动法》、集体合同", "《工会法》《劳动法》和集体合同"},
		{[]string{"“五四”青年节", "“三八”妇女节"}, "“五四”青年节、“三八”妇女节", "“五四”青年节和“三八”妇女节"},
	}
	for _, tt := range tests {
		if got := Join(tt.in); got != tt.join {
			t.Errorf("Join(%q) = %q, want %q", tt.in, got, tt.join)
		}
		if got := JoinAnd(tt.in); got != tt.and {
			t.Errorf("JoinAnd(%q) = %q, want %q", tt.in, got, tt.and)
		}
	}
}
