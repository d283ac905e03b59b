package roles

import (
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-seventieth round: "as a neutral broker".

// brokerNoun: a word both verb and mediator noun ("broker") at k stands
// after an article, alone or with one lower-case modifier between ("as a
// broker", "as an honest broker", "the neutral broker"): the noun, which
// mediatorNounRoles reads, not the verb, whose subject the verb reading
// would look for before it (p1057).
func brokerNoun(toks []text.Token, k int) bool {
	if !mediatorNouns[toks[k].Lower] {
		return false
	}
	art := func(i int) bool {
		return i >= 0 && (toks[i].Lower == "a" || toks[i].Lower == "an" || toks[i].Lower == "the")
	}
	return art(k-1) || k >= 2 && toks[k-1].Word && !toks[k-1].Cap && !functionWords[toks[k-1].Lower] && art(k-2)
}

// asRelativeSubjects: the "as" at k ends a relative clause opened by
// "who" or "which" within six words before it, right after a comma, with
// no actor named between ("X, who is chairing the talks as a neutral
// broker", "A and B, which are attending the talks as facilitators"):
// the actors named before the comma are those "as" is said of — persons
// for "who" ("President X of B, who": the person, not the state that
// completes the title), other actors for "which". An actor named inside
// the clause is the one "as" is said of ("Y, who reaffirmed the
// commitment of B as guarantor"), or a clause with a subject of its own
// ("B, which the rebels see as guarantors"), gives nil.
func (d *Reader) asRelativeSubjects(si, k int) []int {
	toks := d.Sents[si].Toks
	for w := k - 1; w >= 1 && k-w <= 6; w-- {
		if toks[w].Lower != "who" && toks[w].Lower != "which" {
			continue
		}
		if toks[w-1].Text != "," {
			return nil
		}
		if n := toks[w+1]; n.Cap || !n.Word || relativeSubjectOpeners[n.Lower] {
			return nil // "which the rebels see as guarantors": a subject of its own
		}
		for _, m := range d.Ments[si] {
			if m.I > w && m.I < k && m.Actor >= 0 {
				return nil
			}
		}
		who := toks[w].Lower == "who"
		var out []int
		for _, a := range d.listEndingAt(si, w-1) {
			if (d.Cast.Actors[a].Kind == graph.Person) == who {
				out = append(out, a)
			}
		}
		if len(out) == 0 && who {
			if p := d.ofComplementPerson(si, d.MentionEndingAt(si, w-1)); p != nil && p.Actor >= 0 {
				out = append(out, p.Actor)
			}
		}
		return out
	}
	return nil
}

// asRelativeMediator makes the actors asRelativeSubjects finds mediators;
// false when there are none.
func (d *Reader) asRelativeMediator(si, k int, r *Roles) bool {
	ms := d.asRelativeSubjects(si, k)
	for _, m := range ms {
		d.mediator(r, m)
	}
	return len(ms) > 0
}

// relativeSubjectOpeners open a subject of the relative clause's own right
// after "who" or "which".
var relativeSubjectOpeners = lex("relativeSubjectOpeners")
