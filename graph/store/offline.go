package store

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

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
	Nodes         []OfflineInput // node files, in the order of their store ids
	Relationships []OfflineInput // relationship files
	Multiline     []string       // the files with a value spanning lines
	Merges        []OfflineMerge
	// MetLists are the MET_WITH aggregates whose place lists the files
	// cannot hold ([""]: one place with no name; a pair met at no known
	// place has no lists at all, as in metPlaceLists, and placeLast holds
	// metUndated, never "", so it is always in the file):
	// FinishOffline sets them, each row {pair, set: the lists by
	// property name}.
	MetLists []map[string]any
	Stats    BulkStats
}

// OfflineInput is one of the importer's files, with its header: Name is
// the label of its nodes ("" when the file has a :LABEL column) or the
// type of its relationships.
type OfflineInput struct {
	Path, Name string
}

// OfflineMerge is an automatic merge the planner made: after the import,
// FinishOffline makes it as the bulk path does (in the merge log, undoable).
type OfflineMerge struct {
	Merge  graph.AutoMerge
	Record string // the source whose record made it
}

type offActor struct {
	nid            int64 // store id, set by Close
	id, name, kind string
	labels         []string
	aliases, keys  []string
}

type offSource struct {
	nid    int64
	row    graph.SourceRow
	text   string
	digest string
	actors []*offActor // mentioned, in order
}

type offMeeting struct {
	nid          int64
	id           string
	row          graph.MeetingRow // the last written
	participants []string
	attendees    []*offActor // participants' actors, for the files
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
	meetList  []*offMeeting      // in order; the files walk it, not the map
	rels      map[string]*offRel // type|from|to[|title] → properties
	relKeys   []string
	merges    []OfflineMerge
	items     int
	batch     int           // items planned at once
	adding    chan struct{} // closed when the batch being folded in is done
	addErr    error         // the first error of folding in, read after adding
	log       *slog.Logger
}

// NewOfflineWriter returns a writer into dir (created if need be).
func NewOfflineWriter(dir string) *OfflineWriter {
	w := &OfflineWriter{
		dir: dir, sources: map[string]*offSource{}, actors: map[string]*offActor{}, names: map[string]bool{},
		negs: map[string][]string{}, places: map[string]string{}, meetings: map[string]*offMeeting{}, rels: map[string]*offRel{},
		log: slog.New(slog.DiscardHandler), batch: 2000,
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

// WithLogger makes the writer log its steps' timings (debug) to log.
func (w *OfflineWriter) WithLogger(log *slog.Logger) *OfflineWriter {
	w.log = log
	return w
}

// Add plans an item (in batches, as the bulk importer does).
func (w *OfflineWriter) Add(ctx context.Context, it BulkItem) error {
	w.pending = append(w.pending, it)
	if len(w.pending) >= w.batch {
		return w.flush(ctx)
	}
	return nil
}

// flush plans the pending items. Each batch's plans are folded in (add)
// by a goroutine of their own while the next batch is planned, so that
// folding, which must go in order, does not wait on planning: the planner
// keeps no reference into a plan it has returned, and add touches only
// the writer's own maps.
func (w *OfflineWriter) flush(ctx context.Context) error {
	items := w.pending
	w.pending = nil
	for len(items) > 0 {
		plans, err := w.planner.PlanPrefix(ctx, items)
		if err != nil {
			return errors.Join(err, w.wait())
		}
		if err := w.wait(); err != nil {
			return err
		}
		batch := items[:len(plans)]
		done := make(chan struct{})
		w.adding = done
		go func() {
			defer close(done)
			for i, p := range plans {
				if err := w.add(p, batch[i]); err != nil {
					w.addErr = err
					return
				}
			}
		}()
		items = items[len(plans):]
	}
	return nil
}

// wait waits for the batch being folded in and returns the first error
// of any batch.
func (w *OfflineWriter) wait() error {
	if w.adding != nil {
		<-w.adding
		w.adding = nil
	}
	return w.addErr
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
		if !slices.Contains(s.actors, cur) {
			s.actors = append(s.actors, cur)
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
			cur = &offMeeting{id: m.ID}
			w.meetings[m.ID] = cur
			w.meetList = append(w.meetList, cur)
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
				cur.attendees = append(cur.attendees, w.actors[a])
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
//
// Every node gets its store id here, dense from 0 in the order of the
// files (the importer's --id-type=actual): the importer then neither maps
// nor sorts string ids, and the relationship files carry small numbers.
// The stable ids (id, key) are ordinary properties. Each file holds one
// label (given on the command line, except the actors' own kinds) or
// one relationship type, and a value is quoted only when it must be: an
// empty string (unquoted, it would be no property) or one holding a
// comma, a quote or a line break.
func (w *OfflineWriter) Close(ctx context.Context) (OfflineFiles, error) {
	var out OfflineFiles
	if err := w.flush(ctx); err != nil {
		return out, err
	}
	if err := w.wait(); err != nil {
		return out, err
	}
	if err := os.MkdirAll(w.dir, 0o755); err != nil {
		return out, err
	}
	t0 := time.Now()
	agg := w.aggregates()
	w.log.Debug("offline import: aggregates computed", "took", time.Since(t0).Round(time.Millisecond))
	t0 = time.Now()
	defer func() { w.log.Debug("offline import: files written", "took", time.Since(t0).Round(time.Millisecond)) }()

	// Store ids, in the order the node files are written.
	var next int64
	number := func(n int) int64 { first := next; next += int64(n); return first }
	srcBase := number(len(w.sourceIDs))
	for i, id := range w.sourceIDs {
		w.sources[id].nid = srcBase + int64(i)
	}
	actBase := number(len(w.actorIDs))
	for i, id := range w.actorIDs {
		w.actors[id].nid = actBase + int64(i)
	}
	nameBase := number(len(w.nameKeys))
	nameIDs := make(map[string]int64, len(w.nameKeys))
	for i, k := range w.nameKeys {
		nameIDs[k] = nameBase + int64(i)
	}
	negBase := number(len(w.negIDs))
	negIDs := make(map[string]int64, len(w.negIDs))
	for i, id := range w.negIDs {
		negIDs[id] = negBase + int64(i)
	}
	dkBase := number(len(agg.dateKeys))
	dkIDs := make(map[string]int64, len(agg.dateKeys))
	for i, k := range agg.dateKeys {
		dkIDs[k.key] = dkBase + int64(i)
	}
	placeBase := number(len(w.placeIDs))
	placeIDs := make(map[string]int64, len(w.placeIDs))
	for i, id := range w.placeIDs {
		placeIDs[id] = placeBase + int64(i)
	}
	meetBase := number(len(w.meetList))
	for i, m := range w.meetList {
		m.nid = meetBase + int64(i)
	}
	actor := func(id string) int64 { return w.actors[id].nid }

	// The files are written in parallel, each by one goroutine: the
	// closures below only read the writer's maps, and each sets only its
	// own part of out (the actors the counts, each met_with file its
	// shard's MetLists).
	type job struct {
		name, labelOrType string
		node              bool
		header            string
		rows              func(f *csvFile)
		multiline         bool
		err               error
	}
	var jobs []*job
	file := func(name, labelOrType string, node bool, header string, rows func(f *csvFile)) {
		jobs = append(jobs, &job{name: name, labelOrType: labelOrType, node: node, header: header, rows: rows})
	}
	file("sources.csv", "Source", true, ":ID,id,url,title,publisher,published,text,digest", func(f *csvFile) {
		for _, id := range w.sourceIDs {
			s := w.sources[id]
			f.num(s.nid)
			f.str(id)
			f.str(s.row.URL)
			f.str(s.row.Title)
			f.str(s.row.Publisher)
			f.str(s.row.Published)
			f.opt(s.text)
			f.opt(s.digest)
			f.end()
		}
	})
	var search strings.Builder
	file("actors.csv", "", true, ":ID,id,name,kind,aliases:string[],search,meetings:long,:LABEL", func(f *csvFile) {
		for _, id := range w.actorIDs {
			a := w.actors[id]
			search.Reset()
			for _, k := range slices.Sorted(slices.Values(a.keys)) {
				search.WriteString(" | ")
				search.WriteString(k)
			}
			f.num(a.nid)
			f.str(id)
			f.str(a.name)
			f.str(a.kind)
			f.list(a.aliases)
			f.str(search.String())
			f.num(agg.actorMeetings[id])
			f.list(append([]string{"Actor"}, a.labels...))
			f.end()
			out.Stats.Actors++
			if strings.HasPrefix(id, string(graph.Person)+":") {
				out.Stats.Persons++
			}
		}
	})
	file("names.csv", "Name", true, ":ID,key", func(f *csvFile) {
		for _, k := range w.nameKeys {
			f.num(nameIDs[k])
			f.str(k)
			f.end()
		}
	})
	file("negotiations.csv", "Negotiation", true, ":ID,id,topic,topics:string[],meetings:long", func(f *csvFile) {
		for _, id := range w.negIDs {
			f.num(negIDs[id])
			f.str(id)
			f.str(w.negs[id][0])
			f.list(w.negs[id])
			f.num(agg.negMeetings[id])
			f.end()
		}
	})
	file("datekeys.csv", "DateKey", true, ":ID,key,start,end", func(f *csvFile) {
		for _, k := range agg.dateKeys {
			f.num(dkIDs[k.key])
			f.str(k.key)
			f.str(k.start)
			f.str(k.end)
			f.end()
		}
	})
	file("places.csv", "Place", true, ":ID,id,name", func(f *csvFile) {
		for _, id := range w.placeIDs {
			f.num(placeIDs[id])
			f.str(id)
			f.str(w.places[id])
			f.end()
		}
	})
	file("meetings.csv", "Meeting", true, ":ID,id,date,dateStart,dateEnd,status,mode", func(f *csvFile) {
		for _, m := range w.meetList {
			f.num(m.nid)
			f.str(m.id)
			f.str(m.row.Date)
			f.str(m.row.DateStart)
			f.str(m.row.DateEnd)
			f.str(string(m.row.Status))
			f.str(string(m.row.Mode))
			f.end()
		}
	})
	file("named.csv", "NAMED", false, ":START_ID,:END_ID", func(f *csvFile) {
		for _, id := range w.actorIDs {
			a := w.actors[id]
			for _, k := range a.keys {
				f.num(a.nid)
				f.num(nameIDs[k])
				f.end()
			}
		}
	})
	file("mentioned_in.csv", "MENTIONED_IN", false, ":START_ID,:END_ID", func(f *csvFile) {
		for _, id := range w.sourceIDs {
			s := w.sources[id]
			for _, a := range s.actors {
				f.num(a.nid)
				f.num(s.nid)
				f.end()
			}
		}
	})
	rels := func(name, typ, header string, end func(id string) int64, cols func(f *csvFile, r *offRel)) {
		file(name, typ, false, header, func(f *csvFile) {
			for _, k := range w.relKeys {
				parts := strings.SplitN(k, "\x1f", 4)
				if parts[0] != typ {
					continue
				}
				f.num(actor(parts[1]))
				f.num(end(parts[2]))
				cols(f, w.rels[k])
				f.end()
			}
		})
	}
	negotiation := func(id string) int64 { return negIDs[id] }
	rels("holds_position.csv", "HOLDS_POSITION", ":START_ID,:END_ID,title,start,end,sources:string[]", actor,
		func(f *csvFile, r *offRel) { f.str(r.title); f.opt(r.start); f.opt(r.end); f.list(r.sources) })
	rels("affiliated_with.csv", "AFFILIATED_WITH", ":START_ID,:END_ID,sources:string[]", actor,
		func(f *csvFile, r *offRel) { f.list(r.sources) })
	rels("party_to.csv", "PARTY_TO", ":START_ID,:END_ID,sources:string[]", negotiation,
		func(f *csvFile, r *offRel) { f.list(r.sources) })
	rels("mediates.csv", "MEDIATES", ":START_ID,:END_ID,sources:string[]", negotiation,
		func(f *csvFile, r *offRel) { f.list(r.sources) })
	file("reported_in.csv", "REPORTED_IN", false, ":START_ID,:END_ID,evidence,attribution,status,mode,date,place", func(f *csvFile) {
		for _, m := range w.meetList {
			for _, r := range m.reports {
				f.num(m.nid)
				f.num(w.sources[r.SourceID].nid)
				f.str(r.Evidence)
				f.str(r.Attribution)
				f.str(string(r.Status))
				f.str(string(r.Mode))
				f.str(r.Date)
				f.str(r.Place)
				f.end()
			}
		}
	})
	file("attended.csv", "ATTENDED", false, ":START_ID,:END_ID,key", func(f *csvFile) {
		for _, m := range w.meetList {
			for i, a := range m.participants {
				f.num(m.attendees[i].nid)
				f.num(m.nid)
				f.str(attendedOrderKey(a, m.row.DateStart, m.id))
				f.end()
			}
		}
	})
	file("held_in.csv", "HELD_IN", false, ":START_ID,:END_ID", func(f *csvFile) {
		for _, m := range w.meetList {
			for _, p := range m.places {
				f.num(m.nid)
				f.num(placeIDs[p])
				f.end()
			}
		}
	})
	file("part_of.csv", "PART_OF", false, ":START_ID,:END_ID", func(f *csvFile) {
		for _, m := range w.meetList {
			for _, n := range m.negs {
				f.num(m.nid)
				f.num(negIDs[n])
				f.end()
			}
		}
	})
	file("dated.csv", "DATED", false, ":START_ID,:END_ID", func(f *csvFile) {
		for _, m := range w.meetList {
			if k := agg.dated[m.id]; k != "" {
				f.num(m.nid)
				f.num(dkIDs[k])
				f.end()
			}
		}
	})
	// One MET_WITH file per shard of the fold, written in parallel.
	var metLists [metShards][]map[string]any
	for shard, met := range agg.met {
		file(fmt.Sprintf("met_with_%d.csv", shard), "MET_WITH", false,
			":START_ID,:END_ID,pair,count:long,first,last,places:string[],placeNames:string[],placeLast:string[],lastMeeting,lastEvidence,lastSource,loKey,hiKey",
			func(f *csvFile) {
				var pair strings.Builder
				for _, p := range met.order {
					ids, dates := p.topPlaces()
					names := make([]string, len(ids))
					for i, id := range ids {
						names[i] = w.places[id]
					}
					pair.Reset()
					pair.WriteString(p.lo)
					pair.WriteByte(' ')
					pair.WriteString(p.hi)
					f.num(actor(p.lo))
					f.num(actor(p.hi))
					f.str(pair.String())
					f.num(p.n)
					f.opt(p.first)
					f.opt(p.last)
					if len(ids) == 0 {
						// No place known: no lists (metPlaceLists).
						f.opt("")
						f.opt("")
						f.opt("")
					} else {
						// Each list the importer can write is in the file;
						// FinishOffline sets the others (a single place
						// with no name: placeNames [""]).
						var set map[string]any
						for _, l := range []struct {
							name string
							vs   []string
						}{{"places", ids}, {"placeNames", names}, {"placeLast", dates}} {
							if listable(l.vs) {
								f.list(l.vs)
								continue
							}
							f.opt("")
							if set == nil {
								set = map[string]any{}
							}
							set[l.name] = l.vs
						}
						if set != nil {
							metLists[shard] = append(metLists[shard], map[string]any{"pair": pair.String(), "set": set})
						}
					}
					f.str(p.lmID)
					f.str(p.lmEv)
					f.str(p.lmSrc)
					f.str(metOrderKey(p.lo, p.hi, p.n))
					f.str(metOrderKey(p.hi, p.lo, p.n))
					f.end()
				}
			})
	}
	// The largest files (the relationships) are defined last: started
	// first, so that the small ones fill in beside them.
	parallel(len(jobs), func(i int) {
		j := jobs[len(jobs)-1-i]
		f, err := newCSVFile(filepath.Join(w.dir, j.name), j.header)
		if err != nil {
			j.err = err
			return
		}
		j.rows(f)
		if err := f.close(); err != nil {
			j.err = fmt.Errorf("%s: %w", j.name, err)
		}
		j.multiline = f.multiline
	})
	var errs []error
	for _, j := range jobs {
		errs = append(errs, j.err)
		in := OfflineInput{Path: filepath.Join(w.dir, j.name), Name: j.labelOrType}
		if j.node {
			out.Nodes = append(out.Nodes, in)
		} else {
			out.Relationships = append(out.Relationships, in)
		}
		if j.multiline {
			out.Multiline = append(out.Multiline, in.Path)
		}
	}
	for _, l := range metLists {
		out.MetLists = append(out.MetLists, l...)
	}
	out.Merges = w.merges
	out.Stats.Items = w.items
	out.Stats.Meetings = len(w.meetList)
	out.Stats.AutoMerges = len(w.merges)
	return out, errors.Join(errs...)
}

// ImportArgs are the importer's arguments for the files: the node files in
// the order of their store ids, each with its label (the actors carry
// theirs), the relationship files with their types.
func (f OfflineFiles) ImportArgs() []string {
	args := []string{"--id-type=actual", "--array-delimiter=U+001F"}
	for _, in := range f.Nodes {
		if in.Name == "" {
			args = append(args, "--nodes="+in.Path)
		} else {
			args = append(args, "--nodes="+in.Name+"="+in.Path)
		}
	}
	for _, in := range f.Relationships {
		args = append(args, "--relationships="+in.Name+"="+in.Path)
	}
	if len(f.Multiline) > 0 {
		args = append(args, "--multiline-fields-format=v2", "--multiline-fields="+strings.Join(f.Multiline, ","))
	}
	return args
}

// offAggregates is what the graph keeps derived from the meetings (the
// meeting counts, the DateKeys, the MET_WITH aggregates), computed from
// the meetings as written, before the automatic merges: FinishOffline
// makes those as the bulk path does, with their upkeep.
type offAggregates struct {
	actorMeetings, negMeetings map[string]int64
	dateKeys                   []offDateKey
	dated                      map[string]string // meeting id → its DateKey
	met                        [metShards]*metCalc
}

type offDateKey struct{ key, start, end string }

func (w *OfflineWriter) aggregates() offAggregates {
	a := offAggregates{actorMeetings: map[string]int64{}, negMeetings: map[string]int64{}, dated: map[string]string{}}
	// The counts and dates in one goroutine, each shard of the MET_WITH
	// fold in another: the fold is most of the work.
	parallel(metShards+1, func(s int) {
		if s < metShards {
			a.met[s] = w.foldMet(s)
			return
		}
		keys := map[string]bool{}
		for _, m := range w.meetList {
			for _, x := range m.participants {
				a.actorMeetings[x]++
			}
			for _, n := range m.negs {
				a.negMeetings[n]++
			}
			// linkDate: the key is the date as written, or its first
			// day; the first meeting linked creates the key with its
			// days.
			if m.row.DateStart != "" {
				key := m.row.DateStart
				if m.row.Date > "" {
					key = m.row.Date
				}
				a.dated[m.id] = key
				if !keys[key] {
					keys[key] = true
					a.dateKeys = append(a.dateKeys, offDateKey{key, m.row.DateStart, m.row.DateEnd})
				}
			}
		}
	})
	return a
}

// foldMet folds every meeting into its pairs of one shard.
func (w *OfflineWriter) foldMet(shard int) *metCalc {
	c := newMetShard(shard)
	var reps []metReport
	for _, m := range w.meetList {
		reps = reps[:0]
		for _, r := range m.reports {
			reps = append(reps, metReport{source: r.SourceID, published: w.sources[r.SourceID].row.Published, evidence: r.Evidence})
		}
		rep, ok := earliestReport(reps)
		c.add(metInput{id: m.id, d: m.row.DateStart, actors: m.participants, places: m.places,
			repEv: rep.evidence, repSrc: rep.source, hasRep: ok})
	}
	return c
}

// listable says whether the importer can write a list as it is: an
// empty field is no property at all, so neither [] nor [""] can be
// written (an empty element among others can), nor an element holding
// the array delimiter.
func listable(vs []string) bool {
	return len(vs) > 0 && (len(vs) > 1 || vs[0] != "") && !slices.ContainsFunc(vs, func(v string) bool { return strings.ContainsRune(v, ArrayDelimiter) })
}

type csvFile struct {
	path      string
	f         *os.File
	b         *bufio.Writer
	col       int
	scratch   []byte
	multiline bool
}

func newCSVFile(path, header string) (*csvFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	c := &csvFile{path: path, f: f, b: bufio.NewWriterSize(f, 1<<20)}
	c.b.WriteString(header + "\n")
	return c, nil
}

func (c *csvFile) sep() {
	if c.col > 0 {
		c.b.WriteByte(',')
	}
	c.col++
}

// num writes an integer.
func (c *csvFile) num(n int64) {
	c.sep()
	c.scratch = strconv.AppendInt(c.scratch[:0], n, 10)
	c.b.Write(c.scratch)
}

// str writes a string property; "" stays a property (quoted).
func (c *csvFile) str(s string) {
	c.sep()
	c.value(s, s == "")
}

// opt writes a string, or no property when it is "".
func (c *csvFile) opt(s string) {
	c.sep()
	if s != "" {
		c.value(s, false)
	}
}

// list writes a list property, its elements joined by ArrayDelimiter; an
// empty list is written as nothing (the importer cannot write one) and
// set by FinishOffline.
func (c *csvFile) list(vs []string) {
	c.sep()
	if len(vs) == 0 {
		return
	}
	quote := false
	for _, v := range vs {
		quote = quote || needsQuotes(v)
	}
	quote = quote || (len(vs) == 1 && vs[0] == "")
	if quote {
		c.b.WriteByte('"')
	}
	for i, v := range vs {
		if i > 0 {
			c.b.WriteRune(ArrayDelimiter)
		}
		c.raw(v, quote)
	}
	if quote {
		c.b.WriteByte('"')
	}
}

// end closes the row.
func (c *csvFile) end() {
	c.b.WriteByte('\n')
	c.col = 0
}

func (c *csvFile) value(s string, quote bool) {
	quote = quote || needsQuotes(s)
	if quote {
		c.b.WriteByte('"')
	}
	c.raw(s, quote)
	if quote {
		c.b.WriteByte('"')
	}
}

// raw writes s, its quotes doubled when it is quoted.
func (c *csvFile) raw(s string, quoted bool) {
	if strings.ContainsAny(s, "\r\n") {
		c.multiline = true
	}
	if !quoted || !strings.Contains(s, `"`) {
		c.b.WriteString(s)
		return
	}
	c.b.WriteString(strings.ReplaceAll(s, `"`, `""`))
}

// needsQuotes says whether a value must be quoted to be read back as it
// is: one holding the delimiter, a quote or a line break.
func needsQuotes(s string) bool { return strings.ContainsAny(s, ",\"\r\n") }

func (c *csvFile) close() error {
	err := c.b.Flush()
	if e := c.f.Close(); err == nil {
		err = e
	}
	return err
}

const (
	qAnyNode = `MATCH (n) RETURN n LIMIT 1`

	// qOfflineMetLists sets place lists the importer cannot write,
	// seeking each aggregate through the met_with_pair constraint.
	qOfflineMetLists = `
UNWIND $rows AS row
MATCH ()-[r:MET_WITH {pair: row.pair}]->()
SET r += row.set`
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
// files, what the files cannot hold: it creates the schema (StartSchema:
// the indexes in one transaction, populated by one job beside the
// constraints), sets the empty alias lists and the MET_WITH place lists of
// files.MetLists (seeking each aggregate through the met_with_pair
// constraint), waits for the indexes, then makes the automatic merges in
// the order the planner made them, each as the bulk path makes it (listed
// in the merge log, undoable, the meeting counts and MET_WITH aggregates
// of its kept actor recomputed), a few hundred per transaction. Writing
// the lists while the indexes populate or the constraints are made was
// measured no faster at 1,000,000 meetings (the lists took twice as long
// beside them): on 2 cores they only compete.
func (s *Store) FinishOffline(ctx context.Context, files OfflineFiles) error {
	t0 := time.Now()
	if err := s.StartSchema(ctx); err != nil {
		return err
	}
	s.log.Debug("offline import: indexes created, constraints online", "took", time.Since(t0).Round(time.Millisecond))
	if err := s.fillOffline(ctx, files); err != nil {
		return err
	}
	t0 = time.Now()
	if err := s.AwaitSchema(ctx); err != nil {
		return err
	}
	s.log.Debug("offline import: indexes online", "took", time.Since(t0).Round(time.Millisecond))
	t0 = time.Now()
	defer func() {
		s.log.Debug("offline import: automatic merges made", "merges", len(files.Merges), "took", time.Since(t0).Round(time.Millisecond))
	}()
	return s.mergeOffline(ctx, files)
}

// fillOffline sets what the importer cannot write: files.MetLists.
func (s *Store) fillOffline(ctx context.Context, files OfflineFiles) error {
	t0 := time.Now()
	for start := 0; start < len(files.MetLists); start += 10000 {
		rows := files.MetLists[start:min(start+10000, len(files.MetLists))]
		if err := s.inWrite(ctx, func(tx neo4j.ManagedTransaction) error {
			if _, err := run(ctx, tx, qOfflineMetLists, map[string]any{"rows": rows}); err != nil {
				return err
			}
			return metBump(ctx, tx)
		}); err != nil {
			return fmt.Errorf("setting the places of %d met-with aggregates: %w", len(rows), err)
		}
	}
	s.log.Debug("offline import: met-with place lists set", "rows", len(files.MetLists), "took", time.Since(t0).Round(time.Millisecond))
	return nil
}

// mergeOffline makes the planner's automatic merges.
func (s *Store) mergeOffline(ctx context.Context, files OfflineFiles) error {
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
			if err := countMeetings(ctx, tx, counted{actors: keeps}); err != nil {
				return err
			}
			return metBump(ctx, tx)
		}); err != nil {
			return fmt.Errorf("automatic merges: %w", err)
		}
	}
	// The importer's files hold no version (mettop.go): a server that read
	// the strongest pairs of the database this import replaced must not
	// take them for this one's.
	if _, err := s.write(ctx, qMetBump, nil); err != nil {
		return fmt.Errorf("marking the met-with aggregates changed: %w", err)
	}
	return nil
}
