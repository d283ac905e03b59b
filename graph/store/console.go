package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/parley-dev/parley/graph"
)

// The analysts' Cypher console is read-only by construction, in layers:
//  1. a lexical check (console_lex.go) refuses, outside strings and
//     comments, the clauses that write, administer or leave the database,
//     several statements, and procedures not on a short allow-list;
//  2. the query is EXPLAINed in a read transaction and the plan Neo4j
//     returns must hold read operators only, on this database, calling
//     only allowed procedures and functions (console_plan.go): this is the
//     layer the guarantee rests on, as it reads what Neo4j would run
//     rather than the words that asked for it;
//  3. it then runs in that read transaction, where the server itself
//     refuses writes, bounded by a timeout and a row cap; and the console
//     may run as a database user of its own (Config.ReaderUser) where the
//     database has roles.
// The Neo4j Parley starts also refuses LOAD CSV from the network and
// from files (tools/neo4j), whatever the query.

// DefaultConsoleLimits are used where a limit is zero.
var DefaultConsoleLimits = graph.ConsoleLimits{Rows: 1000, Bytes: 8 << 20, Timeout: 10 * time.Second}

// MaxQueryBytes bounds the query text.
const MaxQueryBytes = 20_000

// Cypher runs an analyst's read-only query. Refusals and Cypher errors
// are graph.ErrInvalid.
func (s *Store) Cypher(ctx context.Context, query string, params map[string]any, lim graph.ConsoleLimits) (graph.CypherResult, error) {
	if err := CheckReadOnly(query); err != nil {
		return graph.CypherResult{}, err
	}
	return s.cypher(ctx, query, params, lim)
}

// cypher is the console past its lexical check: the EXPLAIN check and the
// read transaction.
func (s *Store) cypher(ctx context.Context, query string, params map[string]any, lim graph.ConsoleLimits) (graph.CypherResult, error) {
	if lim.Rows <= 0 {
		lim.Rows = DefaultConsoleLimits.Rows
	}
	if lim.Bytes <= 0 {
		lim.Bytes = DefaultConsoleLimits.Bytes
	}
	if lim.Timeout <= 0 {
		lim.Timeout = DefaultConsoleLimits.Timeout
	}
	if params == nil {
		params = map[string]any{}
	}
	// The server times the transaction out; this bounds the wait on the
	// client too, for a server that never answers (see checkShape).
	ctx, cancel := context.WithTimeout(ctx, lim.Timeout+2*time.Second)
	defer cancel()
	// EXPLAIN on a line of its own, and the user's own EXPLAIN or PROFILE
	// blanked rather than cut, so that a syntax error's line, column and
	// offset point into the user's text (see userPositions).
	explain := explainPrefix + leadingKeyword.ReplaceAllStringFunc(query, blank)
	work := func(tx neo4j.ManagedTransaction) (out graph.CypherResult, err error) {
		defer func() { err = overLimit(err, lim) }()
		res, err := tx.Run(ctx, explain, params)
		if err != nil {
			return graph.CypherResult{}, userPositions(err)
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return graph.CypherResult{}, userPositions(err)
		}
		if sum.Plan() == nil {
			return graph.CypherResult{}, graph.Invalid("query", "is refused: Neo4j returned no plan to check")
		}
		if err := checkPlan(planTree(sum.Plan()), s.db); err != nil {
			return graph.CypherResult{}, err
		}
		if t := sum.StatementType(); t != neo4j.StatementTypeReadOnly {
			return graph.CypherResult{}, graph.Invalid("query", fmt.Sprintf("is refused: it plans as a %s statement and the console is read-only", statementType(t)))
		}
		out = graph.CypherResult{Rows: [][]any{}}
		for _, n := range sum.GqlStatusObjects() {
			if n.IsNotification() {
				out.Warnings = append(out.Warnings, n.StatusDescription())
			}
		}
		if res, err = tx.Run(ctx, query, params); err != nil {
			return graph.CypherResult{}, err
		}
		if out.Columns, err = res.Keys(); err != nil {
			return graph.CypherResult{}, err
		}
		draw := newDrawing()
		size := 0
		for res.Next(ctx) {
			if len(out.Rows) == lim.Rows {
				out.Truncated = true
				break
			}
			rec := res.Record()
			row := make([]any, len(rec.Values))
			for i, v := range rec.Values {
				row[i] = draw.value(v)
			}
			if data, err := json.Marshal(row); err == nil {
				size += len(data)
			}
			if size > lim.Bytes {
				out.Truncated = true
				break
			}
			out.Rows = append(out.Rows, row)
		}
		if err := res.Err(); err != nil {
			return graph.CypherResult{}, err
		}
		// Connect what was returned, as Neo4j Browser does: the
		// relationships among the result's nodes, even when the query
		// returned the nodes alone.
		if n := len(draw.order); n > 1 && n <= maxConnect {
			rels, err := tx.Run(ctx, qConnect, map[string]any{"ids": draw.order, "limit": maxConnectRels})
			if err != nil {
				return graph.CypherResult{}, err
			}
			for rels.Next(ctx) {
				if r, ok := rels.Record().Values[0].(neo4j.Relationship); ok {
					draw.rel(r)
				}
			}
			if err := rels.Err(); err != nil {
				return graph.CypherResult{}, err
			}
		}
		out.Graph = draw.subgraph()
		return out, nil
	}
	out, err := againIfLost(ctx, func() (graph.CypherResult, error) {
		sess := s.console.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead, FetchSize: 200})
		defer sess.Close(context.WithoutCancel(ctx))
		return neo4j.ExecuteRead(ctx, sess, work, neo4j.WithTxTimeout(lim.Timeout))
	})
	if err != nil {
		return graph.CypherResult{}, consoleError(ctx, err)
	}
	return out, nil
}

// overLimit turns the database's refusals of what a query costs (its heap,
// its transaction time) into the query's fault, a 400: they are the
// analyst's to fix, and the driver would otherwise retry the transient
// out-of-memory error, running the same query again until its retry
// time ran out.
func overLimit(err error, lim graph.ConsoleLimits) error {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		return err
	}
	switch {
	case strings.Contains(ne.Code, "OutOfMemoryError"):
		return graph.Invalid("query", "needs more memory than the database can give it: narrow it (a LIMIT, a label, fewer rows carried between clauses)")
	case strings.Contains(ne.Code, "TransactionTimedOut"):
		return graph.Invalid("query", fmt.Sprintf("ran past the console's limit of %v: narrow it (a LIMIT, a label, an indexed property)", lim.Timeout))
	}
	return err
}

// consoleError maps what Neo4j answers a console query to the domain's
// errors: whatever the database refuses of a query (syntax, semantics,
// unknown or forbidden procedures, the read-only transaction) is the
// query's fault, a 400 with Neo4j's message, never a 500.
func consoleError(ctx context.Context, err error) error {
	var fe *graph.FieldError
	if errors.As(err, &fe) {
		return err
	}
	err = classify(ctx, err)
	if errors.Is(err, graph.ErrInvalid) || errors.Is(err, graph.ErrTimeout) || errors.Is(err, graph.ErrUnavailable) {
		return err
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && queryFault(ne.Code) {
		return fmt.Errorf("%w: the database refused the query: %s", graph.ErrInvalid, ne.Msg)
	}
	return err
}

// queryFault reports whether a Neo4j error code blames the query rather
// than the server or Parley's configuration (credentials, routing).
func queryFault(code string) bool {
	for _, p := range []string{
		"Neo.ClientError.Statement.", "Neo.ClientError.Procedure.", "Neo.ClientError.Schema.",
		"Neo.ClientError.Request.", "Neo.ClientError.Transaction.", "Neo.ClientError.General.",
		"Neo.ClientError.Security.Forbidden",
	} {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// qConnect finds the relationships among a result's nodes (by element id),
// but the MET_WITH aggregates: derived from the meetings drawn already.
const qConnect = `
MATCH (a) WHERE elementId(a) IN $ids
MATCH (a)-[r]->(b) WHERE elementId(b) IN $ids AND type(r) <> 'MET_WITH'
RETURN r LIMIT $limit`

// The console connects results of up to maxConnect nodes, with at most
// maxConnectRels relationships.
const (
	maxConnect     = 500
	maxConnectRels = 2000
)

const explainPrefix = "EXPLAIN\n"

// blank replaces a matched keyword with spaces (keeping line breaks), so
// positions after it do not move.
func blank(m string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return r
		}
		return ' '
	}, m)
}

var errPosition = regexp.MustCompile(`line (\d+), column (\d+) \(offset: (\d+)\)`)

// userPositions rewrites a syntax error of the EXPLAINed query so that its
// line and offset are those of the user's text: the EXPLAIN line is one
// line and len(explainPrefix) characters before it.
func userPositions(err error) error {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) || !strings.Contains(ne.Code, "SyntaxError") {
		return err
	}
	msg := errPosition.ReplaceAllStringFunc(ne.Msg, func(m string) string {
		p := errPosition.FindStringSubmatch(m)
		line, _ := strconv.Atoi(p[1])
		offset, _ := strconv.Atoi(p[3])
		return fmt.Sprintf("line %d, column %s (offset: %d)", max(1, line-1), p[2], max(0, offset-len(explainPrefix)))
	})
	// The snippet Neo4j quotes is the offending line; "EXPLAIN" never
	// appears in it unless the user wrote it.
	msg = strings.Replace(msg, "EXPLAIN\n", "", 1)
	cp := *ne
	cp.Msg = msg
	return &cp
}

func statementType(t neo4j.StatementType) string {
	switch t {
	case neo4j.StatementTypeReadWrite:
		return "read-write"
	case neo4j.StatementTypeWriteOnly:
		return "write"
	case neo4j.StatementTypeSchemaWrite:
		return "schema"
	}
	return "non-read-only"
}

// drawing collects the nodes and relationships a result holds, so the UI
// can draw them, and turns driver values into JSON-friendly ones.
type drawing struct {
	nodes map[string]graph.Node // by element id
	order []string
	edges map[string]graph.Edge
	eord  []string
}

func newDrawing() *drawing {
	return &drawing{nodes: map[string]graph.Node{}, edges: map[string]graph.Edge{}}
}

func (d *drawing) node(n neo4j.Node) string {
	if _, ok := d.nodes[n.ElementId]; !ok {
		node := nodeOf(n)
		if node.ID == "" {
			node.ID = n.ElementId
		}
		if node.Label == "" {
			for _, k := range []string{"name", "key", "title", "topic"} {
				if s, ok := n.Props[k].(string); ok {
					node.Label = s
					break
				}
			}
		}
		if node.Type == "" && len(n.Labels) > 0 {
			node.Type = strings.ToLower(n.Labels[0])
		}
		d.nodes[n.ElementId] = node
		d.order = append(d.order, n.ElementId)
	}
	return d.nodes[n.ElementId].ID
}

func (d *drawing) rel(r neo4j.Relationship) {
	if _, ok := d.edges[r.ElementId]; ok {
		return
	}
	d.edges[r.ElementId] = graph.Edge{ID: r.ElementId, Type: strings.ToLower(r.Type), Source: r.StartElementId, Target: r.EndElementId}
	d.eord = append(d.eord, r.ElementId)
}

// subgraph returns the drawing; relationships whose ends are not in the
// result are left out.
func (d *drawing) subgraph() graph.Subgraph {
	g := graph.Subgraph{Nodes: []graph.Node{}, Edges: []graph.Edge{}}
	for _, id := range d.order {
		g.Nodes = append(g.Nodes, d.nodes[id])
	}
	for _, id := range d.eord {
		e := d.edges[id]
		src, ok1 := d.nodes[e.Source]
		dst, ok2 := d.nodes[e.Target]
		if ok1 && ok2 {
			e.Source, e.Target = src.ID, dst.ID
			g.Edges = append(g.Edges, e)
		}
	}
	return g
}

// value turns a driver value into plain JSON values, recording graph
// elements on the way.
func (d *drawing) value(v any) any {
	switch x := v.(type) {
	case neo4j.Node:
		id := d.node(x)
		props := d.props(x.Props)
		props["_id"], props["_labels"] = id, x.Labels
		return props
	case neo4j.Relationship:
		d.rel(x)
		props := d.props(x.Props)
		props["_type"] = x.Type
		return props
	case neo4j.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = d.value(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = d.value(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = d.value(e)
		}
		return out
	case map[string]any:
		return d.props(x)
	case dbtype.Date:
		return x.String()
	case dbtype.LocalDateTime:
		return x.String()
	case dbtype.LocalTime:
		return x.String()
	case dbtype.Time:
		return x.String()
	case dbtype.Duration:
		return x.String()
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Point2D:
		return x.String()
	case dbtype.Point3D:
		return x.String()
	}
	return v
}

func (d *drawing) props(m map[string]any) map[string]any {
	out := make(map[string]any, len(m)+2)
	for k, v := range m {
		out[k] = d.value(v)
	}
	return out
}
