package web

import (
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
)

// table is a CSV rendering of a response: a header and rows.
type table struct {
	name   string
	header []string
	rows   [][]string
}

// respond writes v as JSON, or as CSV when ?format=csv; the table is
// made only then.
func respond(c *gin.Context, v any, csvTable func() table) error {
	format, err := oneOf(c, "format", "json", "csv")
	if err != nil {
		return err
	}
	if format != "csv" {
		c.JSON(http.StatusOK, v)
		return nil
	}
	t := csvTable()
	c.Header("Content-Type", "text/csv; charset=utf-8")
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.csv"`, t.name))
	c.Status(http.StatusOK)
	w := csv.NewWriter(c.Writer)
	_ = w.Write(t.header)
	for _, r := range t.rows {
		_ = w.Write(safeCells(r))
	}
	w.Flush()
	return w.Error()
}

// formulaStart holds the characters a spreadsheet reads as the start of a
// formula (or, tab and carriage return, that let one through).
const formulaStart = "=+-@\t\r"

// safeCells defuses every cell that a spreadsheet opening the CSV would
// run as a formula — names and evidence come from articles, which anyone
// can write — by prefixing it with a single quote, as OWASP advises
// (https://owasp.org/www-community/attacks/CSV_Injection).
func safeCells(row []string) []string {
	out := make([]string, len(row))
	for i, cell := range row {
		if cell != "" && strings.ContainsRune(formulaStart, rune(cell[0])) {
			cell = "'" + cell
		}
		out[i] = cell
	}
	return out
}

func placeName(p *graph.PlaceRef) string {
	if p == nil {
		return ""
	}
	return p.Name
}

func names(as []graph.ActorRef) string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return strings.Join(out, "; ")
}

func sourceTitles(rs []graph.Report) string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = strings.TrimSpace(r.Publisher + " " + r.Published + " " + r.URL)
	}
	return strings.Join(out, "; ")
}

var meetingHeader = []string{"meeting_id", "date", "place", "status", "mode", "participants", "evidence", "sources"}

func meetingRow(m graph.MeetingView) []string {
	return []string{m.ID, m.Date, placeName(m.Place), string(m.Status), string(m.Mode), names(m.Participants), m.Evidence, sourceTitles(m.Sources)}
}

// metCSV is a row per counterpart and meeting, or with no page of
// meetings (the summary, Limit 0) a row per counterpart.
func metCSV(r graph.MetResult) table {
	if r.Limit == 0 {
		t := table{name: "met-" + graph.Slug(r.Actor.Name), header: []string{"actor", "counterpart", "counterpart_kind",
			"meetings", "first", "last", "places", "latest_meeting_id", "latest_evidence", "latest_source"}}
		for _, cp := range r.Counterparts {
			places := make([]string, len(cp.Places))
			for i, p := range cp.Places {
				places[i] = p.Name
			}
			var latest graph.PairLatest
			if cp.Latest != nil {
				latest = *cp.Latest
			}
			t.rows = append(t.rows, []string{r.Actor.Name, cp.Actor.Name, string(cp.Actor.Kind), strconv.Itoa(cp.Count),
				cp.First, cp.Last, strings.Join(places, "; "), latest.MeetingID, latest.Evidence, latest.Title})
		}
		return t
	}
	t := table{name: "met-" + graph.Slug(r.Actor.Name), header: append([]string{"actor", "counterpart", "counterpart_kind"}, meetingHeader...)}
	for _, cp := range r.Counterparts {
		for _, m := range cp.Meetings {
			t.rows = append(t.rows, append([]string{r.Actor.Name, cp.Actor.Name, string(cp.Actor.Kind)}, meetingRow(m)...))
		}
	}
	return t
}

func meetingsCSV(ms []graph.MeetingView) table {
	t := table{name: "meetings", header: meetingHeader}
	for _, m := range ms {
		t.rows = append(t.rows, meetingRow(m))
	}
	return t
}

func actorsCSV(as []graph.ActorHit) table {
	t := table{name: "actors", header: []string{"id", "name", "kind", "aliases", "meetings"}}
	for _, a := range as {
		t.rows = append(t.rows, []string{a.ID, a.Name, string(a.Kind), strings.Join(a.Aliases, "; "), strconv.Itoa(a.Meetings)})
	}
	return t
}

func placesCSV(ps []graph.PlaceView) table {
	t := table{name: "places", header: []string{"id", "name", "meetings", "first", "last"}}
	for _, p := range ps {
		t.rows = append(t.rows, []string{p.ID, p.Name, strconv.Itoa(p.Meetings), p.First, p.Last})
	}
	return t
}

func negotiationsCSV(ns []graph.NegotiationView) table {
	t := table{name: "negotiations", header: []string{"id", "topic", "parties", "mediators", "meetings", "first", "last"}}
	for _, n := range ns {
		t.rows = append(t.rows, []string{n.ID, n.Topic, names(n.Parties), names(n.Mediators), strconv.Itoa(n.Meetings), n.First, n.Last})
	}
	return t
}

// GraphML, as Gephi and yEd read it: typed attribute keys, then nodes and
// edges.
type graphML struct {
	XMLName xml.Name     `xml:"graphml"`
	XMLNS   string       `xml:"xmlns,attr"`
	Keys    []graphMLKey `xml:"key"`
	Graph   struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		// Comment and Data say, in the file itself, when the export stopped
		// at its node cap, so that an analyst opening it cannot miss it.
		Comment string        `xml:",comment"`
		Data    []graphMLData `xml:"data"`
		Nodes   []graphMLItem `xml:"node"`
		Edges   []graphMLItem `xml:"edge"`
	} `xml:"graph"`
}

type graphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphMLItem struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr,omitempty"`
	Target string        `xml:"target,attr,omitempty"`
	Data   []graphMLData `xml:"data"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// exportGraphML: GET /api/export.graphml?actor=&depth=&limit= — one
// actor's neighbourhood, or the whole graph up to the node cap (limit,
// at most 5,000); a capped export says so in the file (graph data key
// "truncated", and a comment) and in the X-Parley-Truncated header.
func (s *Server) exportGraphML(c *gin.Context) error {
	id, err := s.actorParam(c, "actor", false)
	if err != nil {
		return err
	}
	depth, err := intParam(c, "depth", 2, 1, 2)
	if err != nil {
		return err
	}
	limit, err := intParam(c, "limit", 5000, 1, 5000)
	if err != nil {
		return err
	}
	g, err := s.store.Subgraph(c.Request.Context(), graph.GraphQuery{ActorID: id, Depth: depth, Limit: limit, EdgeLimit: -1})
	if err != nil {
		return err
	}
	doc := toGraphML(g)
	doc.Graph.Data = []graphMLData{{"truncated", strconv.FormatBool(g.Truncated)}}
	if g.Truncated {
		doc.Graph.Comment = fmt.Sprintf(" Truncated: this export stops at %d nodes, and the graph has more. "+
			"Export one actor's neighbourhood (?actor=) for a complete part. ", limit)
	}
	c.Header("Content-Type", "application/graphml+xml; charset=utf-8")
	c.Header("Content-Disposition", `attachment; filename="parley.graphml"`)
	if g.Truncated {
		c.Header("X-Parley-Truncated", "true")
	}
	c.Status(http.StatusOK)
	_, _ = c.Writer.WriteString(xml.Header)
	enc := xml.NewEncoder(c.Writer)
	enc.Indent("", " ")
	return enc.Encode(doc)
}

func toGraphML(g graph.Subgraph) graphML {
	var doc graphML
	doc.XMLNS = "http://graphml.graphdrawing.org/xmlns"
	doc.Keys = []graphMLKey{
		{"label", "node", "label", "string"}, {"type", "node", "type", "string"},
		{"kind", "node", "kind", "string"}, {"meetings", "node", "meetings", "int"},
		{"etype", "edge", "type", "string"}, {"weight", "edge", "weight", "int"},
		{"places", "edge", "places", "string"}, {"title", "edge", "title", "string"},
		{"truncated", "graph", "truncated", "boolean"},
	}
	doc.Graph.EdgeDefault = "directed"
	for _, n := range g.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphMLItem{ID: n.ID, Data: []graphMLData{
			{"label", n.Label}, {"type", n.Type}, {"kind", string(n.Kind)}, {"meetings", strconv.Itoa(n.Meetings)},
		}})
	}
	for _, e := range g.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, graphMLItem{ID: e.ID, Source: e.Source, Target: e.Target, Data: []graphMLData{
			{"etype", e.Type}, {"weight", strconv.Itoa(max(e.Count, 1))}, {"places", strings.Join(e.Places, "; ")}, {"title", e.Title},
		}})
	}
	return doc
}
