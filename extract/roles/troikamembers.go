package roles

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-ninety-second round: the persons named after
// "the troika of" in a story that tells mediation are its mediators:
// "The troika of Indonesia's A, B of the Philippines and Thailand's C
// spent two hours with X" (p1184), "the troika of A of the EU, B of the
// United States and C of Russia" (p1185). The list runs from the word
// after "of" over names, their "of X" and "X's", commas, "and" and "the",
// to the first other word; two persons at least. The story must name a
// mediator, mediation or mediating somewhere (mediatorNouns,
// mediationNouns, mediatorVerbs): a troika that only visits or
// negotiates for its own side is left unread.
func (d *Reader) troikaMembers(si, k int, r *Roles) {
	toks := d.Sents[si].Toks
	if !troikaNouns[toks[k].Lower] || k+2 >= len(toks) || toks[k+1].Lower != "of" || !d.storyTellsMediation() {
		return
	}
	var ps []int
	e := k + 2
	for e < len(toks) {
		t := toks[e]
		if t.Cap || t.Text == "," || t.Text == "'s" || t.Text == "'" || troikaListWords[t.Lower] {
			e++
			continue
		}
		break
	}
	for _, m := range d.Ments[si] {
		if m.I < k+2 || m.J > e || m.Actor < 0 || m.Kind != mention.Person || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		ps = append(ps, m.Actor)
	}
	if len(ps) < 2 {
		return
	}
	for _, p := range ps {
		d.mediator(r, p)
	}
}

// storyTellsMediation: some sentence of the story names a mediator, a
// mediation or mediating.
func (d *Reader) storyTellsMediation() bool {
	for _, s := range d.Sents {
		for _, t := range s.Toks {
			if mediatorNouns[t.Lower] || mediationNouns[t.Lower] || mediatorVerbs[t.Lower] {
				return true
			}
		}
	}
	return false
}

// troikaNouns name a group of three (or a few) that acts as one.
var troikaNouns = lex("troikaNouns")

// troikaListWords may stand inside the list of a troika's members.
var troikaListWords = lex("troikaListWords")
