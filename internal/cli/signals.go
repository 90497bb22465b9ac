package cli

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"zongjie/internal/atomicfile"
)

// stopSignals are the signals that ask zongjie to stop: Ctrl+C (SIGINT),
// kill, timeout and docker stop (SIGTERM), a closed terminal or SSH session
// (SIGHUP). A command that writes files handles them: its temporary files
// are removed and it says what was and was not written before it exits.
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// onSignal calls handle, in its own goroutine, for each stop signal that
// arrives until the returned stop is called. It does nothing inside tests
// (env.process unset), where the test runner owns the signals.
//
// The handler is installed, and later removed, in the background: for
// each signal, signal.Notify and signal.Stop hand it to a thread of the
// runtime's own and wait for the answer, and the first Notify starts that
// thread. On the 2-core machine of bench/RESULTS.md, Notify took 0.4 to
// 1.1 ms (median 0.5) and Stop 0.03 to 0.3 ms of every command that
// writes a file, Notify before the data was read. The yongjia PDF went
// from 45.1 to 43.6 ms alternating with pandoc + wkhtmltopdf (30 rounds).
// No temporary file is created before the handler that would remove it
// is in place (atomicfile.WaitFor): a signal before that ends the process
// as it always could, with nothing written. One in the moment between
// stop and Stop is caught and ignored; the command has finished by then.
func (e *env) onSignal(handle func(sig os.Signal)) (stop func()) {
	if !e.process {
		return func() {}
	}
	ch := make(chan os.Signal, 2)
	done := make(chan struct{})
	installed := make(chan struct{})
	atomicfile.WaitFor(installed)
	go func() {
		signal.Notify(ch, stopSignals...)
		close(installed)
	}()
	go func() {
		for {
			select {
			case sig := <-ch:
				handle(sig)
			case <-done:
				return
			}
		}
	}()
	return func() {
		close(done)
		go func() {
			<-installed
			signal.Stop(ch)
		}()
	}
}

// abortOnSignal makes a stop signal end the command at once: the temporary
// files of the writes in progress are removed (no target is replaced after
// that), the message says what happened, and the process exits with 128 +
// the signal's number.
func (e *env) abortOnSignal(cmd, what string) (stop func()) {
	return e.onSignal(func(sig os.Signal) { e.abort(cmd, what, sig) })
}

// abort ends the process after a stop signal.
func (e *env) abort(cmd, what string, sig os.Signal) {
	atomicfile.Abort()
	fmt.Fprintf(e.stderr, "zongjie %s: 收到%s,已停止;%s\n", cmd, signalName(sig), what)
	e.stderr.Flush()
	e.exit(signalExit(sig))
}

// signalName names a stop signal in a message.
func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "中断信号(Ctrl+C)"
	case syscall.SIGTERM:
		return "终止信号(SIGTERM)"
	case syscall.SIGHUP:
		return "挂断信号(SIGHUP)"
	}
	return "信号"
}

// signalExit is the exit code after a signal: 128 + its number, as shells
// report a process the signal ended.
func signalExit(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 128 + 2
}
