package roles

import "github.com/parley-dev/parley/graph"

// coChairedGatherings name sittings that leaders preside over without
// brokering anything: "The summit was co-chaired by A and B".
var coChairedGatherings = lex("coChairedGatherings")

// personCoChairsOfGathering: the "co-" chair verb at v names people as
// the chairs (agents, the first a person) of a gathering noun before it,
// and the sentence tells no talks before the verb: "The one-day summit
// was co-chaired by A and President B", "The ministerial meeting was
// co-chaired by Foreign Secretary A, B and C" (p2786, p2789). Leaders who
// preside over a summit together are its hosts, no third party between
// sides; states co-chairing a conference (p284), people co-chairing a
// peace conference (p1385) or anyone co-chairing talks still broker.
func (d *Reader) personCoChairsOfGathering(si, v int, agents []int) bool {
	if len(agents) == 0 || d.Cast.Actors[agents[0]].Kind != graph.Person {
		return false
	}
	toks := d.Sents[si].Toks
	gathering := false
	for i := 0; i < v; i++ {
		w := toks[i].Lower
		if coChairedGatherings[w] {
			gathering = true
			continue
		}
		if betweenListNouns[w] || negNouns[w] {
			return false // "the peace talks, co-chaired by ..."
		}
	}
	return gathering
}
