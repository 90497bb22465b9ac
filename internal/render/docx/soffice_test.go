package docx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"zongjie/internal/fonts"
)

// TestLibreOfficeConverts converts every testdata report to PDF with
// LibreOffice. It runs only with ZONGJIE_SOFFICE=1 (CI has no LibreOffice).
// With ZONGJIE_SOFFICE_OUT=DIR the .docx, .pdf and, when pdftoppm is
// installed, a PNG of page 1 are kept in DIR for a look.
func TestLibreOfficeConverts(t *testing.T) {
	if os.Getenv("ZONGJIE_SOFFICE") != "1" {
		t.Skip("set ZONGJIE_SOFFICE=1 to convert with LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("soffice not found:", err)
	}
	dir := os.Getenv("ZONGJIE_SOFFICE_OUT")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, tc := range loadCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tc.doc); err != nil {
				t.Fatal(err)
			}
			in := filepath.Join(dir, tc.name+".docx")
			if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(soffice, "--headless", "--convert-to", "pdf", "--outdir", dir, in)
			cmd.Env = append(os.Environ(), "HOME="+fontHome(t))
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("soffice: %v\n%s", err, out)
			}
			pdf := filepath.Join(dir, tc.name+".pdf")
			info, err := os.Stat(pdf)
			if err != nil {
				t.Fatal("no PDF:", err)
			}
			if info.Size() == 0 {
				t.Fatal("empty PDF")
			}
			if ppm, err := exec.LookPath("pdftoppm"); err == nil {
				png := filepath.Join(dir, tc.name)
				if out, err := exec.Command(ppm, "-png", "-r", "60", pdf, png).CombinedOutput(); err != nil {
					t.Fatalf("pdftoppm: %v\n%s", err, out)
				}
			}
		})
	}
}

// fontHome returns a HOME whose fontconfig maps the Windows names of the
// Chinese faces (黑体, 楷体, …) to the free fonts fonts.Families lists, so
// LibreOffice on Linux shows each role in a face of its kind rather than one
// fallback for all.
func fontHome(t *testing.T) string {
	home := t.TempDir()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?>` + "\n" + `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">` + "\n<fontconfig>\n")
	for _, face := range []fonts.Face{fonts.Song, fonts.FangSong, fonts.Hei, fonts.Kai} {
		names := fonts.Families[face]
		for _, name := range names {
			b.WriteString("<alias binding=\"same\"><family>" + escape(name) + "</family><prefer>")
			for _, n := range names {
				b.WriteString("<family>" + escape(n) + "</family>")
			}
			b.WriteString("</prefer></alias>\n")
		}
	}
	b.WriteString("</fontconfig>\n")
	dir := filepath.Join(home, ".config", "fontconfig")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fonts.conf"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return home
}
