package web

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"unicode"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
)

// textOf runs text() on one raw value of the parameter "place".
func textOf(t *testing.T, raw string) (string, error) {
	t.Helper()
	gin.SetMode(gin.ReleaseMode)
	c, _ := gin.CreateTestContext(httptest.NewRecorder())
	req, err := http.NewRequest(http.MethodGet, "/api/x?place="+url.QueryEscape(raw), nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Request = req
	return text(c, "place")
}

// TestTextRefusesBlankAndControlValues generates its inputs by class: every
// rune Unicode calls a space or a control character, alone, repeated, and
// before, inside and after a word. A blank value is refused rather than read
// as "no filter"; a control character anywhere is refused; a space around a
// word is trimmed and one inside it kept.
func TestTextRefusesBlankAndControlValues(t *testing.T) {
	var spaces, controls []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		switch {
		case unicode.IsControl(r):
			controls = append(controls, r)
		case unicode.IsSpace(r):
			spaces = append(spaces, r)
		}
	}
	if len(spaces) < 10 || len(controls) < 60 {
		t.Fatalf("only %d spaces and %d controls generated", len(spaces), len(controls))
	}
	refused := func(raw, why string) {
		t.Helper()
		v, err := textOf(t, raw)
		var fe *graph.FieldError
		if !errors.As(err, &fe) || fe.Field != "place" || !strings.Contains(err.Error(), why) {
			t.Errorf("%+q: got %q, %v; want a refusal of place that %s", raw, v, err, why)
		}
	}
	for _, r := range spaces {
		s := string(r)
		refused(s, "blank")
		refused(s+s+s, "blank")
		for _, raw := range []string{s + "Paris", "Paris" + s, s + "Paris" + s} {
			if v, err := textOf(t, raw); err != nil || v != "Paris" {
				t.Errorf("%+q: got %q, %v; want Paris", raw, v, err)
			}
		}
		if v, err := textOf(t, "Le"+s+"Caire"); err != nil || v != "Le"+s+"Caire" {
			t.Errorf("%+q inside: got %q, %v", s, v, err)
		}
	}
	for _, r := range controls {
		s := string(r)
		for _, raw := range []string{s, s + "Paris", "Par" + s + "is", "Paris" + s} {
			refused(raw, "control character")
		}
	}
	for _, raw := range []string{"\xff", "Paris\xc3", "\xed\xa0\x80"} {
		refused(raw, "UTF-8")
	}
	if v, err := textOf(t, ""); err != nil || v != "" {
		t.Errorf("empty: got %q, %v; want no filter", v, err)
	}
}
