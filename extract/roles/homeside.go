package roles

import (
	"regexp"
	"strings"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// homeSideDisputes tell a dispute at a meeting where the home state may
// stand for a participant of no state.
var homeSideDisputes = lex("homeSideDisputes")

// homeSideTitles end the posts of a state's government.
var homeSideTitles = lex("homeSideTitles")

// WithHome sets the story's home state: the state whose capital the
// dateline names (as resolved or as written: "NEW DELHI" resolves to
// Delhi), when the story names that state too. A story filed
// from elsewhere (a venue abroad, a city that is no capital) has none.
func (d *Reader) WithHome(forms ...string) *Reader {
	d.home = -1
	for _, f := range forms {
		if f == "" || !d.G.IsCapital(f) {
			continue
		}
		k, _ := gazetteer.PhraseKey(f)
		e, ok := d.G.Phrases[k]
		if !ok || e.Ref == "" {
			continue
		}
		for i, a := range d.Cast.Actors {
			if a.Kind == graph.State && a.Code == e.Ref {
				d.home = i
				return d
			}
		}
	}
	return d
}

// homeOfficial: a person a government's title describes ("Prime Minister
// X", "Foreign Minister Y": homeSideTitles) whom the story gives no state
// or body. A rebel leader, a pope or a former president is none.
func (d *Reader) homeOfficial(p int) bool {
	a := d.Cast.Actors[p]
	if a.Kind != graph.Person || !a.Titled || a.Affiliation >= 0 || len(a.Positions) == 0 {
		return false
	}
	for _, q := range a.Positions {
		w := strings.Fields(strings.ToLower(q.Title))
		if q.Org >= 0 || len(w) == 0 || !homeSideTitles[w[len(w)-1]] || formerTitle(q.Title) {
			return false
		}
	}
	return true
}

// homeSideOf: the home state, standing for a meeting's titled
// participants of no state (one, or the leader and his ministers: round
// 281, p1704), when every other participant is of one foreign state ("NEW DELHI - Prime Minister X and Premier Y of B ended
// talks on their border dispute": X is of the home state), and the
// meeting's sentence tells a dispute (homeSideDisputes, or a disputed
// frontier: contestedTold) or talks that ended with an agreement
// ("LONDON - Prime Minister X and B's Prime Minister, Y, closed their
// talks with a draft accord on fishing":
// endedWithAgreement, the two-hundred-and-sixty-seventh round, p1634);
// -1 otherwise.
// side reads a participant's side.
func (d *Reader) homeSideOf(m meeting.Frame, side func(int) int) int {
	if toks := d.Sents[m.Sent].Toks; d.home < 0 || !anyCompound(toks, homeSideDisputes) && !contestedTold(toks) && !endedWithAgreement(toks) {
		return -1
	}
	return d.homeStandIn(m, side)
}

// homeStandIn is homeSideOf without its test of the meeting's sentence:
// the home state when the meeting's titled participants of no state face
// participants all of one foreign state, -1 otherwise. The caller
// has read the dispute elsewhere (DescribedSides: "the two sides agreed to
// complete the border demarcation").
func (d *Reader) homeStandIn(m meeting.Frame, side func(int) int) int {
	if d.home < 0 {
		return -1
	}
	parts := m.Parts
	homeless, foreign := 0, -1
	for _, p := range parts {
		sd := side(p)
		switch {
		case sd < 0 && d.homeOfficial(p):
			homeless++
		case sd < 0 || sd == d.home || d.Cast.Actors[sd].Kind != graph.State || foreign >= 0 && sd != foreign:
			return -1
		default:
			foreign = sd
		}
	}
	if homeless == 0 || foreign < 0 {
		return -1
	}
	return d.home
}

// contestedNouns name land or water two states contest; contestedTopicWords,
// before "the disputed ...", make it what the talks are about.
var (
	contestedNouns      = lex("contestedNouns")
	contestedTopicWords = lex("contestedTopicWords")
)

// contestedAsTopic: the "disputed" at k follows "on", "over", "about" or
// "of", a determiner between: talks "on the disputed frontier", not "in
// the disputed zone" (p457), where the zone is only a place.
func contestedAsTopic(toks []text.Token, k int) bool {
	j := k - 1
	if j >= 0 && appositionDets[toks[j].Lower] {
		j--
	}
	return j >= 0 && contestedTopicWords[toks[j].Lower]
}

// contestedTold: "disputed" with a contestedNouns word within two words
// after it ("talks on the disputed Himalayan frontier", "over the disputed
// islands") tells a dispute at the table as "dispute" does; "a disputed
// election" and "work in the disputed zone" do not.
func contestedTold(toks []text.Token) bool {
	for k, t := range toks {
		if t.Lower != "disputed" || !contestedAsTopic(toks, k) {
			continue
		}
		if wordAhead(toks, k, 2, contestedNouns) {
			return true
		}
	}
	return false
}

// nationalAgencies pair a national news agency with its state
// ("kyodo+japan"): lexicon section nationalAgencies.
var nationalAgencies = lexicon.Phrases("nationalAgencies")

// agencyCreditRE reads the credit of a dateline, "MOSCOW, Nov. 3 (Agency)
// --" or "TOWN (Agency) -": the word in brackets before the dash.
var agencyCreditRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{L} .,'’0-9-]{0,40}\(([\p{L} ]{2,20})\)\s*(?:--|-|—|–|:)`)

// WithAgencyHome: a story credited to a state's national agency
// (nationalAgencies) has that state as its home, wherever it is filed
// from, when the story names the state: such an agency titles its own
// leaders bare ("MOSCOW (Agency) -- Prime Minister X and Y's President
// agreed to speed up the border talks": X is the agency's), so the capital
// of a dateline abroad is no home (the three-hundred-and-twenty-ninth
// round). lines are the article's first lines; the credit is read only
// in a dateline that opens one of them.
func (d *Reader) WithAgencyHome(lines []string) *Reader {
	for _, l := range lines {
		m := agencyCreditRE.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		credit := strings.Fields(strings.ToLower(m[1]))
		for _, e := range nationalAgencies {
			if len(credit) != 1 || e[0] != credit[0] {
				continue
			}
			k, _ := gazetteer.PhraseKey(strings.Join(e[1:], " "))
			g, ok := d.G.Phrases[k]
			if !ok || g.Ref == "" {
				return d
			}
			for i, a := range d.Cast.Actors {
				if a.Kind == graph.State && a.Code == g.Ref {
					d.home = i
					d.agencyHome = true
					return d
				}
			}
			return d
		}
		return d
	}
	return d
}
