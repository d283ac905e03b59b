package coref

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// Plural posts of named states: "the foreign ministers of A and B", "the
// leaders of A, B and C", "the presidents of A and B". The description
// stands for one person per state — the one the story names, before or
// after, with that post in that state — and a story that names no such
// person for every state keeps the states themselves.

// leaderHeads are the posts "leaders" covers: heads of state and
// government.
var leaderHeads = lex("leaderHeads")

// StatesPosts returns the people a plural post of states in tokens
// [cs, ce) of sentence si stands for (a state for whose post the story
// names nobody stands for itself), or nil.
func (d *Resolver) StatesPosts(si, cs, ce int) []int {
	toks := d.Sents[si].Toks
	for e := cs + 1; e+2 < ce; e++ {
		if toks[e].Lower != "of" && toks[e].Lower != "from" {
			continue
		}
		// The post: up to three lower-case words before "of" (or "from":
		// "foreign ministers from A, B and C"), the last a plural title
		// head, after "the" or opening the sentence as a bare plural
		// ("Presidents of A and B met", "Leaders of A and B").
		p := e
		for p > cs && p > e-3 && toks[p-1].Word && (!toks[p-1].Cap || p-1 == 0) && toks[p-1].Lower != "the" && !functionWords[toks[p-1].Lower] {
			p--
		}
		if p == e || p > 0 && toks[p-1].Lower != "the" {
			continue
		}
		head := strings.TrimSuffix(toks[e-1].Lower, "s")
		if head == toks[e-1].Lower || !titleHeads[head] && head != "leader" {
			continue
		}
		states := d.stateList(si, e+1, ce)
		if len(states) < 2 {
			continue
		}
		var post []string
		for q := p; q < e; q++ {
			post = append(post, strings.TrimSuffix(toks[q].Lower, "s"))
		}
		// Each state's holder of the post, or the state itself where the
		// story names none ("the leaders of A, B and C" with no leader of
		// B named: B), when the story names the holders of most of them
		// (p61's four leaders of five, p204's two ministers of three);
		// naming fewer, it tells the states (a dev article's "leaders of
		// A, B and C" with only A's named), and nil lets them stand.
		var out []int
		found, kept, titled := 0, 0, 0
		for _, st := range states {
			holder := d.postHolder(st, post)
			if holder < 0 {
				// No holder of the post: the one person the story names
				// for that state under another title (p204's deputy
				// chairman among water ministers), or the state itself
				// when it names none; several leave it unsaid.
				switch people := d.peopleOf(st); len(people) {
				case 0:
					out = append(out, st)
					kept++
				case 1:
					out = append(out, people[0])
					if len(d.Cast.Actors[people[0]].Positions) > 0 {
						titled++
					}
				default:
					return nil
				}
				continue
			}
			out = append(out, holder)
			found++
		}
		// Naming the holders of few posts, the story still stands for
		// one person of each state when it gives them no other post ("A's
		// X and B's Y spent an hour together"); one it names under
		// another post (a security adviser beside foreign ministers)
		// need not be the holder.
		if 2*found <= len(states) && found < len(states) && (kept > 0 || titled > 0) {
			return nil
		}
		return out
	}
	return nil
}

// stateList reads "A, B and C" (states) from token i of sentence si.
func (d *Resolver) stateList(si, i, ce int) []int {
	toks := d.Sents[si].Toks
	var out []int
	next := i
	for _, m := range d.Ments[si] {
		// A state's name may take the article: "of the Dominican
		// Republic and Haiti", "of Chad and the Central African Republic".
		if next < ce && toks[next].Lower == "the" && m.I == next+1 {
			next++
		}
		if m.I < next {
			continue
		}
		if m.I != next || m.J > ce || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.State {
			break
		}
		out = append(out, m.Actor)
		next = m.J
		if next < ce && toks[next].Text == "," {
			next++
		}
		if next < ce && toks[next].Lower == "and" {
			next++
		}
	}
	return out
}

// peopleOf are the people of the story affiliated with state st (a post
// alone may be misread from a list of titles).
func (d *Resolver) peopleOf(st int) []int {
	var out []int
	for a, act := range d.Cast.Actors {
		if act.Kind != graph.Person {
			continue
		}
		if act.Affiliation == st {
			out = append(out, a)
		}
	}
	return out
}

// StatePerson is the one person of the story affiliated with state st
// who holds no post it names (StatesPosts' reading of a state beside the
// posts), or -1 for a state with none or several, or no state.
func (d *Resolver) StatePerson(st int) int {
	if st < 0 || d.Cast.Actors[st].Kind != graph.State {
		return -1
	}
	if people := d.peopleOf(st); len(people) == 1 && len(d.Cast.Actors[people[0]].Positions) == 0 {
		return people[0]
	}
	return -1
}

// postHolder is the one person of the story holding post (singular words,
// "leader" for any head of state or government) in state st, or -1.
func (d *Resolver) postHolder(st int, post []string) int {
	found := -1
	for a, act := range d.Cast.Actors {
		if act.Kind != graph.Person {
			continue
		}
		for _, p := range act.Positions {
			if p.Org != st && !(p.Org < 0 && act.Affiliation == st) {
				continue
			}
			if !holdsPost(strings.Fields(strings.ToLower(p.Title)), post) {
				continue
			}
			if found >= 0 && found != a {
				return -1 // two holders: the description does not say which
			}
			found = a
		}
	}
	return found
}

// holdsPost: a title's words hold the post's words ("Foreign Minister"
// holds "foreign minister"; "Prime Minister" and "President" hold
// "leader"), and a deputy's or vice's title holds no post named without it.
func holdsPost(title, post []string) bool {
	for _, w := range title {
		if (w == "deputy" || w == "vice" || w == "vice-president") && !slices.Contains(post, w) {
			return false
		}
	}
	if len(post) == 1 && post[0] == "leader" {
		for i, w := range title {
			if leaderHeads[w] || w == "minister" && i > 0 && title[i-1] == "prime" {
				return true
			}
		}
		return false
	}
	for _, w := range post {
		if !slices.Contains(title, w) {
			return false
		}
	}
	return true
}
