package deploy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// manifests are the files of the manifest: the volume and settings, the
// map Job, the reduce Job.
var manifests = []string{"kubernetes/volume.yaml", "kubernetes/map-job.yaml", "kubernetes/reduce-job.yaml"}

// doc is one document of the manifest.
type doc struct {
	file string
	node *yaml.Node
	v    map[string]any
}

// readManifest reads every document of the manifest's files.
func readManifest(t *testing.T) []doc {
	t.Helper()
	var docs []doc
	found, _ := filepath.Glob("kubernetes/*.yaml")
	if len(found) != len(manifests) {
		t.Errorf("deploy/kubernetes holds %v; the tests know %v", found, manifests)
	}
	for _, file := range manifests {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		for {
			var n yaml.Node
			err := dec.Decode(&n)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			var v map[string]any
			if err := n.Decode(&v); err != nil {
				t.Fatalf("%s:%d: %v", file, n.Line, err)
			}
			docs = append(docs, doc{file, &n, v})
		}
	}
	return docs
}

// shape is the structure Kubernetes accepts for the fields the manifest
// uses: a map's keys (with the shape of each value), a list's items, or a
// scalar kind. It is the part of the Kubernetes API (v1.29 and later) for
// these objects, written out so the check needs no network and no
// cluster; a key outside it is a typo Kubernetes would reject (or, worse,
// ignore).
type shape struct {
	kind     string // "map", "list", "string", "int", "bool", "quantity", "strmap" (string to string)
	fields   map[string]*shape
	required []string
	item     *shape
	enum     []string
}

func mapOf(fields map[string]*shape, required ...string) *shape {
	return &shape{kind: "map", fields: fields, required: required}
}
func listOf(item *shape) *shape   { return &shape{kind: "list", item: item} }
func scalar(kind string) *shape   { return &shape{kind: kind} }
func oneOf(vals ...string) *shape { return &shape{kind: "string", enum: vals} }

var (
	str      = scalar("string")
	integer  = scalar("int")
	quantity = scalar("quantity")
	strmap   = scalar("strmap")

	objectMeta = mapOf(map[string]*shape{"name": str, "namespace": str, "labels": strmap, "annotations": strmap}, "name")
	resources  = mapOf(map[string]*shape{
		"requests": mapOf(map[string]*shape{"cpu": quantity, "memory": quantity, "storage": quantity, "ephemeral-storage": quantity}),
		"limits":   mapOf(map[string]*shape{"cpu": quantity, "memory": quantity, "ephemeral-storage": quantity}),
	})
	container = mapOf(map[string]*shape{
		"name":            str,
		"image":           str,
		"imagePullPolicy": oneOf("Always", "IfNotPresent", "Never"),
		"command":         listOf(str),
		"args":            listOf(str),
		"workingDir":      str,
		"env":             listOf(mapOf(map[string]*shape{"name": str, "value": str}, "name")),
		"envFrom":         listOf(mapOf(map[string]*shape{"configMapRef": mapOf(map[string]*shape{"name": str}, "name"), "prefix": str})),
		"resources":       resources,
		"volumeMounts":    listOf(mapOf(map[string]*shape{"name": str, "mountPath": str, "readOnly": scalar("bool"), "subPath": str}, "name", "mountPath")),
	}, "name", "image")
	podSpec = mapOf(map[string]*shape{
		"restartPolicy":   oneOf("Never", "OnFailure"),
		"securityContext": mapOf(map[string]*shape{"fsGroup": integer, "runAsUser": integer, "runAsGroup": integer, "runAsNonRoot": scalar("bool")}),
		"containers":      listOf(container),
		"volumes": listOf(mapOf(map[string]*shape{
			"name":                  str,
			"persistentVolumeClaim": mapOf(map[string]*shape{"claimName": str, "readOnly": scalar("bool")}, "claimName"),
		}, "name")),
	}, "containers", "restartPolicy")
	jobSpec = mapOf(map[string]*shape{
		"completionMode":          oneOf("NonIndexed", "Indexed"),
		"completions":             integer,
		"parallelism":             integer,
		"backoffLimit":            integer,
		"activeDeadlineSeconds":   integer,
		"ttlSecondsAfterFinished": integer,
		"template":                mapOf(map[string]*shape{"metadata": mapOf(map[string]*shape{"labels": strmap, "annotations": strmap}), "spec": podSpec}, "spec"),
	}, "template")
	kinds = map[string]*shape{
		"v1/PersistentVolumeClaim": mapOf(map[string]*shape{"apiVersion": str, "kind": str, "metadata": objectMeta,
			"spec": mapOf(map[string]*shape{
				"accessModes":      listOf(oneOf("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod")),
				"resources":        resources,
				"storageClassName": str,
			}, "accessModes", "resources")}, "apiVersion", "kind", "metadata", "spec"),
		"v1/ConfigMap": mapOf(map[string]*shape{"apiVersion": str, "kind": str, "metadata": objectMeta, "data": strmap}, "apiVersion", "kind", "metadata"),
		"batch/v1/Job": mapOf(map[string]*shape{"apiVersion": str, "kind": str, "metadata": objectMeta, "spec": jobSpec}, "apiVersion", "kind", "metadata", "spec"),
	}
	quantityRE = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$`)
	dnsLabelRE = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)
)

// check reports where v does not have shape s.
func check(v any, s *shape, path string) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }
	switch s.kind {
	case "map":
		m, ok := v.(map[string]any)
		if !ok {
			bad("应是映射")
			return errs
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			f, ok := s.fields[k]
			if !ok {
				bad("Kubernetes 不认识的字段 %q", k)
				continue
			}
			errs = append(errs, check(m[k], f, path+"."+k)...)
		}
		for _, r := range s.required {
			if _, ok := m[r]; !ok {
				bad("缺少必需的字段 %q", r)
			}
		}
	case "list":
		l, ok := v.([]any)
		if !ok {
			bad("应是列表")
			return errs
		}
		for i, x := range l {
			errs = append(errs, check(x, s.item, fmt.Sprintf("%s[%d]", path, i))...)
		}
	case "string":
		x, ok := v.(string)
		if !ok {
			bad("应是字符串,这里是 %T", v)
		} else if len(s.enum) > 0 && !contains(s.enum, x) {
			bad("%q 不是 %v 之一", x, s.enum)
		}
	case "int":
		if _, ok := v.(int); !ok {
			bad("应是整数,这里是 %T", v)
		}
	case "bool":
		if _, ok := v.(bool); !ok {
			bad("应是 true 或 false")
		}
	case "quantity":
		var q string
		switch x := v.(type) {
		case string:
			q = x
		case int:
			q = strconv.Itoa(x)
		}
		if !quantityRE.MatchString(q) {
			bad("%v 不是资源数量(如 2、500m、1Gi)", v)
		}
	case "strmap":
		m, ok := v.(map[string]any)
		if !ok {
			bad("应是字符串到字符串的映射")
			return errs
		}
		for k, x := range m {
			if _, ok := x.(string); !ok {
				bad("%s 的值应是字符串(数字要加引号),这里是 %T", k, x)
			}
		}
	}
	return errs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestManifest checks the manifest as Kubernetes would, offline: every
// object's fields (shape), names, and what ties the objects together —
// the Indexed Job's shards, the volume, the ConfigMap — and that each Job
// runs the commands TestLocalRun runs.
func TestManifest(t *testing.T) {
	docs := readManifest(t)
	byKind := map[string][]map[string]any{}
	for _, d := range docs {
		api, _ := d.v["apiVersion"].(string)
		kind, _ := d.v["kind"].(string)
		s, ok := kinds[api+"/"+kind]
		if !ok {
			t.Errorf("%s:%d: %s %s is not an object the manifest should hold", d.file, d.node.Line, api, kind)
			continue
		}
		for _, e := range check(d.v, s, kind) {
			t.Errorf("%s:%d: %s", d.file, d.node.Line, e)
		}
		name := d.v["metadata"].(map[string]any)["name"].(string)
		if !dnsLabelRE.MatchString(name) || len(name) > 63 {
			t.Errorf("%s:%d: %q is not a valid Kubernetes name", d.file, d.node.Line, name)
		}
		byKind[kind] = append(byKind[kind], d.v)
	}
	if t.Failed() {
		return
	}
	if len(byKind["PersistentVolumeClaim"]) != 1 || len(byKind["ConfigMap"]) != 1 || len(byKind["Job"]) != 2 {
		t.Fatalf("want a volume claim, a config map and two Jobs, got %d, %d, %d", len(byKind["PersistentVolumeClaim"]), len(byKind["ConfigMap"]), len(byKind["Job"]))
	}
	pvc := byKind["PersistentVolumeClaim"][0]
	if modes := get(pvc, "spec", "accessModes").([]any); !contains(toStrings(modes), "ReadWriteMany") {
		t.Errorf("the shared volume must be ReadWriteMany (pods on several nodes), got %v", modes)
	}
	cm := byKind["ConfigMap"][0]
	cmData := get(cm, "data").(map[string]any)
	for _, k := range []string{"FEDERATION", "SHARDS", "FORMAT"} {
		if _, ok := cmData[k]; !ok {
			t.Errorf("the config map has no %s", k)
		}
	}
	mapJob, reduceJob := jobNamed(t, byKind["Job"], "map"), jobNamed(t, byKind["Job"], "reduce")
	if get(mapJob, "spec", "completionMode") != "Indexed" {
		t.Error("the map Job must be an Indexed Job: the completion index picks the shard")
	}
	completions, _ := get(mapJob, "spec", "completions").(int)
	parallelism, _ := get(mapJob, "spec", "parallelism").(int)
	shards, _ := strconv.Atoi(cmData["SHARDS"].(string))
	if completions < 1 || completions != shards || parallelism < 1 || parallelism > completions {
		t.Errorf("completions %d, parallelism %d and SHARDS %d: the shards must be the completions", completions, parallelism, shards)
	}
	claim := get(pvc, "metadata", "name")
	cmName := get(cm, "metadata", "name")
	for _, j := range []map[string]any{mapJob, reduceJob} {
		pod := get(j, "spec", "template", "spec").(map[string]any)
		volumes := map[string]bool{}
		for _, v := range pod["volumes"].([]any) {
			vm := v.(map[string]any)
			volumes[vm["name"].(string)] = true
			if c := get(vm, "persistentVolumeClaim", "claimName"); c != claim {
				t.Errorf("volume %v claims %v, not %v", vm["name"], c, claim)
			}
		}
		for _, c := range pod["containers"].([]any) {
			cm := c.(map[string]any)
			for _, m := range cm["volumeMounts"].([]any) {
				if n := m.(map[string]any)["name"].(string); !volumes[n] {
					t.Errorf("container %v mounts %q, which is not a volume of its pod", cm["name"], n)
				}
			}
			if ref := get(cm, "envFrom").([]any)[0]; get(ref.(map[string]any), "configMapRef", "name") != cmName {
				t.Errorf("container %v takes its settings from another config map", cm["name"])
			}
		}
	}
	script := command(t, mapJob)
	for _, want := range []string{"JOB_COMPLETION_INDEX + 1", "--shard", "$SHARDS", "--metrics", "--each"} {
		if !strings.Contains(script, want) {
			t.Errorf("the map command lacks %q:\n%s", want, script)
		}
	}
	if s := command(t, reduceJob); !strings.Contains(s, "/data/out/shards") || strings.Contains(s, "--shard") {
		t.Errorf("the reduce command should roll up the shards:\n%s", s)
	}
}

// jobNamed returns the Job whose name ends in suffix.
func jobNamed(t *testing.T, jobs []map[string]any, suffix string) map[string]any {
	t.Helper()
	for _, j := range jobs {
		if strings.HasSuffix(get(j, "metadata", "name").(string), suffix) {
			return j
		}
	}
	t.Fatalf("no Job named …%s", suffix)
	return nil
}

// command returns the shell script a Job's container runs (sh -c SCRIPT).
func command(t *testing.T, job map[string]any) string {
	t.Helper()
	c := get(job, "spec", "template", "spec").(map[string]any)["containers"].([]any)[0].(map[string]any)
	cmd, args := toStrings(c["command"].([]any)), toStrings(c["args"].([]any))
	if len(cmd) != 2 || cmd[1] != "-c" || len(args) != 1 {
		t.Fatalf("the container should run sh -c SCRIPT, runs %v %v", cmd, args)
	}
	return args[0]
}

func get(v any, path ...string) any {
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[p]
	}
	return v
}

func toStrings(l []any) []string {
	out := make([]string, len(l))
	for i, x := range l {
		out[i], _ = x.(string)
	}
	return out
}

// TestShapeCatches makes sure the check catches what it is for: a typo in
// a field, a number where a string goes, a missing restart policy.
func TestShapeCatches(t *testing.T) {
	for _, c := range []struct {
		yaml, want string
	}{
		{"apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\nspec: {completionmode: Indexed, template: {spec: {restartPolicy: Never, containers: [{name: a, image: b}]}}}\n", `不认识的字段 "completionmode"`},
		{"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {SHARDS: 8}\n", "数字要加引号"},
		{"apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\nspec: {template: {spec: {containers: [{name: a, image: b}]}}}\n", `缺少必需的字段 "restartPolicy"`},
		{"apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\nspec: {template: {spec: {restartPolicy: Always, containers: [{name: a, image: b}]}}}\n", `"Always" 不是`},
		{"apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: a}\nspec: {accessModes: [ReadWriteMany], resources: {requests: {storage: 20GB}}}\n", "不是资源数量"},
	} {
		var v map[string]any
		if err := yaml.Unmarshal([]byte(c.yaml), &v); err != nil {
			t.Fatal(err)
		}
		errs := strings.Join(check(v, kinds[v["apiVersion"].(string)+"/"+v["kind"].(string)], v["kind"].(string)), "\n")
		if !strings.Contains(errs, c.want) {
			t.Errorf("%s: want %q, got %q", c.yaml, c.want, errs)
		}
	}
}
