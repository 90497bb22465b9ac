package hostile

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"zongjie/internal/chart/catalog"
	"zongjie/internal/fonts"
	"zongjie/internal/pipeline"
	"zongjie/internal/record"
	"zongjie/internal/report"
	"zongjie/internal/userrule"
)

// scriptsDir holds the command-line scripts of internal/cli.
const scriptsDir = "../cli/testdata/scripts"

// TestNoEnglishInMessages reads every message the catalogue (its golden
// files) and the command-line scripts produce — standard error, help, and
// the text output of check and metrics — and fails on any English word:
// an ASCII word that is not a path, a flag, an identifier (a data key, a
// report kind, a format, a command, a metric id: what the user types), a
// name that has no Chinese (YAML, PDF, Ctrl, SIGTERM) or text quoted from
// the user's own data. errno, yaml.v3, expr and font libraries speak
// English; none of it may reach a user.
func TestNoEnglishInMessages(t *testing.T) {
	allowed := identifiers()
	// The template reference names the template functions, words a
	// template author types; elsewhere they are English.
	reference := identifiers()
	for _, name := range report.FuncNames() {
		reference[name] = true
	}
	var found []string
	report := func(where, line string) {
		words := allowed
		if strings.HasPrefix(where, "help_templates_reference") {
			words = reference
		}
		for _, w := range englishWords(line, words) {
			found = append(found, fmt.Sprintf("%s: %q in %q", where, w, clipLine(line, 200)))
		}
	}

	goldens, _ := filepath.Glob(filepath.Join(catalogueDir, "*.txt"))
	if len(goldens) == 0 {
		t.Fatal("no catalogue golden files")
	}
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var cmd, section string
		for _, line := range strings.Split(string(data), "\n") {
			switch {
			case strings.HasPrefix(line, "$ zongjie "):
				cmd = line
			case line == "stderr:" || line == "stdout:":
				section = line
			case strings.HasPrefix(line, "  ") && (section == "stderr:" || section == "stdout:" && textOutput(strings.Fields(cmd)[2:])):
				report(filepath.Base(g), line)
			case !strings.HasPrefix(line, "  "):
				section = ""
			}
		}
	}

	scripts, _ := filepath.Glob(filepath.Join(scriptsDir, "*.txtar"))
	if len(scripts) == 0 {
		t.Fatal("no command-line scripts")
	}
	for _, s := range scripts {
		ar, err := txtar.ParseFile(s)
		if err != nil {
			t.Fatal(err)
		}
		var args []string
		for _, f := range ar.Files {
			if f.Name == "args" {
				args = strings.Split(strings.TrimSpace(string(f.Data)), "\n")
			}
		}
		for _, f := range ar.Files {
			if f.Name == "stderr" || f.Name == "stdout" && textOutput(args) {
				for _, line := range strings.Split(string(f.Data), "\n") {
					report(filepath.Base(s)+" "+f.Name, line)
				}
			}
		}
	}
	for _, f := range found {
		t.Error(f)
	}
}

// textOutput reports whether a command's standard output is text for a
// person (help, check, the metrics table) rather than data (a report,
// JSON, a template, a completion script).
func textOutput(args []string) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		switch a {
		case "-h", "--help", "-help":
			return true
		case "--json", "-o", "--output":
			return false
		}
	}
	switch args[0] {
	case "help", "-h", "--help", "check", "metrics":
		return true
	}
	return false
}

var (
	// quoted spans hold the user's own text, quoted back.
	quoted = regexp.MustCompile(`“[^”]*”|"[^"]*"|‘[^’]*’|「[^」]*」|` + "`[^`]*`")
	// escapeSeq is a terminal escape sequence as the scripts' goldens spell
	// it (a progress bar's \e[K).
	escapeSeq = regexp.MustCompile(`\\e\[[0-9;]*[A-Za-z]`)
	// word is an ASCII word, with what may continue an identifier.
	word = regexp.MustCompile(`[A-Za-z][A-Za-z0-9_.+\-]*`)
)

// englishWords returns the English words of a message line.
func englishWords(line string, allowed map[string]bool) []string {
	if strings.HasPrefix(strings.TrimSpace(line), "|") {
		return nil // a caret snippet quotes the user's rule file
	}
	line = quoted.ReplaceAllString(line, " ")
	line = escapeSeq.ReplaceAllString(line, " ")
	var out []string
	for _, loc := range word.FindAllStringIndex(line, -1) {
		w := line[loc[0]:loc[1]]
		before, after := byte(' '), byte(' ')
		if loc[0] > 0 {
			before = line[loc[0]-1]
		}
		if loc[1] < len(line) {
			after = line[loc[1]]
		}
		w = strings.TrimRight(w, ".-+")
		switch {
		case before == '-' || before == '/' || before == '\\' || before == '$' || before == '.' || after == '/' || after == '\\':
			continue // a flag, a path, a file's extension, a variable
		case before >= '0' && before <= '9':
			continue // part of a code: 2J, 0x9B
		case strings.HasPrefix(line[loc[1]:], "…(共 "):
			continue // a word the catalogue cut short to fit a long message
		case after == '(' || before == '!' || before == '#':
			continue // a function or variable of the rule language, now(), #acc; a YAML tag, !!binary
		case strings.ContainsAny(w, "0123456789_./+"):
			continue // an identifier, a file name, a version, U+202E
		case allowed[w] || allowed[strings.ToLower(w)] && w != strings.ToLower(w) && w == strings.ToUpper(w):
			continue
		case strings.Contains(w, "-"):
			// A hyphenated name (yaml-language-server) is an identifier
			// when each part is one.
			ok := true
			for _, p := range strings.Split(w, "-") {
				if !allowed[p] && !allowed[strings.ToLower(p)] {
					ok = false
				}
			}
			if ok {
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// names is what a message may spell in Latin letters: the names of things
// that have no Chinese name (U 盘), commands a user types, the keys of a
// rule file, the actions of a template and the literals of JSON.
var names = strings.Fields(`
	zongjie YAML JSON Schema Markdown HTML DOCX PDF Word Excel WPS UTF GBK BOM CRLF CR LF
	CSV XML LibreOffice OpenDocument Numbers PowerPoint xlsx xls xlsb et ods csv tsv txt
	TrueType CPU MB KB GB TB B Tab Ctrl C SIGINT SIGTERM SIGHUP SIGKILL ulimit v d n Docker docker
	VS Code yaml language server schema GOMEMLIMIT GOTRACEBACK Linux Windows macOS XDG Go
	source bash zsh fish export none e a x fpath U
	indicators rankings findings true false null ESC Python in columns rows
	template define block range with if else end
	`)

// identifiers collects the words a message may use as identifiers: the
// data keys of every record type, the report kinds and formats, the
// commands, the help topics, the metric and section ids, and the names.
func identifiers() map[string]bool {
	ids := map[string]bool{}
	add := func(ws ...string) {
		for _, w := range ws {
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '_' || r == '-' }) {
				ids[p] = true
			}
			ids[w] = true
		}
	}
	add(names...)
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			if key := strings.Split(f.Tag.Get("yaml"), ",")[0]; key != "" && key != "-" {
				add(key)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(record.Period{}))
	for _, k := range report.Kinds() {
		add(string(k))
	}
	for _, f := range pipeline.Formats() {
		add(string(f))
	}
	add(string(pipeline.ChartsDefault), string(pipeline.ChartsNone)) // --charts
	add(catalog.IDs()...)                                            // {{chart "id"}}
	add("markdown", "render", "check", "metrics", "batch", "rollup", "init", "convert", "schema", "templates", "completion", "version", "help", "fonts", "OpenType",
		"targets", "sections", "group", "unit", "json", "yml", "tmpl", "ttf", "ttc", "md", "docx")
	add(userrule.FunctionNames()...)
	add("school", "enterprise", "hospital", "government", "township") // zongjie init --sector
	// The names of fonts (a stand-in the fonts warning names).
	for _, fams := range fonts.Families {
		for _, f := range fams {
			add(strings.Fields(f)...)
		}
	}
	for _, f := range fonts.LatinFamilies {
		add(strings.Fields(f)...)
	}
	for _, m := range record.TargetMetrics {
		add(m.ID)
	}
	for _, s := range record.SectionIDs {
		add(s.ID)
	}
	return ids
}

// TestEnglishWords checks the scanner itself on messages it must pass and
// messages it must stop.
func TestEnglishWords(t *testing.T) {
	allowed := identifiers()
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"x.yaml:3:5: membership.members: 会员数(90)不能多于 membership.staff(10)", nil},
		{"zongjie render: 没有 -k 这个选项,你是不是想用 --kind?", nil},
		{"zongjie render: /dev/full:磁盘空间不足", nil},
		{"不认识的项“memebrs”,你是不是想写“members”(会员数)?", nil},
		{"“😀”(U+1F600);生成 PDF 时会出错", nil},
		{"  # yaml-language-server: $schema=./zongjie.schema.json", nil},
		{"zongjie render: write 报告.pdf: no space left on device", []string{"write", "no", "space", "left", "on", "device"}},
		{"font for 仿宋: no usable installed TrueType font named 仿宋", []string{"font", "for", "no", "usable", "installed", "font"}}, // "named" is a data key's part (settings.max_named)
		{"x.yaml:3:1: compilation failed", []string{"compilation", "failed"}},
		{"permission denied", []string{"permission", "denied"}},
	} {
		got := englishWords(tc.line, allowed)
		sort.Strings(got)
		want := append([]string(nil), tc.want...)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%q: found %v, want %v", tc.line, got, want)
		}
	}
}
