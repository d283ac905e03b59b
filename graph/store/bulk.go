package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// The bulk write path: the same nodes, relationships and properties as
// LoadRecord writes, but for thousands of records per transaction. Each
// statement UNWINDs one flat list of rows and MERGEs on constrained keys, so
// a re-import (or the rerun of an import killed midway) changes nothing that
// one clean run would not have written. Rows that an earlier batch of the same
// import already wrote unchanged (an actor, a place) are not sent again.
const (
	qBulkSources = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.url = row.url, s.title = row.title, s.publisher = row.publisher, s.published = row.published,
    s.text = CASE WHEN row.text = '' THEN s.text ELSE row.text END`

	qBulkActors = mergeActors + `WITH a, row
CALL (a, row) {
  UNWIND row.keys AS key
  MERGE (n:Name {key: key})
  MERGE (a)-[:NAMED]->(n)
}
WITH DISTINCT a
SET a.search = reduce(t = '', k IN COLLECT { MATCH (a)-[:NAMED]->(n:Name) RETURN n.key ORDER BY n.key } | t + ' | ' + k)`

	qBulkDigests = `
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
SET s.digest = row.digest`

	qKnownDigests = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.digest AS digest`

	qBulkMentions = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (s:Source {id: row.source})
MERGE (a)-[:MENTIONED_IN]->(s)`

	qBulkPositions = `
UNWIND $rows AS row
MATCH (p:Actor {id: row.person})
MATCH (o:Actor {id: row.org})
MERGE (p)-[r:HOLDS_POSITION {title: row.title}]->(o)
SET r.start = CASE WHEN row.start = '' OR r.start <= row.start THEN r.start ELSE row.start END,
    r.end = CASE WHEN row.end = '' OR r.end >= row.end THEN r.end ELSE row.end END,
    r.sources = CASE WHEN row.source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.source END`

	qBulkAffiliations = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:AFFILIATED_WITH]->(b)
SET r.sources = CASE WHEN row.source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.source END`

	qBulkNegotiations = `
UNWIND $rows AS row
MERGE (n:Negotiation {id: row.id})
ON CREATE SET n.topic = row.topic
SET n.topics = CASE WHEN row.topic IN coalesce(n.topics, []) THEN n.topics ELSE coalesce(n.topics, []) + row.topic END`

	qBulkParties = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (n:Negotiation {id: row.negotiation})
MERGE (a)-[r:PARTY_TO]->(n)
SET r.sources = CASE WHEN row.source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.source END`

	qBulkMediators = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (n:Negotiation {id: row.negotiation})
MERGE (a)-[r:MEDIATES]->(n)
SET r.sources = CASE WHEN row.source IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + row.source END`

	qBulkPlaces = `
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p.name = row.name`

	qBulkMeetings = `
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.date = row.date, m.dateStart = row.dateStart, m.dateEnd = row.dateEnd,
    m.status = row.status, m.mode = row.mode`

	qBulkReports = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (s:Source {id: row.source})
MERGE (m)-[r:REPORTED_IN]->(s)
SET r.evidence = row.evidence, r.attribution = row.attribution, r.status = row.status,
    r.mode = row.mode, r.date = row.date, r.place = row.place`

	// qBulkKnownMeetings returns the meetings that both actors of a pair
	// attended, in the shape of qKnownMeetings.
	qBulkKnownMeetings = `
UNWIND $pairs AS pair
MATCH (x:Actor {id: pair[0]})
USING INDEX x:Actor(id)
MATCH (y:Actor {id: pair[1]})
USING INDEX y:Actor(id)
MATCH (x)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(y)
WITH DISTINCT m
OPTIONAL MATCH (m)-[:HELD_IN]->(pl:Place)
RETURN m.id AS id, m.date AS date, m.dateStart AS dateStart, m.dateEnd AS dateEnd,
  pl.id AS place, [(m)<-[:ATTENDED]-(x:Actor) | x.id] AS participants,
  [(m)-[r:REPORTED_IN]->(s:Source) | {source: s.id, published: s.published, status: r.status,
     mode: r.mode, date: r.date, evidence: r.evidence}] AS reports`

	// qBulkAttended writes each attendance with its ordering key
	// (attendedOrderKey, from the meeting's dateStart as this batch writes
	// it), so that the attendance of a meeting new to the graph needs no
	// second pass (metUpdate keys only that of known meetings).
	qBulkAttended = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (m:Meeting {id: row.meeting})
MERGE (a)-[r:ATTENDED]->(m)
SET r.key = row.key`

	qBulkHeldIn = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (p:Place {id: row.place})
MERGE (m)-[:HELD_IN]->(p)`

	// The relationships of a meeting or source that the batch's own
	// transaction creates are created, not merged: none can exist before
	// the statement, and the batch's rows hold each once (bulkBatch.once),
	// so CREATE writes what MERGE would without first looking for it (on
	// a busy actor, among thousands of relationships). Those of nodes the
	// graph held already are merged as above.
	qBulkNewMentions = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (s:Source {id: row.source})
CREATE (a)-[:MENTIONED_IN]->(s)`

	qBulkNewReports = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (s:Source {id: row.source})
CREATE (m)-[:REPORTED_IN {evidence: row.evidence, attribution: row.attribution, status: row.status,
    mode: row.mode, date: row.date, place: row.place}]->(s)`

	qBulkNewAttended = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MATCH (m:Meeting {id: row.meeting})
CREATE (a)-[:ATTENDED {key: row.key}]->(m)`

	qBulkNewHeldIn = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (p:Place {id: row.place})
CREATE (m)-[:HELD_IN]->(p)`

	qBulkNewPartOf = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (n:Negotiation {id: row.negotiation})
CREATE (m)-[:PART_OF]->(n)`

	// qKnownSources returns which of the sources about to be written are
	// in the graph already.
	qKnownSources = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN collect(s.id) AS ids`

	qBulkPartOf = `
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (n:Negotiation {id: row.negotiation})
MERGE (m)-[:PART_OF]->(n)`
)

// bulkSchema is what the bulk path needs beyond schema: nothing — every
// MERGE and MATCH above seeks through a uniqueness constraint of schema.
var bulkSchema = []string{}

// BulkOptions tunes a bulk import.
type BulkOptions struct {
	// BatchMeetings closes a batch (one transaction) once it holds this
	// many meetings; 0 means 5000. A batch also closes at 4×BatchMeetings
	// records, for records without meetings.
	BatchMeetings int
	// TxTimeout bounds each batch's transaction; 0 means 10 minutes.
	TxTimeout time.Duration
	// Progress, if set, is called after each committed batch.
	Progress func(BulkProgress)
}

// BulkProgress is the running total of a bulk import.
type BulkProgress struct {
	Items, Meetings, Batches int
	Elapsed                  time.Duration
}

// BulkStats says what a bulk import wrote.
type BulkStats struct {
	Items, Actors, Batches int
	// Meetings counts the meetings new to the graph, each once; Updates
	// the writes to meetings the graph held already (a meeting told again
	// by a later record, in a later batch, or by an earlier import).
	Meetings, Updates int
	AutoMerges        int // mentions merged into known actors, each in the merge log
	Unchanged         int // items skipped: imported before with the same digest
	Persons           int // of Actors, the people
}

// BulkImporter writes items in batched transactions. Use one per import;
// it is not safe for concurrent use.
type BulkImporter struct {
	s       *Store
	opts    BulkOptions
	planner *Planner
	// written remembers rows committed by earlier batches of this import, so
	// they are not sent again: actor id → signature, place ids, (negotiation,
	// topic) pairs.
	actors map[string]string
	places map[string]bool
	topics map[string]bool
	// unchanged counts items skipped for their digest (written by plan).
	unchanged *int
}

// NewBulkImporter returns an importer writing to s. Call EnsureSchema
// first.
func (s *Store) NewBulkImporter(opts BulkOptions) *BulkImporter {
	if opts.BatchMeetings <= 0 {
		opts.BatchMeetings = 5000
	}
	if opts.TxTimeout <= 0 {
		opts.TxTimeout = 10 * time.Minute
	}
	return &BulkImporter{
		s: s, opts: opts, planner: NewPlanner(s.bulkCandidates, s.bulkKnownMeetings).WithAutoMerges(s.bulkAutoStates),
		actors: map[string]string{}, places: map[string]bool{}, topics: map[string]bool{},
	}
}

// EnsureBulkSchema creates what bulk imports need beyond EnsureSchema.
func (s *Store) EnsureBulkSchema(ctx context.Context) error {
	for _, q := range bulkSchema {
		if _, err := s.write(ctx, q, nil); err != nil {
			return fmt.Errorf("schema %q: %w", q, err)
		}
	}
	return nil
}

func (s *Store) bulkCandidates(ctx context.Context, keys []string) ([]graph.Candidate, error) {
	res, err := s.bulkRead(ctx, qCandidates, map[string]any{"keys": keys})
	if err != nil {
		return nil, fmt.Errorf("looking up known actors: %w", err)
	}
	out := make([]graph.Candidate, 0, len(res.Records))
	for _, rec := range res.Records {
		c, err := candidate(rec)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// bulkRead is read with a timeout fit for a whole batch's lookups.
func (s *Store) bulkRead(ctx context.Context, query string, params map[string]any) (*neo4j.EagerResult, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(max(s.timeout, 10*time.Minute))))
	return res, classify(ctx, err)
}

// bulkAutoStates says which automatic merges earlier imports or loads
// made, and which of them an editor undid.
func (s *Store) bulkAutoStates(ctx context.Context, ids []string) (map[string]graph.AutoState, error) {
	res, err := s.bulkRead(ctx, qAutoMerges, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("looking up automatic merges: %w", err)
	}
	out := make(map[string]graph.AutoState, len(res.Records))
	for _, rec := range res.Records {
		id, err := str(rec, "id")
		if err != nil {
			return nil, err
		}
		out[id] = graph.AutoActive
		if undone, _ := rec.AsMap()["undone"].(bool); undone {
			out[id] = graph.AutoUndone
		}
	}
	return out, nil
}

func (s *Store) bulkKnownMeetings(ctx context.Context, pairs [][2]string) ([]graph.KnownMeeting, error) {
	ps := make([][]string, len(pairs))
	for i, p := range pairs {
		ps[i] = []string{p[0], p[1]}
	}
	res, err := s.bulkRead(ctx, qBulkKnownMeetings, map[string]any{"pairs": ps})
	if err != nil {
		return nil, fmt.Errorf("looking up known meetings: %w", err)
	}
	out := make([]graph.KnownMeeting, 0, len(res.Records))
	for _, rec := range res.Records {
		k, err := knownMeeting(rec)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, nil
}

// Import reads items from next until it returns io.EOF-like done=true, and
// writes them in batches. next returns (item, true, nil) for an item,
// (_, false, nil) at the end, or an error that stops the import. Planning
// the next batch overlaps with writing the current one. On error (ctx
// cancelled included), every batch committed so far stays committed; a
// rerun of the same input completes the import exactly.
func (b *BulkImporter) Import(ctx context.Context, next func() (BulkItem, bool, error)) (BulkStats, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	start := time.Now()
	batches := make(chan *bulkBatch, 1)
	var stats BulkStats
	planErr := make(chan error, 1)
	var unchanged int // written by the planning goroutine, read once it is done
	b.unchanged = &unchanged
	go func() {
		defer close(batches)
		planErr <- b.plan(ctx, next, batches)
	}()
	var werr error
	for bt := range batches {
		if werr != nil {
			continue // drain
		}
		err := b.writeFitting(ctx, bt, func(bt *bulkBatch, fresh int) {
			b.commit(bt)
			stats.AutoMerges += len(bt.autos)
			stats.Items += bt.items
			stats.Meetings += fresh
			stats.Updates += len(bt.meetings) - fresh
			stats.Batches++
			if b.opts.Progress != nil {
				b.opts.Progress(BulkProgress{Items: stats.Items, Meetings: stats.Meetings, Batches: stats.Batches, Elapsed: time.Since(start)})
			}
		})
		if err != nil {
			werr = err
			cancel(err)
		}
	}
	perr := <-planErr
	stats.Unchanged = unchanged
	stats.Actors = len(b.actors)
	for id := range b.actors {
		if strings.HasPrefix(id, string(graph.Person)+":") {
			stats.Persons++
		}
	}
	if werr != nil {
		return stats, werr
	}
	return stats, perr
}

// plan reads items, resolves them batch by batch and hands finished batches
// to the writer.
func (b *BulkImporter) plan(ctx context.Context, next func() (BulkItem, bool, error), out chan<- *bulkBatch) error {
	maxItems := 4 * b.opts.BatchMeetings
	var items []BulkItem
	meetings := 0
	flush := func() error {
		if len(items) == 0 {
			return nil
		}
		todo, err := b.skipUnchanged(ctx, items)
		if err != nil {
			return err
		}
		items, meetings = nil, 0
		for len(todo) > 0 {
			plans, err := b.planner.PlanPrefix(ctx, todo)
			if err != nil {
				return err
			}
			bt := newBulkBatch()
			for i, p := range plans {
				bt.addItem(p, todo[i].Digest)
			}
			todo = todo[len(plans):]
			select {
			case out <- bt:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		}
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return context.Cause(ctx)
		}
		it, ok, err := next()
		if err != nil {
			return err
		}
		if !ok {
			return flush()
		}
		items = append(items, it)
		meetings += max(len(it.Record.Meetings), 0)
		if meetings >= b.opts.BatchMeetings || len(items) >= maxItems {
			if err := flush(); err != nil {
				return err
			}
		}
	}
}

// skipUnchanged drops the items whose source the graph holds with the
// item's digest.
func (b *BulkImporter) skipUnchanged(ctx context.Context, items []BulkItem) ([]BulkItem, error) {
	var ids []string
	for _, it := range items {
		if it.Digest != "" {
			ids = append(ids, it.Record.ID)
		}
	}
	if len(ids) == 0 {
		return items, nil
	}
	res, err := b.s.bulkRead(ctx, qKnownDigests, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("looking up imported sources: %w", err)
	}
	known := map[string]string{}
	for _, rec := range res.Records {
		id, _ := rec.Get("id")
		d, _ := rec.Get("digest")
		if ds, ok := d.(string); ok {
			known[fmt.Sprint(id)] = ds
		}
	}
	out := items[:0:0]
	for _, it := range items {
		if it.Digest != "" && known[it.Record.ID] == it.Digest {
			*b.unchanged++
			continue
		}
		out = append(out, it)
	}
	return out, nil
}

// bulkBatch is the rows of many plans, deduplicated.
type bulkBatch struct {
	items        int
	plans        []graph.Plan // as added, so the batch can be split
	planDigests  []string
	sources      map[string]map[string]any
	sourceOrder  []string
	actors       map[string]*graph.ActorRow
	actorOrder   []string
	mentions     []map[string]any
	positions    []map[string]any
	affiliations []map[string]any
	negotiations []map[string]any
	parties      []map[string]any
	mediators    []map[string]any
	places       map[string]string
	placeOrder   []string
	meetings     []map[string]any
	meetingIndex map[string]int
	reports      []map[string]any
	reportIndex  map[string]int
	attended     []map[string]any
	heldIn       []map[string]any
	partOf       []map[string]any
	autos        []bulkAuto
	digests      []map[string]any
	seen         map[string]bool // dedup of relationship rows
}

// bulkAuto is an automatic merge to make once the batch is written, and
// the record that made it.
type bulkAuto struct {
	merge  graph.AutoMerge
	record string
}

func newBulkBatch() *bulkBatch {
	return &bulkBatch{
		sources: map[string]map[string]any{}, actors: map[string]*graph.ActorRow{},
		places: map[string]string{}, meetingIndex: map[string]int{}, reportIndex: map[string]int{}, seen: map[string]bool{},
	}
}

// addItem adds an item's plan and the digest of its record ("" for
// none).
func (bt *bulkBatch) addItem(p graph.Plan, digest string) {
	bt.plans = append(bt.plans, p)
	bt.planDigests = append(bt.planDigests, digest)
	bt.add(p)
	if digest != "" {
		bt.digests = append(bt.digests, map[string]any{"id": p.Source.ID, "digest": digest})
	}
}

// halves splits the batch into its first and second half of items. Written
// in turn they leave the graph the batch leaves: the planner ends a batch
// before an item that a merge of an earlier item takes an actor from, so
// no item of the second half depends on what the first half's merges do.
func (bt *bulkBatch) halves() (*bulkBatch, *bulkBatch) {
	k := len(bt.plans) / 2
	first, second := newBulkBatch(), newBulkBatch()
	for i, p := range bt.plans {
		half := first
		if i >= k {
			half = second
		}
		half.addItem(p, bt.planDigests[i])
	}
	return first, second
}

func (bt *bulkBatch) once(parts ...string) bool {
	k := strings.Join(parts, "\x1f")
	if bt.seen[k] {
		return false
	}
	bt.seen[k] = true
	return true
}

func (bt *bulkBatch) add(p graph.Plan) {
	bt.items++
	src := p.Source.ID
	for _, am := range p.AutoMerges {
		if bt.once("auto", am.ID) {
			bt.autos = append(bt.autos, bulkAuto{am, src})
		}
	}
	if _, ok := bt.sources[src]; !ok {
		bt.sourceOrder = append(bt.sourceOrder, src)
	}
	bt.sources[src] = sourceParams(p.Source)
	for _, a := range p.Actors {
		if cur, ok := bt.actors[a.ID]; ok {
			cur.Absorb(a)
		} else {
			row := a
			row.Aliases = slices.Clone(a.Aliases)
			row.Keys = slices.Clone(a.Keys)
			bt.actors[a.ID] = &row
			bt.actorOrder = append(bt.actorOrder, a.ID)
		}
		if bt.once("mention", a.ID, src) {
			bt.mentions = append(bt.mentions, map[string]any{"actor": a.ID, "source": src})
		}
	}
	for _, x := range p.Positions {
		if bt.once("pos", x.PersonID, x.OrgID, x.Title, src) {
			row := positionParams(x)
			row["source"] = src
			bt.positions = append(bt.positions, row)
		}
	}
	for _, x := range p.Affiliations {
		if bt.once("aff", x.FromID, x.ToID, src) {
			bt.affiliations = append(bt.affiliations, map[string]any{"from": x.FromID, "to": x.ToID, "source": src})
		}
	}
	for _, n := range p.Negotiations {
		if bt.once("neg", n.ID, n.Topic) {
			bt.negotiations = append(bt.negotiations, map[string]any{"id": n.ID, "topic": n.Topic})
		}
	}
	for _, r := range p.Roles {
		if !bt.once("role", string(r.Role), r.ActorID, r.NegotiationID, src) {
			continue
		}
		row := map[string]any{"actor": r.ActorID, "negotiation": r.NegotiationID, "source": src}
		if r.Role == graph.Mediator {
			bt.mediators = append(bt.mediators, row)
		} else {
			bt.parties = append(bt.parties, row)
		}
	}
	for _, pl := range p.Places {
		if _, ok := bt.places[pl.ID]; !ok {
			bt.places[pl.ID] = pl.Name
			bt.placeOrder = append(bt.placeOrder, pl.ID)
		}
	}
	for _, m := range p.Meetings {
		row := map[string]any{
			"id": m.ID, "date": m.Date, "dateStart": m.DateStart, "dateEnd": m.DateEnd,
			"status": string(m.Status), "mode": string(m.Mode),
		}
		if i, ok := bt.meetingIndex[m.ID]; ok {
			bt.meetings[i] = row
		} else {
			bt.meetingIndex[m.ID] = len(bt.meetings)
			bt.meetings = append(bt.meetings, row)
		}
		rep := map[string]any{
			"meeting": m.ID, "source": m.Report.SourceID, "evidence": m.Report.Evidence, "attribution": m.Report.Attribution,
			"status": string(m.Report.Status), "mode": string(m.Report.Mode), "date": m.Report.Date, "place": m.Report.Place,
		}
		rk := m.ID + "\x1f" + m.Report.SourceID
		if i, ok := bt.reportIndex[rk]; ok {
			bt.reports[i] = rep
		} else {
			bt.reportIndex[rk] = len(bt.reports)
			bt.reports = append(bt.reports, rep)
		}
		for _, a := range m.ParticipantIDs {
			if bt.once("att", a, m.ID) {
				bt.attended = append(bt.attended, map[string]any{"actor": a, "meeting": m.ID})
			}
		}
		if m.PlaceID != "" && bt.once("held", m.ID, m.PlaceID) {
			bt.heldIn = append(bt.heldIn, map[string]any{"meeting": m.ID, "place": m.PlaceID})
		}
		if m.NegotiationID != "" && bt.once("part", m.ID, m.NegotiationID) {
			bt.partOf = append(bt.partOf, map[string]any{"meeting": m.ID, "negotiation": m.NegotiationID})
		}
	}
}

func actorSignature(a *graph.ActorRow) string {
	return a.Name + "\x1e" + string(a.Kind) + "\x1e" + strings.Join(a.Aliases, "\x1f") + "\x1e" + strings.Join(a.Keys, "\x1f")
}

// writeFitting writes bt in one transaction and calls done once it is
// committed. If Neo4j refuses the transaction the memory it needs
// (db.memory.transaction.max), it writes the batch's two halves in turn
// instead, and so on down to a single item, whose refusal is the error:
// how much memory a batch takes depends on the shape of its records (a
// meeting of k people makes k(k-1)/2 pairs), which the batch size cannot
// foresee.
func (b *BulkImporter) writeFitting(ctx context.Context, bt *bulkBatch, done func(*bulkBatch, int)) error {
	fresh, err := b.write(ctx, bt)
	if err == nil {
		done(bt, fresh)
		return nil
	}
	if !memoryRefused(err) {
		return err
	}
	if len(bt.plans) < 2 {
		if len(bt.plans) == 1 {
			return fmt.Errorf("record %s alone: %w", bt.plans[0].Source.ID, err)
		}
		return err
	}
	first, second := bt.halves()
	b.s.log.Info("bulk batch too big for one transaction's memory: writing it in two",
		"items", len(bt.plans), "meetings", len(bt.meetings), "first", len(first.plans), "second", len(second.plans))
	if err := b.writeFitting(ctx, first, done); err != nil {
		return err
	}
	return b.writeFitting(ctx, second, done)
}

// write sends one batch in one transaction.
func (b *BulkImporter) write(ctx context.Context, bt *bulkBatch) (fresh int, err error) {
	sources := make([]map[string]any, 0, len(bt.sourceOrder))
	for _, id := range bt.sourceOrder {
		sources = append(sources, bt.sources[id])
	}
	var actors []map[string]any
	for _, id := range bt.actorOrder {
		a := bt.actors[id]
		if b.actors[id] == actorSignature(a) {
			continue
		}
		actors = append(actors, actorParams(*a))
	}
	var places []map[string]any
	for _, id := range bt.placeOrder {
		if !b.places[id] {
			places = append(places, map[string]any{"id": id, "name": bt.places[id]})
		}
	}
	var negs []map[string]any
	for _, n := range bt.negotiations {
		if !b.topics[n["id"].(string)+"\x1f"+n["topic"].(string)] {
			negs = append(negs, n)
		}
	}
	for _, r := range bt.attended {
		id := r["meeting"].(string)
		r["key"] = attendedOrderKey(r["actor"].(string), bt.meetings[bt.meetingIndex[id]]["dateStart"].(string), id)
	}
	type stmt struct {
		what, query string
		rows        []map[string]any
	}
	// Statements whose rows all go to nodes that exist before they run,
	// then those that split by whether the meeting or source is new
	// (splitNew, in the transaction).
	before := []stmt{
		{"sources", qBulkSources, sources},
		{"digests", qBulkDigests, bt.digests},
		{"actors", qBulkActors, actors},
	}
	middle := []stmt{
		{"positions", qBulkPositions, bt.positions},
		{"affiliations", qBulkAffiliations, bt.affiliations},
		{"negotiations", qBulkNegotiations, negs},
		{"parties", qBulkParties, bt.parties},
		{"mediators", qBulkMediators, bt.mediators},
		{"places", qBulkPlaces, places},
		{"meetings", qBulkMeetings, bt.meetings},
	}
	meetingIDs := make([]string, len(bt.meetings))
	for i, m := range bt.meetings {
		meetingIDs[i] = m["id"].(string)
	}
	start := time.Now()
	var ran time.Time // when the statements were done: the rest is the commit
	err = b.s.inWriteTimeout(ctx, b.opts.TxTimeout, func(tx neo4j.ManagedTransaction) error {
		existed, err := metExisting(ctx, tx, meetingIDs)
		if err != nil {
			return err
		}
		fresh = len(meetingIDs) - len(existed) // meetingIDs holds each meeting once
		knownSources, err := existingIDs(ctx, tx, qKnownSources, bt.sourceOrder)
		if err != nil {
			return fmt.Errorf("looking up known sources: %w", err)
		}
		newMentions, oldMentions := splitNew(bt.mentions, "source", func(id string) bool { return knownSources[id] })
		newReports, oldReports := splitNew(bt.reports, "meeting", existed.has)
		newAttended, oldAttended := splitNew(bt.attended, "meeting", existed.has)
		newHeldIn, oldHeldIn := splitNew(bt.heldIn, "meeting", existed.has)
		newPartOf, oldPartOf := splitNew(bt.partOf, "meeting", existed.has)
		// The sources and meetings are written before the relationships
		// that are created to them.
		stmts := slices.Concat(before, []stmt{
			{"mentions", qBulkMentions, oldMentions},
			{"new mentions", qBulkNewMentions, newMentions},
		}, middle, []stmt{
			{"reports", qBulkReports, oldReports},
			{"new reports", qBulkNewReports, newReports},
			{"attendance", qBulkAttended, oldAttended},
			{"new attendance", qBulkNewAttended, newAttended},
			{"places of meetings", qBulkHeldIn, oldHeldIn},
			{"new places of meetings", qBulkNewHeldIn, newHeldIn},
			{"negotiations of meetings", qBulkPartOf, oldPartOf},
			{"new negotiations of meetings", qBulkNewPartOf, newPartOf},
		})
		for _, st := range stmts {
			if len(st.rows) == 0 {
				continue
			}
			t0 := time.Now()
			res, err := tx.Run(ctx, st.query, map[string]any{"rows": st.rows})
			if err == nil {
				_, err = res.Consume(ctx)
			}
			b.s.log.Debug("bulk statement", "what", st.what, "rows", len(st.rows), "took", time.Since(t0).Round(time.Millisecond))
			if err != nil {
				return fmt.Errorf("writing %s: %w", st.what, err)
			}
		}
		t0 := time.Now()
		if err := linkDates(ctx, tx, bt.meetings); err != nil {
			return err
		}
		b.s.log.Debug("bulk statement", "what", "dates", "rows", len(bt.meetings), "took", time.Since(t0).Round(time.Millisecond))
		t0 = time.Now()
		if err := metUpdate(ctx, tx, b.s.log, meetingIDs, existed, true); err != nil {
			return err
		}
		b.s.log.Debug("bulk statement", "what", "met-with", "rows", len(meetingIDs), "took", time.Since(t0).Round(time.Millisecond))
		// Every automatic merge is made as LoadRecord makes it, in the
		// batch's transaction, and so listed in the merge log and undoable.
		t0 = time.Now()
		if err := autoMergesTx(ctx, tx, bt.autos, b.s.log); err != nil {
			return err
		}
		if err := countMeetings(ctx, tx, bt.counted()); err != nil {
			return err
		}
		b.s.log.Debug("bulk statement", "what", "automatic merges", "rows", len(bt.autos), "took", time.Since(t0).Round(time.Millisecond))
		if err := metBump(ctx, tx); err != nil {
			return err
		}
		ran = time.Now()
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("bulk batch: %w", err)
	}
	b.s.log.Debug("bulk batch", "meetings", len(meetingIDs), "took", time.Since(start).Round(time.Millisecond),
		"commit", time.Since(ran).Round(time.Millisecond))
	return fresh, nil
}

// splitNew divides rows by whether the node their key names is new to the
// graph (not known).
func splitNew(rows []map[string]any, key string, known func(string) bool) (fresh, old []map[string]any) {
	for _, r := range rows {
		if known(r[key].(string)) {
			old = append(old, r)
		} else {
			fresh = append(fresh, r)
		}
	}
	return fresh, old
}

// commit remembers what a committed batch wrote.
func (b *BulkImporter) commit(bt *bulkBatch) {
	for _, id := range bt.actorOrder {
		b.actors[id] = actorSignature(bt.actors[id])
	}
	for _, a := range bt.autos { // the merges changed both nodes
		delete(b.actors, a.merge.KeepID)
		delete(b.actors, a.merge.GoneID)
	}
	for _, id := range bt.placeOrder {
		b.places[id] = true
	}
	for _, n := range bt.negotiations {
		b.topics[n["id"].(string)+"\x1f"+n["topic"].(string)] = true
	}
}
