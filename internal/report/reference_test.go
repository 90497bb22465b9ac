package report

import (
	"strings"
	"testing"
)

// TestReferenceCoversFuncs: every function a template may call is in the
// reference, and the reference names no function that does not exist.
func TestReferenceCoversFuncs(t *testing.T) {
	documented := map[string]bool{}
	for _, f := range funcDocs {
		name, _, _ := strings.Cut(f.call, " ")
		if documented[name] {
			t.Errorf("%s documented twice", name)
		}
		documented[name] = true
	}
	for name := range placeholderFuncs() {
		if _, internal := positioned[name]; internal {
			continue
		}
		if !documented[name] {
			t.Errorf("template function %s is not in the reference (funcDocs)", name)
		}
		delete(documented, name)
	}
	for name := range documented {
		t.Errorf("the reference documents %s, which templates cannot call", name)
	}
}

// TestReferenceCoversWords: every word of .W is documented.
func TestReferenceCoversWords(t *testing.T) {
	res := result(t, []string{"../../examples/yongjia-edu-2013.yaml"})
	w := newComposer(res, Annual, false).data["W"].(view)
	documented := map[string]bool{}
	for _, d := range wordDocs {
		documented[d.name] = true
		if _, ok := w[d.name]; !ok {
			t.Errorf("the reference documents .W.%s, which does not exist", d.name)
		}
	}
	for name := range w {
		if !documented[name] {
			t.Errorf(".W.%s is not in the reference (wordDocs)", name)
		}
	}
}

func TestReferenceText(t *testing.T) {
	ref := Reference()
	for _, want := range []string{"# zongjie 报告模板说明", "`{{v \"指标\"}}`", "`.W.Staff`", "`.Membership.Staff`:职工(教职工)总数", "`.Relief.Batches`"} {
		if !strings.Contains(ref, want) {
			t.Errorf("reference lacks %q", want)
		}
	}
	if strings.Contains(ref, "internal/") || strings.Contains(ref, "funcs.go") {
		t.Error("the reference points into the source, which users of the binary do not have")
	}
}
