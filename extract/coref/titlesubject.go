package coref

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// TitleSubjectNamedAfter reads the subject of a passive reception at k
// ("received" after "was") in sentence si, from cs, when it is a title
// phrase with no name — "The head of the X delegation was received by Y",
// "Ostmark's visiting foreign minister was received", "The special envoy of
// President Z was received in audience by Y" — and returns the person the
// next sentence opens with ("Speaker W, who came ...", "The
// envoy, Foreign Minister W, handed ..."): agency and wire leads tell the
// post first and the name after. The person must be new to the story
// there (a cataphor, never a guess between people named before). Also the
// subject's span [s, e): the names inside it ("of President Z", the
// delegation's body) are no participants. person is -1 when there is
// no such subject or no such opening.
func (d *Resolver) TitleSubjectNamedAfter(si, cs, k int) (person, s, e int) {
	s, e, h := d.titleSubject(si, cs, k)
	if h < 0 || si+1 >= len(d.Sents) {
		return -1, 0, 0
	}
	p, at := d.openingPerson(si + 1)
	if p < 0 || !d.visitorOpening(si, k, h, at) {
		return -1, 0, 0
	}
	for t := 0; t <= si; t++ {
		for _, m := range d.Ments[t] {
			if m.Actor == p {
				return -1, 0, 0 // named before: no cataphor
			}
		}
	}
	return p, s, e
}

// titleSubject is the span [s, e) and head h of the subject of a passive
// reception at k in sentence si, from cs, when it is a title phrase with
// no name ("the head of the X delegation", "Ostmark's visiting foreign
// minister"); h is -1 otherwise. The phrase may follow an adjunct with no
// comma ("On the same day the head of ...").
func (d *Resolver) titleSubject(si, cs, k int) (s, e, h int) {
	toks := d.Sents[si].Toks
	if k < 2 || k >= len(toks) || !hostVerbs[toks[k].Lower] {
		return 0, 0, -1
	}
	e = k - 1
	if !passiveAux[toks[e].Lower] {
		return 0, 0, -1 // "The King had received X" is no passive
	}
	if toks[e].Lower == "been" && e > 0 && mention.Auxiliaries[toks[e-1].Lower] {
		e-- // "had been received"
	}
	// The subject's first word: back from the auxiliary over words, a
	// possessive and the hyphens of a name, to a dateline's dash or the
	// clause's start.
	from := e
	for from > cs && (toks[from-1].Word || toks[from-1].Text == "'s" || from > 1 && toks[from-1].Text == "-" && toks[from-1].Glued && toks[from-2].Word) {
		from--
	}
	h = -1
	for s = from; s < e; s++ {
		h = d.titlePhraseHead(si, s, e)
		if h >= 0 && (h+1 == e || titleComplement[toks[h+1].Lower]) {
			break
		}
		h = -1
	}
	if h < 0 {
		return 0, 0, -1
	}
	for _, m := range d.Ments[si] {
		if m.Actor >= 0 && !m.Desc && m.I <= h && m.J > s && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return 0, 0, -1 // "The visiting Ostmarkian Prime Minister X": named
		}
	}
	return s, e, h
}

// passiveAux are the forms of "be" before a passive participle.
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true}

// titleComplement may follow the head of a title phrase: "the head of
// the delegation", "the special representative for X".
var titleComplement = map[string]bool{"of": true, "for": true, "to": true}

// titlePhraseHead is the head of a title phrase filling [s, e) from its
// start: "the" or a state's possessive ("Ostmark's"), "visiting" at will, a
// state's adjective at will, then title words ending in a head ("foreign
// minister", "special envoy", "head"). -1 when [s, e) opens otherwise.
func (d *Resolver) titlePhraseHead(si, s, e int) int {
	toks := d.Sents[si].Toks
	i := s
	switch {
	case i < e && toks[i].Lower == "the":
		i++
	case i+1 < e && toks[i+1].Text == "'s" && d.stateAt(si, i):
		i += 2
	default:
		return -1
	}
	if i < e && toks[i].Lower == "visiting" {
		i++
	}
	if i < e && toks[i].Cap && !visitingTitleWord(toks[i]) && d.stateAt(si, i) {
		i++ // "the visiting Ostmark foreign minister"
	}
	h := -1
	for ; i < e && toks[i].Word && (titleHeads[toks[i].Lower] || titleMods[toks[i].Lower]); i++ {
		if titleHeads[toks[i].Lower] {
			h = i
		}
	}
	if h < 0 || h+1 != i {
		return -1
	}
	return h
}

// stateAt: a one-word mention of a state stands at k ("Ostmark", "Ostmarkian").
func (d *Resolver) stateAt(si, k int) bool {
	for _, m := range d.Ments[si] {
		if m.I == k && m.J == k+1 && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.State {
			return true
		}
	}
	return false
}

// openingPerson is the person sentence si opens with: the first mention,
// a person's, with only a title, a state's name or a short noun phrase in
// apposition before it ("The envoy, Foreign Minister X,", "Assembly
// Chairman X"). -1 when the sentence opens otherwise.
func (d *Resolver) openingPerson(si int) (person int, m mention.Mention) {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.Desc {
			continue
		}
		if d.Cast.Actors[m.Actor].Kind != graph.Person {
			if openingWords(toks, m.J) {
				continue // "Ostmark's Minister of Trade, X"
			}
			return -1, m
		}
		if m.I > 15 || !openingWords(toks, m.I) {
			return -1, m
		}
		return m.Actor, m
	}
	return -1, mention.Mention{}
}

// visitorOpening: the opening of sentence si+1 at m tells the visitor of
// the reception at k in si, whose subject's head is at h — the person
// arrives ("X arrived", "X, who arrived"), the opening repeats the head
// ("The envoy, X,"), or the sentence names the host again ("X told Y").
// An opening person with none of these ("Opposition leader X criticised
// the visit") is someone else.
func (d *Resolver) visitorOpening(si, k, h int, m mention.Mention) bool {
	toks, next := d.Sents[si].Toks, d.Sents[si+1].Toks
	j := m.J
	if j+1 < len(next) && next[j].Text == "," && next[j+1].Lower == "who" {
		j += 2 // "X, who arrived on Tuesday"
	}
	if j < len(next) && next[j].Lower == "had" {
		j++
	}
	if j < len(next) && visitorVerbs[next[j].Lower] {
		return true
	}
	for _, t := range next[:min(m.I, len(next))] {
		if t.Lower == toks[h].Lower {
			return true
		}
	}
	hosts := map[int]bool{}
	for _, hm := range d.Ments[si] {
		if hm.I > k && hm.Actor >= 0 && d.Cast.Actors[hm.Actor].Kind == graph.Person {
			hosts[hm.Actor] = true
		}
	}
	for _, nm := range d.Ments[si+1] {
		if nm.I >= m.J && hosts[nm.Actor] {
			return true
		}
	}
	return false
}

// openingWords: tokens [0, n) are words of a name, a title or an
// apposition's noun ("The envoy,"), no verb or clause.
func openingWords(toks []text.Token, n int) bool {
	for _, t := range toks[:min(n, len(toks))] {
		switch {
		case t.Word && t.Cap, titleHeads[t.Lower], titleMods[t.Lower]:
		case t.Text == "," || t.Text == "'s" || t.Text == "-" && t.Glued || t.Text == ".":
		case t.Lower == "the" || t.Lower == "of" || t.Lower == "and" || t.Lower == "for":
		default:
			return false
		}
	}
	return true
}

// TitleSubjectNamedBefore reads the subject of a passive reception at k
// in sentence si, from cs, when it is the head of a state's delegation
// with no name — "the head of the Ostmarkian delegation was received by X" —
// and returns the person the story named earlier right after that state's
// delegation or side: "the Ostmarkian side (was headed) by Y", "the head of
// the Ostmarkian government delegation, Minister Y". Agencies
// name a delegation's leader once and then call them by the post. -1 when
// there is no such subject, no such person, or several such people; also
// the subject's span [s, e), as TitleSubjectNamedAfter's.
func (d *Resolver) TitleSubjectNamedBefore(si, cs, k int) (person, s, e int) {
	toks := d.Sents[si].Toks
	s, e, h := d.titleSubject(si, cs, k)
	if h < 0 || !leaderNouns[toks[h].Lower] || h+2 >= e || toks[h+1].Lower != "of" {
		return -1, 0, 0
	}
	state, body := -1, false
	for i := h + 2; i < e; i++ {
		if delegationNouns[toks[i].Lower] {
			body = true
		}
		if a := d.stateActorAt(si, i); state < 0 && a >= 0 {
			state = a
		}
	}
	if !body || state < 0 {
		return -1, 0, 0
	}
	hosts := map[int]bool{}
	for _, m := range d.Ments[si] {
		if m.I > k && m.Actor >= 0 {
			hosts[m.Actor] = true
		}
	}
	person = -1
	for t := 0; t < si; t++ {
		ts := d.Sents[t].Toks
		for _, m := range d.Ments[t] {
			if m.Actor != state || m.J-m.I != 1 {
				continue
			}
			j := m.J
			for j < len(ts) && j < m.J+3 && ts[j].Word && !ts[j].Cap && !delegationNouns[ts[j].Lower] {
				j++ // "the Ostmarkian government delegation"
			}
			if j >= len(ts) || !delegationNouns[ts[j].Lower] {
				continue
			}
			for _, pm := range d.Ments[t] {
				if pm.I <= j || pm.I > j+16 || pm.Actor < 0 || pm.Desc || d.Cast.Actors[pm.Actor].Kind != graph.Person {
					continue
				}
				if hosts[pm.Actor] || person >= 0 && person != pm.Actor {
					return -1, 0, 0
				}
				person = pm.Actor
				break
			}
		}
	}
	if person < 0 {
		return -1, 0, 0
	}
	return person, s, e
}

// leaderNouns head the post of a delegation's leader: "the head of".
var leaderNouns = lex("delegationHeadWords")

// stateActorAt is the state a one-word mention at k names, -1 when none.
func (d *Resolver) stateActorAt(si, k int) int {
	for _, m := range d.Ments[si] {
		if m.I == k && m.J == k+1 && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.State {
			return m.Actor
		}
	}
	return -1
}
