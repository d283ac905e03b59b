package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-dev/parley/graph"
)

// keepPerson: people count as actors when the text says what they are,
// names them twice, has them act in a meeting or negotiation, or calls
// them by surname alone as someone the reader knows; a full name dropped
// once in passing does not.
func (a *actor) keepPerson() bool {
	return !a.notName && (a.acts || a.important) && (a.titled || a.mentions >= 2 || a.important || len(a.names) == 1 && !strings.Contains(a.names[0], " "))
}

// record turns the analysis into a graph.Record.
func (d *doc) record() graph.Record {
	rec := graph.Record{ID: d.art.ID, Actors: []graph.Actor{}, Negotiations: []graph.Negotiation{}, Meetings: []graph.Meeting{}}
	if !d.art.Published.IsZero() {
		rec.Source.Published = day(d.art.Published)
	}
	if len(d.sents) > 0 && d.sents[0].title {
		rec.Source.Title = d.sents[0].text
	}
	for _, m := range d.meetings {
		for _, p := range m.parts {
			d.cast.actors[p].important = true
		}
	}
	d.shuttleRoles()
	for _, p := range d.roles.pairs {
		d.cast.actors[p.a].important, d.cast.actors[p.b].important = true, true
	}
	for _, a := range append(slices.Clone(d.roles.mediators), d.roles.weakMeds...) {
		d.cast.actors[a].important = true
	}
	d.markSpeakers()
	names := make([]string, len(d.cast.actors))
	kept := make([]bool, len(d.cast.actors))
	for i, a := range d.cast.actors {
		names[i] = a.name()
		kept[i] = names[i] != "" && graph.Key(names[i]) != "" && (a.kind != graph.Person || a.keepPerson())
	}
	ref := func(i int) string {
		if i < 0 || !kept[i] {
			return ""
		}
		return names[i]
	}
	surnames := map[string]int{}
	for i, a := range d.cast.actors {
		if kept[i] && a.kind == graph.Person {
			if sn := surname(names[i]); sn != "" {
				surnames[graph.Key(sn)]++
			}
		}
	}
	for i, a := range d.cast.actors {
		if !kept[i] {
			continue
		}
		out := graph.Actor{Name: names[i], Kind: a.kind, Affiliation: ref(a.affiliation)}
		seen := map[string]bool{graph.Key(names[i]): true}
		addAlias := func(f string) {
			if k := graph.Key(f); k != "" && !seen[k] {
				seen[k] = true
				out.Aliases = append(out.Aliases, f)
			}
		}
		for _, f := range a.forms {
			addAlias(f)
		}
		for _, f := range a.extra {
			addAlias(f)
		}
		if a.kind == graph.Person {
			if sn := surname(names[i]); sn != "" && surnames[graph.Key(sn)] == 1 {
				addAlias(sn)
			}
		}
		for _, p := range a.positions {
			org := ref(p.org)
			if org == "" {
				org = out.Affiliation // a bare title is a post of the side they represent
			}
			if org != "" && p.title != "" && !slices.ContainsFunc(out.Positions, func(x graph.Position) bool { return x.Title == p.title && x.Organization == org }) {
				out.Positions = append(out.Positions, graph.Position{Title: p.title, Organization: org})
			}
		}
		if out.Affiliation == out.Name {
			out.Affiliation = ""
		}
		rec.Actors = append(rec.Actors, out)
	}
	rec.Negotiations = d.negotiationRecords(ref)
	for _, m := range d.meetings {
		rec.Meetings = append(rec.Meetings, d.meetingRecords(m, ref)...)
	}
	return rec
}

// negotiationRecords groups the party pairs into negotiations; mediators
// go with the first (the article's main) negotiation.
func (d *doc) negotiationRecords(ref func(int) string) []graph.Negotiation {
	out := []graph.Negotiation{}
	pairs, medIdx := d.roles.settle()
	var meds []string
	seen := map[string]bool{}
	for _, a := range medIdx {
		if n := ref(a); n != "" && !seen[n] {
			seen[n] = true
			meds = append(meds, n)
		}
	}
	done := map[[2]string]bool{}
	for _, p := range pairs {
		a, b := ref(p.a), ref(p.b)
		if a == "" || b == "" || a == b || done[[2]string{a, b}] || done[[2]string{b, a}] {
			continue
		}
		done[[2]string{a, b}] = true
		out = append(out, graph.Negotiation{Topic: p.topic, Parties: []string{a, b}, Mediators: []string{}})
	}
	if len(meds) > 0 {
		if len(out) == 0 {
			out = append(out, graph.Negotiation{Topic: "negotiations", Parties: []string{}})
		}
		out[0].Mediators = meds
	}
	return out
}

// meetingRecords writes a meeting; a phone round ("separate calls with A
// and B") becomes one call per pair with its first participant.
func (d *doc) meetingRecords(m meeting, ref func(int) string) []graph.Meeting {
	var names []string
	for _, p := range m.parts {
		if n := ref(p); n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) < 2 {
		return nil
	}
	base := graph.Meeting{Place: d.citySpelling(m.place), Date: m.date, Status: m.status, Mode: m.mode, Evidence: m.evidence, Attribution: m.attr}
	if !m.stars || len(names) == 2 {
		base.Participants = names
		return []graph.Meeting{base}
	}
	var out []graph.Meeting
	for _, n := range names[1:] {
		x := base
		x.Participants = []string{names[0], n}
		out = append(out, x)
	}
	return out
}

// citySpelling is a city as the article spells it: the gazetteer knows
// "Ulaanbaatar" as an alternate name of its "Ulan Bator", and a record
// says what the text says — the first mixed-case spelling it uses, else
// its capitals ("NEW YORK", a dateline's) in title case, unless they are
// the gazetteer's name.
func (d *doc) citySpelling(city string) string {
	if city == "" {
		return ""
	}
	caps := ""
	if city == d.dateline {
		caps = d.datelineForm
	}
	for si := range d.ments {
		for _, m := range d.ments[si] {
			if m.kind != mCity || m.city != city {
				continue
			}
			if m.text != strings.ToUpper(m.text) {
				return strings.Join(strings.Fields(m.text), " ")
			}
			if caps == "" {
				caps = m.text
			}
		}
	}
	if caps == "" || strings.EqualFold(strings.Join(strings.Fields(caps), " "), city) {
		return city
	}
	return titleCase(caps)
}

// titleCase writes capitals as a name: "NEW YORK" is "New York".
func titleCase(s string) string {
	w := strings.Fields(strings.ToLower(s))
	for i, x := range w {
		r := []rune(x)
		r[0] = unicode.ToUpper(r[0])
		w[i] = string(r)
	}
	return strings.Join(w, " ")
}

// surname is the last word of a name with its particle: "Al Thani",
// "el-Sisi", "Burns"; "" for a one-word name.
func surname(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	last := w[len(w)-1]
	if len(w) > 2 && particles[strings.ToLower(w[len(w)-2])] {
		return w[len(w)-2] + " " + last
	}
	return last
}
