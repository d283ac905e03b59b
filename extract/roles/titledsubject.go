package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-fifty-seventh round: a state's broker told
// by the post alone, with no name, "Kenya's president mediated the
// talks", "Mauritanian leader brokers truce" (a headline, p663): the
// state whose post it is brokers, as "mediated by Kenya's foreign
// minister" already read. A definite description ("The Uruguayan
// minister had brokered") refers back to a person and is left alone.

// stateOfTitledSubject is the state the subject ending at e names by a
// post of it: a state's possessive or a demonym, then up to three words
// ending in a title ("foreign minister", "president", "leader"; only the
// last may be capitalised).
// -1 when the subject is no such post.
func (d *Reader) stateOfTitledSubject(si, e int) int {
	toks := d.Sents[si].Toks
	if e < 2 || !titleWord(toks[e-1].Lower) {
		return -1
	}
	b := e - 1
	for b > 0 && e-b < 3 && toks[b-1].Word && !toks[b-1].Cap && toks[b-1].Lower != "the" {
		b--
	}
	poss := b > 0 && toks[b-1].Text == "'s"
	if poss {
		b--
	}
	m := d.MentionEndingAt(si, b)
	if m == nil || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.State || !poss && m.Kind != mention.Demonym {
		// "A and B ask Pope to mediate": a state that owns no post.
		return -1
	}
	if !poss && m.I > 0 && toks[m.I-1].Lower == "the" {
		// "The Uruguayan minister had brokered the talks" refers back
		// to a person the story named (describedMediator decides).
		return -1
	}
	return m.Actor
}
