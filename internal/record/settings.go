package record

import (
	"fmt"
	"reflect"

	"zongjie/internal/num"
)

// Settings are the thresholds the findings use. Each is written in the data
// file's settings section or takes its sector's default (see
// DefaultSettings and Period.Setting), so nothing a finding says rests on a
// fixed number: a 街道 federation of small enterprises is not held to a
// county 教育工会's per-head spending.
type Settings struct {
	// MembershipFloor: an 入会率 below it is a problem to admit, the
	// whole's, or else a unit's of the units table.
	MembershipFloor *num.Decimal `yaml:"membership_floor" cn:"入会率标准" zh:"入会率(全单位的,或 units 中各单位的)低于多少(%)算作问题" eg:"90" exact:"true" rate:"true"`
	// CoverageFloor: a 建会率 below it is a problem.
	CoverageFloor *num.Decimal `yaml:"coverage_floor" cn:"建会率标准" zh:"建会率低于多少(%)算作问题" eg:"90" exact:"true" rate:"true"`
	// BandThreshold is the per-head spending band line (人均工会支出分档线).
	BandThreshold *num.Money `yaml:"band_threshold" cn:"人均支出分档线" zh:"人均工会支出分档线(元)" eg:"1000" exact:"true"`
	// TransferFloor: a 经费划拨率 below it is a problem.
	TransferFloor *num.Decimal `yaml:"transfer_floor" cn:"划拨率标准" zh:"工会经费划拨率(地方总工会为收缴率)低于多少(%)算作问题" eg:"100" exact:"true" rate:"true"`
	// ParticipationFloor: a drive's 参与率 below it is a problem.
	ParticipationFloor *num.Decimal `yaml:"participation_floor" cn:"参与率标准" zh:"活动参与率低于多少(%)算作问题" eg:"100" exact:"true" rate:"true"`
	// ImplementationFloor: a 提案落实率 below it is a problem.
	ImplementationFloor *num.Decimal `yaml:"implementation_floor" cn:"提案落实率标准" zh:"提案落实率低于多少(%)算作问题" eg:"90" exact:"true" rate:"true"`
	// SigningFloor: a 工资集体协商签订率 below it is a problem.
	SigningFloor *num.Decimal `yaml:"signing_floor" cn:"签订率标准" zh:"工资集体协商签订率低于多少(%)算作问题" eg:"90" exact:"true" rate:"true"`
	// CheckupFloor: a share of 女职工 given a checkup below it is a problem
	// (not for a 地方总工会, whose checkups are a service, not a share).
	CheckupFloor *num.Decimal `yaml:"checkup_floor" cn:"女职工体检率标准" zh:"女职工体检率低于多少(%)算作问题(地方总工会不用)" eg:"80" exact:"true" rate:"true"`
	// MaxNamed is how many names a finding lists before it gives a count.
	MaxNamed *int64 `yaml:"max_named" cn:"列名上限" zh:"问题中最多列出几个单位名称,超过只说个数" eg:"10" exact:"true"`
}

// Setting is one threshold as it applies to a period: its value and where
// it comes from.
type Setting struct {
	Key  string // the data key, e.g. "band_threshold"
	Name string // its Chinese description
	// One of Rate (percent), Amount and Count holds the value.
	Rate   *num.Decimal
	Amount *num.Money
	Count  *int64
	// Source says where the value comes from: "数据文件", "finance.band_threshold"
	// or "默认值(医院)".
	Source string
}

// defaults gives each setting's value per sector. Rates are percent.
//
// Why these: 入会率 and 建会率 floors follow the targets union work plans
// commonly set (90%; 95% for 机关, where everyone can join; 85% for 街道
// and 乡镇, most of whose members work in small non-public enterprises).
// The per-head spending band is 1000元 where wages follow public pay
// scales (schools, hospitals, 机关: the seed 000 union uses it), 500元 in
// enterprises and 300元 in 街道/乡镇 federations, whose funds are 2% of
// much smaller payrolls. A 地方总工会 (县, 市, 区) sets 90% for the
// whole area, and the 500元 band of the enterprises most of its
// 基层工会 are. 划拨率, 参与率 and 落实率 below 100% are a gap
// to name anywhere; the 签订率 floor is 90%, the target of the
// 工资集体协商 campaigns; 女职工 checkups 80%.
var defaults = map[string]map[string]string{
	"membership_floor":     {SectorSchool: "90", SectorEnterprise: "90", SectorHospital: "90", SectorGovernment: "95", SectorTownship: "85", SectorLocal: "90"},
	"coverage_floor":       {SectorSchool: "90", SectorEnterprise: "90", SectorHospital: "90", SectorGovernment: "95", SectorTownship: "85", SectorLocal: "90"},
	"band_threshold":       {SectorSchool: "1000", SectorEnterprise: "500", SectorHospital: "1000", SectorGovernment: "1000", SectorTownship: "300", SectorLocal: "500"},
	"transfer_floor":       {SectorSchool: "100", SectorEnterprise: "100", SectorHospital: "100", SectorGovernment: "100", SectorTownship: "100", SectorLocal: "100"},
	"participation_floor":  {SectorSchool: "100", SectorEnterprise: "100", SectorHospital: "100", SectorGovernment: "100", SectorTownship: "100", SectorLocal: "100"},
	"implementation_floor": {SectorSchool: "100", SectorEnterprise: "100", SectorHospital: "100", SectorGovernment: "100", SectorTownship: "100", SectorLocal: "100"},
	"signing_floor":        {SectorSchool: "90", SectorEnterprise: "90", SectorHospital: "90", SectorGovernment: "90", SectorTownship: "90", SectorLocal: "90"},
	"checkup_floor":        {SectorSchool: "80", SectorEnterprise: "80", SectorHospital: "80", SectorGovernment: "80", SectorTownship: "80", SectorLocal: "80"},
	"max_named":            {SectorSchool: "10", SectorEnterprise: "10", SectorHospital: "10", SectorGovernment: "10", SectorTownship: "10", SectorLocal: "10"},
}

// DefaultSetting returns a setting's default for a sector as written in a
// data file ("90", "1000"), or "" for an unknown key.
func DefaultSetting(key, sector string) string {
	d := defaults[key]
	if v, ok := d[sector]; ok {
		return v
	}
	return d[SectorEnterprise]
}

// SettingKeys lists the settings in declaration order.
func SettingKeys() []string {
	var keys []string
	for _, f := range fieldsOf(typeSettings) {
		keys = append(keys, f.key)
	}
	return keys
}

// SettingDescription returns a setting's Chinese description, or "".
func SettingDescription(key string) string {
	f, _ := findField(fieldsOf(typeSettings), key)
	return f.zh
}

// Setting returns a setting as it applies to the period: written in the
// settings section; for band_threshold, written as finance.band_threshold
// (the older key); otherwise the sector's default.
func (p *Period) Setting(key string) (Setting, error) {
	f, ok := findField(fieldsOf(typeSettings), key)
	if !ok {
		return Setting{}, fmt.Errorf("没有“%s”这项设置", key)
	}
	s := Setting{Key: key, Name: f.zh, Source: "数据文件"}
	v := reflectSettings(p.Settings, f.index)
	if v == nil && key == "band_threshold" && p.Finance.BandThreshold != nil {
		v, s.Source = p.Finance.BandThreshold, "finance.band_threshold"
	}
	if v == nil {
		sector := SectorOf(p.Org)
		text := DefaultSetting(key, sector)
		s.Source = "默认值(" + sector + ")"
		switch f.key {
		case "band_threshold":
			m, err := num.ParseMoney(text)
			if err != nil {
				panic(err)
			}
			v = &m
		case "max_named":
			n, err := num.ParseCount(text)
			if err != nil {
				panic(err)
			}
			v = &n
		default:
			d, err := num.ParseDecimalExact(text)
			if err != nil {
				panic(err)
			}
			v = &d
		}
	}
	switch x := v.(type) {
	case *num.Decimal:
		s.Rate = x
	case *num.Money:
		s.Amount = x
	case *int64:
		s.Count = x
	}
	return s, nil
}

var typeSettings = reflect.TypeOf(Settings{})

// reflectSettings returns field i of s (a pointer), or nil when unset.
func reflectSettings(s Settings, i int) any {
	f := reflect.ValueOf(s).Field(i)
	if f.IsNil() {
		return nil
	}
	return f.Interface()
}
