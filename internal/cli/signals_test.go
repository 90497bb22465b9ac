//go:build unix

package cli

import (
	"bytes"
	"os"
	"syscall"
	"testing"
	"time"
)

// TestEarlySignals: the stop signals asked for as the process starts
// reach the command's handler, also one that arrived before the command
// set its handler up.
func TestEarlySignals(t *testing.T) {
	var out bytes.Buffer
	e := newEnv(nil, &out, &out)
	e.process = true
	e.early = notifyEarly()
	e.early.wait()
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // delivered, before any handler
	got := make(chan os.Signal, 4)
	stop := e.onSignal(func(sig os.Signal) { got <- sig })
	defer stop()
	if e.early != nil {
		t.Error("onSignal left the early signals for another command")
	}
	select {
	case sig := <-got:
		if sig != syscall.SIGHUP {
			t.Fatalf("handler got %v, want SIGHUP", sig)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a stop signal that came before onSignal never reached its handler")
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	select {
	case <-got:
	case <-time.After(10 * time.Second):
		t.Fatal("a stop signal after onSignal never reached its handler")
	}
}
