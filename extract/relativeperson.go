package extract

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Persons told by a relative clause. English refers to a person with
// "who", to a thing or a body with "which": a full name the
// text gives once and without a title, followed by a comma and "who",
// is a person the clause describes ("A B, who leads the smaller faction,
// also signed"; "headed by A B, who has lived in exile since 2001"), as an
// apposition or a title would say what the person is (Titled). The
// person must still act in the story (Acts): one who only speaks ("...,
// said A B, who farms a plot") stays a source in passing (speakers.go).
// Issue 14's three-hundred-and-fifty-sixth round (p2172, and p876,
// p1222, p128, p930, p458 of earlier rounds).

// markRelativePersons marks Titled the persons whose name, in full, is
// followed by ", who". Not ", whose", which a place takes as well ("X
// Province, whose governor").
func (d *doc) markRelativePersons() {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Actor < 0 || m.J+1 >= len(toks) {
				continue
			}
			a := d.Cast.Actors[m.Actor]
			if a.Kind != graph.Person || a.NotName || m.J-m.I < 2 {
				continue
			}
			// A plural title closing the run names a body of people
			// ("a handful of Conservative MPs, who say").
			last := toks[m.J-1].Lower
			if mention.IsTitleWord(last) || mention.IsTitleWord(strings.TrimSuffix(last, "s")) {
				continue
			}
			if toks[m.J].Text == "," && toks[m.J+1].Lower == "who" {
				a.Titled = true
			}
		}
	}
}

// Persons told by an apposition with a person's noun. "A B, the former
// first lady," or "A B, a rights campaigner," says what an untitled person
// is as a title would, though the noun names no post (apposedPersonNouns:
// nouns only a person can be, so "X Halfa, the border town," stays what
// it was). The apposition opens with "the", "a" or "an", holds up to four
// modifiers (lowercase words, a demonym, a possessive) before the noun,
// and closes with a comma, a full stop or "who". The person must still act
// in the story. The three-hundred-and-fifty-sixth round (p2170, p461).
var apposedPersonNouns = lex("apposedPersonNouns")

// markApposedPersons marks Titled the persons whose name, in full, is
// followed by such an apposition.
func (d *doc) markApposedPersons() {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Actor < 0 || m.J-m.I < 2 || m.J+2 >= len(toks) || toks[m.J].Text != "," {
				continue
			}
			a := d.Cast.Actors[m.Actor]
			if a.Kind != graph.Person || a.NotName || a.Titled {
				continue
			}
			if k := m.J + 1; appositionDets[toks[k].Lower] && apposedPersonNoun(toks, k+1) {
				a.Titled = true
			}
		}
	}
}

// apposedPersonNoun: from k, up to four modifiers, then an
// apposedPersonNoun closed by a comma, a full stop or "who".
func apposedPersonNoun(toks []text.Token, k int) bool {
	for n := 0; k < len(toks) && n <= 4; k, n = k+1, n+1 {
		t := toks[k]
		// A noun of the list may modify the head ("a veteran campaigner").
		if !t.Cap && apposedPersonNouns[t.Lower] && k+1 < len(toks) && (toks[k+1].Text == "," || toks[k+1].Text == "." || toks[k+1].Lower == "who") {
			return true
		}
		if !t.Word && t.Text != "'s" && t.Text != "-" {
			return false
		}
	}
	return false
}
