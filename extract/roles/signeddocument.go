package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

var (
	signedDocumentVerbs = lex("signedDocumentVerbs")
	signedDocumentNouns = lex("signedDocumentNouns")
	negotiatedCues      = lex("negotiatedCues")
	signingSubjectLinks = lex("signingSubjectLinks")
)

// signedDocumentSides reads "The presidents of A, X, and B, Y, signed a
// joint declaration", "The foreign ministers of A and B signed two
// protocols", "A, B and C signed a trilateral memorandum" (round 242):
// the signatories joined in the subject of a signing verb, each mapped to
// the side their post serves, are the parties of the negotiation that
// produced the instrument, when there are two sides or more. The subject
// is the clause before the verb, cut at a clause word ("where", "after")
// or a dateline dash, so that a place's or a wire's name is no side. The
// instrument must be told as negotiated: a dispute word after the verb
// ("on opening their border"), or a negotiation word in the same
// sentence or in one that names the same instrument ("The negotiation of
// the declaration took a year"); a visit's "signed a memorandum on
// tourism" joins no sides. Weak: a signer the story makes a mediator or
// guarantor wins.
func (d *Reader) signedDocumentSides(si int, r *Roles) {
	toks := d.Sents[si].Toks
	// An instrument that takes the sides to a court settles a dispute by
	// what it is, told with a dispute word or not ("their competing
	// claims").
	toCourt := instrumentToAdjudicate(toks)
	if cooperationFramed(toks) || adjudicated(toks) && !toCourt {
		return
	}
	for v, t := range toks {
		if !signedDocumentVerbs[t.Lower] || v > 0 && (toks[v-1].Lower == "to" || passiveAux(toks, v)) {
			// "waited for X to sign", "must now be signed by": no
			// subject signs.
			continue
		}
		n := signedObject(toks, v)
		if n < 0 {
			n = pluralSignedAtTalks(toks, v)
		}
		if n < 0 || !toCourt && !d.negotiatedInstrument(si, v, n) {
			continue
		}
		sides := d.signingSubjectSides(si, v)
		if len(sides) < 2 {
			continue
		}
		r.weakRoles = true
		d.pairEach(r, sides, d.topicAt(&d.Sents[si], n))
		r.weakRoles = false
		return
	}
}

// signedObject is the signedDocumentNouns word the verb at v signs, within
// twelve tokens and before any clause word or punctuation other than a
// comma ("signed this Saturday in the palace a joint declaration"); -1
// when none. A possessive or "the" plus a year before it names an old
// instrument recalled ("signed the 1991 agreement"), no new one.
func signedObject(toks []text.Token, v int) int {
	return signedObjectIn(toks, v, signedDocumentNouns)
}

// pluralInstrumentNouns name several instruments signed at once ("signed
// deals", "signed four accords").
var pluralInstrumentNouns = lex("pluralInstrumentNouns")

// pluralSignedAtTalks is the plural instrument ("deals", "four accords")
// the verb at v signs when the signing sentence itself tells the talks
// that produced them ("signed deals ... after days of summit talks",
// "sign accords at their first talks", "signed the agreements ...,
// ending a negotiation"): a batch of papers signed on a visit is
// left out (signedDocumentNouns), but one the same sentence ties to
// talks settles what the sides negotiated (issue 14's
// two-hundred-and-sixty-seventh round; p1638, p859, p980). -1 when none.
func pluralSignedAtTalks(toks []text.Token, v int) int {
	n := signedObjectIn(toks, v, pluralInstrumentNouns)
	if n < 0 || !slices.ContainsFunc(toks, func(t text.Token) bool { return negotiatedCues[t.Lower] }) {
		return -1
	}
	return n
}

// signedObjectIn is signedObject over the instrument nouns of set.
func signedObjectIn(toks []text.Token, v int, set map[string]bool) int {
	for e := v + 1; e < len(toks) && e <= v+12; e++ {
		w := toks[e].Lower
		if !toks[e].Word && toks[e].Text != "," && toks[e].Text != "-" {
			return -1
		}
		if frame.RelativeWords[w] || w == "with" || w == "by" {
			return -1
		}
		if set[w] {
			if e > 0 && isYear(toks[e-1].Text) {
				return -1
			}
			return e
		}
	}
	return -1
}

// isYear: four digits from 1000 to 2999.
func isYear(s string) bool {
	if len(s) != 4 || s[0] != '1' && s[0] != '2' {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// negotiatedInstrument: a dispute word after the signing verb, a
// negotiatedCues word in its sentence, or a sentence of the story naming
// the instrument noun at n beside a negotiatedCues word.
func (d *Reader) negotiatedInstrument(si, v, n int) bool {
	toks := d.Sents[si].Toks
	for e := v + 1; e < len(toks); e++ {
		if disputeWords[toks[e].Lower] {
			return true
		}
	}
	noun := toks[n].Lower
	for sj := range d.Sents {
		cue, named := false, sj == si
		for _, t := range d.Sents[sj].Toks {
			cue = cue || negotiatedCues[t.Lower]
			named = named || t.Lower == noun
		}
		if cue && named {
			return true
		}
	}
	return false
}

// signingSubjectSides are the sides of the actors named in the clause
// before the verb at v, joined by "and": each state or group, each
// person by the side their post serves. The clause starts after the last
// clause word, colon, semicolon or dash before v; an actor in brackets
// (the wire's name), and a person whose side is not told, are skipped.
// Nil when the clause has no "and".
func (d *Reader) signingSubjectSides(si, v int) []int {
	toks := d.Sents[si].Toks
	start := 0
	for e := v - 1; e >= 0; e-- {
		w := toks[e].Lower
		if frame.RelativeWords[w] || subjectClauseWords[w] || w == ";" || w == ":" || isDash(toks[e]) {
			start = e + 1
			break
		}
	}
	and := false
	for e := start; e < v; e++ {
		and = and || toks[e].Lower == "and"
	}
	if !and {
		return nil
	}
	var sides []int
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.I < start || m.J > v || bracketed(toks, m.I) {
			continue
		}
		person := d.Cast.Actors[m.Actor].Kind == graph.Person
		if !person && (afterPreposition(toks, m.I) || m.J < v && !signingSubjectLinks[toks[m.J].Lower] && (toks[m.J].Word || toks[m.J].Text == "-" && toks[m.J].Glued)) {
			// "met at the Vatican and signed", "A army and B sign",
			// "Communist-led", "the High Representative": a place, a
			// modifier or part of a longer name.
			continue
		}
		sd := d.Side(m.Actor)
		if person && sd >= 0 && d.Cast.Actors[sd].Kind != graph.State {
			// A person signs for the state their post serves; a body
			// read from a title ("the High Representative of B") may be
			// a fragment of it (p1049 in the harm check).
			continue
		}
		if sd < 0 || !d.IsSide(sd) {
			continue // a person of no side told, a company
		}
		if !slices.Contains(sides, sd) {
			sides = append(sides, sd)
		}
	}
	return sides
}

// passiveAux: a form of "be" within two words before v ("must now be
// signed", "was formally signed").
func passiveAux(toks []text.Token, v int) bool {
	for e := v - 1; e >= 0 && e >= v-2; e-- {
		switch toks[e].Lower {
		case "be", "been", "being", "was", "were", "is", "are":
			return true
		}
	}
	return false
}

// afterPreposition: the word before k, past one "the", is a preposition
// other than "of" ("at the Vatican", "between A and B", "for B"); "the
// presidents of A and B" sign.
func afterPreposition(toks []text.Token, k int) bool {
	e := k - 1
	if e >= 0 && toks[e].Lower == "the" {
		e--
	}
	return e >= 0 && subjectPrepositions[toks[e].Lower]
}

// subjectPrepositions put a name in an adjunct of the subject clause.
var subjectPrepositions = map[string]bool{"at": true, "in": true, "on": true, "from": true, "to": true, "with": true, "by": true, "for": true, "near": true, "into": true, "between": true, "under": true, "over": true, "against": true, "via": true, "through": true, "across": true, "within": true, "among": true}

// subjectClauseWords open a clause whose subject follows them: "in Madrid,
// where A and B signed".
var subjectClauseWords = map[string]bool{"where": true, "when": true, "after": true, "as": true, "while": true, "since": true, "because": true, "before": true, "once": true, "said": true, "says": true}

// bracketed: an unclosed "(" before k.
func bracketed(toks []text.Token, k int) bool {
	for e := k - 1; e >= 0; e-- {
		switch toks[e].Text {
		case ")":
			return false
		case "(":
			return true
		}
	}
	return false
}
