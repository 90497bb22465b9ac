package fonts

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// renamed writes the embedded 宋体 as a font whose only name is family,
// as a 公文 font installed under its Windows name would be.
func renamed(t *testing.T, dir, file, family string) string {
	t.Helper()
	f, err := Parse(fallbackSongData, "song")
	if err != nil {
		t.Fatal(err)
	}
	g := *f
	g.Family, g.PostScriptName, g.names = family, "", []string{family}
	sub, err := g.Subset([]rune("中华全国总工会，。0123456789"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, file)
	if err := os.WriteFile(path, sub.Program(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestChoicesWithoutInstalledFonts(t *testing.T) {
	s, err := Load(Options{NoSystemFonts: true})
	if err != nil {
		t.Fatal(err)
	}
	cs := s.Choices()
	var names []string
	for _, c := range cs {
		names = append(names, c.Role.Name)
		if !c.Substitute {
			t.Errorf("%s: %v is not marked as a substitute", c.Role.Name, c.Font)
		}
	}
	if want := []string{"标题", "宋体", "正文", "一级标题、加粗", "二级标题", "数字和西文"}; !slices.Equal(names, want) {
		t.Errorf("roles %v, want %v", names, want)
	}
	if c := cs[2]; c.Wanted != "仿宋_GB2312" || c.How != "内置" || c.Font.Family != "AR PL SungtiL GB" || c.Font.Where() != "内置 gbsn00lp.ttf" {
		t.Errorf("正文: %+v", c)
	}
	if c := cs[5]; c.Font != nil || c.How != "用中文字体自带的" {
		t.Errorf("数字和西文: %+v", c)
	}
	w := s.Warning()
	for _, want := range []string{"标题应为方正小标宋简体,现用 AR PL SungtiL GB(内置 gbsn00lp.ttf)", "正文应为仿宋_GB2312", "一级标题、加粗应为黑体,现用 Droid Sans Fallback(内置 DroidSansFallbackFull.ttf)", "二级标题应为楷体_GB2312", "zongjie fonts"} {
		if !strings.Contains(w, want) {
			t.Errorf("warning lacks %q:\n%s", want, w)
		}
	}
	if strings.Contains(w, "宋体应为") || strings.Contains(w, "Times") {
		t.Errorf("warning names a font a report does not need:\n%s", w)
	}
	checkChinese(t, strings.NewReplacer("AR PL SungtiL GB", "", "Droid Sans Fallback", "", "gbsn00lp.ttf", "", "DroidSansFallbackFull.ttf", "", "--font-", "", "_GB2312", "").Replace(w))
}

func TestChoicesWithGenuineAndChosenFonts(t *testing.T) {
	dir := t.TempDir()
	renamed(t, dir, "simfang.ttf", "仿宋_GB2312")
	kai := renamed(t, dir, "mykai.ttf", "My Kai")
	s, err := Load(Options{Dirs: []string{dir}, NoIndex: true, Faces: map[Face]string{Kai: kai}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Choices() {
		switch c.Role.Name {
		case "正文":
			if c.Substitute || c.How != "本机安装" || c.Font.Source != filepath.Join(dir, "simfang.ttf") {
				t.Errorf("正文: %+v", c)
			}
		case "二级标题":
			if c.Substitute || c.How != "指定的文件" || c.Font.Where() != kai {
				t.Errorf("二级标题: the user's own choice %+v is flagged", c)
			}
		case "标题", "一级标题、加粗":
			if !c.Substitute {
				t.Errorf("%s: %+v not flagged", c.Role.Name, c)
			}
		}
	}
	w := s.Warning()
	if strings.Contains(w, "仿宋") || strings.Contains(w, "楷体") || !strings.Contains(w, "方正小标宋简体") || !strings.Contains(w, "黑体") {
		t.Errorf("warning:\n%s", w)
	}
	all, err := Load(Options{NoSystemFonts: true, Latin: "none", Faces: map[Face]string{Song: kai, FangSong: kai, Hei: kai, Kai: kai}})
	if err != nil {
		t.Fatal(err)
	}
	if w := all.Warning(); w != "" {
		t.Errorf("every face chosen by the user, still a warning:\n%s", w)
	}
}

func TestInstalled(t *testing.T) {
	dir := fontDir(t)
	renamed(t, dir, "simfang.ttf", "仿宋_GB2312")
	got := Installed(Options{Dirs: []string{dir}, NoIndex: true})
	type row struct {
		family, file string
		index        int
		roles        string
	}
	var rows []row
	for _, f := range got {
		rel, _ := filepath.Rel(dir, f.Path)
		rows = append(rows, row{f.Family, rel, f.Index, strings.Join(f.Roles, ",")})
		if f.Why != "" {
			t.Errorf("%s: %s", f.Family, f.Why)
		}
	}
	want := []row{
		{"仿宋_GB2312", "simfang.ttf", 0, "正文"},
		{"AR PL SungtiL GB", "song.ttf", 0, "标题,宋体,正文"},
		{"Droid Sans Fallback", filepath.Join("sub", "pair.TTC"), 0, "一级标题、加粗"},
		{"AR PL SungtiL GB", filepath.Join("sub", "pair.TTC"), 1, "标题,宋体,正文"},
	}
	if !slices.Equal(rows, want) {
		t.Errorf("Installed:\n got %v\nwant %v", rows, want)
	}
	if got := Installed(Options{NoSystemFonts: true}); got != nil {
		t.Errorf("with no font directories: %v", got)
	}
}
