package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
)

// The offline import: the graph a bulk import would write into an empty
// database, resolved by the same Planner, written as the CSV files of
// Neo4j's offline importer (`neo4j-admin database import full`) — one file
// per label and relationship type, ids in one id space per label — for a
// stopped, empty database. Each node and relationship is written once, in
// the state the bulk path's MERGEs and SETs would leave it in.

// ArrayDelimiter separates the elements of list properties and the labels
// of a node in the files OfflineWriter writes (pass it to the importer as
// --array-delimiter). A value holding it is refused.
const ArrayDelimiter = '\x1f'

// OfflineFiles is what OfflineWriter wrote.
type OfflineFiles struct {
	Nodes         []string // node files, each with its header
	Relationships []string // relationship files, each with its header
	Multiline     []string // the files with a value spanning lines
	Merges        []OfflineMerge
	// MetLists are the MET_WITH aggregates whose place lists the files
	// cannot hold ([] or [""]): FinishOffline sets them, each row {pair,
	// places, names, dates}.
	MetLists []map[string]any
	Stats    BulkStats
}

// OfflineMerge is an automatic merge the planner made: after the import,
// FinishOffline makes it as the bulk path does (in the merge log, undoable).
type OfflineMerge struct {
	Merge  graph.AutoMerge
	Record string // the source whose record made it
}

type offActor struct {
	id, name, kind string
	labels         []string
	aliases, keys  []string
}

type offSource struct {
	row    graph.SourceRow
	text   string
	digest string
	actors []string // mentioned, in order
}

type offMeeting struct {
	row          graph.MeetingRow // the last written
	participants []string
	places, negs []string
	reports      []graph.ReportRow // one per source, the last written
}

type offRel struct {
	title, start, end string
	sources           []string
}

// OfflineWriter plans items as a bulk import into an empty graph would and
// writes the importer's files into a folder. Add every item in order, then
// Close. It holds the whole graph in memory until Close.
type OfflineWriter struct {
	dir     string
	planner *Planner
	pending []BulkItem

	sources   map[string]*offSource
	sourceIDs []string
	actors    map[string]*offActor
	actorIDs  []string
	names     map[string]bool
	nameKeys  []string
	negs      map[string][]string // id → topics, the first is its topic
	negIDs    []string
	places    map[string]string
	placeIDs  []string
	meetings  map[string]*offMeeting
	meetIDs   []string
	rels      map[string]*offRel // type|from|to[|title] → properties
	relKeys   []string
	merges    []OfflineMerge
	items     int
}

// NewOfflineWriter returns a writer into dir (created if need be).
func NewOfflineWriter(dir string) *OfflineWriter {
	w := &OfflineWriter{
		dir: dir, sources: map[string]*offSource{}, actors: map[string]*offActor{}, names: map[string]bool{},
		negs: map[string][]string{}, places: map[string]string{}, meetings: map[string]*offMeeting{}, rels: map[string]*offRel{},
	}
	// The graph is empty: no merge was made by an earlier import.
	w.planner = NewPlanner(nil, nil).WithAutoMerges(func(_ context.Context, ids []string) (map[string]graph.AutoState, error) {
		out := make(map[string]graph.AutoState, len(ids))
		for _, id := range ids {
			out[id] = graph.AutoNew
		}
		return out, nil
	})
	return w
}

// Add plans an item (in batches, as the bulk importer does).
func (w *OfflineWriter) Add(ctx context.Context, it BulkItem) error {
	w.pending = append(w.pending, it)
	if len(w.pending) >= 2000 {
		return w.flush(ctx)
	}
	return nil
}

func (w *OfflineWriter) flush(ctx context.Context) error {
	items := w.pending
	w.pending = nil
	for len(items) > 0 {
		plans, err := w.planner.PlanPrefix(ctx, items)
		if err != nil {
			return err
		}
		for i, p := range plans {
			if err := w.add(p, items[i]); err != nil {
				return err
			}
		}
		items = items[len(plans):]
	}
	return nil
}

// checkList refuses a list element holding the array delimiter.
func checkList(it BulkItem, what string, vals ...string) error {
	for _, v := range vals {
		if strings.ContainsRune(v, ArrayDelimiter) {
			return fmt.Errorf("line %d, record %q: %s %q holds the control character U+001F, which the offline import cannot write",
				it.Line, it.Record.ID, what, v)
		}
	}
	return nil
}

// add folds one plan into the graph, as the bulk path's statements
// would leave it.
func (w *OfflineWriter) add(p graph.Plan, it BulkItem) error {
	w.items++
	src := p.Source.ID
	if err := checkList(it, "source id", src); err != nil {
		return err
	}
	for _, am := range p.AutoMerges {
		w.merges = append(w.merges, OfflineMerge{Merge: am, Record: src})
	}
	s, ok := w.sources[src]
	if !ok {
		s = &offSource{}
		w.sources[src] = s
		w.sourceIDs = append(w.sourceIDs, src)
	}
	s.row = p.Source
	if p.Source.Text != "" {
		s.text = p.Source.Text
	}
	if it.Digest != "" {
		s.digest = it.Digest
	}
	for _, a := range p.Actors {
		if err := checkList(it, "alias or name key of "+a.ID, append(slices.Clone(a.Aliases), a.Keys...)...); err != nil {
			return err
		}
		cur, ok := w.actors[a.ID]
		if !ok {
			cur = &offActor{id: a.ID, kind: string(a.Kind)}
			w.actors[a.ID] = cur
			w.actorIDs = append(w.actorIDs, a.ID)
		}
		// mergeActors: the name is the latest, aliases accumulate minus
		// the name, every kind written adds its label.
		cur.name = a.Name
		var aliases []string
		for _, x := range append(slices.Clone(cur.aliases), a.Aliases...) {
			if !slices.Contains(aliases, x) {
				aliases = append(aliases, x)
			}
		}
		cur.aliases = slices.DeleteFunc(aliases, func(x string) bool { return x == a.Name })
		if l := kindLabel(a.Kind); l != "" && !slices.Contains(cur.labels, l) {
			cur.labels = append(cur.labels, l)
		}
		for _, k := range a.Keys {
			if !slices.Contains(cur.keys, k) {
				cur.keys = append(cur.keys, k)
			}
			if !w.names[k] {
				w.names[k] = true
				w.nameKeys = append(w.nameKeys, k)
			}
		}
		if !slices.Contains(s.actors, a.ID) {
			s.actors = append(s.actors, a.ID)
		}
	}
	for _, x := range p.Positions {
		r := w.rel("HOLDS_POSITION", x.PersonID, x.OrgID, x.Title)
		r.title = x.Title
		if x.Start != "" && (r.start == "" || x.Start < r.start) {
			r.start = x.Start
		}
		if x.End != "" && (r.end == "" || x.End > r.end) {
			r.end = x.End
		}
		r.addSource(src)
	}
	for _, x := range p.Affiliations {
		w.rel("AFFILIATED_WITH", x.FromID, x.ToID, "").addSource(src)
	}
	for _, n := range p.Negotiations {
		if err := checkList(it, "negotiation topic", n.Topic); err != nil {
			return err
		}
		if _, ok := w.negs[n.ID]; !ok {
			w.negIDs = append(w.negIDs, n.ID)
		}
		if !slices.Contains(w.negs[n.ID], n.Topic) {
			w.negs[n.ID] = append(w.negs[n.ID], n.Topic)
		}
	}
	for _, r := range p.Roles {
		typ := "PARTY_TO"
		if r.Role == graph.Mediator {
			typ = "MEDIATES"
		}
		w.rel(typ, r.ActorID, r.NegotiationID, "").addSource(src)
	}
	for _, pl := range p.Places {
		if _, ok := w.places[pl.ID]; !ok {
			w.places[pl.ID] = pl.Name
			w.placeIDs = append(w.placeIDs, pl.ID)
		}
	}
	for _, m := range p.Meetings {
		cur, ok := w.meetings[m.ID]
		if !ok {
			cur = &offMeeting{}
			w.meetings[m.ID] = cur
			w.meetIDs = append(w.meetIDs, m.ID)
		}
		cur.row = m
		cur.row.ParticipantIDs, cur.row.Report = nil, graph.ReportRow{}
		if i := slices.IndexFunc(cur.reports, func(r graph.ReportRow) bool { return r.SourceID == m.Report.SourceID }); i >= 0 {
			cur.reports[i] = m.Report
		} else {
			cur.reports = append(cur.reports, m.Report)
		}
		for _, a := range m.ParticipantIDs {
			if !slices.Contains(cur.participants, a) {
				cur.participants = append(cur.participants, a)
			}
		}
		if m.PlaceID != "" && !slices.Contains(cur.places, m.PlaceID) {
			cur.places = append(cur.places, m.PlaceID)
		}
		if m.NegotiationID != "" && !slices.Contains(cur.negs, m.NegotiationID) {
			cur.negs = append(cur.negs, m.NegotiationID)
		}
	}
	return nil
}

func (w *OfflineWriter) rel(typ, from, to, title string) *offRel {
	k := typ + "\x1f" + from + "\x1f" + to
	if typ == "HOLDS_POSITION" {
		k += "\x1f" + title
	}
	r, ok := w.rels[k]
	if !ok {
		r = &offRel{}
		w.rels[k] = r
		w.relKeys = append(w.relKeys, k)
	}
	return r
}

func (r *offRel) addSource(src string) {
	if !slices.Contains(r.sources, src) {
		r.sources = append(r.sources, src)
	}
}

func kindLabel(k graph.Kind) string {
	switch k {
	case graph.Person:
		return "Person"
	case graph.State:
		return "State"
	case graph.Organization:
		return "Organization"
	case graph.Group:
		return "Group"
	}
	return ""
}

// Close plans what is pending and writes the files.
func (w *OfflineWriter) Close(ctx context.Context) (OfflineFiles, error) {
	var out OfflineFiles
	if err := w.flush(ctx); err != nil {
		return out, err
	}
	if err := os.MkdirAll(w.dir, 0o755); err != nil {
		return out, err
	}
	var errs []error
	file := func(name string, node bool, header string, rows func(f *csvFile)) {
		f, err := newCSVFile(filepath.Join(w.dir, name), header)
		if err != nil {
			errs = append(errs, err)
			return
		}
		rows(f)
		if err := f.close(); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
		if node {
			out.Nodes = append(out.Nodes, f.path)
		} else {
			out.Relationships = append(out.Relationships, f.path)
		}
		if f.multiline {
			out.Multiline = append(out.Multiline, f.path)
		}
	}
	file("sources.csv", true, "id:ID(Source),url,title,publisher,published,text,digest,:LABEL", func(f *csvFile) {
		for _, id := range w.sourceIDs {
			s := w.sources[id]
			f.row(q(id), q(s.row.URL), q(s.row.Title), q(s.row.Publisher), q(s.row.Published), opt(s.text), opt(s.digest), q("Source"))
		}
	})
	agg := w.aggregates()
	file("actors.csv", true, "id:ID(Actor),name,kind,aliases:string[],search,meetings:long,:LABEL", func(f *csvFile) {
		for _, id := range w.actorIDs {
			a := w.actors[id]
			keys := slices.Sorted(slices.Values(a.keys))
			search := ""
			for _, k := range keys {
				search += " | " + k
			}
			f.row(q(id), q(a.name), q(a.kind), list(a.aliases), q(search), num(agg.actorMeetings[id]), list(append([]string{"Actor"}, a.labels...)))
			out.Stats.Actors++
			if strings.HasPrefix(id, string(graph.Person)+":") {
				out.Stats.Persons++
			}
		}
	})
	file("names.csv", true, "key:ID(Name),:LABEL", func(f *csvFile) {
		for _, k := range w.nameKeys {
			f.row(q(k), q("Name"))
		}
	})
	file("negotiations.csv", true, "id:ID(Negotiation),topic,topics:string[],meetings:long,:LABEL", func(f *csvFile) {
		for _, id := range w.negIDs {
			f.row(q(id), q(w.negs[id][0]), list(w.negs[id]), num(agg.negMeetings[id]), q("Negotiation"))
		}
	})
	file("datekeys.csv", true, "key:ID(DateKey),start,end,:LABEL", func(f *csvFile) {
		for _, k := range agg.dateKeys {
			f.row(q(k.key), q(k.start), q(k.end), q("DateKey"))
		}
	})
	file("places.csv", true, "id:ID(Place),name,:LABEL", func(f *csvFile) {
		for _, id := range w.placeIDs {
			f.row(q(id), q(w.places[id]), q("Place"))
		}
	})
	file("meetings.csv", true, "id:ID(Meeting),date,dateStart,dateEnd,status,mode,:LABEL", func(f *csvFile) {
		for _, id := range w.meetIDs {
			m := w.meetings[id].row
			f.row(q(id), q(m.Date), q(m.DateStart), q(m.DateEnd), q(string(m.Status)), q(string(m.Mode)), q("Meeting"))
		}
	})
	file("named.csv", false, ":START_ID(Actor),:END_ID(Name),:TYPE", func(f *csvFile) {
		for _, id := range w.actorIDs {
			for _, k := range w.actors[id].keys {
				f.row(q(id), q(k), q("NAMED"))
			}
		}
	})
	file("mentioned_in.csv", false, ":START_ID(Actor),:END_ID(Source),:TYPE", func(f *csvFile) {
		for _, id := range w.sourceIDs {
			for _, a := range w.sources[id].actors {
				f.row(q(a), q(id), q("MENTIONED_IN"))
			}
		}
	})
	rels := func(name, typ, header string, cols func(r *offRel) []cell) {
		file(name, false, header, func(f *csvFile) {
			for _, k := range w.relKeys {
				parts := strings.SplitN(k, "\x1f", 4)
				if parts[0] != typ {
					continue
				}
				f.row(append([]cell{q(parts[1]), q(parts[2]), q(typ)}, cols(w.rels[k])...)...)
			}
		})
	}
	rels("holds_position.csv", "HOLDS_POSITION", ":START_ID(Actor),:END_ID(Actor),:TYPE,title,start,end,sources:string[]",
		func(r *offRel) []cell { return []cell{q(r.title), opt(r.start), opt(r.end), list(r.sources)} })
	rels("affiliated_with.csv", "AFFILIATED_WITH", ":START_ID(Actor),:END_ID(Actor),:TYPE,sources:string[]",
		func(r *offRel) []cell { return []cell{list(r.sources)} })
	rels("party_to.csv", "PARTY_TO", ":START_ID(Actor),:END_ID(Negotiation),:TYPE,sources:string[]",
		func(r *offRel) []cell { return []cell{list(r.sources)} })
	rels("mediates.csv", "MEDIATES", ":START_ID(Actor),:END_ID(Negotiation),:TYPE,sources:string[]",
		func(r *offRel) []cell { return []cell{list(r.sources)} })
	file("reported_in.csv", false, ":START_ID(Meeting),:END_ID(Source),:TYPE,evidence,attribution,status,mode,date,place", func(f *csvFile) {
		for _, id := range w.meetIDs {
			for _, r := range w.meetings[id].reports {
				f.row(q(id), q(r.SourceID), q("REPORTED_IN"), q(r.Evidence), q(r.Attribution), q(string(r.Status)), q(string(r.Mode)), q(r.Date), q(r.Place))
			}
		}
	})
	file("attended.csv", false, ":START_ID(Actor),:END_ID(Meeting),:TYPE", func(f *csvFile) {
		for _, id := range w.meetIDs {
			for _, a := range w.meetings[id].participants {
				f.row(q(a), q(id), q("ATTENDED"))
			}
		}
	})
	file("held_in.csv", false, ":START_ID(Meeting),:END_ID(Place),:TYPE", func(f *csvFile) {
		for _, id := range w.meetIDs {
			for _, p := range w.meetings[id].places {
				f.row(q(id), q(p), q("HELD_IN"))
			}
		}
	})
	file("part_of.csv", false, ":START_ID(Meeting),:END_ID(Negotiation),:TYPE", func(f *csvFile) {
		for _, id := range w.meetIDs {
			for _, n := range w.meetings[id].negs {
				f.row(q(id), q(n), q("PART_OF"))
			}
		}
	})
	file("dated.csv", false, ":START_ID(Meeting),:END_ID(DateKey),:TYPE", func(f *csvFile) {
		for _, id := range w.meetIDs {
			if k := agg.dated[id]; k != "" {
				f.row(q(id), q(k), q("DATED"))
			}
		}
	})
	file("met_with.csv", false,
		":START_ID(Actor),:END_ID(Actor),:TYPE,pair,count:long,first,last,places:string[],placeNames:string[],placeLast:string[],lastMeeting,lastEvidence,lastSource",
		func(f *csvFile) {
			for _, p := range agg.met.order {
				ids, dates := p.topPlaces()
				names := make([]string, len(ids))
				for i, id := range ids {
					names[i] = w.places[id]
				}
				pair := p.lo + " " + p.hi
				lists := []cell{list(ids), list(names), list(dates)}
				if !listable(ids) || !listable(names) || !listable(dates) {
					out.MetLists = append(out.MetLists, map[string]any{"pair": pair, "places": ids, "names": names, "dates": dates})
					lists = []cell{{null: true}, {null: true}, {null: true}}
				}
				f.row(append([]cell{q(p.lo), q(p.hi), q("MET_WITH"), q(pair), num(p.n), opt(p.first), opt(p.last)},
					append(lists, q(p.lmID), q(p.lmEv), q(p.lmSrc))...)...)
			}
		})
	out.Merges = w.merges
	out.Stats.Items = w.items
	out.Stats.Meetings = len(w.meetIDs)
	out.Stats.AutoMerges = len(w.merges)
	return out, errors.Join(errs...)
}

// offAggregates is what the graph keeps derived from the meetings (the
// meeting counts, the DateKeys, the MET_WITH aggregates), computed from
// the meetings as written, before the automatic merges: FinishOffline
// makes those as the bulk path does, with their upkeep.
type offAggregates struct {
	actorMeetings, negMeetings map[string]int64
	dateKeys                   []offDateKey
	dated                      map[string]string // meeting id → its DateKey
	met                        *metCalc
}

type offDateKey struct{ key, start, end string }

func (w *OfflineWriter) aggregates() offAggregates {
	a := offAggregates{actorMeetings: map[string]int64{}, negMeetings: map[string]int64{}, dated: map[string]string{}, met: newMetCalc()}
	keys := map[string]bool{}
	var reps []metReport
	for _, id := range w.meetIDs {
		m := w.meetings[id]
		for _, x := range m.participants {
			a.actorMeetings[x]++
		}
		for _, n := range m.negs {
			a.negMeetings[n]++
		}
		// linkDate: the key is the date as written, or its first day;
		// the first meeting linked creates the key with its days.
		if m.row.DateStart != "" {
			key := m.row.DateStart
			if m.row.Date > "" {
				key = m.row.Date
			}
			a.dated[id] = key
			if !keys[key] {
				keys[key] = true
				a.dateKeys = append(a.dateKeys, offDateKey{key, m.row.DateStart, m.row.DateEnd})
			}
		}
		reps = reps[:0]
		for _, r := range m.reports {
			reps = append(reps, metReport{source: r.SourceID, published: w.sources[r.SourceID].row.Published, evidence: r.Evidence})
		}
		rep, ok := earliestReport(reps)
		a.met.add(metInput{id: id, d: m.row.DateStart, actors: m.participants, places: m.places,
			repEv: rep.evidence, repSrc: rep.source, hasRep: ok})
	}
	return a
}

// listable says whether the importer can write a list as it is: an
// empty field is no property at all, so neither [] nor [""] can be
// written (an empty element among others can), nor an element holding
// the array delimiter.
func listable(vs []string) bool {
	return len(vs) > 0 && (len(vs) > 1 || vs[0] != "") && !slices.ContainsFunc(vs, func(v string) bool { return strings.ContainsRune(v, ArrayDelimiter) })
}

func num(n int64) cell { return cell{v: strconv.FormatInt(n, 10)} }

// cell is one CSV field: a quoted string, or nothing (the importer sets no
// property for an unquoted empty field, and "" for a quoted one).
type cell struct {
	v    string
	null bool
}

func q(s string) cell   { return cell{v: s} }
func opt(s string) cell { return cell{v: s, null: s == ""} }

// list is a list property; an empty list is written as nothing (the
// importer cannot write one) and set by FinishOffline.
func list(vs []string) cell {
	return cell{v: strings.Join(vs, string(ArrayDelimiter)), null: len(vs) == 0}
}

type csvFile struct {
	path      string
	f         *os.File
	b         *bufio.Writer
	multiline bool
	err       error
}

func newCSVFile(path, header string) (*csvFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	c := &csvFile{path: path, f: f, b: bufio.NewWriterSize(f, 1<<20)}
	_, c.err = c.b.WriteString(header + "\n")
	return c, nil
}

func (c *csvFile) row(cells ...cell) {
	if c.err != nil {
		return
	}
	for i, x := range cells {
		if i > 0 {
			c.b.WriteByte(',')
		}
		if x.null {
			continue
		}
		if strings.ContainsAny(x.v, "\r\n") {
			c.multiline = true
		}
		c.b.WriteByte('"')
		c.b.WriteString(strings.ReplaceAll(x.v, `"`, `""`))
		c.b.WriteByte('"')
	}
	_, c.err = c.b.WriteString("\n")
}

func (c *csvFile) close() error {
	err := c.err
	if e := c.b.Flush(); err == nil {
		err = e
	}
	if e := c.f.Close(); err == nil {
		err = e
	}
	return err
}

const (
	qAnyNode = `MATCH (n) RETURN n LIMIT 1`

	// The importer writes no empty list; the bulk path gives every actor
	// its aliases, [] when it has none.
	qOfflineAliases = `
MATCH (a:Actor) WHERE a.aliases IS NULL
CALL (a) { SET a.aliases = [] } IN TRANSACTIONS OF 10000 ROWS`

	// qOfflineMetLists sets place lists the importer cannot write,
	// seeking each aggregate through the met_with_pair constraint.
	qOfflineMetLists = `
UNWIND $rows AS row
MATCH ()-[r:MET_WITH {pair: row.pair}]->()
SET r.places = row.places, r.placeNames = row.names, r.placeLast = row.dates`
)

// Empty reports whether the database holds no node at all.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	res, err := s.read(ctx, qAnyNode, nil)
	if err != nil {
		return false, fmt.Errorf("looking for any node: %w", err)
	}
	return len(res.Records) == 0, nil
}

// FinishOffline completes, once the database is started on the imported
// files and EnsureSchema has run, what the files cannot hold: the empty
// alias lists, the MET_WITH place lists of files.MetLists, then the
// automatic merges in the order the planner made them, each as the bulk
// path makes it (listed in the merge log, undoable, the meeting counts and
// MET_WITH aggregates of its kept actor recomputed), a few hundred per
// transaction.
func (s *Store) FinishOffline(ctx context.Context, files OfflineFiles) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	res, err := sess.Run(ctx, qOfflineAliases, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	err = errors.Join(err, sess.Close(context.WithoutCancel(ctx)))
	if err != nil {
		return fmt.Errorf("setting empty aliases: %w", classify(ctx, err))
	}
	for start := 0; start < len(files.MetLists); start += 10000 {
		rows := files.MetLists[start:min(start+10000, len(files.MetLists))]
		if _, err := s.write(ctx, qOfflineMetLists, map[string]any{"rows": rows}); err != nil {
			return fmt.Errorf("setting the places of %d met-with aggregates: %w", len(rows), err)
		}
	}
	merges := files.Merges
	for start := 0; start < len(merges); start += 500 {
		var autos []bulkAuto
		var keeps []string
		for _, m := range merges[start:min(start+500, len(merges))] {
			autos = append(autos, bulkAuto{merge: m.Merge, record: m.Record})
			keeps = append(keeps, m.Merge.KeepID)
		}
		if err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction) error {
			if err := autoMergesTx(ctx, tx, autos, s.log); err != nil {
				return err
			}
			// The kept actors' meeting counts, set by EnsureSchema before
			// the merges, now include the meetings moved to them.
			return countMeetings(ctx, tx, counted{actors: keeps})
		}); err != nil {
			return fmt.Errorf("automatic merges: %w", err)
		}
	}
	return nil
}
