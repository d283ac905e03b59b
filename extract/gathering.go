package extract

// Hosted gatherings: "X hosted the retreat. Among those attending were A,
// B and C", "X welcomed the leaders to the summit in Y on Friday.
// Attending were A and B". The gathering is told by its host alone, and
// the attendees by a list in the next sentence; neither sentence is a
// meeting by itself, both together are one: the host and the list, where
// and when the gathering sentence (or the gathering it refers back to)
// says.

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// hostVerbs tell a gathering by its host: "hosted the retreat",
// "welcomed the leaders to the summit".
var hostVerbs = lex("hostVerbs")

// gatheringEvents are the occasions a host holds: "the summit", "the
// retreat".
var gatheringEvents = lex("gatheringEvents")

// hostedGathering reads sentence si as a gathering told by its host: a
// person named at the start of the sentence, a host verb, and a
// gathering noun in the phrase after it. The frame has the host alone.
func (d *doc) hostedGathering(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	for k := range toks {
		if !hostVerbs[toks[k].Lower] || s.Quoted[k] {
			continue
		}
		n := -1
		for e := k + 1; e < len(toks) && e <= k+16; e++ {
			if toks[e].Text == "," || toks[e].Text == ";" || toks[e].Text == "." {
				break
			}
			if gatheringEvents[toks[e].Lower] {
				n = e
				break
			}
		}
		if n < 0 {
			continue
		}
		host := -1
		for _, m := range d.Ments[si] {
			// The subject opens the sentence, perhaps after its title and a
			// comma: "The Emir of X, His Highness Y, chaired the summit".
			if m.I >= k || m.I > 6 && !titledSubject(toks, m.I) {
				break
			}
			if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				host = m.Actor
				break
			}
		}
		if host < 0 {
			return meeting.Frame{}, false
		}
		g := meeting.Frame{Parts: []int{host}, Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson}
		g.Place, g.Date = d.placeAndDate(si, n)
		if g.Place == "" && g.Date == "" && toks[n-1].Lower == "the" {
			// "hosted the retreat": the gathering told before it.
			for p := si - 1; p >= 0 && p >= si-2; p-- {
				// The same noun, or any noun of a meeting ("met in X on
				// Friday for their annual meeting. Y, who hosted the
				// gathering, ...").
				if pk := slices.IndexFunc(d.Sents[p].Toks, func(t text.Token) bool {
					return t.Lower == toks[n].Lower || frame.MeetingNouns[t.Lower] || gatheringEvents[t.Lower]
				}); pk >= 0 {
					g.Place, g.Date = d.placeAndDate(p, pk)
					break
				}
			}
		}
		if g.Place == "" {
			g.Place = d.frames.DatelinePlace(si, g.Date) // as for any held meeting of the lead
		}
		return g, true
	}
	return meeting.Frame{}, false
}

// titledSubject: the name at i is the apposition of a subject title that
// opens the sentence ("The Emir of X, His Highness Y,"): only a title, its
// of-complement and a comma come before it.
func titledSubject(toks []text.Token, i int) bool {
	comma := false
	for e := 0; e < i; e++ {
		t := toks[e]
		switch {
		case t.Text == ",":
			if comma {
				return false
			}
			comma = true
		case t.Lower == "the" || t.Lower == "of" || t.Cap:
		default:
			return false
		}
	}
	return comma && i <= 12
}

// placeAndDate are the place of the gathering noun at k of sentence si and
// the date of its sentence nearest to it (read, as the meetings' are, by
// the time the story has reached there).
func (d *doc) placeAndDate(si, k int) (string, string) {
	toks := d.Sents[si].Toks
	date, best := "", 1<<30
	// "Today" counts from the dateline's day, as for the meeting frames
	// (filingDay): "LUSAKA, August 1 - ... opened this morning", printed
	// the next day (the two-hundred-and-eighty-ninth round).
	for _, x := range frame.FindDatesIn(toks, 0, len(toks), filingDay(d.art.Text, d.art.Published), d.frames.StoryTime(si)) {
		if dist := abs(x.At - k); dist < best {
			date, best = x.Value, dist
		}
	}
	return d.frames.PlaceOf(si, k, 0, len(toks)), date
}

// namelessMeeting reads sentence si as a meeting told without its
// participants, who a delegation list after it names ("The second round
// of talks was held in X on June 2. The A delegation was led by ..."): a
// meeting noun in the subject, a past verb of occurrence, no actor named
// before the verb, and a place or date told.
func (d *doc) namelessMeeting(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	k := slices.IndexFunc(toks, func(t text.Token) bool { return frame.MeetingNouns[t.Lower] })
	e, before, sitting := -1, k, false
	if ok, r := outcomeTalks(toks); ok > 0 {
		// "The agreement was reached in three days of talks in P": the
		// talks told by their outcome.
		k, e, before = ok, r, r
	} else if ok, r := d.delegationsMet(si); ok >= 0 {
		// "The two delegations met for about an hour at a base in P":
		// the talks told by those at them, the sides' heads named after.
		k, e, before, sitting = ok, r, r, true
	} else if k < 0 || k > 6 {
		return meeting.Frame{}, false
	} else {
		e = occurrenceVerb(toks, k)
	}
	if s.Quoted[k] {
		return meeting.Frame{}, false
	}
	if e < 0 {
		// "Negotiations between the A government and the B rebels opened
		// this morning": the sides, told by what they are and not by
		// name, stand between the noun and its verb; the people at the
		// talks are those the list after it names (p2276).
		e = sidesBetweenVerb(toks, k)
	} else {
		before = e
	}
	if e < 0 || slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool { return m.I < before && m.Actor >= 0 }) {
		return meeting.Frame{}, false
	}
	f := meeting.Frame{Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson}
	f.Place, f.Date = d.placeAndDate(si, k)
	if f.Place == "" && f.Date != "" && before < e {
		// "... opened this morning in a villa outside the city": a room
		// and no city; the talks are the dateline's, as for any held
		// meeting of the lead.
		f.Place = d.frames.DatelinePlace(si, f.Date)
	}
	if f.Place == "" && sitting {
		// "The delegations met for about an hour at a base of the
		// force in the border town of P": a room past the place reader's
		// reach; the talks are the dateline's.
		f.Place = d.frames.DatelinePlace(si, f.Date)
	}
	return f, f.Place != "" || f.Date != ""
}

// outcomeTalks reads a sentence that opens with talks told by their
// outcome: an outcomeNouns word within the first five words, "was" or
// "were" and an outcomeReachVerbs word after it, then "in", "at" or
// "during" and a meeting noun within seven words with no comma between
// ("The five-point agreement was reached in the seventh round of
// working-level talks in P"). It returns the meeting noun's and the
// verb's positions, or 0 and -1. An agreement "reached in principle" or
// "reached by telephone" names no talks and is not read.
func outcomeTalks(toks []text.Token) (k, e int) {
	for i := 0; i < len(toks) && i <= 5; i++ {
		if !outcomeNouns[toks[i].Lower] || i+3 >= len(toks) {
			continue
		}
		if l := toks[i+1].Lower; (l != "was" && l != "were") || !outcomeReachVerbs[toks[i+2].Lower] {
			return 0, -1
		}
		switch toks[i+3].Lower {
		case "in", "at", "during":
		default:
			return 0, -1
		}
		for j := i + 4; j < len(toks) && j <= i+10; j++ {
			switch {
			case toks[j].Text == "," || toks[j].Text == ";":
				return 0, -1
			case frame.MeetingNouns[toks[j].Lower] && toks[j].Lower != "call" && toks[j].Lower != "calls":
				return j, i + 2
			}
		}
		return 0, -1
	}
	return 0, -1
}

// delegationsMet reads a sentence that opens with those at talks as one
// plural subject ("The delegations", "The two teams") and a past "met" or
// "held" with a meeting noun within four words ("held their final
// session"): the talks told without naming who sat, as namelessMeeting
// reads them. "The delegations met X" names its counterpart and is the
// meeting frames' own. It returns the positions of the meeting noun (or
// the verb) and the verb, or -1 and -1.
func (d *doc) delegationsMet(si int) (k, e int) {
	toks := d.Sents[si].Toks
	i := 1
	if len(toks) < 4 || toks[0].Lower != "the" {
		return -1, -1
	}
	if sittingCounts[toks[i].Lower] {
		i++
	}
	if !sittingBodies[toks[i].Lower] || i+2 >= len(toks) {
		return -1, -1
	}
	e = i + 1
	switch toks[e].Lower {
	case "met":
		if slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool { return m.I == e+1 && m.Actor >= 0 }) {
			return -1, -1
		}
		return e, e
	case "held":
		for j := e + 1; j < len(toks) && j <= e+4; j++ {
			if frame.MeetingNouns[toks[j].Lower] {
				return j, e
			}
		}
	}
	return -1, -1
}

// sittingBodies and sittingCounts open a delegationsMet subject.
var (
	sittingBodies = lex("sittingBodies")
	sittingCounts = lex("sittingCounts")
)

// outcomeNouns and outcomeReachVerbs tell talks by what they produced
// (outcomeTalks).
var (
	outcomeNouns      = lex("outcomeNouns")
	outcomeReachVerbs = lex("outcomeReachVerbs")
)

// toldBySidesBetween: sentence si tells its meeting as namelessMeeting
// reads one by the "between A and B" phrase before the verb
// (sidesBetweenVerb), not by the verb right after the noun.
func (d *doc) toldBySidesBetween(si int) bool {
	toks := d.Sents[si].Toks
	k := slices.IndexFunc(toks, func(t text.Token) bool { return frame.MeetingNouns[t.Lower] })
	return k >= 0 && occurrenceVerb(toks, k) < 0 && sidesBetweenVerb(toks, k) >= 0
}

// bothSidesListed: the list r names those present at once ("The two
// delegations were led by A and B"), or r is one side's list and another
// side's follows in its sentence or the next ("The A delegation is led by
// X, while the B team is headed by Y").
func bothSidesListed(rs []roster, r roster) bool {
	if r.presence {
		return true
	}
	return slices.ContainsFunc(rs, func(o roster) bool {
		return (o.si == r.si || o.si == r.si+1) && (o.side != r.side || o.side < 0) && !slices.Equal(o.people, r.people)
	})
}

// sidesBetweenVerb is the past verb of occurrence after a "between A and
// B" phrase that follows the meeting noun at k ("Talks between the two
// governments opened on Monday"), at most fourteen words on with no
// comma or other verb before it; -1 otherwise.
func sidesBetweenVerb(toks []text.Token, k int) int {
	if k+1 >= len(toks) || toks[k+1].Lower != "between" {
		return -1
	}
	and := false
	for e := k + 2; e < len(toks) && e <= k+16; e++ {
		l := toks[e].Lower
		switch {
		case toks[e].Text == "," || toks[e].Text == ";" || toks[e].Text == ".":
			return -1
		case l == "and":
			and = true
		case pastEventVerbs[l] && l != "held":
			if !and {
				return -1
			}
			return e
		case frame.LooksVerb(toks, e):
			return -1
		}
	}
	return -1
}

// Delegation trips: "A's delegation arrived in X on Monday for talks
// with B's officials. A's delegation was led by Y; B's side was headed by
// Z" (p536, p538). The trip sentence tells the talks and names no one who
// sat; the delegation lists after it do (rounds 77 and 79 read the lists
// once a meeting was told, but none was).
var (
	delegationTripVerbs = lex("delegationTripVerbs")
	tripPurposes        = lex("tripPurposes")
	tripAsides          = lex("tripAsides")
)

// delegationTrip reads sentence si as talks told by a delegation's trip
// made for them: a delegation noun, no person named before it, a past
// trip verb after it with no verb between (past the side's name, "the
// delegation of the Ministry of X paid"), and a meeting noun after that
// in the clause, as the trip's purpose ("for talks", "to attend the
// consultation"). A meeting the trip only came near ("arrived ahead of a
// forum") is none; the place is the sentence's, else the dateline's.
func (d *doc) delegationTrip(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	dn := slices.IndexFunc(toks, func(t text.Token) bool { return delegationNouns[t.Lower] && !t.Cap })
	if dn < 0 || s.Quoted[dn] || slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool {
		return m.I < dn && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person
	}) {
		return meeting.Frame{}, false
	}
	v := -1
	for e := dn + 1; e < len(toks) && e <= dn+12; e++ {
		if delegationTripVerbs[toks[e].Lower] {
			v = e
			break
		}
		if toks[e].Text == "," || frame.LooksVerb(toks, e) {
			return meeting.Frame{}, false
		}
	}
	if v < 0 || mention.Auxiliaries[toks[v-1].Lower] && toks[v-1].Lower != "has" && toks[v-1].Lower != "had" {
		return meeting.Frame{}, false // "will be arrived" and the like: no trip made
	}
	purpose := false
	for e := v + 1; e < len(toks); e++ {
		l := toks[e].Lower
		switch {
		case toks[e].Text == "," || toks[e].Text == ";" || tripAsides[l]:
			return meeting.Frame{}, false
		case tripPurposes[l]:
			purpose = true
		case purpose && (frame.MeetingNouns[l] || frame.MeetingNouns[l+"s"]):
			f := meeting.Frame{Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson, Parts: d.tripSides(si, e), TripSides: true}
			f.Place, f.Date = d.placeAndDate(si, e)
			if f.Place == "" {
				f.Place = d.frames.DatelinePlace(si, f.Date)
			}
			if d.tripSpan(si) && len(f.Date) > len("2006-01") {
				// "From 1 to 3 June, the delegation paid a visit": the
				// talks fell on one of its days, which the story leaves
				// unsaid; the month holds.
				f.Date = f.Date[:len("2006-01")]
			}
			return f, true
		}
	}
	return meeting.Frame{}, false
}

// tripSpan: sentence si dates its trip by a range of days ("from 1 to 3
// June").
func (d *doc) tripSpan(si int) bool {
	toks := d.Sents[si].Toks
	return slices.ContainsFunc(frame.FindDatesIn(toks, 0, len(toks), d.art.Published, d.frames.StoryTime(si)), func(x frame.DateExpr) bool { return x.Days > 0 })
}

// tripSides are the states and groups a trip sentence names up to the
// end of the clause of its meeting noun at k ("A's delegation ... for
// talks with B's officials"): the sides, which the delegation lists then
// fill with their people (attachRosters takes a side's list only to a
// meeting that side is at, and drops a side its people stand for).
func (d *doc) tripSides(si, k int) []int {
	toks := d.Sents[si].Toks
	end := len(toks)
	if c := slices.IndexFunc(toks[k:], func(t text.Token) bool { return t.Text == "," || t.Text == ";" }); c >= 0 {
		end = k + c
	}
	var out []int
	for _, m := range d.Ments[si] {
		if m.J <= end && m.Actor >= 0 && !slices.Contains(out, m.Actor) {
			if kind := d.Cast.Actors[m.Actor].Kind; kind == graph.State || kind == graph.Group {
				out = append(out, m.Actor)
			}
		}
	}
	return out
}

// occasionTold reads sentence si as an occasion told again by its
// definite noun without its people or a place or date of its own, whom a
// presence list names next ("... handed the post over at a short
// ceremony on Monday. The ceremony opened shortly after dawn. Present
// were A, B and C", p260): "The <noun>" opening the sentence, a past
// verb of occurrence, no actor before it; where and when are those the
// story gave the same noun in the two sentences before.
func (d *doc) occasionTold(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	if len(toks) < 3 || toks[0].Lower != "the" || !frame.MeetingNouns[toks[1].Lower] && !eventNouns[toks[1].Lower] || s.Quoted[1] {
		return meeting.Frame{}, false
	}
	if e := occurrenceVerb(toks, 1); e < 0 || slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool { return m.I < e && m.Actor >= 0 }) {
		return meeting.Frame{}, false
	}
	for p := si - 1; p >= 0 && p >= si-2; p-- {
		if pk := slices.IndexFunc(d.Sents[p].Toks, func(t text.Token) bool { return t.Lower == toks[1].Lower }); pk >= 0 {
			f := meeting.Frame{Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson}
			f.Place, f.Date = d.placeAndDate(p, pk)
			if f.Place == "" {
				f.Place = d.frames.DatelinePlace(si, f.Date)
			}
			return f, f.Date != ""
		}
	}
	return meeting.Frame{}, false
}

// occurrenceVerb is the past verb of occurrence within four words after
// the meeting noun at k, past an apposition set off by commas ("The
// talks, held in the parliament house at Ambo, opened on Tuesday",
// p263), or -1.
func occurrenceVerb(toks []text.Token, k int) int {
	e := k + 1
	if e < len(toks) && toks[e].Text == "," {
		c := slices.IndexFunc(toks[e+1:min(len(toks), e+14)], func(t text.Token) bool { return t.Text == "," })
		if c < 0 {
			return -1
		}
		e += c + 2
	}
	for end := e + 4; e < len(toks) && e < end; e++ {
		l := toks[e].Lower
		if pastEventVerbs[l] && (l != "held" || toks[e-1].Lower == "was" || toks[e-1].Lower == "were") {
			return e
		}
	}
	return -1
}

// pastEventVerbs tell that a meeting took place: "was held", "opened".
var pastEventVerbs = lex("pastEventVerbs")

// addGatherings adds, before a member list, the meeting its sentence or
// the one before tells without naming who met, when that sentence tells
// no meeting of its own (ms is in sentence order): a gathering told by
// its host before a list that names no side, a nameless meeting before a
// side's delegation list. attachRosters then gives it the people listed;
// keepMet drops one left with fewer than two.
func (d *doc) addGatherings(ms []meeting.Frame, rs []roster) []meeting.Frame {
	for _, r := range rs {
		if g := r.si - 1; r.presence && r.side < 0 && g >= 0 && !d.Sents[g].Title && !slices.ContainsFunc(ms, func(m meeting.Frame) bool { return m.Sent == g || m.Sent == r.si }) {
			if f, ok := d.unnamedCounterpartMeeting(g); ok {
				ms = insertInOrder(ms, g, f)
				continue
			}
			if tableWithOpener(d.Sents[r.si].Toks) {
				if f, ok := d.soleNamedSitting(g); ok {
					ms = insertInOrder(ms, g, f)
					continue
				}
			}
		}
		for _, g := range []int{r.si, r.si - 1} {
			if g < 0 || d.Sents[g].Title || slices.ContainsFunc(ms, func(m meeting.Frame) bool { return m.Sent == g }) {
				continue
			}
			f, ok := d.namelessMeeting(g)
			if ok && d.toldBySidesBetween(g) && !bothSidesListed(rs, r) {
				// "Talks between the two parties began this morning. The
				// A delegation is led by X, with Y as his deputy": one
				// side's people alone are not the talks' (p1316).
				ok = false
			}
			if r.presence && !ok {
				f, ok = d.occasionTold(g)
			}
			trip := false
			if !ok && !r.presence && r.escorted == nil {
				// "A's delegation arrived in X for talks with B. The
				// delegation was led by Y": the trip's talks.
				f, ok = d.delegationTrip(g)
				trip = ok
			}
			if !trip && (r.side < 0 && !(r.presence && ok) || !ok && r.represented) {
				// A list that names no side, or a state "represented by"
				// its envoy, is of a gathering its host convened.
				f, ok = d.hostedGathering(g)
			}
			if !ok && g == r.si-1 && !r.presence && r.escorted == nil && !r.chaired && r.trip == "" && !undatedSittingAfter(ms, r.si) {
				// "Leaders of the factions sat down together in P today.
				// X led his delegation, while the Y was represented by
				// Z": the sitting the side lists fill.
				f, ok = d.unnamedSidesMet(g)
			}
			if !ok && g == r.si-1 && twoSidesListed(rs, r, ms) && !slices.ContainsFunc(ms, func(m meeting.Frame) bool { return m.Sent > g && m.Sent <= r.si+3 }) {
				// "A and B opened talks in P today. The A delegation
				// was headed by X and included Y. On the B side the talks
				// were attended by Z": the talks the two lists fill.
				f, ok = d.sidesListedTalks(g)
			}
			if !ok && r.apposed > 0 && g == r.si {
				// "The two delegations, X and Y, have signed the accord
				// on Friday": the verb after the apposition tells the
				// meeting.
				f, ok = d.apposedMeeting(g, r.apposed)
			}
			if !ok && r.listed && !(r.taking && d.heldJustBefore(ms, r.si)) {
				// "Leaders held a summit by video on Thursday. X chaired
				// the meeting. Participants included A and B."
				f, ok = d.listedGathering(g)
			}
			if ok {
				ms = insertInOrder(ms, g, f)
				break
			}
		}
		if f, ok := d.sittingAfterHeads(ms, rs, r); ok {
			ms = insertInOrder(ms, f.Sent, f)
		}
	}
	return ms
}

// sittingAfterHeads reads the sentence after the list r as the sitting of
// the sides it heads ("The union team was led by A, and the company's
// team by B. The two delegations met for nine hours in P"): the list
// names both sides' heads, no meeting is told from three sentences before
// it to the sitting, and the sitting opens with those at it as one plural
// subject (delegationsMet), in the next sentence or the one after a list
// of those who came with the heads. The list then fills it as a list after a
// nameless meeting does. A list of one side's people, or of those who
// came with someone, is not the sitting's.
func (d *doc) sittingAfterHeads(ms []meeting.Frame, rs []roster, r roster) (meeting.Frame, bool) {
	if r.presence || r.escorted != nil || r.chaired || r.trip != "" || !bothSidesListed(rs, r) && (len(r.people) < 2 || !gappedTeamHeads(d.Sents[r.si].Toks)) {
		return meeting.Frame{}, false
	}
	g := r.si + 1
	if g+1 < len(d.Sents) && slices.ContainsFunc(rs, func(o roster) bool { return o.si == g && o.escorted != nil }) {
		// "A was joined by C, while B was accompanied by D": those who
		// came with the heads stand between the heads and the sitting.
		g++
	}
	if g >= len(d.Sents) || slices.ContainsFunc(ms, func(m meeting.Frame) bool { return m.Sent >= r.si-3 && m.Sent <= g }) {
		return meeting.Frame{}, false
	}
	if k, _ := d.delegationsMet(g); k < 0 {
		return meeting.Frame{}, false
	}
	return d.namelessMeeting(g)
}

// gappedTeamHeads: the sentence heads two teams, the second's verb left
// out ("The A team was led by X, and the company's team by Y", "the
// league's delegation was headed by X and the union delegation by Y"): a
// led verb and "by", then "and", a comma or a semicolon, "the", and
// within four words a delegation noun right before "by". The two heads
// are one list with no side named when the teams are named by common
// nouns, not by their bodies.
func gappedTeamHeads(toks []text.Token) bool {
	led := false
	for i := 0; i+1 < len(toks); i++ {
		l := toks[i].Lower
		if ledVerbs[l] && toks[i+1].Lower == "by" {
			led = true
			continue
		}
		if !led || l != "and" && l != "," && l != ";" || toks[i+1].Lower != "the" {
			continue
		}
		for k := i + 2; k+1 < len(toks) && k <= i+5; k++ {
			if delegationNouns[toks[k].Lower] && toks[k+1].Lower == "by" {
				return true
			}
		}
	}
	return false
}

// unnamedCounterpartMeeting reads sentence si as a meeting of one named
// person with people it does not name, whom the list after it names
// ("X met with leaders of the opposition on Saturday on the sidelines of
// the Munich conference. Taking part in the meeting were A, B and C";
// "Present at the meeting were A and B"): one person named before a past
// "met" or "held talks", no person named after it in the sentence. The
// meeting is that person's, where and when the sentence tells, a
// gathering's name giving its city before the dateline's (p1906; as
// namelessMeeting reads a meeting told with no one named, this reads one
// told with one side named). A sentence that names the counterpart tells
// its own meeting, and the list joins it.
func (d *doc) unnamedCounterpartMeeting(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	k := slices.IndexFunc(toks, func(t text.Token) bool { return t.Lower == "met" || t.Lower == "held" || t.Lower == "received" })
	if k < 1 || s.Quoted[k] || toks[k].Lower == "held" && (k+1 >= len(toks) || toks[k+1].Lower != "talks") {
		return meeting.Frame{}, false
	}
	if toks[k].Lower == "received" && (k+1 >= len(toks) || toks[k+1].Lower != "the") {
		// "X received the foreign ministers of three countries. They
		// were A, B and C" (the five-hundred-and-fortieth round; p3272,
		// p3277, p3214): a reception of a group the list names; "received
		// a letter", "received him" tell none.
		return meeting.Frame{}, false
	}
	subject := -1
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.Desc {
			continue
		}
		if m.I > k && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return meeting.Frame{}, false // the counterpart is named
		}
		if m.J <= k && d.Cast.Actors[m.Actor].Kind == graph.Person {
			if subject >= 0 && subject != m.Actor {
				return meeting.Frame{}, false
			}
			subject = m.Actor
		}
	}
	if subject < 0 || mention.Auxiliaries[toks[k-1].Lower] {
		return meeting.Frame{}, false
	}
	f := meeting.Frame{Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson, Parts: []int{subject}}
	f.Place, f.Date = d.placeAndDate(si, k)
	if f.Place == "" {
		// "on the sidelines of the Munich Security Conference": the
		// gathering's city, not the dateline's where the story is filed.
		f.Place = d.frames.NamedGatheringCity(si, k, len(toks))
	}
	if f.Place == "" {
		f.Place = d.frames.DatelinePlace(si, f.Date)
	}
	return f, f.Date != "" || f.Place != ""
}

// tableWithOpener: the sentence opens "Around the table with" (a
// tableSides word, "the", a table noun, "with"): a list of those who sat
// with one the sentence before told at a sitting (soleNamedSitting).
func tableWithOpener(toks []text.Token) bool {
	return len(toks) > 5 && tableSides[toks[0].Lower] && toks[1].Lower == "the" && sittingTables[toks[2].Lower] && toks[3].Lower == "with"
}

// soleNamedSitting reads sentence si as the sitting of the one person it
// names, with people it counts but does not name ("X joined the heads of
// government for a working lunch", "X and the party leaders agreed
// after a session"), whom "Around the table with him were A, B and
// C" then names (issue 14's five-hundred-and-fortieth round; p3275,
// p3248). Where and when are the sentence's, else the dateline's town.
func (d *doc) soleNamedSitting(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	subject, at := -1, 0
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || s.Quoted[m.I] {
			continue
		}
		if subject >= 0 && subject != m.Actor {
			return meeting.Frame{}, false
		}
		subject, at = m.Actor, m.J
	}
	if subject < 0 {
		return meeting.Frame{}, false
	}
	f := meeting.Frame{Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson, Parts: []int{subject}}
	f.Place, f.Date = d.placeAndDate(si, at)
	if f.Place == "" {
		f.Place = d.frames.DatelinePlace(si, f.Date)
	}
	return f, f.Date != "" || f.Place != ""
}

// apposedLinks may stand between an apposition's closing comma and the
// verb of its subject: "The two delegations, X and Y, have signed".
var apposedLinks = lex("apposedLinks")

// apposedMeeting reads sentence si as the meeting told by the verb of a
// subject whose people an apposition lists, the apposition closing at
// the comma at c ("The two delegations, X for A and Y for B, have signed
// on Friday a ceasefire"; appositionList): a meeting or talks trigger
// right after the comma, past apposedLinks words. A modal or "to" before
// it is no such link, and a meeting to come is none.
func (d *doc) apposedMeeting(si, c int) (meeting.Frame, bool) {
	toks := d.Sents[si].Toks
	for k := c + 1; k < len(toks) && k <= c+4; k++ {
		l := toks[k].Lower
		if cl, ok := frame.Triggers[l]; ok && (cl == frame.Meet || cl == frame.Talks) && !d.Sents[si].Quoted[k] {
			f := meeting.Frame{Sent: si, Evidence: d.Sents[si].Text, Status: graph.Held, Mode: graph.InPerson}
			f.Place, f.Date = d.placeAndDate(si, k)
			if f.Place == "" {
				f.Place = d.frames.DatelinePlace(si, f.Date)
			}
			return f, true
		}
		if !apposedLinks[l] {
			break
		}
	}
	return meeting.Frame{}, false
}

// heldJustBefore: a held, face-to-face meeting is told in sentence si-1,
// which a "Taking part were" list at si names the people of ("A and B
// held talks on Monday. Also taking part in the talks were C and D").
func (d *doc) heldJustBefore(ms []meeting.Frame, si int) bool {
	return slices.ContainsFunc(ms, func(m meeting.Frame) bool {
		return m.Sent == si-1 && m.Status == graph.Held && m.Mode != graph.Call && m.Mode != graph.Virtual
	})
}

// tripPeople leaves a delegation trip's meeting (delegationTrip) to the
// people its delegation lists named: with two of them the sides the trip
// sentence named are theirs (a leader's post may name no state: "Chairman
// of the National Border Committee"); with fewer the lists did not say who
// met, and the meeting goes.
func (d *doc) tripPeople(ms []meeting.Frame) []meeting.Frame {
	out := ms[:0]
	for _, m := range ms {
		if m.TripSides {
			m.Parts = slices.DeleteFunc(slices.Clone(m.Parts), func(p int) bool { return !d.isPerson(p) })
			if len(m.Parts) < 2 {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// keepMet drops the frames with fewer than two participants.
func keepMet(ms []meeting.Frame) []meeting.Frame {
	return slices.DeleteFunc(ms, func(m meeting.Frame) bool { return len(m.Parts) < 2 })
}

// sidelineNouns place a meeting at a gathering: "on the sidelines",
// "on the margins".
var sidelineNouns = lex("sidelineNouns")

// gatheringTimes: a held meeting told without a date "on the sidelines"
// or as "the summit", when a gathering was told with its date in the four
// sentences before, took place at that gathering: its date, and its place
// when the meeting has none ("X met on Friday in Y for a summit. On the
// sidelines, A met B").
func (d *doc) gatheringTimes(ms []meeting.Frame) {
	for i := range ms {
		m := &ms[i]
		if m.Date != "" || m.Status != graph.Held || !d.atGathering(m.Sent) {
			continue
		}
		for p := m.Sent - 1; p >= 0 && p >= m.Sent-4; p-- {
			toks := d.Sents[p].Toks
			k := slices.IndexFunc(toks, func(t text.Token) bool { return gatheringEvents[t.Lower] })
			if k < 0 {
				continue
			}
			place, date := d.placeAndDate(p, k)
			if date == "" {
				continue
			}
			m.Date = date
			if m.Place == "" && m.Mode != graph.Call && m.Mode != graph.Virtual {
				m.Place = place
			}
			break
		}
	}
}

// atGathering: sentence si places what it tells at a gathering told
// before: "on the sidelines", or a definite gathering noun ("The summit,
// chaired by X, was attended by ...").
func (d *doc) atGathering(si int) bool {
	toks := d.Sents[si].Toks
	for k := 1; k < len(toks); k++ {
		if toks[k-1].Lower == "the" && (sidelineNouns[toks[k].Lower] || gatheringEvents[toks[k].Lower]) {
			return true
		}
	}
	return false
}

// listedOccasionNouns tell an occasion a list of those taking part may
// follow besides the meeting and gathering nouns: "the national dialogue".
var listedOccasionNouns = lex("listedOccasionNouns")

// listedGathering reads sentence si as the gathering a participants list
// after it is of (participantsList; the two-hundred-and-twelfth round):
// a meeting or gathering noun told with its date, in si or, when si gives
// none ("X chaired the meeting from Y"), in the sentence before it. No one
// need be named: the list names who met. A video or virtual gathering has
// that mode and no place.
func (d *doc) listedGathering(si int) (meeting.Frame, bool) {
	for p := si; p >= 0 && p >= si-1; p-- {
		toks := d.Sents[p].Toks
		if d.Sents[p].Title {
			break
		}
		k := slices.IndexFunc(toks, func(t text.Token) bool {
			return frame.MeetingNouns[t.Lower] || gatheringEvents[t.Lower] || listedOccasionNouns[t.Lower]
		})
		if k < 0 || d.Sents[p].Quoted[k] {
			continue
		}
		place, date := d.placeAndDate(p, k)
		if date == "" {
			continue
		}
		f := meeting.Frame{Sent: si, Evidence: d.Sents[si].Text, Status: graph.Held, Mode: graph.InPerson, Date: date}
		if frame.AnyWord(toks, 0, len(toks), frame.VirtualWords) || frame.AnyWord(d.Sents[si].Toks, 0, len(d.Sents[si].Toks), frame.VirtualWords) {
			f.Mode = graph.Virtual
		} else if p == si {
			f.Place = place
		}
		if f.Place == "" && f.Mode != graph.Virtual {
			// "The envoys signed in X after a week of talks. The two
			// delegations, A and B, ...", "The dialogue opened in the
			// capital on Monday. Taking part were A and B": the place of
			// the sentence that told the gathering, else, as for any held
			// meeting of the lead, the dateline's town (the
			// two-hundred-and-thirty-fifth round).
			if f.Place = place; f.Place == "" {
				f.Place = d.frames.DatelinePlace(si, f.Date)
			}
		}
		return f, true
	}
	return meeting.Frame{}, false
}

// Gatherings told by a body of leaders (the two-hundred-and-eighty-ninth
// round): "The leaders of eleven states met here today", "Heads of
// government from many countries opened their conference this morning",
// "Twenty heads of state opened here today the first summit". Wire and
// agency reports of a summit count those who came and name them in a list
// a few sentences on ("Also present were A and B", "Among those who
// listened were C and D", "The meeting was chaired by E"), often after a
// welcome or a photograph; the sentence of the count is the gathering the
// list is of.
var (
	leaderBodyNouns    = lex("leaderBodyNouns")
	bodyGatheringVerbs = lex("bodyGatheringVerbs")
)

// leadersGathering reads sentence si as a gathering told by a body of
// leaders: a leaderBodyNouns word within the first four words, no person
// named before its verb, a bodyGatheringVerbs verb within fourteen words
// with no clause break between ("opened" and "convened" need a meeting or
// gathering noun within eight words after them). The frame has the person
// who convened, chaired or hosted it, when the sentence names one after
// "by" ("a meeting convened by X"); where and when are the sentence's, else
// the dateline's town.
func (d *doc) leadersGathering(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	// The subject may follow the lead's dateline ("ALMA-ATA, Dec. 21
	// (Agency) -- The leaders of ..."): its dash ends it.
	start, comma := 0, false
	for i := 0; i < len(toks) && i < 14 && start == 0; i++ {
		switch t := toks[i].Text; {
		case t == ",":
			comma = true
		case comma && (t == "--" || t == "-" || t == "—" || t == "–"):
			start = i + 1
			for start < len(toks) && (toks[start].Text == "-" || toks[start].Text == "--") {
				start++
			}
		}
	}
	n := slices.IndexFunc(toks[start:min(len(toks), start+4)], func(t text.Token) bool { return leaderBodyNouns[t.Lower] })
	if n >= 0 {
		n += start
	}
	if n < 0 || s.Quoted[n] {
		return meeting.Frame{}, false
	}
	v := -1
	for e := n + 1; e < len(toks) && e <= n+14; e++ {
		if toks[e].Text == ";" || toks[e].Text == ":" {
			break
		}
		if bodyGatheringVerbs[toks[e].Lower] {
			v = e
			break
		}
	}
	if v < 0 || slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool {
		return m.I < v && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.Person
	}) {
		return meeting.Frame{}, false
	}
	if l := toks[v].Lower; l == "opened" || l == "convened" {
		g := -1
		for e := v + 1; e < len(toks) && e <= v+8; e++ {
			if toks[e].Text == "," {
				break
			}
			if gatheringEvents[toks[e].Lower] || frame.MeetingNouns[toks[e].Lower] {
				g = e
				break
			}
		}
		if g < 0 {
			return meeting.Frame{}, false // "opened fire", "opened the border"
		}
	}
	f := meeting.Frame{Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson}
	f.Place, f.Date = d.placeAndDate(si, v)
	if f.Place == "" {
		f.Place = d.frames.DatelinePlace(si, f.Date)
	}
	for k := v + 1; k+1 < len(toks); k++ {
		if hostVerbs[toks[k].Lower] && toks[k+1].Lower == "by" {
			// "convened by Mexican President X": past a state's adjective
			// in the title, the first person within eight words.
			for _, m := range d.Ments[si] {
				if m.I >= k+2 && m.I <= k+8 && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
					f.Parts = append(f.Parts, m.Actor)
					break
				}
			}
			break
		}
	}
	return f, f.Place != "" || f.Date != ""
}

// addLeadersGatherings adds, for a presence list that no meeting told
// before it takes ("Also present were A and B"), the gathering a body of
// leaders told in that sentence or up to three before it, with no title
// between (leadersGathering). attachRosters then gives it the people
// listed; keepMet drops it when the list went to a meeting of its own.
func (d *doc) addLeadersGatherings(ms []meeting.Frame, rs []roster) []meeting.Frame {
	for _, r := range rs {
		if !r.presence || r.side >= 0 || r.escorted != nil {
			continue
		}
		if slices.ContainsFunc(ms, func(m meeting.Frame) bool {
			return m.Sent <= r.si && r.si-m.Sent <= 3 && m.Status == graph.Held
		}) {
			continue
		}
		for g := r.si; g >= 0 && g >= r.si-3 && !d.Sents[g].Title; g-- {
			if f, ok := d.leadersGathering(g); ok {
				ms = insertInOrder(ms, g, f)
				break
			}
		}
	}
	return ms
}

// Delegations listed after their talks (issue 14's three-hundred-and-
// fifteenth round, p1924-p1926): a sentence tells talks of two sides
// without a meeting of people ("Talks between the A and B parties began
// today at P", "agreed today at the end of two days of talks"), and the
// two sentences after it list each side's delegation ("The A delegation
// was headed by X and included Y. On the B side the talks were attended
// by Z"). The lists name who sat; the sentence tells where and when.

// twoSidesListed: roster r and the one of the next sentence are the
// delegation lists of two different named sides. (The caller also wants
// no meeting told in the two sentences after the lists: "The two
// delegations met at X in the presence of Y" is the sitting they fill.)
// Both lists may stand in one sentence, the second side told by a noun
// the cast does not name ("X led the A side while the B delegation was
// headed by Y", "X led the government delegation, while Y headed the
// opposition team": round 382, p2325, p2327): two leaders of two sides
// in one breath are the two sides at the table.
// When they do, each list is of its head alone, and one sides-listed sentence fills no talks if a meeting is
// already told before the talks sentence: the lists are that meeting's
// (attachRosters), and a later "The talks ..., the 61st round of a
// process that began in 2002, ..." is its aside (p849).
func twoSidesListed(rs []roster, r roster, ms []meeting.Frame) bool {
	if r.side < 0 || r.presence || r.escorted != nil || r.represented {
		return false
	}
	return slices.ContainsFunc(rs, func(o roster) bool {
		if o.presence || o.escorted != nil || o.represented {
			return false
		}
		if o.si == r.si {
			// Each head alone: a list that also takes a name from an
			// aside ("X, the representative named by President Y") is
			// no head's (p1987).
			return o.side != r.side && len(r.people) == 1 && len(o.people) == 1 && !slices.Equal(o.people, r.people) &&
				!slices.ContainsFunc(ms, func(m meeting.Frame) bool { return m.Sent < r.si-1 })
		}
		return o.si == r.si+1 && o.side >= 0 && o.side != r.side
	})
}

// sidesListedTalks reads sentence si as the talks such lists fill: a
// plural talks noun outside quotes, a day told (a meeting to come is
// none: no modal or future word in the sentence), the place the sentence
// gives near the noun, else the dateline's.
func (d *doc) sidesListedTalks(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	// A capitalised noun past the sentence's first word is a forum's
	// name ("the first session of the Strategic and Economic Dialogue"),
	// not the talks held.
	k := -1
	for i, t := range toks {
		if listedTalksNouns[t.Lower] && (!t.Cap || i == 0) {
			k = i
			break
		}
	}
	// "Proximity talks", "indirect talks": the sides sat apart, each with
	// the go-between, and the two lists are no sitting of both (p2262).
	if k < 0 || s.Quoted[k] || k > 0 && indirectTalksWords[toks[k-1].Lower] || slices.ContainsFunc(toks, func(t text.Token) bool { return futureWords[t.Lower] }) {
		return meeting.Frame{}, false
	}
	// The filing date of a dateline ("Kathmandu, May 27 -- The first
	// round of talks ... was held on Friday") is not the talks' day: the
	// dates told before the dateline's dash are passed over.
	dash := slices.IndexFunc(toks[:min(k, 12)], func(t text.Token) bool { return t.Text == "-" || t.Text == "--" || t.Text == "—" || t.Text == "–" })
	f := meeting.Frame{Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson}
	best := 1 << 30
	for _, x := range frame.FindDatesIn(toks, dash+1, len(toks), filingDay(d.art.Text, d.art.Published), d.frames.StoryTime(si)) {
		if dist := abs(x.At - k); dist < best {
			f.Date, best = x.Value, dist
		}
	}
	if f.Date == "" {
		return meeting.Frame{}, false
	}
	if f.Place = d.frames.PlaceOf(si, k, 0, len(toks)); f.Place == "" {
		f.Place = d.frames.DatelinePlace(si, f.Date)
	}
	return f, true
}

var (
	// listedTalksNouns name talks of two sides whose delegations are
	// listed after them.
	listedTalksNouns = lex("listedTalksNouns")
	// futureWords mark talks to come, not held.
	futureWords = lex("futureWords")
	// indirectTalksWords mark talks the sides held apart.
	indirectTalksWords = lex("indirectTalksWords")
)

// unnamedSidesMet reads sentence si as a meeting whose sides the opener
// tells by a body of their people and names none of them ("Leaders of
// X's rival factions sat down together in P today", "Representatives of
// X met the government's panel in P on Tuesday", "East Timorese leaders
// from both sides met ... on Friday"): an unnamedSideHeads noun in the
// subject, then a past "met" or "sat down" / "sat together", no person
// named anywhere in the sentence and no word of a meeting to come, and a
// day told. The people are those the side lists after it name (the
// five-hundred-and-sixteenth round: p3113, p3082, p3130, p3132, p3133);
// the caller reads it only for the sentence just before such a list.
func (d *doc) unnamedSidesMet(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	if slices.ContainsFunc(toks, func(t text.Token) bool { return futureWords[t.Lower] }) ||
		slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool {
			return m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person
		}) {
		return meeting.Frame{}, false
	}
	// The dateline before its dash ("CAIRNS, Dec 14 AAP - Leaders of
	// ...") is no part of the subject.
	start := slices.IndexFunc(toks[:min(len(toks), 12)], func(t text.Token) bool {
		return t.Text == "-" || t.Text == "--" || t.Text == "—" || t.Text == "–"
	}) + 1
	head := false
	for e := start; e < len(toks) && e <= start+16; e++ {
		t := toks[e]
		if s.Quoted[e] || t.Text == ";" {
			return meeting.Frame{}, false
		}
		if unnamedSideHeads[t.Lower] {
			head = true
			continue
		}
		sat := t.Lower == "sat" && e+1 < len(toks) && (toks[e+1].Lower == "down" || toks[e+1].Lower == "together")
		if t.Lower != "met" && !sat {
			continue
		}
		if !head {
			return meeting.Frame{}, false
		}
		f := meeting.Frame{Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson}
		f.Place, f.Date = d.placeAndDate(si, e)
		if f.Date == "" {
			return meeting.Frame{}, false
		}
		if f.Place == "" {
			f.Place = d.frames.DatelinePlace(si, f.Date)
		}
		return f, true
	}
	return meeting.Frame{}, false
}

// unnamedSideHeads are the plural nouns by which an opener tells the
// people of the sides it names no one of (unnamedSidesMet).
var unnamedSideHeads = lex("unnamedSideHeads")

// undatedSittingAfter: a held meeting with no day of its own is told in
// the two sentences after the list at si ("X opened the conference
// together with Y"): the sitting the opener told, retold with its
// people, which the lists join as before (p3130), not a second one.
func undatedSittingAfter(ms []meeting.Frame, si int) bool {
	return slices.ContainsFunc(ms, func(m meeting.Frame) bool {
		return m.Sent > si && m.Sent <= si+2 && m.Status == graph.Held && m.Date == ""
	})
}

// openedAssembly reads sentence si as the opening of a gathering of many
// told by its body, its members listed after it: "The Congress of the
// Powers met for the first time this afternoon", "The conference on the
// affairs of X was opened at three o'clock", "The delegates of the five
// States met this afternoon". The subject opens the sentence (or the text
// after a dateline's dash) with "the" and an assemblyNouns word within
// five words; its verb is "met" or a past verb of occurrence before any
// comma. The states the subject names are what the gathering is about or
// who sent the delegates, not who sat: the lists after it name the people
// (issue 14's five-hundred-and-sixty-third round).
func (d *doc) openedAssembly(si int) (meeting.Frame, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	dash := func(t text.Token) bool { return t.Text == "-" || t.Text == "--" || t.Text == "—" || t.Text == "–" }
	b := slices.IndexFunc(toks[:min(len(toks), 12)], dash) + 1
	for b > 0 && b < len(toks) && dash(toks[b]) {
		b++ // "Jan. 16.--The": the dash written as two hyphens
	}
	if b >= len(toks) || toks[b].Lower != "the" {
		return meeting.Frame{}, false
	}
	k := -1
	for i := b + 1; i < len(toks) && i <= b+5; i++ {
		if assemblyNouns[toks[i].Lower] {
			k = i
			break
		}
	}
	if k < 0 || s.Quoted[k] {
		return meeting.Frame{}, false
	}
	e := -1
	for i := k + 1; i < len(toks) && i <= k+20 && toks[i].Text != "," && toks[i].Text != ";"; i++ {
		if l := toks[i].Lower; l == "met" || pastEventVerbs[l] && l != "held" {
			e = i
			break
		}
	}
	if e < 0 || slices.ContainsFunc(toks, func(t text.Token) bool { return futureWords[t.Lower] }) {
		return meeting.Frame{}, false
	}
	f := meeting.Frame{Sent: si, Evidence: s.Text, Status: graph.Held, Mode: graph.InPerson}
	f.Place, f.Date = d.placeAndDate(si, e)
	if f.Place == "" {
		f.Place = d.frames.DatelinePlace(si, f.Date)
	}
	return f, f.Place != "" || f.Date != ""
}

// assemblyNouns name a gathering of many, or its members as one body,
// in the subject of its opening (openedAssembly).
var assemblyNouns = lex("assemblyNouns")

// addOpenedAssemblies adds, before a list of the people at a gathering
// (the powers "represented by" them, or those "present"), the opening of
// the gathering told up to four sentences before it when no meeting is
// told from there to the list: a report of a congress gives its opening,
// then the choice of its president, then who each power sent ("The
// Congress met this afternoon. X was chosen President. A is represented
// by B and C; D by E"). attachRosters then gives it the people listed. It
// returns, by the opening's sentence, the president the sentences between
// chose (electedChair), whom addElectedChairs seats.
func (d *doc) addOpenedAssemblies(ms []meeting.Frame, rs []roster) ([]meeting.Frame, map[int]int) {
	chairs := map[int]int{}
	for _, r := range rs {
		if !r.represented && !r.presence || r.escorted != nil || r.chaired || r.trip != "" || r.apposed > 0 {
			// Only the lists of a gathering of many, each power
			// "represented by" its people or those "present" named; a
			// side's delegation "led by" its head is of talks between
			// two, told near it (p1255's co-chairmen opened a session
			// of their own).
			continue
		}
		for g := r.si - 1; g >= 0 && g >= r.si-4 && !d.Sents[g].Title; g-- {
			if slices.ContainsFunc(ms, func(m meeting.Frame) bool { return m.Sent >= g && m.Sent <= r.si }) {
				break
			}
			f, ok := d.openedAssembly(g)
			if !ok {
				continue
			}
			ms = insertInOrder(ms, g, f)
			for c := g + 1; c < r.si; c++ {
				if p := d.electedChair(c); p >= 0 {
					chairs[g] = p
					break
				}
			}
			break
		}
	}
	return ms, chairs
}

// electedChair: sentence si tells that a person was chosen to preside,
// "X, the Y Minister, was chosen President", "X was then elected
// chairman"; the person, or -1. The person opens the sentence, past a
// title or an honorific ("M. X", "The Duke of X").
func (d *doc) electedChair(si int) int {
	toks := d.Sents[si].Toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "was" {
			continue
		}
		v := k + 1
		if toks[v].Lower == "then" {
			v++
		}
		if v+1 >= len(toks) || !electVerbs[toks[v].Lower] {
			continue
		}
		p := v + 1
		if toks[p].Lower == "as" && p+1 < len(toks) {
			p++
		}
		if !presidingPosts[toks[p].Lower] {
			continue
		}
		for _, m := range d.Ments[si] {
			if m.I < k && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				if m.I > 3 {
					return -1
				}
				return m.Actor
			}
		}
		return -1
	}
	return -1
}

// electVerbs and presidingPosts: "was elected President", "was chosen
// chairman" (electedChair).
var (
	electVerbs     = lex("electVerbs")
	presidingPosts = lex("presidingPosts")
)

// addElectedChairs seats at each gathering addOpenedAssemblies added the
// president chosen at its opening.
func addElectedChairs(ms []meeting.Frame, chairs map[int]int) []meeting.Frame {
	for i := range ms {
		if p, ok := chairs[ms[i].Sent]; ok && ms[i].Status == graph.Held && !slices.Contains(ms[i].Parts, p) {
			ms[i].Parts = append(slices.Clone(ms[i].Parts), p)
		}
	}
	return ms
}
