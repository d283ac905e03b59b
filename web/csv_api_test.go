package web_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/parley-dev/parley/graph/graphtest"
	"github.com/parley-dev/parley/web"
)

// formulaLeads are the characters a spreadsheet starts a formula with.
const formulaLeads = "=+-@\t\r"

// Through the real API: records whose every free-text field (names,
// place, evidence, publisher, topic) starts with a formula character are
// loaded, and no cell of any CSV export starts with one; the text that
// survives loading comes out quoted, not dropped.
func TestCSVExportsDefuseFormulas(t *testing.T) {
	st := graphtest.Store(t)
	h := web.New(st, slog.New(slog.DiscardHandler), web.Options{})
	var names []string
	for i, lead := range formulaLeads {
		a, b := fmt.Sprintf("%cAnn Case%c", lead, 'A'+i), fmt.Sprintf("%cBen Case%c", lead, 'A'+i)
		names = append(names, a)
		rec := map[string]any{
			"id":           fmt.Sprintf("csv-%d", i),
			"source":       map[string]any{"publisher": string(lead) + "Publisher", "url": fmt.Sprintf("https://news.example/%d", i), "published": "2024-01-02", "title": string(lead) + "Title"},
			"actors":       []map[string]any{{"name": a, "kind": "person"}, {"name": b, "kind": "person"}},
			"negotiations": []map[string]any{{"topic": string(lead) + fmt.Sprintf("Topic %c", 'A'+i), "parties": []string{a, b}, "mediators": []string{}}},
			"meetings": []map[string]any{{"participants": []string{a, b}, "place": fmt.Sprintf("%cTown%c", lead, 'A'+i), "date": "2024-01-02",
				"status": "held", "mode": "in-person", "evidence": string(lead) + "Ann met Ben."}},
		}
		body, _ := json.Marshal(rec)
		if r := do(h, http.MethodPost, "/api/records", string(body), nil); r.Code != http.StatusOK {
			t.Fatalf("record led by %q: %d %s", lead, r.Code, r.Body)
		}
	}
	paths := []string{"/api/meetings?format=csv&limit=1000", "/api/actors?format=csv&limit=1000",
		"/api/places?format=csv&limit=1000", "/api/negotiations?format=csv&limit=1000"}
	for _, n := range names {
		paths = append(paths, "/api/met?format=csv&actor="+url.QueryEscape(strings.TrimSpace(n)))
	}
	cells, quoted := 0, 0
	for _, p := range paths {
		r := do(h, http.MethodGet, p, "", nil)
		if r.Code != http.StatusOK {
			t.Fatalf("GET %s: %d %s", p, r.Code, r.Body)
		}
		rows, err := csv.NewReader(r.Body).ReadAll()
		if err != nil || len(rows) < 2 {
			t.Fatalf("GET %s: %d rows, %v", p, len(rows), err)
		}
		for _, row := range rows[1:] {
			for i, cell := range row {
				cells++
				if cell != "" && strings.ContainsRune(formulaLeads, rune(cell[0])) {
					t.Errorf("GET %s: column %s is %q, which a spreadsheet runs", p, rows[0][i], cell)
				}
				if len(cell) > 1 && cell[0] == '\'' && strings.ContainsRune(formulaLeads, rune(cell[1])) {
					quoted++
				}
			}
		}
	}
	if quoted == 0 {
		t.Fatal("no cell carried a formula character: the test loaded nothing hostile")
	}
	t.Logf("%d cells in %d exports, %d quoted", cells, len(paths), quoted)
}
