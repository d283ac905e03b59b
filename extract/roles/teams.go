package roles

import (
	"slices"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// sideTeams name the team a side sends to talks: "the government
// delegation", "the rebels' team", "the opposition side".
var sideTeams = lex("sideTeams")

// sidePanelNouns name a side's team only right after the side: "the X
// panel", "the government panel"; "the panel" alone is often the
// mediators' (extract's roster.go reads them the same way).
var sidePanelNouns = lex("sidePanelNouns")

// teamPairs: a sentence that names the teams of exactly two sides, one of
// them a movement or armed group — "X had met the government team on
// Monday and the opposition team on Tuesday" (p65), "X headed the rebels'
// team; Y led the government's" (p195) — tells the two sides of talks
// between a state or group and a group. Two states alone are left out
// (two governments' delegations also meet for visits and cooperation,
// which are no negotiation) unless the sentence sets the two teams
// against each other, each named with its noun and headed by someone
// (teamsHeaded).
func (d *Reader) teamPairs(si int, r *Roles) {
	toks := d.Sents[si].Toks
	var sides []int
	team := false
	nouns := 0 // sides whose team noun is written
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.Kind == mention.Person || m.Kind == mention.TitleRef {
			continue
		}
		ok, named := teamAfter(toks, m.J, team)
		of := teamOf(toks, m.I)
		if !ok && !of {
			continue
		}
		team = team || named
		if d.Described(m.Actor) {
			return // "the Government delegation" of a body read as "Government"
		}
		if a := d.Side(m.Actor); a >= 0 && !slices.Contains(sides, a) {
			sides = append(sides, a)
			if named || of {
				nouns++
			}
		}
	}
	if len(sides) != 2 {
		return
	}
	group := d.Cast.Actors[sides[0]].Kind == graph.Group || d.Cast.Actors[sides[1]].Kind == graph.Group
	if !group && (nouns < 2 || !teamsHeaded(toks)) {
		return
	}
	d.pairRole(r, sides[0], sides[1], d.topicAt(&d.Sents[si], 0))
}

// teamHeadVerbs, before "by", say who heads a team: "the A delegation was
// headed by X".
var teamHeadVerbs = lex("teamHeadVerbs")

// teamsHeaded: the sentence says who heads its teams ("The A side was led
// by X, and the B delegation by Y", p201, p322, p329; "The A side, led by
// X, and the B side, led by Y, agreed", p342): the two teams sit across a
// table from each other, the way the sides of talks do. A host's
// programme for a visiting delegation names its head only once.
func teamsHeaded(toks []text.Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if !teamHeadVerbs[toks[k].Lower] {
			continue
		}
		// "was headed there by X" (an adverb between).
		if toks[k+1].Lower == "by" || k+2 < len(toks) && toks[k+2].Lower == "by" && toks[k+1].Word && !toks[k+1].Cap {
			return true
		}
	}
	return false
}

// teamAfter: the words from j say the side before them sends a team —
// its noun ("delegation"), its possessive and the noun with at most one
// word between ("'s negotiating team"), or, once a team was named in the
// sentence, its possessive alone before a stop ("led the government's.").
// named says the team noun was written.
func teamAfter(toks []text.Token, j int, seen bool) (ok, named bool) {
	at := func(k int) text.Token {
		if k < len(toks) {
			return toks[k]
		}
		return text.Token{}
	}
	poss := at(j).Text == "'s" || at(j).Text == "'"
	if poss {
		j++
	}
	if sideTeams[at(j).Lower] || !poss && sidePanelNouns[at(j).Lower] && !at(j).Cap {
		return true, true
	}
	if at(j).Word && !at(j).Cap && sideTeams[at(j+1).Lower] {
		return true, true // "the government's negotiating team"
	}
	if poss && seen && !at(j).Word {
		return true, false
	}
	// "The A delegation was led by X and the B one by Y" (p1965, p454,
	// p70): once a team noun is written, "one" after the next side stands
	// for it, the way "the B delegation" would.
	if seen && !poss && at(j).Lower == "one" {
		return true, true
	}
	return false, false
}

// headedTeamsAcross: "The A delegation was led by X. The B side was
// headed by Y." — two sentences in a row, each opening on one side's team
// and naming who heads it, set the two teams across a table as one
// sentence telling both does (teamsHeaded; issue 14's three-hundred-and-
// twenty-second round: p1967, p536, p110). Each sentence must open on its
// team, so a host's programme that names a visiting team's head and then
// goes on to other business is left out.
func (d *Reader) headedTeamsAcross(si int, r *Roles) {
	if si == 0 {
		return
	}
	a, ga := d.headedTeamSide(si-1, r)
	b, gb := d.headedTeamSide(si, r)
	if a < 0 || b < 0 || a == b {
		return
	}
	if ga || gb {
		// "The government delegation was led by X. The G delegation was
		// led by Y": the generic side stands for the story's state only
		// against a movement, as in genericTeamSides; two governments'
		// teams also meet for visits.
		ka, kb := d.Cast.Actors[a].Kind, d.Cast.Actors[b].Kind
		if ka != graph.Group && kb != graph.Group {
			return
		}
		// A movement already paired with a state: the story told the
		// sides by name, and the generic noun may have been resolved to
		// the host mentioned since (p463's venue).
		for _, p := range r.pairs {
			if !p.void && (p.A == a || p.B == a || p.A == b || p.B == b) {
				return
			}
		}
	}
	d.pairRole(r, a, b, d.topicAt(&d.Sents[si], 0))
}

// teamAuxWords may stand between a team and the verb of heading it.
var teamAuxWords = map[string]bool{"was": true, "is": true, "were": true, "are": true, "will": true, "be": true, "has": true, "had": true, "been": true}

// headedTeamSide: the side whose team the sentence opens on, headed by
// someone ("The A side was headed by X", "A's delegation is led by X"),
// or -1.
func (d *Reader) headedTeamSide(si int, r *Roles) (side int, generic bool) {
	if a := d.namedHeadedTeamSide(si); a >= 0 {
		return a, false
	}
	toks := d.Sents[si].Toks
	if !d.genericTeamOpening(si) || !headedAt(toks, 3) {
		return -1, false
	}
	// "The government panel was headed by X" with no mention for the
	// generic noun (p2140, p3049): it stands for the story's state.
	if sides := d.genericSide(si, 1, "government", stateClass, r); len(sides) == 1 {
		return sides[0], true
	}
	return -1, false
}

// namedHeadedTeamSide: headedTeamSide's side told by a mention.
func (d *Reader) namedHeadedTeamSide(si int) int {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.Kind == mention.Person || m.Kind == mention.TitleRef {
			continue
		}
		if m.I > 1 || m.I == 1 && toks[0].Lower != "the" {
			return -1
		}
		ok, named := teamAfter(toks, m.J, false)
		if !ok || !named || d.Described(m.Actor) {
			return -1
		}
		// Past the team noun: "the B side", "B's negotiating team".
		k := m.J
		for k < len(toks) && k < m.J+3 && !sideTeams[toks[k].Lower] && !sidePanelNouns[toks[k].Lower] {
			k++
		}
		if !headedAt(toks, k+1) {
			return -1
		}
		return d.Side(m.Actor)
	}
	return -1
}

// headedAt: the words from k are the auxiliaries and verb of heading a
// team, then "by": "was headed by", "is led by".
func headedAt(toks []text.Token, k int) bool {
	for k < len(toks) && teamAuxWords[toks[k].Lower] {
		k++
	}
	return k+1 < len(toks) && teamHeadVerbs[toks[k].Lower] && toks[k+1].Lower == "by"
}

// genericTeamOpening: the sentence opens "The government delegation",
// "The government panel": a state's team told by the generic noun
// alone, no mention of its own.
func (d *Reader) genericTeamOpening(si int) bool {
	toks := d.Sents[si].Toks
	return len(toks) > 3 && toks[0].Lower == "the" && genericClass(toks[1].Lower) == stateClass && !toks[1].Cap &&
		(sideTeams[toks[2].Lower] || sidePanelNouns[toks[2].Lower])
}

// teamOf: the side at i is named by "the delegation of" before it.
func teamOf(toks []text.Token, i int) bool {
	if i > 0 && toks[i-1].Lower == "the" {
		i--
	}
	return i >= 2 && toks[i-1].Lower == "of" && sideTeams[toks[i-2].Lower]
}
