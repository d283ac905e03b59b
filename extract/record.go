package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/roles"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// record turns the analysis into a graph.Record.
func (d *doc) record(meetings []meeting.Frame, r roles.Roles) graph.Record {
	rec := graph.Record{ID: d.art.ID, Actors: []graph.Actor{}, Negotiations: []graph.Negotiation{}, Meetings: []graph.Meeting{}}
	if !d.art.Published.IsZero() {
		rec.Source.Published = frame.Day(d.art.Published)
	}
	if len(d.Sents) > 0 && d.Sents[0].Title {
		rec.Source.Title = d.Sents[0].Text
	}
	historical := d.historicalPersons()
	for _, m := range meetings {
		for _, p := range m.Parts {
			if !historical[p] {
				d.Cast.Actors[p].Important = true
			}
		}
	}
	d.roles.Shuttles(meetings, &r)
	for _, a := range r.Named() {
		d.Cast.Actors[a].Important = true
	}
	d.markSpeakers()
	d.markSignatories()
	d.markRelativePersons()
	d.markApposedPersons()
	names := make([]string, len(d.Cast.Actors))
	kept := make([]bool, len(d.Cast.Actors))
	for i, a := range d.Cast.Actors {
		names[i] = a.Name()
		kept[i] = names[i] != "" && graph.Key(names[i]) != "" && (a.Kind != graph.Person || a.KeepPerson() && !historical[i])
	}
	d.keepListMates(names, kept)
	ref := func(i int) string {
		if i < 0 || !kept[i] {
			return ""
		}
		return names[i]
	}
	surnames := map[string]int{}
	for i, a := range d.Cast.Actors {
		if kept[i] && a.Kind == graph.Person {
			if sn := surname(names[i]); sn != "" {
				surnames[graph.Key(sn)]++
			}
			if bareSurname(names[i]) {
				// A person known by the surname alone ("X", "de X") has
				// it too: a wife named "Mrs. X" beside her husband "X"
				// takes no alias X (actors/couples.go).
				surnames[graph.Key(names[i])]++
			}
		}
	}
	for i, a := range d.Cast.Actors {
		if !kept[i] {
			continue
		}
		out := graph.Actor{Name: names[i], Kind: a.Kind, Affiliation: ref(a.Affiliation)}
		seen := map[string]bool{graph.Key(names[i]): true}
		addAlias := func(f string) {
			if k := graph.Key(f); k != "" && !seen[k] {
				seen[k] = true
				out.Aliases = append(out.Aliases, f)
			}
		}
		for _, f := range a.Forms {
			addAlias(f)
		}
		for _, f := range a.Extra {
			addAlias(f)
		}
		// graph.Key drops a leading honorific, so the styled forms
		// ("Sheikh X") are told apart by their words as written.
		for _, f := range a.Styled {
			if k := "styled " + strings.ToLower(f); !seen[k] {
				seen[k] = true
				out.Aliases = append(out.Aliases, f)
			}
		}
		if a.Kind == graph.Person {
			if sn := surname(names[i]); sn != "" && surnames[graph.Key(sn)] == 1 {
				addAlias(sn)
			}
		}
		for _, p := range a.Positions {
			org := ref(p.Org)
			if org == "" {
				org = out.Affiliation // a bare title is a post of the side they represent
			}
			if org != "" && p.Title != "" && !slices.ContainsFunc(out.Positions, func(x graph.Position) bool { return x.Title == p.Title && x.Organization == org }) {
				out.Positions = append(out.Positions, graph.Position{Title: p.Title, Organization: org})
			}
		}
		if out.Affiliation == out.Name {
			out.Affiliation = ""
		}
		rec.Actors = append(rec.Actors, out)
	}
	rec.Negotiations = d.negotiationRecords(&r, ref)
	for _, m := range meetings {
		rec.Meetings = append(rec.Meetings, d.meetingRecords(m, ref)...)
	}
	return rec
}

// negotiationRecords groups the party pairs into negotiations; mediators
// go with the first (the article's main) negotiation.
func (d *doc) negotiationRecords(r *roles.Roles, ref func(int) string) []graph.Negotiation {
	out := []graph.Negotiation{}
	pairs, medIdx := r.Settle()
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
		a, b := ref(p.A), ref(p.B)
		if a == "" || b == "" || a == b || done[[2]string{a, b}] || done[[2]string{b, a}] {
			continue
		}
		done[[2]string{a, b}] = true
		out = append(out, graph.Negotiation{Topic: p.Topic, Parties: []string{a, b}, Mediators: []string{}})
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
func (d *doc) meetingRecords(m meeting.Frame, ref func(int) string) []graph.Meeting {
	var names []string
	var people []int
	for _, p := range d.envoyPrincipalOut(m, d.hostAgentOverPeople(m, d.ownStateOverPeople(m, d.peopleOverSides(d.textSidesOverSigners(m, d.hostStateOverLeader(m)), ref), ref))) {
		if n := ref(p); n != "" && !slices.Contains(names, n) && !titleName(n) {
			names = append(names, n)
			people = append(people, p)
		}
	}
	if len(names) < 2 || d.couple(people) {
		return nil
	}
	base := graph.Meeting{Place: d.citySpelling(m.Place), Date: m.Date, Status: m.Status, Mode: m.Mode, Evidence: m.Evidence, Attribution: m.Attr}
	if !m.Stars || len(names) == 2 {
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

// hostStateOverLeader is a meeting's participants without the state it
// was held in, when two or more people met there and either one of them
// holds a title the story gives no state ("President X received
// President of B Y in <a city of A> ... the two leaders chaired the A-B
// council" puts A beside the two, yet A's side is the host the text
// titles without his country, a readout's own president) or one of them
// is A's own and the sentence does not name A ("B's envoy met A's
// Foreign Minister Y in <a city of A>. A has hosted the talks"): A stands
// for that person, not for a third side (the two-hundred-and-sixtieth
// round, p1593, p514). A state whose city is not the meeting's keeps its
// place, and so does the host state of a meeting whose people are
// untitled and none of its own ("X and Y met Egyptian officials in
// Cairo": the officials have no other form), or one the sentence has
// them meet ("A and B held talks with Turkey in Istanbul": Turkey is a
// side of its own).
func (d *doc) hostStateOverLeader(m meeting.Frame) []int {
	if m.Place == "" {
		return m.Parts
	}
	k, _ := gazetteer.PhraseKey(m.Place)
	e, ok := gazetteer.Load().Phrases[k]
	if !ok || e.Kind != gazetteer.City || e.Ref == "" {
		return m.Parts
	}
	people, stateless, own := 0, false, map[int]bool{}
	for _, p := range m.Parts {
		x := d.Cast.Actors[p]
		if x.Kind != graph.Person {
			continue
		}
		people++
		if !d.hasState(x) && (x.Titled || len(x.Positions) > 0) {
			stateless = true
		}
		own[x.Affiliation] = true
		for _, pos := range x.Positions {
			own[pos.Org] = true
		}
	}
	if people < 2 {
		return m.Parts
	}
	return slices.DeleteFunc(slices.Clone(m.Parts), func(p int) bool {
		x := d.Cast.Actors[p]
		if x.Kind != graph.State || x.Code != e.Ref || talksWithState(m.Evidence, x.Names) {
			return false
		}
		return stateless || own[p] && !namedIn(m.Evidence, x.Names)
	})
}

// hostAgentOverPeople is a meeting's participants without a state its
// sentence names only as the agent of a host's passive, when two or more
// people met: "The talks, hosted by the A government, brought together X
// and Y", "a conference hosted by B": the state lent the venue and its
// people are named or absent; it is no side at the table (SCHEMA: a state
// takes part only where the text names no person; issue 14's
// four-hundred-and-eighty-sixth round, p2952, p1611). A state the
// sentence also names outside the host phrase ("talks with B, hosted by
// B") stays.
func (d *doc) hostAgentOverPeople(m meeting.Frame, parts []int) []int {
	people := 0
	for _, p := range parts {
		if d.Cast.Actors[p].Kind == graph.Person {
			people++
		}
	}
	if people < 2 {
		return parts
	}
	return slices.DeleteFunc(slices.Clone(parts), func(p int) bool {
		x := d.Cast.Actors[p]
		if x.Kind != graph.State {
			return false
		}
		rest, found := m.Evidence, false
		for _, v := range hostAgentVerbs {
			for _, f := range x.Forms {
				for _, h := range []string{v + " by " + f, v + " by the " + f, v + " by the government of " + f} {
					if i := strings.Index(rest, h); i >= 0 && !letterAt(rest, i+len(h)) {
						found = true
						rest = rest[:i] + rest[i+len(h):]
					}
				}
			}
		}
		return found && !namedIn(rest, x.Names)
	})
}

// envoyPrincipalOut is a meeting's participants without a person its
// sentence names only as the one an envoy, a representative or an adviser
// speaks for: "A received an envoy of Libyan leader B, C", "C, the
// personal representative of Secretary-General B, took part": B sent C
// and was not there (issue 14's four-hundred-and-eighty-sixth round;
// p2948, p1153, p1981, p2905, p1851). A person the sentence also names
// another way ("A met B's envoy C and later B") stays.
func (d *doc) envoyPrincipalOut(m meeting.Frame, parts []int) []int {
	if m.Sent < 0 || m.Sent >= len(d.Ments) {
		return parts
	}
	toks := d.Sents[m.Sent].Toks
	return slices.DeleteFunc(slices.Clone(parts), func(p int) bool {
		if d.Cast.Actors[p].Kind != graph.Person {
			return false
		}
		seen := false
		for i := range d.Ments[m.Sent] {
			x := &d.Ments[m.Sent][i]
			if x.Actor != p || x.Desc {
				continue
			}
			if !envoyPrincipal(toks, x.PhraseStart()) {
				return false
			}
			seen = true
		}
		return seen
	})
}

// envoyPrincipal: the name phrase starting at i follows a principal noun
// and "of" or "to", over at most four words of title ("an envoy of Libyan
// leader", "national security adviser to Prime Minister").
func envoyPrincipal(toks []text.Token, i int) bool {
	e := i - 1
	for e >= 0 && e >= i-4 && toks[e].Word && (toks[e].Cap || titleHeads[toks[e].Lower] || titleMods[toks[e].Lower]) {
		e--
	}
	return e >= 1 && (toks[e].Lower == "of" || toks[e].Lower == "to") && principalNouns[toks[e-1].Lower]
}

// principalNouns, before "of" or "to", name one who acts for the person
// named after them.
var principalNouns = lex("principalNouns")

// hostAgentVerbs: the passives whose agent lent a meeting its venue.
var hostAgentVerbs = lexicon.List("hostAgentVerbs")

// letterAt: the text has a letter at byte i.
func letterAt(text string, i int) bool {
	return i < len(text) && unicode.IsLetter([]rune(text[i:])[0])
}

// namedIn: one of the names stands in the text as a word of its own
// ("Peru", not "Peruvian"): a state the meeting's sentence names by its
// name is a side that sentence gives ("The presidents of Chile and Peru
// met"), not one carried in from another sentence.
func namedIn(text string, names []string) bool {
	for _, f := range names {
		for rest, before := text, ' '; ; {
			i := strings.Index(rest, f)
			if i < 0 {
				break
			}
			if i > 0 {
				before = []rune(rest[:i])[len([]rune(rest[:i]))-1]
			}
			after := rest[i+len(f):]
			if !unicode.IsLetter(before) && (after == "" || !unicode.IsLetter([]rune(after)[0])) {
				return true
			}
			before = []rune(f)[len([]rune(f))-1]
			rest = after
		}
	}
	return false
}

// talksWithState: the sentence has the people meet the state itself by
// one of its names ("held talks with Turkey"), a side of its own beside
// them; not its people or its organs ("with Chinese leaders", "with
// Afghanistan's Taliban administration").
func talksWithState(evidence string, names []string) bool {
	for _, f := range names {
		for _, w := range []string{"with " + f, "with the " + f} {
			for rest := evidence; ; {
				i := strings.Index(rest, w)
				if i < 0 {
					break
				}
				rest = rest[i+len(w):]
				if !strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "’") && (rest == "" || !unicode.IsLetter([]rune(rest)[0])) {
					return true
				}
			}
		}
	}
	return false
}

// hasState: the person's affiliation or a post names an actor.
func (d *doc) hasState(x *actors.Actor) bool {
	if x.Affiliation >= 0 {
		return true
	}
	for _, pos := range x.Positions {
		if pos.Org >= 0 {
			return true
		}
	}
	return false
}

// peopleOverSides is a meeting's participants without the organizations
// and groups named beside two or more of its people. SCHEMA: participants
// name states, groups or organizations only when the text names no
// person; where it names the people, a body beside them is what one of
// them speaks for or was sent by ("the African Union mediator", "talks
// between the Government and the Front"), or a name the sentence holds
// for another reason (a region the talks are about). States stay: a state
// whose leader the text does not name ("the leaders of A, B and C met")
// has no other form for its side.
func (d *doc) peopleOverSides(parts []int, ref func(int) string) []int {
	body := func(p int) bool {
		k := d.Cast.Actors[p].Kind
		return k == graph.Organization || k == graph.Group
	}
	if !slices.ContainsFunc(parts, body) {
		return parts
	}
	people := 0
	for _, p := range parts {
		if a := d.Cast.Actors[p]; a.Kind == graph.Person && ref(p) != "" && !titleName(ref(p)) {
			people++
		}
	}
	if people < 2 {
		return parts
	}
	return slices.DeleteFunc(slices.Clone(parts), body)
}

// ownStateOverPeople is a meeting's participants without a state one of
// its named people holds a post in or belongs to, when two or more people
// met: "X received Y and the B delegation" names B's side by Y, and SCHEMA
// has a state stand for its side only when the text names no person of it
// (the four-hundred-and-fifty-third round, p2754, p2463, p2589, p1449).
// Only people the meeting's sentence names count: "The presidents of A
// and B met", joined later by A's and B's ministers, keeps A and B for
// the unnamed presidents. A state none of them is of stays ("received Y
// and the C delegation"), and so does one the sentence has them meet by
// its name ("held talks with Turkey").
func (d *doc) ownStateOverPeople(m meeting.Frame, parts []int, ref func(int) string) []int {
	people, own := 0, map[int]bool{}
	for _, p := range parts {
		x := d.Cast.Actors[p]
		if x.Kind != graph.Person || ref(p) == "" || titleName(ref(p)) {
			continue
		}
		people++
		if !namedIn(m.Evidence, x.Forms) {
			continue // joined from another sentence: B may stand for another of its people
		}
		if x.Affiliation >= 0 {
			own[x.Affiliation] = true
		}
		for _, pos := range x.Positions {
			if pos.Org >= 0 {
				own[pos.Org] = true
			}
		}
	}
	if people < 2 {
		return parts
	}
	return slices.DeleteFunc(slices.Clone(parts), func(p int) bool {
		x := d.Cast.Actors[p]
		return x.Kind == graph.State && own[p] && !talksWithState(m.Evidence, x.Names)
	})
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
		if k, _ := gazetteer.PhraseKey(caps); gazetteer.Load().SeatSpellings[k] {
			caps = "" // "DELHI": the larger city's name, not the seat's
		}
		// The dateline's spelling, where the text also writes it in
		// mixed case, comes first: "NUR-SULTAN. AGENCY -" with a
		// "... in Astana format" before it in the headline is the
		// city's spelling of the day, not the format's name.
		for si := range d.Ments {
			for _, m := range d.Ments[si] {
				if m.Kind == mention.City && m.City == city && m.Text != strings.ToUpper(m.Text) && strings.EqualFold(strings.Join(strings.Fields(m.Text), " "), strings.Join(strings.Fields(caps), " ")) {
					return strings.Join(strings.Fields(m.Text), " ")
				}
			}
		}
	}
	for si := range d.Ments {
		for _, m := range d.Ments[si] {
			if m.Kind != mention.City || m.City != city {
				continue
			}
			if k, _ := gazetteer.PhraseKey(m.Text); gazetteer.Load().SeatSpellings[k] {
				continue // "in Delhi": the larger city's name, not the seat's (gazetteer.seatOfCity)
			}
			if m.Text != strings.ToUpper(m.Text) {
				return strings.Join(strings.Fields(m.Text), " ")
			}
			if caps == "" {
				caps = m.Text
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

// surname is the last word of a name with its particles: "Al Thani",
// "el-Sisi", "Burns", "van der Berg"; "" for a one-word name and for a
// name that is all surname ("von der Leyen").
func surname(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 || mention.StyledName(name) {
		return ""
	}
	k := len(w) - 1
	if len(w) > 2 && particles[strings.ToLower(w[k-1])] {
		k--
	}
	// More particles of a European surname written in lower case before
	// it: "van der Berg", "de la Calle".
	for k > 0 && k < len(w)-1 && surnameParticles[w[k-1]] {
		k--
	}
	if k == 0 {
		return ""
	}
	return strings.Join(w[k:], " ")
}

// bareSurname: a name that is one word, or lower-case particles and one
// word ("de X"), as a person known by the surname alone is named.
func bareSurname(name string) bool {
	w := strings.Fields(name)
	if len(w) == 0 || mention.StyledName(name) {
		return false
	}
	for _, x := range w[:len(w)-1] {
		if !particles[x] {
			return false
		}
	}
	return true
}

// titleName: a person's name that is a title and the body it is of —
// "Vice Chairwoman of the National Assembly", read off "... of Vietnam
// X" — names a post, not someone at the meeting (the name after it is
// the person).
func titleName(n string) bool {
	w := strings.Fields(strings.ToLower(n))
	return len(w) >= 4 && mention.IsTitleWord(w[0]) && orgHeads[w[len(w)-1]] && slices.Contains(w, "of")
}

// keepListMates keeps a person named once, in full and without a title,
// when the text lists them in one run with a person it keeps: "a
// delegation that included A, B and C", "X and Lt-Gen Y", "A, together
// with B" — but not after a kept person whose own title stands before
// them ("Foreign Minister A and B"). Such a name is a member of the team the story follows, not a
// name dropped in passing. Only the run's joints (commas, "and",
// "together with", "along with", "as well as") may stand between the two
// names; a name that the text also uses otherwise (NotName) or that only
// speaks is left as it was.
func (d *doc) keepListMates(names []string, kept []bool) {
	for changed := true; changed; {
		changed = false
		for si := range d.Sents {
			toks := d.Sents[si].Toks
			ms := d.Ments[si]
			for k := range ms {
				m := &ms[k]
				if m.Actor < 0 || kept[m.Actor] || m.Kind != mention.Person {
					continue
				}
				a := d.Cast.Actors[m.Actor]
				if a.Kind != graph.Person || a.NotName || !a.Acts || names[m.Actor] == "" || !strings.Contains(names[m.Actor], " ") || !bareNameSlot(toks, m) {
					continue
				}
				mate := func(n int) bool {
					if n < 0 || n >= len(ms) || ms[n].Actor < 0 || !kept[ms[n].Actor] || ms[n].Kind != mention.Person || d.Cast.Actors[ms[n].Actor].Kind != graph.Person {
						return false
					}
					lo, hi := ms[n].J, m.PhraseStart()
					if n > k {
						lo, hi = m.J, ms[n].PhraseStart()
					} else if ms[n].PhraseStart() < ms[n].I {
						// "Foreign Minister A and B": the singular title
						// is A's alone, and B, after it, is a name
						// dropped in passing (sixtyfourth_rules_test.go).
						return false
					}
					return listJoint(toks, lo, hi)
				}
				if mate(k-1) || mate(k+1) {
					kept[m.Actor] = true
					changed = true
				}
			}
		}
	}
}

// bareNameSlot: the name at m stands where a person's name may, not
// where a body's or a place's does — after "the", "of", a possessive or a
// preposition of place ("the head of the X Association, Y", "the
// Vatican's Sala Regia, and Z"), or before a title or a possessive that
// makes it the body a post belongs to ("A and X president B"); nor is a
// run that ends in a body's head word.
func bareNameSlot(toks []text.Token, m *mention.Mention) bool {
	if i := m.PhraseStart(); i > 0 && nameBlockers[toks[i-1].Lower] {
		return false
	}
	if last := toks[m.J-1].Lower; orgHeads[last] || groupHeads[last] || listMoreHeads[last] {
		return false // "the Fiji Tuna Boat Owners Association, Y"
	}
	return m.J >= len(toks) || toks[m.J].Text != "'s" && !mention.IsTitleWord(toks[m.J].Lower)
}

// listMoreHeads end a body's name in a list beside orgHeads and
// groupHeads (lexicon.go).
var listMoreHeads = lex("listMateBodyHeads")

// nameBlockers: the words before a run that make it a body's or a
// place's name rather than a person's.
var nameBlockers = lex("listMateBlockers")

// listJoint: the tokens [lo,hi) join two names of one list — a comma,
// "and", or "together with", "along with", "as well as", alone or after
// a comma.
func listJoint(toks []text.Token, lo, hi int) bool {
	if lo >= hi || hi > len(toks) {
		return false
	}
	var w []string
	for _, t := range toks[lo:hi] {
		w = append(w, t.Lower)
	}
	if w[0] == "," && len(w) > 1 {
		w = w[1:]
	}
	switch strings.Join(w, " ") {
	case ",", "and", "together with", "along with", "as well as":
		return true
	}
	return false
}

// couple: the people are just a husband and his wife (actors/couples.go):
// "the General and Mme. X" greeting a guest the clause leaves unread do
// not meet each other.
func (d *doc) couple(people []int) bool {
	if len(people) != 2 {
		return false
	}
	h, ok := d.Husbands[people[0]]
	if ok && h == people[1] {
		return true
	}
	h, ok = d.Husbands[people[1]]
	return ok && h == people[0]
}
