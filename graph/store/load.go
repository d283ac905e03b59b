package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// mergeActors writes a batch of graph.ActorRow: the node, its name,
// aliases merged in (none: no property, as the offline importer leaves
// it; readers take it as empty), and the label of its kind. Both write
// paths use it.
const mergeActors = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.kind = row.kind
WITH a, row, [x IN reduce(acc = [], x IN coalesce(a.aliases, []) + row.aliases |
               CASE WHEN x IN acc THEN acc ELSE acc + x END) WHERE x <> row.name] AS aliases
SET a.name = row.name,
    a.aliases = CASE WHEN size(aliases) > 0 THEN aliases END
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN row.kind = 'state' THEN [1] ELSE [] END | SET a:State)
FOREACH (_ IN CASE WHEN row.kind = 'organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'group' THEN [1] ELSE [] END | SET a:Group)
`

// The write path: each statement UNWINDs one batch of a graph.Plan and
// MERGEs on constrained keys, so loading a record twice changes nothing.
// Provenance lists (sources) grow only by ids they do not hold yet.
const (
	qCandidates = `
UNWIND $keys AS key
MATCH (n:Name {key: key})
USING INDEX n:Name(key)
MATCH (n)<-[:NAMED]-(a:Actor)
WITH DISTINCT a
RETURN a.id AS id, a.name AS name, a.kind AS kind, [(a)-[:NAMED]->(n:Name) | n.key] AS keys,
       coalesce(a.aliases, []) AS aliases,
       [(a)-[r:HOLDS_POSITION]->(o:Actor) | [o.name, coalesce(r.start, ''), coalesce(r.end, '')]] +
       [(a)-[:AFFILIATED_WITH]->(o:Actor) | [o.name, '', '']] AS posts`

	qAutoMerges = `
UNWIND $ids AS id
MATCH (m:Merge {id: id})
RETURN m.id AS id, m.undone AS undone`

	qSource = `
MERGE (s:Source {id: $s.id})
SET s.url = $s.url, s.title = $s.title, s.publisher = $s.publisher, s.published = $s.published,
    s.text = CASE WHEN $s.text = '' THEN s.text ELSE $s.text END`

	qActors = mergeActors + `WITH a, row
MATCH (s:Source {id: $source})
MERGE (a)-[:MENTIONED_IN]->(s)
WITH a, row
UNWIND row.keys AS key
MERGE (n:Name {key: key})
MERGE (a)-[:NAMED]->(n)`

	// search holds every name key of an actor, accents and punctuation
	// folded, for the full-text index.
	qSearchText = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.search = reduce(t = '', k IN COLLECT { MATCH (a)-[:NAMED]->(n:Name) RETURN n.key ORDER BY n.key } | t + ' | ' + k)`

	qPositions = `
UNWIND $rows AS row
MATCH (p:Actor {id: row.person}), (o:Actor {id: row.org})
MERGE (p)-[r:HOLDS_POSITION {title: row.title}]->(o)
SET r.start = CASE WHEN row.start = '' OR r.start <= row.start THEN r.start ELSE row.start END,
    r.end = CASE WHEN row.end = '' OR r.end >= row.end THEN r.end ELSE row.end END,
    r.sources = CASE WHEN $source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $source END`

	qAffiliations = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
SET r.sources = CASE WHEN $source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $source END`

	qNegotiations = `
UNWIND $rows AS row
MERGE (n:Negotiation {id: row.id})
ON CREATE SET n.topic = row.topic
SET n.topics = CASE WHEN row.topic IN coalesce(n.topics, []) THEN n.topics ELSE coalesce(n.topics, []) + row.topic END`

	// Relationship types cannot be parameters, so each role has its own
	// statement.
	qParties = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor}), (n:Negotiation {id: row.negotiation})
MERGE (a)-[r:PARTY_TO]->(n)
SET r.sources = CASE WHEN $source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $source END`

	qMediators = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor}), (n:Negotiation {id: row.negotiation})
MERGE (a)-[r:MEDIATES]->(n)
SET r.sources = CASE WHEN $source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $source END`

	qPlaces = `
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p.name = row.name`

	// qKnownMeetings finds, for each meeting being loaded, the meetings
	// already in the graph with at least two of its participants: the
	// candidates graph.Consolidate matches against.
	qKnownMeetings = `
UNWIND $rows AS row
UNWIND row.participants AS pid
MATCH (:Actor {id: pid})-[:ATTENDED]->(m:Meeting)
WITH row, m, count(*) AS shared WHERE shared >= 2
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN row.id AS row, m.id AS id, m.date AS date, m.dateStart AS dateStart, m.dateEnd AS dateEnd,
  pl.id AS place, [(m)<-[:ATTENDED]-(x:Actor) | x.id] AS participants,
  [(m)-[r:REPORTED_IN]->(s:Source) | {source: s.id, published: s.published, status: r.status,
     mode: r.mode, date: r.date, evidence: r.evidence}] AS reports`

	qMeetings = `
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.date = row.date, m.dateStart = row.dateStart, m.dateEnd = row.dateEnd,
    m.status = row.status, m.mode = row.mode
WITH m, row
MATCH (s:Source {id: $source})
MERGE (m)-[r:REPORTED_IN]->(s)
SET r.evidence = row.evidence, r.attribution = row.attribution, r.status = row.reportStatus,
    r.mode = row.reportMode, r.date = row.reportDate, r.place = row.reportPlace
WITH m, row
CALL (m, row) {
  UNWIND row.participants AS pid
  MATCH (a:Actor {id: pid})
  MERGE (a)-[:ATTENDED]->(m)
}
CALL (m, row) {
  MATCH (p:Place {id: row.place})
  MERGE (m)-[:HELD_IN]->(p)
}
CALL (m, row) {
  MATCH (n:Negotiation {id: row.negotiation})
  MERGE (m)-[:PART_OF]->(n)
}`
)

// LoadStats counts what one record wrote or touched. Merged counts its
// meetings that were already in the graph from other sources.
type LoadStats struct {
	Actors, Meetings, Negotiations, Merged int
	AutoMerges                             int // mentions merged into known actors
}

// LoadRecord validates a record and writes it in one transaction: either
// all of it is in the graph afterwards or none of it. Its actors are
// resolved against those already in the graph by name and alias.
func (s *Store) LoadRecord(ctx context.Context, r graph.Record) (LoadStats, error) {
	if err := r.Validate(); err != nil {
		return LoadStats{}, err
	}
	var stats LoadStats
	err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction) error {
		res, err := tx.Run(ctx, qCandidates, map[string]any{"keys": graph.LookupKeys(r)})
		if err != nil {
			return fmt.Errorf("looking up known actors: %w", err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return fmt.Errorf("looking up known actors: %w", err)
		}
		cands := make([]graph.Candidate, 0, len(recs))
		for _, rec := range recs {
			c, err := candidate(rec)
			if err != nil {
				return err
			}
			cands = append(cands, c)
		}
		p, err := s.plan(ctx, tx, r, cands)
		if err != nil {
			return err
		}
		if err := consolidate(ctx, tx, &p); err != nil {
			return err
		}
		stats = LoadStats{Actors: len(p.Actors), Meetings: len(p.Meetings), Negotiations: len(p.Negotiations)}
		for _, m := range p.Meetings {
			if m.Merged {
				stats.Merged++
			}
		}
		meetingIDs := make([]string, len(p.Meetings))
		for i, m := range p.Meetings {
			meetingIDs[i] = m.ID
		}
		existed, err := metExisting(ctx, tx, meetingIDs)
		if err != nil {
			return err
		}
		if err := runAll(ctx, tx, p.Source.ID, []stmt{
			{"source", qSource, map[string]any{"s": sourceParams(p.Source)}},
			{"actors", qActors, rows(p.Actors, actorParams)},
			{"search text", qSearchText, rows(p.Actors, actorParams)},
			{"positions", qPositions, rows(p.Positions, positionParams)},
			{"affiliations", qAffiliations, rows(p.Affiliations, edgeParams)},
			{"negotiations", qNegotiations, rows(p.Negotiations, negotiationParams)},
			{"parties", qParties, rows(filterRole(p.Roles, graph.Party), roleParams)},
			{"mediators", qMediators, rows(filterRole(p.Roles, graph.Mediator), roleParams)},
			{"places", qPlaces, rows(p.Places, placeParams)},
			{"meetings", qMeetings, rows(p.Meetings, meetingParams)},
		}); err != nil {
			return err
		}
		if err := linkDates(ctx, tx, rows(p.Meetings, meetingParams)["rows"].([]map[string]any)); err != nil {
			return err
		}
		if err := countMeetings(ctx, tx, planCounted(p)); err != nil {
			return err
		}
		if err := metUpdate(ctx, tx, s.log, meetingIDs, existed, false); err != nil {
			return err
		}
		for _, am := range p.AutoMerges {
			if _, err := mergeTx(ctx, tx, am.KeepID, am.GoneID, "auto", am.ID, r.ID); err != nil {
				return fmt.Errorf("merging %q into %s: %w", am.Mention, am.KeepID, err)
			}
		}
		stats.AutoMerges = len(p.AutoMerges)
		return metBump(ctx, tx)
	})
	if err != nil {
		return LoadStats{}, fmt.Errorf("loading record %s: %w", r.ID, err)
	}
	return stats, nil
}

type stmt struct {
	what   string
	query  string
	params map[string]any
}

func runAll(ctx context.Context, tx neo4j.ManagedTransaction, source string, stmts []stmt) error {
	for _, st := range stmts {
		if rows, ok := st.params["rows"].([]map[string]any); ok && len(rows) == 0 {
			continue
		}
		st.params["source"] = source
		res, err := tx.Run(ctx, st.query, st.params)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("writing %s: %w", st.what, err)
		}
	}
	return nil
}

func filterRole(rs []graph.RoleRow, role graph.Role) []graph.RoleRow {
	var out []graph.RoleRow
	for _, r := range rs {
		if r.Role == role {
			out = append(out, r)
		}
	}
	return out
}

// plan resolves a record's actors, with automatic merges: a first pass
// finds the merges it would make, then their state from earlier loads
// decides (see graph.PlanRecord).
func (s *Store) plan(ctx context.Context, tx neo4j.ManagedTransaction, r graph.Record, cands []graph.Candidate) (graph.Plan, error) {
	var ids []string
	graph.PlanRecord(r, cands, func(id string) graph.AutoState {
		ids = append(ids, id)
		return graph.AutoNew
	})
	states := make(map[string]graph.AutoState)
	if len(ids) > 0 {
		res, err := tx.Run(ctx, qAutoMerges, map[string]any{"ids": ids})
		if err != nil {
			return graph.Plan{}, fmt.Errorf("looking up automatic merges: %w", err)
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return graph.Plan{}, fmt.Errorf("looking up automatic merges: %w", err)
		}
		for _, rec := range recs {
			id, err := str(rec, "id")
			if err != nil {
				return graph.Plan{}, err
			}
			states[id] = graph.AutoActive
			if undone, _ := rec.AsMap()["undone"].(bool); undone {
				states[id] = graph.AutoUndone
			}
		}
	}
	return graph.PlanRecord(r, cands, func(id string) graph.AutoState { return states[id] }), nil
}

// consolidate matches the plan's meetings against those already in the
// graph (see graph.Consolidate).
func consolidate(ctx context.Context, tx neo4j.ManagedTransaction, p *graph.Plan) error {
	if len(p.Meetings) == 0 {
		return nil
	}
	// A mention about to be merged into a known actor is that actor for
	// matching: its meetings are the known actor's.
	keep := make(map[string]string)
	for _, am := range p.AutoMerges {
		keep[am.GoneID] = am.KeepID
	}
	matching := make([]graph.MeetingRow, len(p.Meetings))
	for i, m := range p.Meetings {
		m.ParticipantIDs = slices.Clone(m.ParticipantIDs)
		for j, id := range m.ParticipantIDs {
			if k, ok := keep[id]; ok {
				m.ParticipantIDs[j] = k
			}
		}
		matching[i] = m
	}
	res, err := tx.Run(ctx, qKnownMeetings, rows(matching, meetingParams))
	if err != nil {
		return fmt.Errorf("looking up known meetings: %w", err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return fmt.Errorf("looking up known meetings: %w", err)
	}
	known := make(map[string][]*graph.KnownMeeting)
	for _, rec := range recs {
		row, err := str(rec, "row")
		if err != nil {
			return err
		}
		k, err := knownMeeting(rec)
		if err != nil {
			return err
		}
		known[row] = append(known[row], &k)
	}
	graph.Consolidate(matching, known)
	for i := range p.Meetings {
		parts := p.Meetings[i].ParticipantIDs
		p.Meetings[i] = matching[i]
		p.Meetings[i].ParticipantIDs = parts
	}
	return nil
}
