package docx

import (
	"bytes"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"

	"zongjie/internal/doc/doctest"
)

// wantParts is the zip order of the package; [Content_Types].xml comes
// first as Office writes it.
var wantParts = []string{
	"[Content_Types].xml",
	"_rels/.rels",
	"docProps/core.xml",
	"docProps/app.xml",
	"word/document.xml",
	"word/styles.xml",
	"word/settings.xml",
	"word/fontTable.xml",
	"word/footer1.xml",
	"word/footer2.xml",
	"word/_rels/document.xml.rels",
}

// TestPackageStructure checks the zip of every test document: the parts
// and their order (a report with a 版记 has a third footer, blank), fixed
// timestamps, every part well-formed XML, a content type for every part
// and a part for every relationship target.
func TestPackageStructure(t *testing.T) {
	for _, tc := range doctest.All(t) {
		t.Run(tc.Name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tc.Doc); err != nil {
				t.Fatal(err)
			}
			files, entries := unzip(t, buf.Bytes())
			var names []string
			for _, f := range entries {
				names = append(names, f.Name)
				if !f.Modified.Equal(zipTime) {
					t.Errorf("%s: modified %v, want %v", f.Name, f.Modified, zipTime)
				}
			}
			// A report with a 版记 has the blank footer of its section
			// after the others; the parts of every chart follow the
			// fixed ones.
			want := slices.Clone(wantParts)
			if tc.Doc.Colophon() {
				want = slices.Insert(want, slices.Index(want, "word/footer2.xml")+1, "word/footer3.xml")
			}
			for n := 1; len(want) < len(names); n++ {
				num := strconv.Itoa(n)
				want = append(want, "word/charts/chart"+num+".xml", "word/charts/_rels/chart"+num+".xml.rels",
					"word/embeddings/Microsoft_Excel_Worksheet"+num+".xlsx")
			}
			if !slices.Equal(names, want) {
				t.Fatalf("parts %q, want %q", names, want)
			}
			trees := map[string]*node{}
			for name, data := range files {
				if path.Ext(name) == ".xlsx" {
					if !bytes.HasPrefix(data, []byte("PK")) {
						t.Errorf("%s is not a zip package", name)
					}
					continue
				}
				if !bytes.HasPrefix(data, []byte(xmlHeader)) {
					t.Errorf("%s lacks the XML declaration", name)
				}
				tree, err := parseXML(data)
				if err != nil {
					t.Fatalf("%s is not well-formed: %v", name, err)
				}
				trees[name] = tree
			}

			typed := map[string]bool{}
			for _, o := range trees["[Content_Types].xml"].all("Override") {
				name := strings.TrimPrefix(o.attrs["PartName"], "/")
				if _, ok := files[name]; !ok {
					t.Errorf("content type for missing part %s", name)
				}
				typed[name] = true
			}
			for name := range files {
				if !typed[name] && path.Ext(name) != ".rels" && path.Ext(name) != ".xlsx" && name != "[Content_Types].xml" {
					t.Errorf("%s has no content type override", name)
				}
			}

			relParts := map[string]string{"_rels/.rels": "", "word/_rels/document.xml.rels": "word"}
			for name := range files {
				if strings.HasPrefix(name, "word/charts/_rels/") {
					relParts[name] = "word/charts"
				}
			}
			for rels, base := range relParts {
				for _, r := range trees[rels].all("Relationship") {
					target := path.Join(base, r.attrs["Target"])
					if _, ok := files[target]; !ok {
						t.Errorf("%s: %s points to missing %s", rels, r.attrs["Id"], target)
					}
				}
			}
			for _, ref := range trees["word/document.xml"].all("footerReference") {
				if !hasRel(trees["word/_rels/document.xml.rels"], ref.attrs["id"]) {
					t.Errorf("footer reference %s has no relationship", ref.attrs["id"])
				}
			}
		})
	}
}

func hasRel(rels *node, id string) bool {
	for _, r := range rels.all("Relationship") {
		if r.attrs["Id"] == id {
			return true
		}
	}
	return false
}

// TestDeterministic renders every document twice, the second time from a
// copy, and wants identical bytes.
func TestDeterministic(t *testing.T) {
	for _, tc := range doctest.All(t) {
		t.Run(tc.Name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Write(&a, tc.Doc); err != nil {
				t.Fatal(err)
			}
			if err := Write(&b, doctest.Decode(doctest.Encode(tc.Doc))); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two renderings of the same document differ")
			}
		})
	}
}
