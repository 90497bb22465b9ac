package record

import "testing"

// TestEnterpriseHost: an enterprise union calls its employer by what the
// name says it is, the employer's name before the union's.
func TestEnterpriseHost(t *testing.T) {
	for _, c := range []struct{ host, union, want string }{
		{"", "一一一厂工会", "厂"},
		{"", "无锡市邮政局工会", "局"},
		{"", "华东能源集团有限公司工会", "集团"},
		{"", "东塔机械有限公司工会", "公司"},
		{"", "工商银行江城分行工会", "行"},
		{"", "平顶山一矿工会", "矿"},
		{"江城钢铁集团第二轧钢厂", "二轧钢厂工会", "厂"}, // the last word names it
		{"华东能源集团有限公司", "集团公司工会", "集团"},
		{"", "华东能源集团江城发电有限公司工会", "公司"}, // a subsidiary speaks for itself
		{"", "中铁十二局集团第三工程有限公司工会", "公司"},
		{"", "江城第二纺织厂工会委员会", "厂"},
	} {
		if got := enterpriseHost(c.host, c.union, "公司"); got != c.want {
			t.Errorf("enterpriseHost(%q, %q) = %q, want %q", c.host, c.union, got, c.want)
		}
	}
}

// TestRegional: a union over others by its kind, its name or its sector.
func TestRegional(t *testing.T) {
	for _, c := range []struct {
		o    Organisation
		want bool
	}{
		{Organisation{Name: "云溪县总工会"}, true},
		{Organisation{Name: "甲县教育工会", Kind: "教育系统"}, true},
		{Organisation{Name: "快递物流行业工会联合会"}, true},
		{Organisation{Name: "甲街道工会", Sector: SectorTownship}, true},
		{Organisation{Name: "东塔机械有限公司工会", Sector: SectorEnterprise}, false},
		{Organisation{Name: "江城理工大学工会", Sector: SectorSchool}, false},
	} {
		if got := Regional(c.o); got != c.want {
			t.Errorf("Regional(%+v) = %v, want %v", c.o, got, c.want)
		}
	}
}
