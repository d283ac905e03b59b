package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-thirty-fourth round: a mediator told by the
// appointment that gave them the post, the noun the appointing verb's
// complement: "X, who has been named United Nations mediator for the
// island", "X was appointed mediator on Thursday", "X, appointed by the
// bloc as mediator", "the bloc appointed X as its mediator" (p1438;
// p706, p918, p1354). appointedMediator reads "whom B appointed as its
// mediator"; these are the passive, the participle and the active forms.
// A post is one person's: a plural noun ("named mediators to ...") is
// left to the other readings.

// appointedPostAux stand right before a passive appointing verb: "was
// named", "has been appointed".
var appointedPostAux = lex("appointedPostAux")

// appointedPostHolder reads the appointment whose complement is the
// singular mediator noun at k: walking back over the noun's modifiers (a
// determiner, a possessive, a body's capitalised name), an "as", and a
// "by" phrase naming who appointed ("appointed by the bloc as mediator"),
// to an appointing verb. The holder is the person named right after the
// verb (the active "named X mediator"), else, when the verb is passive
// (an auxiliary before it) or a participle set off by a comma, the last
// person named before it in the sentence. The body named in the
// modifiers ("United Nations mediator") brokers with them, as postBody
// reads "as the UN mediator". Reports whether it read a holder.
func (d *Reader) appointedPostHolder(si, k int, r *Roles) bool {
	toks := d.Sents[si].Toks
	if strings.HasSuffix(toks[k].Lower, "s") {
		return false
	}
	v := k - 1
	for v >= 0 && k-v <= 6 && (toks[v].Cap && toks[v].Word || postDeterminers[toks[v].Lower]) && !appointVerbs[toks[v].Lower] {
		v--
	}
	body := -1
	if o := d.MentionEndingAt(si, k); o != nil && o.Actor >= 0 && o.I > v && d.Cast.Actors[o.Actor].Kind == graph.Organization {
		body = o.Actor
	}
	if v >= 0 && toks[v].Lower == "as" {
		v--
		// "the bloc appointed X as its mediator": the verb before X.
		if m := d.MentionEndingAt(si, v+1); m != nil && m.Kind == mention.Person && m.I > 0 && appointVerbs[toks[m.I-1].Lower] {
			v = m.I - 1
		}
		// "appointed by the bloc as mediator": skip the "by" phrase.
		for b := v; b >= 0 && v-b <= 5 && toks[b].Word; b-- {
			if toks[b].Lower == "by" {
				v = b - 1
				break
			}
			if !toks[b].Cap && !postDeterminers[toks[b].Lower] {
				break
			}
		}
	}
	if v < 1 || !appointVerbs[toks[v].Lower] {
		return false
	}
	holder := -1
	if m := d.personStartingAt(si, v+1); m != nil {
		holder = m.Actor
	} else if appointedPostAux[toks[v-1].Lower] && !deniedAppointment(toks, v-1) || toks[v-1].Text == "," {
		holder = d.appointedSubject(si, v)
	}
	if holder < 0 {
		return false
	}
	d.mediator(r, holder)
	if body >= 0 {
		d.postBody(r, body)
	}
	return true
}

// postDeterminers open a post's noun phrase: "its mediator", "the UN
// mediator".
var postDeterminers = map[string]bool{"the": true, "its": true, "their": true, "a": true, "an": true, "his": true, "her": true}

// personStartingAt is the person mention opening at token i, nil when
// none.
func (d *Reader) personStartingAt(si, i int) *mention.Mention {
	for mi := range d.Ments[si] {
		if m := &d.Ments[si][mi]; m.I == i && m.Kind == mention.Person && m.Actor >= 0 {
			return m
		}
	}
	return nil
}

// appointedSubject is who a passive appointing verb at v is said of: the
// nearest actor named before it, past a title's "of" complement ("X, the
// former President of Ecuador who has been named ...": Ecuador names no
// holder), -1 when none.
func (d *Reader) appointedSubject(si, v int) int {
	toks := d.Sents[si].Toks
	ms := d.Ments[si]
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.J > v || m.Actor < 0 || m.Desc || m.Kind == mention.NonActor {
			continue
		}
		if m.I > 0 && toks[m.I-1].Lower == "of" {
			continue
		}
		return m.Actor
	}
	return -1
}

// deniedAppointment: a negation stands among the auxiliaries ending at a
// ("X has not been named mediator"): no one holds the post.
func deniedAppointment(toks []text.Token, a int) bool {
	for e := a; e >= 0 && a-e <= 3; e-- {
		switch w := toks[e].Lower; {
		case w == "not" || w == "never" || w == "n't":
			return true
		case !appointedPostAux[w] && w != "has" && w != "have" && w != "had":
			return false
		}
	}
	return false
}
