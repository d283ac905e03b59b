package synth

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
)

// CSVFiles are the files WriteCSV writes, in the order LOAD CSV reads
// them.
var CSVFiles = []string{
	"sources.csv", "actors.csv", "mentions.csv", "negotiations.csv", "roles.csv", "places.csv",
	"meetings.csv", "reports.csv", "attended.csv", "held_in.csv", "part_of.csv",
}

// CSVWriter turns records into the CSV files of the graph they resolve to
// — the rows Parley's import would write, resolved and consolidated by the
// same planner on an empty graph — for Neo4j's LOAD CSV to load as a
// reference. Call Add for each record in order, then Close.
type CSVWriter struct {
	dir     string
	planner *store.Planner
	pending []store.BulkItem
	files   map[string]*os.File
	w       map[string]*csv.Writer
	bufs    map[string]*bufio.Writer
	// final state, written at Close
	actors   map[string]*graph.ActorRow
	actorIDs []string
	meetings map[string][]string
	meetIDs  []string
	negs     map[string][]string // id → topics
	negIDs   []string
	roles    map[string][]string // role|actor|negotiation → sources
	roleIDs  []string
	places   map[string]string
	placeIDs []string
}

// NewCSVWriter creates the files in dir.
func NewCSVWriter(dir string) (*CSVWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	c := &CSVWriter{dir: dir, planner: store.NewPlanner(nil, nil), files: map[string]*os.File{}, w: map[string]*csv.Writer{},
		bufs: map[string]*bufio.Writer{}, actors: map[string]*graph.ActorRow{}, meetings: map[string][]string{},
		negs: map[string][]string{}, roles: map[string][]string{}, places: map[string]string{}}
	headers := map[string][]string{
		"sources.csv":      {"id", "url", "title", "publisher", "published"},
		"actors.csv":       {"id", "name", "kind", "aliases", "keys", "search"},
		"mentions.csv":     {"actor", "source"},
		"negotiations.csv": {"id", "topic", "topics"},
		"roles.csv":        {"role", "actor", "negotiation", "sources"},
		"places.csv":       {"id", "name"},
		"meetings.csv":     {"id", "date", "dateStart", "dateEnd", "status", "mode"},
		"reports.csv":      {"meeting", "source", "evidence", "attribution", "status", "mode", "date", "place"},
		"attended.csv":     {"actor", "meeting"},
		"held_in.csv":      {"meeting", "place"},
		"part_of.csv":      {"meeting", "negotiation"},
	}
	for _, name := range CSVFiles {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		c.files[name] = f
		c.bufs[name] = bufio.NewWriterSize(f, 1<<20)
		c.w[name] = csv.NewWriter(c.bufs[name])
		if err := c.w[name].Write(headers[name]); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Add plans one record (in batches, as the importer does).
func (c *CSVWriter) Add(r graph.Record) error {
	c.pending = append(c.pending, store.BulkItem{Record: r})
	if len(c.pending) >= 2000 {
		return c.flush()
	}
	return nil
}

func (c *CSVWriter) write(file string, row ...string) error { return c.w[file].Write(row) }

func (c *CSVWriter) flush() error {
	plans, err := c.planner.PlanBatch(context.Background(), c.pending)
	if err != nil {
		return err
	}
	c.pending = c.pending[:0]
	for _, p := range plans {
		s := p.Source
		if err := c.write("sources.csv", s.ID, s.URL, s.Title, s.Publisher, s.Published); err != nil {
			return err
		}
		for _, a := range p.Actors {
			if cur, ok := c.actors[a.ID]; ok {
				cur.Absorb(a)
			} else {
				row := a
				row.Aliases, row.Keys = slices.Clone(a.Aliases), slices.Clone(a.Keys)
				c.actors[a.ID] = &row
				c.actorIDs = append(c.actorIDs, a.ID)
			}
			if err := c.write("mentions.csv", a.ID, s.ID); err != nil {
				return err
			}
		}
		for _, n := range p.Negotiations {
			if _, ok := c.negs[n.ID]; !ok {
				c.negIDs = append(c.negIDs, n.ID)
			}
			if !slices.Contains(c.negs[n.ID], n.Topic) {
				c.negs[n.ID] = append(c.negs[n.ID], n.Topic)
			}
		}
		for _, r := range p.Roles {
			k := string(r.Role) + "|" + r.ActorID + "|" + r.NegotiationID
			if _, ok := c.roles[k]; !ok {
				c.roleIDs = append(c.roleIDs, k)
			}
			if !slices.Contains(c.roles[k], s.ID) {
				c.roles[k] = append(c.roles[k], s.ID)
			}
		}
		for _, pl := range p.Places {
			if _, ok := c.places[pl.ID]; !ok {
				c.places[pl.ID] = pl.Name
				c.placeIDs = append(c.placeIDs, pl.ID)
			}
		}
		for _, m := range p.Meetings {
			if _, ok := c.meetings[m.ID]; !ok {
				c.meetIDs = append(c.meetIDs, m.ID)
			}
			c.meetings[m.ID] = []string{m.ID, m.Date, m.DateStart, m.DateEnd, string(m.Status), string(m.Mode)}
			r := m.Report
			if err := c.write("reports.csv", m.ID, r.SourceID, r.Evidence, r.Attribution, string(r.Status), string(r.Mode), r.Date, r.Place); err != nil {
				return err
			}
			for _, a := range m.ParticipantIDs {
				if err := c.write("attended.csv", a, m.ID); err != nil {
					return err
				}
			}
			if m.PlaceID != "" {
				if err := c.write("held_in.csv", m.ID, m.PlaceID); err != nil {
					return err
				}
			}
			if m.NegotiationID != "" {
				if err := c.write("part_of.csv", m.ID, m.NegotiationID); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Close writes the final state of actors, negotiations, roles, places and
// meetings and closes the files.
func (c *CSVWriter) Close() error {
	if err := c.flush(); err != nil {
		return err
	}
	for _, id := range c.actorIDs {
		a := c.actors[id]
		aliases := slices.DeleteFunc(slices.Clone(a.Aliases), func(x string) bool { return x == a.Name })
		search := ""
		for _, k := range a.Keys {
			search += " | " + k
		}
		if err := c.write("actors.csv", a.ID, a.Name, string(a.Kind), strings.Join(aliases, "|"), strings.Join(a.Keys, "|"), search); err != nil {
			return err
		}
	}
	for _, id := range c.negIDs {
		if err := c.write("negotiations.csv", id, c.negs[id][0], strings.Join(c.negs[id], "|")); err != nil {
			return err
		}
	}
	for _, k := range c.roleIDs {
		parts := strings.SplitN(k, "|", 3)
		if err := c.write("roles.csv", parts[0], parts[1], parts[2], strings.Join(c.roles[k], "|")); err != nil {
			return err
		}
	}
	for _, id := range c.placeIDs {
		if err := c.write("places.csv", id, c.places[id]); err != nil {
			return err
		}
	}
	for _, id := range c.meetIDs {
		if err := c.write("meetings.csv", c.meetings[id]...); err != nil {
			return err
		}
	}
	for _, name := range CSVFiles {
		c.w[name].Flush()
		if err := c.w[name].Error(); err != nil {
			return err
		}
		if err := c.bufs[name].Flush(); err != nil {
			return err
		}
		if err := c.files[name].Close(); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}
