package record

import (
	"reflect"
	"runtime"
	"testing"
	"time"
)

// alongsideInit records, while this package initializes, whether a
// goroutine started by an init function runs while initialization goes
// on. Start-up relies on it: the caches of the record types are filled
// on such a goroutine (decode.go), and report's cache of the template
// fields on another, alongside the initialization of the packages that
// follow. The Go specification allows it; that the runtime does it on a
// second processor, without the initializing goroutine blocking, is the
// runtime's behaviour, checked here. The init below spins, never blocks,
// until the goroutine it starts has run, for at most ten seconds.
var alongsideInit struct {
	procs  int
	ran    bool
	waited time.Duration
}

func init() {
	alongsideInit.procs = runtime.GOMAXPROCS(0)
	if alongsideInit.procs < 2 {
		return
	}
	ran := make(chan struct{})
	go close(ran)
	start := time.Now()
	for time.Since(start) < 10*time.Second {
		select {
		case <-ran:
			alongsideInit.ran, alongsideInit.waited = true, time.Since(start)
			return
		default:
		}
	}
}

func TestInitGoroutinesRunAlongsideInit(t *testing.T) {
	if alongsideInit.procs < 2 {
		t.Skipf("GOMAXPROCS is %d: the warm-up goroutines wait for a processor", alongsideInit.procs)
	}
	if !alongsideInit.ran {
		t.Fatal("a goroutine started in an init function did not run in 10 s while package initialization went on: " +
			"the Go runtime no longer runs them alongside it, and the warm-up of the record types (decode.go) and of " +
			"report's template fields now delays every zongjie process until main needs them; do them in init again, or elsewhere")
	}
	t.Logf("the goroutine ran after %v", alongsideInit.waited)
}

// TestWarmFillsEveryRecordType checks that after awaitWarm the caches
// hold every record type reachable from Period, each with the fields a
// fresh walk of its struct tags finds, so no reader ever computes (and
// stores) one concurrently.
func TestWarmFillsEveryRecordType(t *testing.T) {
	awaitWarm()
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || typ == typeDate || typ == typeDecimal || typ == typeSpan || seen[typ] {
			return
		}
		seen[typ] = true
		cached, ok := fieldCache[typ]
		if !ok {
			t.Errorf("%s: not in the field cache", typ)
		}
		if fresh := tagFields(typ); !reflect.DeepEqual(cached, fresh) {
			t.Errorf("%s: cached fields differ from its struct tags", typ)
		}
		if _, ok := unsignedFields[typ]; !ok {
			t.Errorf("%s: not in unsignedFields", typ)
		}
		if isRecord(typ) {
			if _, ok := spanHolders[typ]; !ok {
				t.Errorf("%s: not in spanHolders", typ)
			}
			if _, ok := vocabFields[typ]; !ok {
				t.Errorf("%s: not in vocabFields", typ)
			}
		}
		for i := 0; i < typ.NumField(); i++ {
			if typ.Field(i).IsExported() {
				walk(typ.Field(i).Type)
			}
		}
	}
	walk(reflect.TypeFor[Period]())
	if len(seen) < 10 {
		t.Fatalf("walked only %d record types", len(seen))
	}
}
