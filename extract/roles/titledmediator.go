package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's hundred-and-twenty-second round: a mediator's post written
// as the title before a name.

// titledMediator reads a singular mediator noun at k written as the title
// of the person named right after it: "chief mediator X presided",
// "the American mediator X said", "Malaysian facilitator X opened the
// session", "African Union mediator X". The post is the person's, so they
// broker; a body named right before the noun (b is where its lower-case
// modifiers begin) is whose post it is, and brokers with them (postBody);
// a state told by its demonym there sent them as its mediator, so it
// brokers too — the noun is the post itself here, unlike "the Thai
// foreign minister X" (demonymPost) — unless the person serves an
// organization the story names ("Kenyan mediator X, the envoy of the
// regional body"), for which they broker instead. Only the nouns SCHEMA
// names a broker by are read so (titledMediatorNouns): a "moderator"
// chairs sessions. Nothing is read when "former" or
// "ex" stands among the modifiers ("former mediator X said"): a past
// post is no part in these talks. False when no person follows.
func (d *Reader) titledMediator(si, b, k int, r *Roles) bool {
	toks := d.Sents[si].Toks
	if strings.HasSuffix(toks[k].Lower, "s") || !titledMediatorNouns[toks[k].Lower] {
		return false
	}
	for e := max(0, min(b, k-3)); e < k; e++ {
		if l := toks[e].Lower; l == "former" || l == "ex" || l == "retired" {
			return false
		}
	}
	p := d.personTitledBy(si, k)
	if p == nil {
		return false
	}
	d.mediator(r, p.Actor)
	if o := d.MentionEndingAt(si, b); o != nil && o.Actor >= 0 && o.I == b-1 {
		switch {
		case d.Cast.Actors[o.Actor].Kind == graph.Organization:
			d.postBody(r, o.Actor)
		case o.Kind == mention.Demonym && d.Cast.Actors[o.Actor].Kind == graph.State && !d.servesBody(p.Actor):
			r.addMediator(o.Actor)
		}
	}
	return true
}

// personTitledBy is the person whose name phrase the noun at k opens or
// ends — the name right after it, past capitalized rank or honorific
// words, an honorific's glued apostrophe among them ("mediator General
// X", "facilitator Dato' Y") — or nil.
func (d *Reader) personTitledBy(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.Kind != mention.Person || m.Actor < 0 || m.I <= k || m.I > k+5 {
			continue
		}
		if m.PhraseStart() <= k {
			return m
		}
		for e := k + 1; e < m.PhraseStart(); e++ {
			if toks[e].Word && !toks[e].Cap || !toks[e].Word && (toks[e].Text != "'" || !toks[e].Glued) {
				return nil
			}
		}
		return m
	}
	return nil
}

// titledMediatorNouns: the singular mediator nouns read as a title
// before a name.
var titledMediatorNouns = lex("titledMediatorNouns")

// servesBody: person a holds a post in an organization, or belongs to
// one.
func (d *Reader) servesBody(a int) bool {
	x := d.Cast.Actors[a]
	for _, p := range x.Positions {
		if p.Org >= 0 && d.Cast.Actors[p.Org].Kind == graph.Organization {
			return true
		}
	}
	return x.Affiliation >= 0 && d.Cast.Actors[x.Affiliation].Kind == graph.Organization
}
