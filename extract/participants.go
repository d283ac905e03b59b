package extract

// Who takes part in a meeting: the people of its clause and the actors
// its syntax names ("between A and B", "with A and B", "A and B met").

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// objectAfter: an actor follows within a few tokens (a visit to a person
// or state, a host of talks).
func (d *doc) objectAfter(si, k int) bool {
	for _, m := range d.ments[si] {
		if m.i > k && m.i <= k+4 && m.actor >= 0 && !m.desc {
			return true
		}
	}
	return d.hostPhrase(si, k) != nil
}

// hostPhrase is the host a visit or arrival names in a phrase of its own
// after the trigger: "a visit at the invitation of X", "was welcomed by
// X", "was received by X" (the host meets the visitor).
func (d *doc) hostPhrase(si, k int) *mention {
	toks := d.sents[si].toks
	for e := k; e < len(toks) && e <= k+6; e++ {
		l := toks[e].lower
		if e > k && clauseBreaks[l] || toks[e].text == ";" {
			return nil
		}
		var from int
		switch {
		case l == "invitation" && e+1 < len(toks) && (toks[e+1].lower == "of" || toks[e+1].lower == "from"):
			from = e + 2
		case hostPassives[l] && e+1 < len(toks) && toks[e+1].lower == "by":
			from = e + 2
		case hostPassives[l] && e == k && e > 0 && auxiliaries[toks[e-1].lower]:
			// "was received in Budapest on Tuesday by X": place and time
			// phrases between the passive and its agent.
			by := e + 1
			for by < len(toks) && by <= e+7 && toks[by].lower != "by" && toks[by].text != "," && toks[by].lower != "and" && !clauseBreaks[toks[by].lower] && !looksVerb(toks, by) {
				by++
			}
			if by >= len(toks) || toks[by].lower != "by" {
				continue
			}
			from = by + 1
		default:
			continue
		}
		if m := d.firstActorStop(si, from, 4); m != nil && d.eligible(si, m) {
			return m
		}
		return nil
	}
	return nil
}

// hostPassives name a host's reception in the passive: "welcomed by X".
var hostPassives = lex("hostPassives")

// eligible: a mention that can be a participant — an actor, not a
// descriptor of someone else's title, not a location, not an adjective.
func (d *doc) eligible(si int, m *mention) bool {
	s := &d.sents[si]
	if m.actor < 0 || m.desc || m.kind == mNonActor || m.kind == mTitleRef {
		return false
	}
	toks := s.toks
	if isSpeaker(toks, m) {
		return false
	}
	if d.cast.actors[m.actor].kind == graph.Person && (possessorOnly(toks, m) || ofComplement(toks, m)) {
		return false
	}
	if d.cast.actors[m.actor].kind != graph.Person && m.i > 0 {
		p, at := toks[m.i-1].lower, m.i-1
		if p == "the" && m.i > 1 {
			p, at = toks[m.i-2].lower, m.i-2
		}
		// "Chairman X of the State Council": the body is X's post.
		if p == "of" {
			if o := d.mentionEndingAt(si, at); o != nil && o.actor >= 0 && d.cast.actors[o.actor].kind == graph.Person {
				return false
			}
		}
		// "officials from Egypt" are Egypt's; "a team to Qatar" is not.
		envoys := p == "from" && at > 0 && (groupNouns[toks[at-1].lower] || demonymStateNouns[toks[at-1].lower])
		if locPreps[p] && !envoys {
			return false
		}
	}
	if m.kind == mDemonym {
		if demonymStateNouns[m.headNoun] || strings.HasSuffix(m.text, "s") {
			return true
		}
		// "Ukrainian and American representatives"
		if m.headNoun == "and" {
			for _, o := range d.ments[si] {
				if o.i == m.j+1 && o.kind == mDemonym && demonymStateNouns[o.headNoun] {
					return true
				}
			}
		}
		return false
	}
	return true
}

// possessorOnly: a person named as the possessor of something other than
// a meeting — "X's office said", "X's chief of staff met Y" — is not
// thereby in the meeting; "X's talks with Y" keeps X.
func possessorOnly(toks []token, m *mention) bool {
	if m.j >= len(toks) || toks[m.j].text != "'s" && toks[m.j].text != "'" {
		return false
	}
	for e := m.j + 1; e < len(toks) && e < m.j+4; e++ {
		if triggers[toks[e].lower] > 0 || meetingNouns[toks[e].lower] {
			return false
		}
		if !toks[e].word {
			break
		}
		if toks[e].cap {
			return false // a title or name follows: "X's envoy Y" is handled as a descriptor
		}
	}
	return m.j+1 < len(toks) && toks[m.j+1].word && !toks[m.j+1].cap
}

// ofComplement: a person after "the <noun> of" — "Y, the envoy of
// President X", "on behalf of X" — is the complement of another noun, not
// an argument of the predicate; "a meeting of X and Y", "in the presence
// of X", "at the invitation of X" and a venue "at the residence of X"
// keep X.
func ofComplement(toks []token, m *mention) bool {
	p := m.i - 1
	for p >= 0 && p > m.i-4 && toks[p].cap && toks[p].word {
		p-- // titles before the name: "of President X"
	}
	if p < 1 || toks[p].lower != "of" {
		return false
	}
	n := toks[p-1]
	if !n.word || n.cap || triggers[n.lower] > 0 || meetingNouns[n.lower] || presenceNouns[n.lower] {
		return false
	}
	// "at the residence of X", "to the office of X": a venue named by its
	// owner, who receives the visitors there.
	for e := p - 2; e >= 0 && e >= p-4; e-- {
		if toks[e].lower == "the" || toks[e].lower == "a" {
			return e == 0 || !locPreps[toks[e-1].lower]
		}
	}
	return true
}

// presenceNouns before "of" put a person at the meeting: "in the presence
// of X", "at the invitation of X" (the host).
var presenceNouns = lex("presenceNouns")

// slotActors are the actors a trigger's syntax makes participants: "between
// A and B", "with A and B", "both A and B", "A and B met", "A-B talks".
func (d *doc) slotActors(si, k, cs, ce int, persons bool) []int {
	s := &d.sents[si]
	toks := s.toks
	var out []int
	add := func(m *mention) {
		if m != nil && d.eligible(si, m) && m.i >= cs && m.j <= ce && !slices.Contains(out, m.actor) {
			out = append(out, m.actor)
		}
	}
	for e := cs; e < ce; e++ {
		switch toks[e].lower {
		case "between":
			a, b := d.betweenPair(si, e)
			add(a)
			add(b)
		case "with", "both":
			for _, a := range d.actorListMentions(si, e+1) {
				add(a)
			}
		case "and":
			if e < k {
				if a, b := d.conjPair(si, e); a != nil && b != nil && (a.i == cs || (a.i > cs && toks[a.i-1].lower == "the" && a.i-1 == cs) || d.sidesOfGroupNoun(si, cs, a.i)) {
					add(a)
					add(b)
				}
			}
		case "-":
			if a := d.mentionEndingAt(si, e); a != nil && toks[e].glued && e+1 < ce && toks[e+1].glued && !persons {
				if b := d.firstActor(si, e+1, 1, false); b != nil {
					add(a)
					add(b)
				}
			}
		}
	}
	if h := d.hostPhrase(si, k); h != nil {
		add(h)
	}
	// A verb trigger's subject and object: "Qatar hosted Hamas".
	if !meetingNouns[toks[k].lower] || toks[k].lower == "visit" {
		for mi := len(d.ments[si]) - 1; mi >= 0; mi-- {
			m := &d.ments[si][mi]
			if m.j <= k && m.i >= cs && k-m.j <= 3 {
				add(m)
				break
			}
		}
		if objs := d.actorListMentions(si, k+1); len(objs) > 0 && objs[0].i <= k+4 {
			for _, m := range objs {
				add(m)
			}
		}
	}
	return out
}

// sidesOfGroupNoun: "Delegations from A and B met", "Envoys of A and B
// met": the clause opens with a plural noun of people and a preposition
// before the pair.
func (d *doc) sidesOfGroupNoun(si, cs, ai int) bool {
	toks := d.sents[si].toks
	if ai < 2 || ai-cs > 4 || toks[ai-1].lower != "from" && toks[ai-1].lower != "of" {
		return false
	}
	for e := cs; e < ai-1; e++ {
		if !groupNouns[toks[e].lower] && !personGroupNouns[toks[e].lower] && !sideGroupNouns[toks[e].lower] && !listDets[toks[e].lower] && !titleWordLower(toks[e]) {
			return false
		}
	}
	return true
}

// actorListMentions is actorList returning mentions, skipping titles and
// descriptors ("with Egypt's foreign minister X and ...").
func (d *doc) actorListMentions(si, k int) []*mention {
	toks := d.sents[si].toks
	var out []*mention
	for len(out) < 6 {
		var m *mention
		for mi := range d.ments[si] {
			c := &d.ments[si][mi]
			if c.i >= k && c.i < k+8 && c.actor >= 0 && !c.desc {
				m = c
				break
			}
			if c.i >= k+8 {
				break
			}
		}
		if m == nil {
			break
		}
		for e := k; e < m.i; e++ {
			if toks[e].lower == "and" || toks[e].text == "," || clauseBreaks[toks[e].lower] || triggers[toks[e].lower] > 0 || (toks[e].word && !toks[e].cap && !titleWordLower(toks[e]) && !listDets[toks[e].lower]) {
				return out
			}
		}
		out = append(out, m)
		k = m.j
		if k < len(toks) && (toks[k].text == "," || toks[k].lower == "and") {
			k++
			if k < len(toks) && toks[k].lower == "and" {
				k++
			}
			continue
		}
		break
	}
	return out
}

// listDets may open an item of an actor list: "with a Pakistani
// delegation and the RSF".
var listDets = lex("listDets")

// pronounSubject: in "X said he spoke with Y", the clause after "said"
// opens with a pronoun that stands for X.
func (d *doc) pronounSubject(si, cs int) int {
	toks := d.sents[si].toks
	if cs > 0 && cs < len(toks) && toks[cs-1].lower == "who" {
		// "X, who met Y": the relative pronoun stands for X.
		e := cs - 1
		if e > 0 && toks[e-1].text == "," {
			e--
		}
		if m := d.mentionEndingAt(si, e); m != nil && m.actor >= 0 && d.cast.actors[m.actor].kind == graph.Person {
			return m.actor
		}
		return -1
	}
	if cs <= 0 || cs >= len(toks) || (toks[cs].lower != "he" && toks[cs].lower != "she") {
		return -1
	}
	b := cs - 1
	if toks[b].lower == "that" {
		// "X told reporters on Saturday that he ...": the verb may be a few
		// words back.
		for e := b - 1; e >= 0 && b-e <= 5; e-- {
			if speechVerbs[toks[e].lower] {
				b = e
				break
			}
		}
	}
	if !speechVerbs[toks[b].lower] {
		return -1
	}
	for mi := len(d.ments[si]) - 1; mi >= 0; mi-- {
		m := d.ments[si][mi]
		if m.j <= b && m.actor >= 0 && !m.desc && d.cast.actors[m.actor].kind == graph.Person {
			return m.actor
		}
	}
	return -1
}

// speechVerbs introduce what a speaker reports.
var speechVerbs = lex("speechVerbs")

// representedBy: a state or group already present through one of its
// people ("Witkoff" for the United States) is not listed again.
func (d *doc) representedBy(a int, persons []int) bool {
	for _, p := range persons {
		x := d.cast.actors[p]
		if x.affiliation == a {
			return true
		}
		for _, pos := range x.positions {
			if pos.org == a {
				return true
			}
		}
	}
	return false
}

// isSpeaker: a person cited as the source ("..., Kremlin spokesman X
// said") reports the meeting rather than attends it.
func isSpeaker(toks []token, m *mention) bool {
	if m.j < len(toks) && speechVerbs[toks[m.j].lower] && m.i > 0 && toks[m.i-1].text == "," ||
		m.j < len(toks) && speechVerbs[toks[m.j].lower] && m.j+1 >= len(toks)-1 {
		return true
	}
	// "according to X", "X news agency reported": the source of the
	// report, not a party to what it reports.
	if m.i >= 2 && toks[m.i-2].lower == "according" && toks[m.i-1].lower == "to" {
		return true
	}
	for e := m.j; e < len(toks) && e < m.j+4; e++ {
		if reportVerbs[toks[e].lower] {
			return e+1 >= len(toks)-1 || toks[e+1].text == "," || toks[e+1].text == "."
		}
		if !toks[e].word || toks[e].cap || !mediaNouns[toks[e].lower] {
			break
		}
	}
	return false
}

// mediaNouns after a name make it a news outlet: "the X news agency".
var mediaNouns = lex("mediaNouns")
