package report

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"text/template"
	"unicode/utf8"

	deftemplates "zongjie/templates"
)

// templateExt is the extension of template files.
const templateExt = ".md.tmpl"

// maxTemplateSize bounds one template file.
const maxTemplateSize = 1 << 20

// Templates is a parsed set of report templates: one file per kind plus the
// shared files (common.md.tmpl). It is parsed once and reused for any number
// of reports; Compose never re-parses, and it is safe for concurrent use.
type Templates struct {
	set *template.Template
	// paths maps a file name to the path errors show for it: the user's file,
	// or "内置模板 annual.md.tmpl" for an embedded one.
	paths map[string]string
	// sources holds each file's text, for positions in characters.
	sources map[string]string
	// hung is set when a template ran past the time limit (see execute).
	hung atomic.Pointer[TemplateError]
}

// DefaultTemplates returns the templates embedded in the binary, of every
// kind. They are parsed on first use; a parse error in them is a build
// defect and panics (a test parses them).
func DefaultTemplates() *Templates { return defaultAll() }

var defaultAll = sync.OnceValue(func() *Templates { return parseDefault(kinds) })

// defaultFor returns the embedded templates a report of kind k is composed
// with, parsed on first use: k's own file and the shared ones, the files
// that are no kind's own. A process writes reports of one kind, and the
// other kinds' files were half of the 0.9 ms that parsing the embedded
// templates took. It returns nil for an unknown kind.
func defaultFor(k Kind) *Templates {
	if parse, ok := defaultKinds[k]; ok {
		return parse()
	}
	return nil
}

// Prepare parses the embedded templates of kind k, as the first report of
// that kind would: a caller runs it on a goroutine of its own while it
// reads the records, so that composing finds them parsed.
func Prepare(k Kind) { defaultFor(k) }

var defaultKinds = func() map[Kind]func() *Templates {
	m := make(map[Kind]func() *Templates, len(kinds))
	for _, k := range kinds {
		m[k] = sync.OnceValue(func() *Templates { return parseDefault([]Kind{k}) })
	}
	return m
}()

// parseDefault parses the embedded files of the given kinds with the
// shared files; it panics on an error, a build defect.
func parseDefault(want []Kind) *Templates {
	files, err := defaultFiles()
	if err == nil {
		for name := range files {
			if k, own := kindOfFile(name); own && !slices.Contains(want, k) {
				delete(files, name)
			}
		}
		var t *Templates
		if t, err = parseTemplates(files, nil, want); err == nil {
			return t
		}
	}
	panic("report: embedded templates: " + err.Error())
}

// kindOfFile returns the kind whose own template file name is, and false
// for a file of shared definitions.
func kindOfFile(name string) (Kind, bool) {
	for _, k := range kinds {
		if k.File() == name {
			return k, true
		}
	}
	return "", false
}

// defaultFiles reads the embedded templates.
func defaultFiles() (map[string]string, error) {
	entries, err := fs.ReadDir(deftemplates.FS, ".")
	if err != nil {
		return nil, err
	}
	files := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), templateExt) {
			continue
		}
		b, err := fs.ReadFile(deftemplates.FS, e.Name())
		if err != nil {
			return nil, err
		}
		files[e.Name()] = string(b)
	}
	return files, nil
}

// LoadTemplates parses the templates in dir, the user's copies: every
// *.md.tmpl file directly in dir replaces the embedded file of that name
// (or adds a file of shared definitions), and a kind whose file is absent
// keeps its embedded template. Files are read through an os.Root, so a
// symbolic link leading out of dir is refused. A syntax error names the file
// and line.
func LoadTemplates(dir string) (*Templates, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("模板目录 %s 不存在;可以先用 zongjie templates export %s 导出默认模板", dir, dir)
		}
		return nil, fmt.Errorf("无法打开模板目录 %s:%w", dir, unwrapPath(err))
	}
	defer root.Close()
	entries, err := fs.ReadDir(root.FS(), ".")
	if err != nil {
		return nil, fmt.Errorf("无法读取模板目录 %s:%w", dir, unwrapPath(err))
	}
	files, err := defaultFiles()
	if err != nil {
		return nil, err
	}
	paths := map[string]string{}
	found := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, templateExt) || e.IsDir() {
			continue
		}
		path := filepath.Join(dir, name)
		info, err := root.Stat(name)
		if err != nil {
			if strings.Contains(err.Error(), "escapes") {
				return nil, fmt.Errorf("%s:拒绝读取:它是指向模板目录之外的链接,模板只从目录 %s 本身读取", path, dir)
			}
			return nil, fmt.Errorf("%s:拒绝读取:%w", path, unwrapPath(err))
		}
		if !info.Mode().IsRegular() {
			return nil, fmt.Errorf("%s:不是普通文件", path)
		}
		if info.Size() > maxTemplateSize {
			return nil, fmt.Errorf("%s:模板文件超过 %d 字节,请确认没有选错文件", path, maxTemplateSize)
		}
		b, err := root.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("%s:无法读取:%w", path, unwrapPath(err))
		}
		if !utf8.Valid(b) {
			return nil, fmt.Errorf("%s:不是 UTF-8 编码的文本;请在编辑器中“另存为”UTF-8 编码后再试", path)
		}
		files[name] = strings.TrimPrefix(string(b), "\ufeff")
		paths[name] = path
		found++
	}
	if found == 0 {
		return nil, fmt.Errorf("模板目录 %s 中没有 *%s 文件;可以先用 zongjie templates export %s 导出默认模板", dir, templateExt, dir)
	}
	return parseTemplates(files, paths, kinds)
}

// unwrapPath drops the operation and path of a *fs.PathError, which the
// message already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parseTemplates parses every file into one set, which must hold the
// templates of the kinds want.
func parseTemplates(files, paths map[string]string, want []Kind) (*Templates, error) {
	t := &Templates{paths: map[string]string{}, sources: files}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
		if p, ok := paths[name]; ok {
			t.paths[name] = p
		} else {
			t.paths[name] = "内置模板 " + name
		}
	}
	sort.Strings(names)
	set := template.New("").Option("missingkey=error").Funcs(placeholderFuncs())
	for _, name := range names {
		if err := checkSource(t.paths[name], files[name]); err != nil {
			return nil, err
		}
		if _, err := set.New(name).Parse(files[name]); err != nil {
			return nil, t.wrap(err)
		}
	}
	if err := t.instrument(set); err != nil {
		return nil, err
	}
	for _, k := range want {
		if set.Lookup(k.File()) == nil {
			return nil, fmt.Errorf("缺少报告类型 %s 的模板 %s", k, k.File())
		}
	}
	t.set = set
	return t, nil
}
