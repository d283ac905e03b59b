package web_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/web"
)

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A request its client canceled is logged as canceled (499), not as a
// failed request with a 500.
func TestCanceledRequestIsNotAnError(t *testing.T) {
	st := graphtest.Store(t)
	var logs syncBuffer
	h := web.New(st, slog.New(slog.NewJSONHandler(&logs, nil)), web.Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, path := range []string{"/api/timeline?bucket=day", "/api/overview", "/api/meetings", "/api/met?actor=Burns", "/api/graph"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, localRequest(http.MethodGet, path, "").WithContext(ctx))
		if rec.Code != web.StatusClientClosedRequest {
			t.Errorf("%s canceled: status %d %s", path, rec.Code, rec.Body)
		}
	}
	out := logs.String()
	if strings.Contains(out, `"level":"ERROR"`) || strings.Count(out, "request canceled by the client") != 5 || !strings.Contains(out, `"status":499`) {
		t.Errorf("logs:\n%s", out)
	}
}
