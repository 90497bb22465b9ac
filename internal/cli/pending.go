package cli

import "zongjie/internal/record"

func runMetrics(e *env, args []string) int               { return e.errorf("metrics", "尚未接入") }
func runRender(e *env, args []string) int                { return e.errorf("render", "尚未接入") }
func runBatch(e *env, args []string) int                 { return e.errorf("batch", "尚未接入") }
func runTemplates(e *env, args []string) int             { return e.errorf("templates", "尚未接入") }
func reportAudits(e *env, periods []*record.Period) bool { return false }
