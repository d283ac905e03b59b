package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// A handler still running when the drain ends holds serve until it has
// returned: the caller closes the store right after serve, and closing the
// driver under a running query is a data race in the driver.
func TestServeOutlivesItsHandlers(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	var finished atomic.Bool
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-r.Context().Done()               // its connection closed after the drain
		time.Sleep(200 * time.Millisecond) // a query winding down
		finished.Store(true)
	})
	a := &app{logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- a.serve(ctx, ln, h, time.Second, 100*time.Millisecond) }()
	go func() {
		if resp, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
			resp.Body.Close()
		}
	}()
	select {
	case <-started:
	case <-time.After(10 * time.Second):
		t.Fatal("the request never reached the handler")
	}
	cancel()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "shutting down") {
			t.Errorf("serve returned %v, want the drain's deadline", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not return")
	}
	if !finished.Load() {
		t.Error("serve returned while a handler was still running")
	}
}
