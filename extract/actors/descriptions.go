package actors

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// descriptions links each lower-case definite description of a side
// (mention.Described: "the rebels", "the opposition", "the government")
// to the side the story named last of its kind, and drops those the text
// before them does not settle; it never makes an actor. "the government"
// and "the junta" stand for the state last named with its government
// ("X's government", "the government of X", "the X government"), not for
// any state last named: a story names the government of its conflict
// first, a mediator's or host's after it (p142, p194, p198). A group noun ("the rebels", "the movement") stands for the
// body last named whose name it ends ("the front" for "X Front"), else
// for the armed group or movement last named; "the union" only for a body
// whose name it ends.
func (d *Story) descriptions() {
	govt, group := -1, -1
	said := map[string]int{} // the side each noun was read as last
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		ms := d.Ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Kind != mention.Described {
				if m.Actor < 0 {
					continue
				}
				switch x := d.Cast.Actors[m.Actor]; {
				case x.Kind == graph.State && govt < 0 && namesGovernment(toks, m):
					govt = m.Actor
				case x.Kind == graph.Group && !describes(x):
					group = m.Actor
				}
				continue
			}
			a := -1
			switch noun := m.HeadNoun; {
			case governmentDescriptions[noun]:
				a = govt
			default:
				a = d.namedBy(si, mi, noun)
				if b, ok := said[noun]; ok && a < 0 {
					a = b
				}
				if a < 0 && groupDescriptions[noun] {
					a = group
				}
			}
			if a < 0 {
				continue
			}
			said[m.HeadNoun] = a
			x := d.Cast.Actors[a]
			m.Actor, m.Kind, m.Code = a, kindMention(x.Kind), x.Code
			if x.Kind == graph.Group {
				group = a
			}
		}
		d.Ments[si] = slices.DeleteFunc(ms, func(m mention.Mention) bool { return m.Kind == mention.Described })
	}
}

// namedBy is the body named last before mention mi of sentence si whose
// name the noun ends ("the front" → "X Liberation Front"), -1 when none.
func (d *Story) namedBy(si, mi int, noun string) int {
	for s := si; s >= 0; s-- {
		ms, toks := d.Ments[s], d.Sents[s].Toks
		end := len(ms)
		if s == si {
			end = mi
		}
		for k := end - 1; k >= 0; k-- {
			m := ms[k]
			if m.Actor < 0 || m.Kind == mention.Described {
				continue
			}
			x := d.Cast.Actors[m.Actor]
			if x.Kind != graph.Group && x.Kind != graph.Organization || describes(x) {
				continue
			}
			// "the X Front", or "the X militia" where the noun follows
			// the name.
			name := strings.Fields(strings.ToLower(x.Name()))
			if len(name) > 1 && name[len(name)-1] == noun || m.J < len(toks) && toks[m.J].Lower == noun {
				return m.Actor
			}
		}
	}
	return -1
}

// Described: actor a's name is a description's noun alone ("the
// Government of X" read as a body "Government"), which names no side.
func (d *Story) Described(a int) bool { return describes(d.Cast.Actors[a]) }

// describes: the actor's name is a description's noun alone ("the
// Government" read as a name), no antecedent.
func describes(x *Actor) bool {
	n := strings.ToLower(x.Name())
	return groupDescriptions[n] || bodyDescriptions[n] || governmentDescriptions[n]
}

// namesGovernment: the state mention m names the state as a government —
// "X's government", "X's military government", "the X government", "the
// Government of X", "the Xian junta".
func namesGovernment(toks []text.Token, m *mention.Mention) bool {
	if m.Kind == mention.Demonym && governmentDescriptions[m.HeadNoun] {
		return true
	}
	i := m.I - 1
	if i >= 0 && toks[i].Lower == "the" {
		i--
	}
	if i >= 1 && toks[i].Lower == "of" && governmentDescriptions[toks[i-1].Lower] {
		return true
	}
	at := func(j int) string {
		if j < len(toks) {
			return toks[j].Lower
		}
		return ""
	}
	j := m.J
	if at(j) == "'s" || at(j) == "'" {
		j++
	}
	if j+1 < len(toks) && toks[j].Word && governmentDescriptions[at(j+1)] && at(j) != "the" {
		j++ // "X's military government", "X's Federal Government"
	}
	return governmentDescriptions[at(j)]
}
