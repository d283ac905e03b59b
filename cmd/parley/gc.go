package main

import "runtime/debug"

// gcForBulk trades memory for CPU in the bulk commands, whose heaps are
// large and long-lived, unless GOGC says otherwise.
func gcForBulk(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

// serveMemoryLimit bounds the heap that gcForServe lets grow: past it the
// collector runs as often as it must, whatever GOGC says.
const serveMemoryLimit = 2 << 30

// gcForServe collects less often in the server. Its live heap is small
// (the answers in flight), so at the default GOGC the collector runs
// every few requests; under four clients on the busiest actors it took a
// tenth of the server's CPU, on cores the database shares. At 400 the
// answers of /api/met came 5-11% sooner at the median (bench/abhttp, same
// binary both sides). A soft limit keeps a large export from growing the
// heap five times over. GOGC and GOMEMLIMIT, when set, win.
func gcForServe(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
	}
}
