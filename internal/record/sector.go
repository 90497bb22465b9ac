package record

import (
	"strings"
	"unicode/utf8"
)

// The sectors a union's members work in. A sector picks the words a report
// uses for the staff, the grassroots units and the host organisation, and
// the default of every setting (see Settings).
const (
	SectorSchool     = "学校"   // schools and education unions: 教职工, 学校
	SectorEnterprise = "企业"   // factories, companies, postal and transport enterprises: 职工, 车间
	SectorHospital   = "医院"   // hospitals and health unions: 医务人员, 科室
	SectorGovernment = "机关"   // 机关工会 of a bureau or office: 干部职工, 处室
	SectorTownship   = "街道乡镇" // 街道/乡镇/镇总工会, 社区, 联合会: 职工, 企业和社区
	// SectorLocal is a 地方总工会: the 总工会 of a county, city or district,
	// over the 乡镇(街道)总工会, the 产业(系统)工会 and the 基层工会 of every
	// sector in its area, led by the area's Party committee (县委), its
	// funds collected from employers (收缴) rather than transferred by its
	// own employer (划拨).
	SectorLocal = "地方总工会"
)

// Sectors lists the accepted organisation.sector values.
var Sectors = []string{SectorSchool, SectorEnterprise, SectorHospital, SectorGovernment, SectorTownship, SectorLocal}

// SectorIDs maps the names `zongjie init --sector` accepts to sectors.
var SectorIDs = map[string]string{
	"school": SectorSchool, "education": SectorSchool, "学校": SectorSchool, "教育": SectorSchool,
	"enterprise": SectorEnterprise, "factory": SectorEnterprise, "company": SectorEnterprise, "企业": SectorEnterprise, "工厂": SectorEnterprise, "公司": SectorEnterprise,
	"hospital": SectorHospital, "health": SectorHospital, "医院": SectorHospital, "卫生": SectorHospital,
	"government": SectorGovernment, "agency": SectorGovernment, "机关": SectorGovernment,
	"township": SectorTownship, "street": SectorTownship, "community": SectorTownship, "街道": SectorTownship, "乡镇": SectorTownship, "街道乡镇": SectorTownship, "社区": SectorTownship, "镇": SectorTownship,
	"local": SectorLocal, "county": SectorLocal, "city": SectorLocal, "district": SectorLocal, "地方总工会": SectorLocal, "地方": SectorLocal,
	"县总工会": SectorLocal, "市总工会": SectorLocal, "区总工会": SectorLocal, "县": SectorLocal, "县市区": SectorLocal,
}

// Words are the words a report uses for the people and bodies of a union
// of one sector. Organisation.Words overrides any of them.
type Words struct {
	// Staff is what the members' colleagues are called: 教职工, 职工,
	// 医务人员, 干部职工.
	Staff string `yaml:"staff" cn:"职工称呼" zh:"职工的称呼:教职工、职工、医务人员、干部职工" eg:"医务人员"`
	// Unit is what a grassroots unit is called, with its measure word:
	// 学校/所, 车间/个, 科室/个, 处室/个, 企业/家.
	Unit        string `yaml:"unit" cn:"基层单位称呼" zh:"基层单位的称呼:学校、分厂、车间、科室、处室、企业、社区" eg:"科室"`
	UnitMeasure string `yaml:"unit_measure" cn:"单位量词" zh:"基层单位的量词:所、个、家" eg:"个"`
	// Host is what the organisation the union belongs to is called in a
	// sentence: 学校, 公司, 医院, 局机关, 街道.
	Host string `yaml:"host" cn:"所在单位称呼" zh:"所在单位在行文中的称呼:学校、公司、医院、局机关、街道、镇" eg:"医院"`
	// Party is the Party body the union works under: 党委, 党总支, 党支部,
	// 党组, 党工委.
	Party string `yaml:"party" cn:"党组织" zh:"所在单位的党组织:党委、党总支、党支部、党组、党工委" eg:"党委"`
	// Congress is the body of democratic management: 教代会, 职代会.
	Congress string `yaml:"congress" cn:"职代会称呼" zh:"民主管理的会议:职代会、教代会" eg:"职代会"`
	// Open is what its openness of affairs is called: 校务公开, 厂务公开,
	// 院务公开, 政务公开.
	Open string `yaml:"open" cn:"公开称呼" zh:"公开工作的称呼:校务公开、厂务公开、院务公开、政务公开、村(居)务公开" eg:"院务公开"`
}

// sectorWords are each sector's words.
var sectorWords = map[string]Words{
	SectorSchool:     {Staff: "教职工", Unit: "学校", UnitMeasure: "所", Host: "学校", Party: "党支部", Congress: "教代会", Open: "校务公开"},
	SectorEnterprise: {Staff: "职工", Unit: "车间", UnitMeasure: "个", Host: "公司", Party: "党委", Congress: "职代会", Open: "厂务公开"},
	SectorHospital:   {Staff: "医务人员", Unit: "科室", UnitMeasure: "个", Host: "医院", Party: "党委", Congress: "职代会", Open: "院务公开"},
	SectorGovernment: {Staff: "干部职工", Unit: "处室", UnitMeasure: "个", Host: "机关", Party: "党组", Congress: "职代会", Open: "政务公开"},
	SectorTownship:   {Staff: "职工", Unit: "企业", UnitMeasure: "家", Host: "街道", Party: "党工委", Congress: "职代会", Open: "厂务公开"},
	// a 地方总工会's host and Party body are its area's (县, 县委): see
	// Vocabulary, which names them from the union's name
	SectorLocal: {Staff: "职工", Unit: "基层工会", UnitMeasure: "个", Host: "县", Party: "县委", Congress: "职代会", Open: "厂务公开"},
}

// SectorWords returns a sector's words (an unknown sector gets the
// enterprise's, the most general).
func SectorWords(sector string) Words {
	if w, ok := sectorWords[sector]; ok {
		return w
	}
	return sectorWords[SectorEnterprise]
}

// SectorOf returns the organisation's sector: Sector when written, else
// worked out from Kind and the name (教育 → 学校, 医院/卫生 → 医院, 街道/乡镇/
// 镇总工会/联合会 → 街道乡镇, 机关 → 机关, anything else → 企业).
func SectorOf(o Organisation) string {
	s, _ := sectorOf(o)
	return s
}

// SectorGuessed reports whether SectorOf fell back to the enterprise's
// sector for want of anything to go by (no sector, no kind, a name that
// says nothing): a report then uses the general words (单位, 全单位).
func SectorGuessed(o Organisation) bool {
	_, known := sectorOf(o)
	return !known
}

// sectorOf is SectorOf, and whether anything in o decided it.
func sectorOf(o Organisation) (string, bool) {
	if o.Sector != "" {
		return o.Sector, true
	}
	name := o.Name + " " + o.Parent
	if o.Kind == "地方总工会" || localName(o.Name) && (o.Kind == "" || o.Kind == "其他") {
		return SectorLocal, true
	}
	switch {
	case o.Kind == "教育系统" || o.Kind == "学校" || strings.Contains(name, "教育") || strings.Contains(o.Name, "学校") ||
		strings.Contains(o.Name, "中学") || strings.Contains(o.Name, "小学") || strings.Contains(o.Name, "幼儿园"):
		return SectorSchool, true
	case o.Kind == "医院" || strings.Contains(o.Name, "医院") || strings.Contains(o.Name, "卫生"):
		return SectorHospital, true
	case o.Kind == "街道总工会" || o.Kind == "乡镇总工会" || o.Kind == "乡镇工会联合会" || o.Kind == "社区工会" ||
		strings.Contains(o.Name, "街道") || strings.Contains(o.Name, "乡镇") || strings.Contains(o.Name, "镇总工会") || strings.Contains(o.Name, "社区") ||
		strings.Contains(o.Name, "镇工会") || strings.Contains(o.Name, "乡工会"):
		return SectorTownship, true
	case o.Kind == "机关" || o.Kind == "机关工会" || strings.Contains(o.Name, "机关工会") || strings.HasSuffix(strings.TrimSuffix(o.Name, "工会"), "局"):
		return SectorGovernment, true
	}
	known := o.Kind != "" && o.Kind != "其他" || strings.ContainsAny(o.Name, "厂司矿企") || strings.Contains(o.Name, "集团")
	return SectorEnterprise, known
}

// localName reports whether a union's name is a 地方总工会's: the 总工会
// of a county, city, district or banner (云溪县总工会, 丽川市总工会,
// 西湖区总工会), not a town's or a 街道's (溪口镇总工会) or a system's
// (教育系统总工会).
func localName(name string) bool {
	rest, ok := strings.CutSuffix(name, "总工会")
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return strings.ContainsRune(localPlaces, r) && !strings.Contains(rest, "系统") && !strings.Contains(rest, "街道")
}

// localPlaces are the characters an area a 地方总工会 stands over ends
// with: 县, 市, 区, 州, 旗, 盟.
const localPlaces = "县市区州旗盟"

// Place returns the character naming the area of a 地方总工会 (县 of
// 云溪县总工会, 区 of 西湖区总工会), or "" when the name gives none.
func Place(o Organisation) string {
	for _, name := range []string{o.Name, o.ShortName} {
		rest := strings.TrimSuffix(name, "总工会")
		if r, _ := utf8.DecodeLastRuneInString(rest); rest != name && strings.ContainsRune(localPlaces, r) {
			return string(r)
		}
	}
	return ""
}

// Vocabulary returns the words for the period's organisation: its sector's,
// with any the data file sets in organisation.words.
func (p *Period) Vocabulary() Words {
	sector := SectorOf(p.Org)
	w := SectorWords(sector)
	if place := Place(p.Org); sector == SectorLocal && place != "" {
		w.Host, w.Party = place, place+"委" // 区, 区委
	}
	if sector == SectorEnterprise {
		w.Host = enterpriseHost(p.Host.Name, p.Org.Name, w.Host)
	}
	o := p.Org.Words
	for _, f := range []struct {
		dst *string
		v   string
	}{
		{&w.Staff, o.Staff}, {&w.Unit, o.Unit}, {&w.UnitMeasure, o.UnitMeasure}, {&w.Host, o.Host},
		{&w.Party, o.Party}, {&w.Congress, o.Congress}, {&w.Open, o.Open},
	} {
		if f.v != "" {
			*f.dst = f.v
		}
	}
	if p.Democracy.Body != "" && !Council(p.Democracy.Body) {
		w.Congress = p.Democracy.Body // a 全委会 is no body of democratic management
	}
	if o.Open == "" {
		if open := openWritten(p); open != "" {
			w.Open = open // the records' own word: a company's 企务公开
		}
	}
	return w
}

// openWritten is the word for openness of affairs the records use
// themselves (企务公开 where the sector's word is 厂务公开), in the clerk's
// paragraphs or the names and notes of what the union did; "" when they
// use none.
func openWritten(p *Period) string {
	var texts []string
	for _, ps := range p.Text.Sections {
		texts = append(texts, ps...)
	}
	for _, r := range p.Rates {
		texts = append(texts, r.Label, r.Note)
	}
	for _, f := range p.Figures {
		texts = append(texts, f.Label, f.Note)
	}
	for _, a := range p.Activities {
		texts = append(texts, a.Name, a.Note)
	}
	for _, t := range texts {
		if i := strings.Index(t, "务公开"); i > 0 {
			r, _ := utf8.DecodeLastRuneInString(t[:i])
			if strings.ContainsRune("厂企院校政村居局所", r) {
				return string(r) + "务公开"
			}
		}
	}
	return ""
}

// enterpriseHost is what an enterprise union calls its employer, read from
// the employer's name (or the union's, without 工会 or 工会委员会): a 厂
// (全厂, 厂行政), a 矿, a bank's 行, a 局 run as an enterprise (邮政局), a
// 集团 when the name is the group's own (…集团有限公司, not a subsidiary's
// …集团江城发电有限公司); else def (公司).
func enterpriseHost(host, union, def string) string {
	name := host
	if name == "" {
		name = strings.TrimSuffix(strings.TrimSuffix(union, "委员会"), "工会")
	}
	for _, suffix := range []struct{ end, word string }{
		{"厂", "厂"}, {"矿", "矿"}, {"银行", "行"}, {"分行", "行"}, {"支行", "行"}, {"局", "局"},
		{"集团", "集团"}, {"集团公司", "集团"}, {"集团有限公司", "集团"}, {"集团股份有限公司", "集团"}, {"集团有限责任公司", "集团"},
	} {
		if strings.HasSuffix(name, suffix.end) {
			return suffix.word
		}
	}
	return def
}
