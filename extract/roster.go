package extract

// Rosters: sentences that say who sat at a meeting reported elsewhere in
// the story, by listing a side's members rather than repeating the
// meeting ("The Ruritanian delegation included A, B and C", "Ruritania was
// represented by A and B", "On the government side were A and B",
// "Present from the movement were A and B", "X heads the rebels'
// team"). Reports of talks give the principals in one sentence and their
// delegations in the next few; without this stage only the principals
// would be paired.
//
// Input: one sentence with its resolved mentions. Output: rosters, each
// a side (or -1) and the people listed for it. attachRosters then joins
// each roster to the held meeting it describes.

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// roster is one sentence's list of the people on a side of a meeting.
type roster struct {
	si int
	// chaired: the list is the chair of a ceremony told as the subject
	// ("The ceremony was presided over by X"): of the act told before,
	// never of a sitting told after it.
	chaired bool
	side    int   // the state, group or organization they are on; -1 when unsaid
	people  []int // the people listed, in order
	// represented: the list is a side "represented by" its people, as at
	// a gathering of many.
	represented bool
	// presence: the list says who was present ("Present were A and B",
	// "Also at the table were A and B"), not a side's members.
	presence bool
	// home: the side is named by a noun of a state's own side, "the
	// military delegation", "the government team", not by the state.
	home bool
	// escorted: the list is of the people who came with these ("X was
	// accompanied by Y"): it joins only a meeting they are at.
	escorted []int
	// they: the companions came with "They", the people of the meeting
	// told in the sentence just before ("A and B held talks. They were
	// assisted by Y"); escorted is then empty.
	they bool
	// trip: the list is of one who led a delegation on a trip to a place
	// ("X led a delegation to B last week"): it joins only a meeting held
	// there; elsewhere it is a trip of its own, not the meeting told.
	trip string
	// joined: the companions came with "was joined by", the readout's
	// closing note on who sat with each leader; it may come at the end of
	// the release, past the window of "was accompanied by" (escortedAt).
	joined bool
	// listed: the list is a participantsList ("Participants included A
	// and B"), which may follow a gathering told without its people.
	listed bool
	// taking: the list opens "Taking part were", which names those at a
	// meeting told in the sentence before when there is one
	// (addGatherings).
	taking bool
	// inverted: the list is an inverted one of companions ("Accompanying
	// X during the meeting were A and B"; invertedEscort), whose own
	// sentence may read as a meeting of theirs alone.
	inverted bool
	// passive: the companions came with the passive of a single subject,
	// "X was accompanied by Y", "X was joined at the table by Y", whose
	// sentence tells no encounter of X's own (joinedOwnSitting).
	passive bool
	// active: the companion came with an active verb, "X accompanied
	// Y" (activeCompanion).
	active bool
	// described: an active companion's object is a title or a pronoun
	// ("X accompanied the chancellor", "accompanied her";
	// describedObject), said of a principal the story told at a meeting
	// some sentences before (escortWindow).
	described bool
	// both: "X accompanied the President at both meetings": X joins the
	// last two held meetings of the one accompanied (bothSittings).
	both bool
	// plural: the companions came with a participle after an opening
	// plural, "The two leaders met for hours, accompanied by Y"
	// (openingPluralParticiple), whose sentence may read as a meeting of
	// the companions alone.
	plural bool
	// holders: for an inverted list whose escorted person is "the" and a
	// title, every person the story named holding it; the one at the
	// meeting is escorted (attachRosters).
	holders []int
	// apposed: the list is in apposition to a body of those at a meeting
	// ("The two delegations, X and Y, signed"); the position of the comma
	// that closes it, whose verb may tell the meeting itself
	// (apposedMeeting); 0 otherwise.
	apposed int
}

// madeOf: the words at k open a delegation's member list in the
// passive ("made up of", "integrated by", "formed by"); the position
// of the list's first word, or 0.
func madeOf(toks []text.Token, k int) int {
	switch {
	case k+3 < len(toks) && toks[k].Lower == "made" && toks[k+1].Lower == "up" && toks[k+2].Lower == "of":
		return k + 3
	case k+2 < len(toks) && memberByVerbs[toks[k].Lower] && toks[k+1].Lower == "by" && (toks[k-1].Lower == "was" || toks[k-1].Lower == "were"):
		return k + 2
	}
	return 0
}

var (
	// memberByVerbs list a delegation's members as agents: "the
	// delegation was integrated by A and B".
	memberByVerbs = lex("memberByVerbs")
	// sideAttendVerbs follow "the X side" in an inverted member list:
	// "From the X side participated A and B".
	sideAttendVerbs = lex("sideAttendVerbs")
	// teamMediationNouns and teamMediatingWords before a team noun make
	// it a mediation team: "the mediation team", "the mediating team".
	teamMediationNouns = lex("mediationNouns")
	teamMediatingWords = lex("mediatingWords")
)

// memberVerbs after a delegation noun open its member list: "the
// delegation included / comprised / consisted of".
var memberVerbs = lex("memberVerbs")

// representVerbs open a member list after "was represented by".
var representVerbs = lex("representVerbs")

// envoyPossessives after a verb of sending (envoySendVerbs) open the list
// of those a side sent in its name: "A sent its interior minister, X".
var envoyPossessives = lex("envoyPossessives")

// purposeAfter: "to" stands after the verb at k in its sentence — "sent
// his minister, X, to open a channel": an errand, not a seat at the
// meeting told.
func purposeAfter(toks []text.Token, k int) bool {
	for e := k + 1; e < len(toks); e++ {
		if toks[e].Lower == "to" {
			return true
		}
	}
	return false
}

// escortVerbs open a list of companions after "was ... by": "X was
// accompanied by Y and Z".
var escortVerbs = lex("escortVerbs")

// escortOccasionBy: the escort verb at k is followed by the meeting the
// companions came to, then "by": "was accompanied at the talks by Y", "in
// the meeting by Y", "at today's meeting by Y", "at the ceremony by Y".
// The phrase opens with "at", "in" or "during", holds at most four words
// and ends in a meeting noun or a signing occasion; the companions are
// those after "by", as in "was accompanied by Y" (the
// two-hundred-and-eighty-eighth round: p1764, p1164, p1469, p488). The
// index of "by", or 0. "accompanied on the trip by" names no meeting and
// stays unread.
func escortOccasionBy(toks []text.Token, k int) int {
	if k+1 >= len(toks) || !escortOccasionPreps[toks[k+1].Lower] {
		return 0
	}
	for e := k + 2; e < len(toks) && e <= k+6; e++ {
		if toks[e].Lower == "by" {
			p := toks[e-1].Lower
			if e > k+2 && (frame.MeetingNouns[p] || signingOccasions[p] || p == "table") {
				return e
			}
			return 0
		}
		if !toks[e].Word && toks[e].Text != "'s" {
			return 0
		}
	}
	return 0
}

// escortOccasionPreps open the meeting between an escort verb and its
// agent (escortOccasionBy).
var escortOccasionPreps = map[string]bool{"at": true, "in": true, "during": true, "for": true}

// companionWithVerbs before "with" list the people who came along, in
// the active: "X came with Y" reads as "X was accompanied by Y" (the
// hundred-and-eighty-fourth round; p1136).
var companionWithVerbs = lex("companionWithVerbs")

// companionHaveVerbs before "with him" or "with her" list the people who
// came along, as companionWithVerbs do: "X had with him Y and Z".
var companionHaveVerbs = lex("companionHaveVerbs")

// companionPronouns stand for the subject between a companionHaveVerb and
// the list: "had with him".
var companionPronouns = map[string]bool{"him": true, "her": true}

// singleJoinVerbs after a single subject's "was" open a list of
// companions as escortVerbs do: "A held talks with B. A was joined by
// his foreign minister, C" brings C to that meeting (escortedAt: only a
// held meeting told at most three sentences before at which A is). The
// plural "were joined by" is read in package meeting (joinedByPeople).
var singleJoinVerbs = lex("singleJoinVerbs")

// presenceWords open an inverted member list: "Present were A and B",
// "On the X side were A and B".
var presenceWords = lex("presenceWords")

// participantLabels head a readout's list of those present, before a
// colon: "Participants: ...", "Attendees: ...".
var participantLabels = lex("participantLabels")

// labelledList is the roster of a readout's labelled list, "Participants:
// on the X side, A; on the Y side, B" (the hundred-and-ninety-sixth
// round): every person named after the colon sat at the meeting the
// release has just told, whichever side the segments between semicolons
// give them. ok is false when the sentence opens with no such label.
func (d *doc) labelledList(si int) (r roster, ok bool) {
	toks := d.Sents[si].Toks
	if len(toks) < 3 || !participantLabels[toks[0].Lower] || toks[1].Text != ":" || d.Sents[si].Quoted[0] {
		return roster{}, false
	}
	var people []int
	for _, m := range d.Ments[si] {
		if m.I < 2 || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(people, m.Actor) {
			continue
		}
		people = append(people, m.Actor)
	}
	if len(people) == 0 {
		return roster{}, false
	}
	return roster{si: si, side: -1, people: people, presence: true}, true
}

// participantCues open the list in a sentence whose subject is a
// participantLabels noun: "Participants included A and B", "Participants
// appeared on screens, among them A and B".
var participantCues = lex("participantCues")

// participantsList is the roster of a sentence that opens with a noun for
// those present ("Participants", "Attendees") and lists them after an
// inclusion cue in its first clause ("Participants included A, B and C";
// "Participants appeared on a grid of screens, among them A, B and C";
// the two-hundred-and-twelfth round): every person named after the cue
// sat at the meeting the story has just told, as after "Present were".
// ok is false when the sentence opens otherwise or names no person.
func (d *doc) participantsList(si int) (r roster, ok bool) {
	s := &d.Sents[si]
	toks := s.Toks
	o := 0
	if len(toks) > 1 && toks[0].Lower == "those" && presenceWords[toks[1].Lower] && toks[1].Lower != "side" {
		// "Those attending included A, B and C", "Those present
		// included": the participle or adjective after "those" labels
		// the list as "Participants" does (issue 14's
		// four-hundred-and-forty-ninth round; p2726, p2686). "Those
		// attending were" is read as an inverted presence list.
		o = 1
	}
	if len(toks) < 4+o || !participantLabels[toks[o].Lower] || o == 0 && presenceWords[toks[0].Lower] || toks[o+1].Text == ":" || s.Quoted[0] {
		// "Attending were A and B", "Present were A and B": the inverted
		// presence list (invertedPresence) reads those.
		return roster{}, false
	}
	from := -1
	for k := o + 1; k < len(toks) && k <= 14; k++ {
		l := toks[k].Lower
		if toks[k].Text == ";" || toks[k].Text == "." {
			break
		}
		if l == "among" && k+1 < len(toks) && (toks[k+1].Lower == "them" || toks[k+1].Lower == "whom") {
			from = k + 2
			break
		}
		if participantCues[l] {
			from = k + 1
			break
		}
	}
	if from < 0 {
		return roster{}, false
	}
	// "Those attending included the Prime Minister of X, A; the Premier
	// of Y, B; and C": serial semicolons set apart the items of the one
	// list (serialSemicolons).
	serial := serialSemicolons(toks, from)
	var people []int
	for _, m := range d.Ments[si] {
		if m.I < from || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(people, m.Actor) {
			continue
		}
		if args.IsSpeaker(toks, &m) || (serial && listEndBetween(toks, from, m.I) >= 0 || !serial && clauseEndBetween(toks, from, m.I)) {
			continue
		}
		people = append(people, m.Actor)
	}
	if len(people) < 2 {
		return roster{}, false
	}
	return roster{si: si, side: -1, people: people, presence: true, listed: true}, true
}

// groupAppositionNouns name, after "The" (and "two" or "both"), those at
// a meeting as one body whose people an apposition then lists: "The two
// delegations, X for A and Y for B, signed", "The participants, X, Y and
// Z, appeared together".
var groupAppositionNouns = lex("groupAppositionNouns")

// appositionList is the roster of a sentence whose subject is a body of
// those at a meeting with its people in apposition ("The two
// delegations, X for A and Y for B, have signed the agreement"; "The
// participants, X, Y and Z, then answered questions"; the
// two-hundred-and-thirty-fifth round): every person named between the
// commas sat at the meeting the sentence, or the story just before it,
// tells. ok is false with fewer than two people, or when the commas close
// no apposition within twenty-five words.
func (d *doc) appositionList(si int) (r roster, ok bool) {
	s := &d.Sents[si]
	toks := s.Toks
	i := 0
	if len(toks) < 6 || toks[0].Lower != "the" || s.Quoted[0] {
		return roster{}, false
	}
	i++
	if toks[i].Lower == "two" || toks[i].Lower == "both" {
		i++
	}
	if !groupAppositionNouns[toks[i].Lower] || toks[i+1].Text != "," {
		return roster{}, false
	}
	from := i + 2
	end := -1
	for e := from; e < len(toks) && e <= from+25; e++ {
		if toks[e].Text == ";" || toks[e].Text == "." {
			break
		}
		if toks[e].Text == "," && e+1 < len(toks) && toks[e+1].Word && !toks[e+1].Cap && toks[e+1].Lower != "and" {
			end = e
			break
		}
	}
	if end < 0 {
		return roster{}, false
	}
	var people []int
	for _, m := range d.Ments[si] {
		if m.I < from || m.J > end || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(people, m.Actor) {
			continue
		}
		people = append(people, m.Actor)
	}
	if len(people) < 2 {
		return roster{}, false
	}
	return roster{si: si, side: -1, people: people, presence: true, listed: true, apposed: end}, true
}

// rosters finds the member lists of one sentence.
func (d *doc) rosters(si int) []roster {
	if r, ok := d.labelledList(si); ok {
		return []roster{r}
	}
	if r, ok := d.participantsList(si); ok {
		return []roster{r}
	}
	if r, ok := d.appositionList(si); ok {
		return []roster{r}
	}
	s := &d.Sents[si]
	toks := s.Toks
	var out []roster
	for k := 0; k < len(toks); k++ {
		if s.Quoted[k] {
			continue
		}
		l := toks[k].Lower
		var side, from int = -1, -1
		represented, presence, home := false, false, false
		var escorted []int
		they, joined, inverted, passive, chaired, chairList, plural := false, false, false, false, false, false, false
		var holders []int
		if subj, obj := d.activeCompanion(si, k); subj >= 0 {
			// "X accompanied Y", "X sat beside Y": X came with Y to the
			// meeting the story has just told Y at; "A, B and C
			// accompanied Y": all of them (companionList).
			r := roster{si: si, side: -1, people: d.companionList(si, subj, k), escorted: []int{obj}, active: true}
			if d.describedObject(si, k+1) >= 0 {
				// "X accompanied the President at both meetings": the
				// title or pronoun refers back past the sentences just
				// before, and "both" sends X to the last two.
				r.described, r.both = true, bothSittings(toks, k+1)
			}
			out = append(out, r)
			continue
		}
		switch {
		case escortVerbs[l] && k == 2 && k+1 < len(toks) && toks[k+1].Lower == "by" && toks[0].Lower == "they" && toks[1].Lower == "were":
			// "A and B held talks. They were assisted by Y": Y sat with
			// the people of the meeting told just before (escortedAt).
			escorted, they = []int{}, true
			from = k + 2
		case (escortVerbs[l] || singleJoinVerbs[l]) && k+1 < len(toks) && (toks[k+1].Lower == "by" || escortOccasionBy(toks, k) > 0) && pluralJoinSubject(toks, k) >= 0:
			// "There the two leaders were joined by X", "At the ceremony
			// the two men were joined by Y", "Later they were joined by
			// Z": X came to the meeting of those the story has just told
			// (escortedAt).
			escorted, they = []int{}, true
			n := pluralJoinSubject(toks, k)
			joined = toks[n].Lower != "they"
			// "talks between the two premiers, who were joined by X and
			// Y" reads as talks of X and Y alone, as an inverted list
			// does: their own frame of the sentence goes.
			inverted = toks[n+1].Text == ","
			from = k + 2
			if b := escortOccasionBy(toks, k); b > 0 {
				// "They were later joined for the talks by X".
				from = b + 1
			}
		case k >= 2 && k+1 < len(toks) && (toks[k+1].Lower == "by" || (escortVerbs[l] || singleJoinVerbs[l]) && escortOccasionBy(toks, k) > 0) && (escortVerbs[l] && (toks[k-1].Lower == "was" || toks[k-1].Lower == "were") || singleJoinVerbs[l] && toks[k-1].Lower == "was"):
			// "X was accompanied by Y": Y came with X to the meeting the
			// story has just told X at; the subject must be a person.
			// "X was accompanied at the talks by Y": the meeting itself
			// may stand between verb and agent (escortOccasionBy).
			if escorted = d.escortSubject(si, k-1); len(escorted) == 0 {
				continue
			}
			joined = singleJoinVerbs[l] && !escortVerbs[l]
			passive = true
			from = k + 2
			if b := escortOccasionBy(toks, k); b > 0 {
				from = b + 1
			}
		case companionWithVerbs[l] && k >= 1 && k+1 < len(toks) && toks[k+1].Lower == "with":
			// "X came with Y": Y came with X to the meeting the story has
			// just told X at, as after "was accompanied by".
			if escorted = d.escortSubject(si, k); len(escorted) == 0 {
				continue
			}
			from = k + 2
		case companionHaveVerbs[l] && k >= 1 && k+2 < len(toks) && toks[k+1].Lower == "with" && companionPronouns[toks[k+2].Lower]:
			// "X had with him Y and Z": Y and Z came with X to the
			// meeting the story has just told X at; "had with him a
			// letter" lists no one (p3165).
			if escorted = d.escortSubject(si, k); len(escorted) == 0 {
				continue
			}
			from = k + 3
		case escortVerbs[l] && k >= 2 && k+1 < len(toks) && toks[k+1].Lower == "by" && toks[k-1].Text != "," && !mention.Auxiliaries[toks[k-1].Lower]:
			// "X flew in on Friday accompanied by Y": the participle
			// without its comma, after the clause of the person who opens
			// the sentence (the two-hundred-and-thirty-fifth round).
			if escorted = d.bareParticipleSubject(si, k); len(escorted) == 0 {
				continue
			}
			from = k + 2
		case escortVerbs[l] && k >= 2 && k+1 < len(toks) && toks[k+1].Lower == "by" && toks[k-1].Text == ",":
			// "X arrived by helicopter, accompanied by Y", "X, accompanied
			// by Y, arrived": the participle's subject is the person who
			// opens the sentence.
			if escorted = d.participleSubject(si, k-1); len(escorted) == 0 {
				if !openingPluralParticiple(toks, k-1) {
					continue
				}
				// "The two heads of state talked for hours, accompanied
				// by X": the companions of the people of the meeting
				// just told, as after "they were joined by" (escortedAt).
				escorted, they, plural = []int{}, true, true
			}
			from = k + 2
		case memberVerbs[l]:
			// "<side> delegation [also] included": a delegation noun within
			// three words before the verb, four after "also" ("the Russian
			// side, which also included"; the five-hundred-and-twelfth
			// round, p3105).
			within := 3
			if k >= 1 && toks[k-1].Lower == "also" {
				within = 4
			}
			dn := d.teamNounBefore(si, k, within)
			if dn < 0 {
				continue
			}
			side = d.sideBefore(si, dn)
			from = k + 1
		case madeOf(toks, k) > 0:
			// "<side> delegation was made up of", "was integrated by",
			// "was formed by": the passive that lists the delegation's
			// members, as "included" does.
			dn := delegationNounBefore(toks, k, 3)
			if dn < 0 || dn > 0 && (teamMediationNouns[toks[dn-1].Lower] || teamMediatingWords[toks[dn-1].Lower]) {
				// "The mediating team was made up of A and B": the
				// mediators of the process, no side's delegation at the
				// meeting told (roles/mediationbody.go reads them).
				continue
			}
			side = d.sideBefore(si, dn)
			from = madeOf(toks, k)
		case chairAgent(toks, k) > 0 && chairedTalksSubject(toks, k):
			// "The round, which is expected to last a month, is chaired by
			// X", "The ceremony was presided over by Y": the chair sat at
			// the talks the story has told; not a side's member (p809).
			from = chairAgent(toks, k)
			presence = true
			// "The ceremony was presided over by X": the act told
			// before; a sitting told after it ("After the act, Y
			// received A and B") is another (p2523).
			chaired = frame.AnyWord(toks, 0, min(k, 4), ceremonyNouns)
			chairList = true
		case representVerbs[l] && k+1 < len(toks) && toks[k+1].Lower == "by":
			if futurePassive(toks, k) {
				// "The A side will be represented by X": the team of
				// a round to come, not the side's people at the
				// meeting the story told.
				continue
			}
			side = d.sideBefore(si, k)
			from = k + 2
			represented = true
		case envoySendVerbs[l] && k+1 < len(toks) && envoyPossessives[toks[k+1].Lower] && !purposeAfter(toks, k):
			// "A sent its interior minister, X": X went in A's name, as
			// after "A was represented by X" (issue 14's
			// five-hundred-and-fiftieth round; p3334, p2475, p3128).
			// "sent his minister, X, to open a channel" tells an errand
			// of X's own, no sitting (p830).
			side = d.sideBefore(si, k)
			from = k + 2
			represented = true
		case envoySendVerbs[l] && k >= 2 && perfectAuxiliaries[toks[k-1].Lower] && d.personAt(si, k+1) && !purposeAfter(toks, k):
			// "A has sent X and Y, B Z": the powers' lists at a gathering
			// of many, as after "A is represented by X"; the gapped
			// clauses name the other powers (gappedSent; issue 14's
			// five-hundred-and-sixty-third round, p3410, p3411, p3413).
			// A person who "has sent X to P" sent an envoy on an
			// errand, no power's list (p1153).
			if slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool {
				return m.Actor >= 0 && d.isPerson(m.Actor) && m.J <= k && k-m.J <= 3
			}) {
				continue
			}
			side = d.sideBefore(si, k)
			from = k + 1
			represented = true
		case ledVerbs[l] && k+1 < len(toks) && toks[k+1].Lower == "by":
			// "<side> delegation was led by A [and included B]": the leader
			// opens the list.
			dn := d.teamNounBefore(si, k, 4)
			if dn < 0 {
				continue
			}
			side = d.sideBefore(si, dn)
			home = side < 0 && homeSide(toks, dn)
			from = k + 2
			// "The two delegations were led by A and B": the plural noun
			// with no side names the heads of every side at once, who sat
			// at the talks the story has just told, as "Present were A and
			// B" says; no one side holds the list (p2276).
			presence = side < 0 && !home && bothDelegations(toks, dn)
		case l == "side" && sideSittingAttended(toks, k) > 0:
			// "On the X side the talks were attended by A and B": the
			// side's people at the sitting the story has told, listed
			// after it by the passive of attendance.
			side = d.sideBefore(si, k)
			from = sideSittingAttended(toks, k)
		case signerListNouns[l] && k <= 1 && signersCopula(toks, k) > 0:
			// "The signers were A, B and C", "The signatories on the X
			// side were A and B": those who put their names to the text
			// sat at the sitting the story has just told, as "Present
			// were A and B" says (signersCopula).
			from, presence = signersCopula(toks, k), true
		case presenceWords[l] && k+1 < len(toks) && (toks[k+1].Lower == "were" || toks[k+1].Lower == "was" || toks[k+1].Lower == "from" || l == "side" && (sideAttendVerbs[toks[k+1].Lower] || listCopula(toks[k+1].Lower))):
			// "Present from X were", "On the X side were": the clause opens
			// with the presence phrase.
			if l == "side" {
				side = d.sideBefore(si, k)
			}
			e := k + 1
			if toks[e].Lower == "from" {
				if x := d.FirstActor(si, e+1, 3, true); x != nil {
					side = x.Actor
					e = x.J
				}
			}
			if e < len(toks) && (toks[e].Lower == "were" || toks[e].Lower == "was" || l == "side" && (sideAttendVerbs[toks[e].Lower] || listCopula(toks[e].Lower))) {
				// "On the X side were A and B"; in the inverted order
				// of a translated readout, "From the X side participated
				// A and B".
				from = e + 1
				presence = l != "side"
			}
		}
		listed := false
		if k > 0 && from < 0 && toks[k-1].Text == ";" {
			// "The X delegation is headed by A; with him are B and C":
			// a clause after a semicolon opens an inverted list of those
			// at the sitting as a sentence would, once the clause before
			// it has named the delegation's head (issue 14's
			// three-hundred-and-ninety-fifth round, p2403).
			if f := invertedPresence(toks[k:]); f > 0 {
				from, presence = k+f, true
			}
		}
		if k == 0 && from < 0 {
			// "Also at the table were A and B", "Joining them at that
			// meeting was X": the sentence opens with the presence phrase.
			from = invertedPresence(toks)
			presence = from >= 0
			if from < 0 {
				// "With M. X are A and B": those with a person the story
				// has just told at a meeting sat with that person.
				from = d.withNamedPresence(si)
				presence = from >= 0
			}
			if from < 0 {
				// "With President X were A and B" told paragraphs after
				// X's meeting: X's companions, who join only a meeting X
				// is at (withNamedCompanions).
				if f, who := d.withNamedCompanions(si); f > 0 {
					from, escorted, inverted = f, who, true
				}
			}
			if from < 0 {
				// "Accompanying the President during the talks were A
				// and B": the companions of a person at the sitting the
				// story has just told (invertedEscort).
				if f, who := d.invertedEscort(si); f > 0 {
					from, escorted, holders, inverted = f, who[:1], who, true
				}
			}
			if from < 0 {
				// "Taking part were A, B and C": the list may follow a
				// gathering told without its people, as "Participants
				// included" does.
				from = takingPartList(toks)
				presence, listed = from >= 0, from >= 0
			}
			if from < 0 {
				// "It was attended by A, B and C": those at the gathering
				// the sentence before told (pronounAttended).
				from = pronounAttended(toks)
				presence = from >= 0
			}
			if from < 0 {
				// "Among those who listened were A and B": the audience
				// of the gathering told before (amongAudience).
				from = amongAudience(toks)
				presence = from >= 0
			}
			if from < 0 {
				// "Among the guests at the dinner were A and B": those the
				// host entertained at the meal told before (amongGuests).
				from = amongGuests(toks)
				presence = from >= 0
			}
			if from < 0 {
				// "Received with X were A and B": X and the list are the
				// hosts (or guests) of the reception told before
				// (receivedWithList).
				from = receivedWithList(toks)
				presence = from >= 0
			}
			if from < 0 {
				// "X received the foreign ministers of three countries.
				// They were A of P, B of Q and C of R": the group the
				// sentence before met, named (namedThey).
				from = namedThey(toks)
				presence, listed = from >= 0, from >= 0
			}
			if from < 0 {
				// "For the insurgency participated A, B and C": a
				// translated readout names the side, then its people.
				if e := sideOpenedPresence(toks); e > 0 {
					side, from, presence = d.sideBefore(si, e-1), e, true
				}
			}
		}
		if from < 0 && ledVerbs[l] && k > 0 {
			// "X heads the rebels' delegation", "X is leading the
			// government's negotiating team": X is on that side.
			dn := -1
			for e := k + 1; e < len(toks) && e <= k+5; e++ {
				if delegationNouns[toks[e].Lower] {
					dn = e
					break
				}
			}
			e := k // the subject ends right before the verb or its auxiliary
			if toks[e-1].Lower == "is" || toks[e-1].Lower == "was" || toks[e-1].Lower == "also" {
				e--
			}
			e = relativeLeader(toks, e)
			if dn > 0 && e > 0 {
				if people := d.leaders(si, e); len(people) > 0 {
					side := d.sideBefore(si, dn)
					out = append(out, roster{si: si, side: side, people: people, home: side < 0 && homeSide(toks, dn), trip: d.tripDestination(si, dn)})
				}
			}
			continue
		}
		if from < 0 {
			continue
		}
		var people []int
		serial := serialSemicolons(toks, from)
		for _, m := range d.Ments[si] {
			actor := m.Actor
			if m.I >= from && actor < 0 && coordinatedSide(toks, m.I, m.J) {
				// "and the B team, under Y": a capital before the team
				// noun names its state's side, though read as a place.
				actor = d.CapitalSide(&m)
			}
			if m.I >= from && actor >= 0 && (gappedSide(toks, m.I, m.J) || coordinatedSide(toks, m.I, m.J) || represented && (gappedBy(toks, m.I, m.J) || d.gappedSent(si, m.I, m.J))) && d.IsCollective(actor) {
				// "A's side was led by X and the B one by Y": the gapped
				// clause lists the other side.
				if len(people) > 0 {
					out = append(out, roster{si: si, side: side, people: people, represented: represented})
				}
				side, people = actor, nil
				// "...; the B side by Y": the list goes on past the
				// semicolon that opens the gapped clause.
				from = m.I
				continue
			}
			if m.I < from || m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			if escorted != nil && m.J+1 < len(toks) && toks[m.J].Text == "-" && toks[m.J].Glued && toks[m.J+1].Glued {
				// "accompanied by X, the Minister for Intra-German
				// Relations": a "name" glued by a hyphen to the word after
				// it is the first half of a compound adjective in a post,
				// no companion (p1028, once the window below widened).
				continue
			}
			if args.IsSpeaker(toks, &m) {
				// "..., the spokesman X told reporters": the source of
				// the report closing the sentence, not one of the list.
				continue
			}
			if args.AbsentSubject(toks, &m) {
				// "A was represented by X, because President Y was
				// abroad": Y, said to be elsewhere, is none of the list.
				continue
			}
			if slices.Contains(people, m.Actor) || m.Actor == side {
				continue
			}
			if clauseEndBetween(toks, from, m.I) && !(serial && listEndBetween(toks, from, m.I) < 0) {
				break
			}
			if escorted != nil && separateRelativeBetween(toks, from, m.I) {
				// "X was accompanied by Y, who held a separate meeting
				// with Z": Z is met by Y apart, no companion of X's.
				break
			}
			if ps := titleRunStart(toks, m.PhraseStart()); ps-2 > from && ofPrepositions[toks[ps-1].Lower] &&
				toks[ps-2].Word && (!toks[ps-2].Cap || apposedAdviserTo(toks, ps, from)) {
				// "X, the adviser to President Y", "B, the sister of
				// leader Z": the person an apposition relates a member
				// to is none of the list (p809, p806). The relation is a
				// common noun; after a capitalized one the preposition is
				// inside a title ("Minister of State Secretary Y").
				continue
			}
			if chairList && apposedToRelatedTitle(toks, m.PhraseStart(), from) {
				// "The ceremony was presided by X ... and attended by Y,
				// special envoy of the President of B, Z": Z is named
				// after the title of the one Y stands in for, and was
				// not there (p2353).
				continue
			}
			people = append(people, m.Actor)
		}
		if len(people) > 0 {
			out = append(out, roster{si: si, side: side, people: people, represented: represented, presence: presence, home: home, escorted: escorted, they: they, joined: joined, listed: listed, taking: listed, inverted: inverted, holders: holders, passive: passive, chaired: chaired, plural: plural})
		}
		// One list per clause: "A's side was led by X, while B's was
		// headed by Y" lists both sides.
		end := clauseEndFrom(toks, from)
		if end < 0 || serial {
			break
		}
		k = end
	}
	return out
}

// leaders are the people of the subject that ends at token e, before a
// verb of leading: "X led", past an apposition set off by commas ("X, a
// former ambassador, led", "the fisheries minister, X, led"; p200, p202).
// (A coordination, "X and Y led their respective delegations", was one
// article's, p205, and is not read.)
func (d *doc) leaders(si, e int) []int {
	toks := d.Sents[si].Toks
	person := func(k int) *mention.Mention {
		if m := d.MentionEndingAt(si, k); m != nil && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return m
		}
		return nil
	}
	m := person(e)
	if m == nil && e >= 2 && toks[e-1].Text == "," {
		// "the minister, X, led": X is apposed to the subject's title
		// right after its comma; "Five commanders, among them X and Y,
		// led" has a plural subject the roster does not list (p181).
		if m = person(e - 1); m != nil && (m.I == 0 || toks[m.I-1].Text != ",") {
			m = nil
		} else if m == nil {
			// "X, <apposition>, led": X ends at the apposition's first comma.
			// A long post ("X, director general of the ministry's Asian
			// Affairs Bureau, headed", p2813, p2814) is read only when X
			// opens its clause, so that "after meeting X, <subject> led"
			// does not make X the leader.
			for c := e - 2; c > 0 && c >= e-20 && m == nil; c-- {
				if toks[c].Text == "," {
					if m = person(c); m != nil && c < e-10 && !clauseOpening(toks, m.I) {
						m = nil
					}
					break
				}
			}
		}
	}
	if m == nil {
		return nil
	}
	return []int{m.Actor}
}

// tripDestination is the place a led delegation went to: the city or
// state named within five words after "to" right after the delegation
// noun at dn ("led a delegation to Moscow", "led a separate delegation to
// the border city of X"), else "".
func (d *doc) tripDestination(si, dn int) string {
	toks := d.Sents[si].Toks
	if dn+1 >= len(toks) || toks[dn+1].Lower != "to" {
		return ""
	}
	for _, m := range d.Ments[si] {
		if m.I <= dn+1 || m.I > dn+6 {
			continue
		}
		switch {
		case m.Kind == mention.City && m.Actor < 0:
			return m.City
		case m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind == graph.State:
			return d.Cast.Actors[m.Actor].Name()
		case m.Actor < 0:
			return m.Text
		}
		return ""
	}
	return ""
}

// clauseOpening: token i opens a sentence or a clause, after a comma or a
// clause-joining "while", "whereas" or "and".
func clauseOpening(toks []text.Token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Lower {
	case ",", ";", "while", "whereas", "and":
		return true
	}
	return false
}

// relativeLeader moves the end of a leader's subject back past a
// relative pronoun set off by a comma: in "X, who headed A's team, said"
// and "said X, who led the A delegation" the leader is the name before
// the comma. Reports whose leads name only the sides give their heads
// this way, in a quote's attribution (p387, p99). e is the token
// right after the subject; the result is the comma's position, or e.
func relativeLeader(toks []text.Token, e int) int {
	if e >= 2 && toks[e-1].Lower == "who" && toks[e-2].Text == "," {
		return e - 2
	}
	return e
}

// sideBefore is the collective actor named just before token k ("the
// Ruritanian delegation", "Ruritania's team", "the movement side").
func (d *doc) sideBefore(si, k int) int {
	for mi := len(d.Ments[si]) - 1; mi >= 0; mi-- {
		m := d.Ments[si][mi]
		if m.J > k || m.Actor < 0 {
			continue
		}
		if k-m.J > 3 {
			return -1
		}
		if d.IsCollective(m.Actor) {
			return m.Actor
		}
		return -1
	}
	return -1
}

// clauseEndFrom is the first clause break at or after token i, or -1.
func clauseEndFrom(toks []text.Token, i int) int {
	for e := i; e < len(toks); e++ {
		if clauseEndBetween(toks, e, e+1) {
			return e
		}
	}
	return -1
}

// clauseEndBetween: a semicolon or a sentence-internal clause break ends a
// member list.
func clauseEndBetween(toks []text.Token, i, j int) bool {
	for e := i; e < j; e++ {
		if toks[e].Text == ";" || toks[e].Lower == "while" || toks[e].Lower == "whereas" || toks[e].Lower == "but" {
			return true
		}
	}
	return false
}

// separateRelativeBetween: a relative clause opened in [i, j) (", who",
// ", whom") tells an encounter held apart ("who held a separate meeting
// with Z", "who met Z separately"): the people named in it after the
// companion it is told of met that companion on their own, and the list
// of companions ends at it (issue 14's five-hundred-and-thirty-second
// round; p3226, p1585, p211).
func separateRelativeBetween(toks []text.Token, i, j int) bool {
	for e := i + 1; e < j; e++ {
		if toks[e-1].Text != "," || toks[e].Lower != "who" && toks[e].Lower != "whom" {
			continue
		}
		for x := e + 1; x < len(toks) && toks[x].Text != ";"; x++ {
			if relativeSeparateWords[toks[x].Lower] {
				return true
			}
		}
	}
	return false
}

// relativeSeparateWords tell an encounter held apart from the one told
// before it: "held a separate meeting", "met Z separately".
var relativeSeparateWords = lex("separateWords")

// serialSemicolons: the semicolons after token from set apart the items
// of one list of people, each with its post in apposition, as old
// broadsheets and wire copy list those present: "Attending were A,
// chairman of X; Secretary B; and C, commander of Y". Every semicolon is
// followed by a capital (a name or the title before one), perhaps after
// "and", and the last by "and" — the serial semicolon; "; the B side by
// Y" or "; B headed the other" ends a clause instead (the
// two-hundred-and-eighty-fifth round, p1742).
func serialSemicolons(toks []text.Token, from int) bool {
	last := -1
	for e := from; e < len(toks); e++ {
		if toks[e].Text != ";" {
			continue
		}
		n := e + 1
		if n < len(toks) && toks[n].Lower == "and" {
			n++
		}
		if n+1 < len(toks) && toks[n].Lower == "the" && toks[n+1].Cap {
			n++ // "; the Premier of Y, B": a title before the name
		}
		if n >= len(toks) || !toks[n].Word || !toks[n].Cap {
			return false
		}
		last = e
	}
	return last >= 0 && toks[last+1].Lower == "and"
}

// listEndBetween is the first token in [i, j) that ends a member list
// other than a semicolon, or -1: in a serialSemicolons list only "while",
// "whereas" or "but" end it.
func listEndBetween(toks []text.Token, i, j int) int {
	for e := i; e < j; e++ {
		if toks[e].Text != ";" && clauseEndBetween(toks, e, e+1) {
			return e
		}
	}
	return -1
}

// otherYear: sentence si names a year (a four-digit number from 1600 to
// 2099) before the first of the people a roster lists, and date, a
// meeting's, is of another year — "In September 2019 a delegation led by
// X visited B and met Y" after talks told of 2021: the sentence recalls
// an encounter of its own, which a roster in it tells, not a list of
// those at the talks (the two-hundred-and-thirty-ninth round, p1468: a
// visit two years before merged with the day's talks). A year after the
// first person is about the people ("chaired by X, who has mediated
// since 2006", p158). False when date is unknown or the sentence names
// that year too.
func (d *doc) otherYear(si int, date string, people []int) bool {
	if len(date) < 4 || len(people) == 0 {
		return false
	}
	toks := d.Sents[si].Toks
	first := len(toks)
	for _, m := range d.Ments[si] {
		if slices.Contains(people, m.Actor) {
			first = min(first, m.I)
		}
	}
	other := false
	for _, t := range toks[:first] {
		if len(t.Text) != 4 || !(strings.HasPrefix(t.Text, "1") && t.Text >= "1600" || strings.HasPrefix(t.Text, "20")) || strings.Trim(t.Text, "0123456789") != "" {
			continue
		}
		if t.Text == date[:4] {
			return false
		}
		other = true
	}
	return other
}

// attachRosters adds each roster's people to the held, face-to-face
// meeting it describes: the latest one reported before it in the story
// (a roster follows its meeting), else one reported in the next two
// sentences. The people listed for a side stand for it, so the side
// itself leaves the participants. A meeting that is one of several one
// sentence tells ("met A and then saw B", "met A and later met B") has
// the participants told for it: the sides met apart, so neither side's
// roster joins it.
func (d *doc) attachRosters(ms []meeting.Frame, rs []roster) []meeting.Frame {
	lastSi, lastBest := -1, -1
	// The meetings told with no one named ("The agreement was reached in
	// talks in P. X led the A delegation. Y headed the B team"): their
	// people are the lists after them, each side's in a sentence of its
	// own, so the first list's side does not shut out the next (p2814).
	nameless := map[int]bool{}
	for _, m := range ms {
		if len(m.Parts) == 0 {
			nameless[m.Sent] = true
		}
	}
	for _, r := range rs {
		// The latest meeting before the roster; the lists of one sentence
		// ("A's delegation was led by X and B's by Y") are of one meeting.
		best := -1
		for i := range ms {
			m := ms[i]
			if m.Status != graph.Held || m.Mode == graph.Call || m.Mode == graph.Virtual && !r.listed || m.Split {
				// A participants list may be of a video summit: those on
				// the screens met (participantsList).
				continue
			}
			if m.Sent <= r.si && r.si-m.Sent <= 10 && (d.sideAt(m, r.side) || nameless[m.Sent] && r.si-m.Sent <= 3 && r.side >= 0 && !r.presence && d.listedSidesOnly(m, rs, r)) {
				best = i
			}
		}
		if best >= 0 && r.escorted == nil {
			best = retoldSittingBefore(ms, best)
		}
		if r.si == lastSi && r.escorted == nil {
			best = lastBest
		} else if j := splitSittingBefore(ms, r); r.presence && r.escorted == nil && j >= 0 && (best < 0 || ms[best].Sent < ms[j].Sent) {
			// "He was received at the airport by A, and later held talks
			// with B. Present at the meeting were C and D": the sitting
			// told last, not the reception before it.
			best = j
		}
		if best >= 0 && r.taking {
			best = d.takingPartNoun(ms, r, best)
		}
		if r.inverted {
			// "Accompanying X during the meeting were A and B" reads as a
			// meeting of A and B alone ("during the meeting"): they sat
			// with X at his meeting, not at one of their own.
			ms = slices.DeleteFunc(ms, func(m meeting.Frame) bool {
				return m.Sent == r.si && !slices.ContainsFunc(m.Parts, func(p int) bool { return !slices.Contains(r.people, p) })
			})
		}
		if r.escorted != nil {
			best = d.escortedAt(ms, r)
			if r.plural && best >= 0 {
				// "The two presidents met for hours, accompanied by A and
				// B": the sentence's verb, its plural unresolved, read as
				// a meeting of A and B alone; they sat at the meeting
				// just told, as after an inverted list. Kept when no
				// meeting was told just before.
				ms = slices.DeleteFunc(ms, func(m meeting.Frame) bool {
					return m.Sent == r.si && !slices.ContainsFunc(m.Parts, func(p int) bool { return !slices.Contains(r.people, p) })
				})
				best = d.escortedAt(ms, r)
			}
			for _, h := range r.holders {
				if best >= 0 {
					break
				}
				r.escorted = []int{h}
				best = d.escortedAt(ms, r)
			}
		}
		if c := d.retoldSittingCity(r.si - 1); best >= 0 && r.escorted == nil && c != "" && ms[best].Place != c {
			// "The talks in Canberra ran for two hours. Seated with A
			// were B and C": the list is of the talks in that city, not
			// of a visit told between them and it.
			for i := best - 1; i >= 0; i-- {
				if ms[i].Status == graph.Held && ms[i].Mode != graph.Call && !ms[i].Split && ms[i].Place == c && r.si-ms[i].Sent <= 10 && d.sideAt(ms[i], r.side) {
					best = i
					break
				}
			}
		}
		if best >= 0 && r.escorted == nil && ms[best].Sent < r.si && d.otherYear(r.si, ms[best].Date, r.people) {
			// "In September 2019 a delegation led by X visited B and met
			// Y": a list in a sentence dated to another year is of an
			// encounter then, not of the meeting told before it.
			continue
		}
		if j := d.joinedOwnSitting(ms, r); j >= 0 {
			// "A met B. A was joined at the table by C": the sentence's
			// own encounter of A and C is the sitting told before.
			best = j
			ms = slices.DeleteFunc(ms, func(m meeting.Frame) bool { return d.companionsOnly(m, r) })
		} else if ownMeeting(ms, r) {
			// "X led a delegation to B in March, where she met Y": the
			// sentence tells the meeting its roster was at. The side the
			// roster names is still its people's ("B's side was headed by
			// Y. The two ministers met ..."; p314, p268).
			d.sideOf(r)
			continue
		}
		if best >= 0 && r.trip != "" && ms[best].Place != r.trip {
			// "X led a delegation to B last week": a trip elsewhere, or
			// to a meeting whose place is not known to be there.
			continue
		}
		if best < 0 && r.escorted == nil && !r.presence {
			// "A faced B across the table this morning, when C opened
			// the talks. A's delegation was headed by A and included
			// D": a side's list after a sentence told as encounters one
			// after the other is of the last one its side sat at.
			best = d.splitSittingOfSide(ms, r)
		}
		if best < 0 && r.escorted == nil && !r.chaired {
			for i := range ms {
				if ms[i].Status == graph.Held && !ms[i].Split && d.sideAt(ms[i], r.side) && ms[i].Sent > r.si && ms[i].Sent-r.si <= 2 && ms[i].Mode != graph.Call {
					best = i
					break
				}
			}
		}
		if best < 0 && r.escorted != nil {
			// "X held separate talks with A and B. X was joined by C and
			// D": the companions of the one person at each encounter came
			// to all of them (hostSplitSittings).
			if js := d.hostSplitSittings(ms, r); len(js) > 0 {
				for _, j := range js[1:] {
					for _, p := range r.people {
						if !slices.Contains(ms[j].Parts, p) {
							ms[j].Parts = append(ms[j].Parts, p)
						}
					}
				}
				best = js[0]
			}
		}
		if best < 0 {
			continue
		}
		if r.both && len(r.escorted) == 1 {
			// "accompanied the President at both meetings": the held
			// meeting of the same person told before the one chosen.
			for j := best - 1; j >= 0; j-- {
				if mj := &ms[j]; mj.Status == graph.Held && mj.Mode != graph.Call && mj.Mode != graph.Virtual && len(mj.Parts) >= 2 && r.si-mj.Sent <= escortWindow(r) && slices.Contains(mj.Parts, r.escorted[0]) {
					for _, p := range r.people {
						if !slices.Contains(mj.Parts, p) {
							mj.Parts = append(mj.Parts, p)
						}
					}
					break
				}
			}
		}
		lastSi, lastBest = r.si, best
		m := &ms[best]
		if r.home {
			r.side = d.onlyState(m.Parts)
		}
		for _, p := range r.people {
			// The side a roster names outweighs an institution read off
			// a title ("Petroleum Minister X" on "the Y side") and a
			// state read off an apposition ("X, director of the office
			// for B", heading A's delegation; p103).
			if aff := d.Cast.Actors[p].Affiliation; r.side >= 0 && (aff < 0 ||
				d.Cast.Actors[r.side].Kind == graph.State && aff != r.side) {
				d.Cast.Actors[p].Affiliation = r.side
			}
			if !slices.Contains(m.Parts, p) {
				if r.presence && len(m.Parts) >= 2 {
					m.Seated = append(m.Seated, p)
				}
				m.Parts = append(m.Parts, p)
			}
		}
		m.Parts = d.dropRepresented(m.Parts)
	}
	return ms
}

// listedSidesOnly: every person of m is on a list between m's sentence
// and r's, of a side other than r's: the nameless meeting has so far only
// the other side's heads.
func (d *doc) listedSidesOnly(m meeting.Frame, rs []roster, r roster) bool {
	for _, p := range m.Parts {
		if !slices.ContainsFunc(rs, func(o roster) bool {
			return o.si > m.Sent && o.si < r.si && o.side >= 0 && o.side != r.side && slices.Contains(o.people, p)
		}) {
			return false
		}
	}
	return len(m.Parts) > 0
}

// retoldSittingBefore: the meeting at best names no one ("The first
// meeting was held at the embassy in X", "The talks took place in the
// Kremlin"): it retells the sitting told just before, whose people it
// takes on later (mergeRetold joins a frame whose people are a subset of
// another's). A list after it ("On the A side it was attended by C") is
// of that sitting: set on the empty frame, it would make the first side's
// people a meeting of their own, and the next side's list, finding that
// frame held by the other side, would go back to the sitting (issue 14's
// four-hundred-and-twenty-eighth round, p2602). The index of the latest
// earlier held sitting in person within two sentences, in a place and on
// a day that agree; best itself otherwise.
func retoldSittingBefore(ms []meeting.Frame, best int) int {
	b := ms[best]
	if len(b.Parts) > 0 || b.Status != graph.Held {
		return best
	}
	agree := func(x, y string) bool {
		return x == "" || y == "" || strings.HasPrefix(x, y) || strings.HasPrefix(y, x)
	}
	for i := best - 1; i >= 0; i-- {
		m := ms[i]
		if m.Sent > b.Sent || b.Sent-m.Sent > 2 {
			continue
		}
		if len(m.Parts) >= 2 && m.Status == graph.Held && m.Mode != graph.Call && !m.Split && agree(m.Place, b.Place) && agree(m.Date, b.Date) {
			return i
		}
	}
	return best
}

// splitSittingBefore: one of the two sentences before roster r told
// several encounters one after the other ("was received by A, and later
// held talks with B"): the index of the last of them, held and in person;
// -1 otherwise. A presence list after it ("Present at the meeting were C
// and D", "The talks were attended by C. Also present was D") is of that
// last sitting (the two-hundred-and-fifty-fourth round, p1561, p1559).
func splitSittingBefore(ms []meeting.Frame, r roster) int {
	last := -1
	for i := range ms {
		if ms[i].Sent < r.si && r.si-ms[i].Sent <= 2 && ms[i].Split && ms[i].Status == graph.Held && ms[i].Mode != graph.Call && ms[i].Mode != graph.Virtual {
			last = i
		}
	}
	return last
}

// splitSittingOfSide: a side's delegation list (r names its side) comes
// within two sentences after a sentence told as several encounters (the
// frames are Split, which the ordinary choice of the meeting before
// passes over), and one of those encounters, held in person, seats the
// list's leader or a person of its side: the index of the last such one;
// -1 otherwise (issue 14's three-hundred-and-fifteenth round, p1923: "A
// and B faced each other at the table when C opened the talks. A's
// delegation was headed by A and included D").
func (d *doc) splitSittingOfSide(ms []meeting.Frame, r roster) int {
	if r.side < 0 || len(r.people) == 0 {
		return -1
	}
	last := -1
	for i := range ms {
		m := ms[i]
		if !m.Split || m.Sent >= r.si || r.si-m.Sent > 2 || m.Status != graph.Held || m.Mode != graph.InPerson {
			continue
		}
		if slices.ContainsFunc(m.Parts, func(p int) bool {
			a := d.Cast.Actors[p]
			return p == r.people[0] || a.Kind == graph.Person && a.Affiliation == r.side
		}) {
			last = i
		}
	}
	return last
}

// retoldSittingCity: sentence si opens by retelling a sitting with its
// city — "The talks in Canberra ran for more than two hours", "The meeting
// in Geneva lasted all day" — and the city is returned; "" otherwise (the
// two-hundred-and-fifty-fourth round, p1556).
func (d *doc) retoldSittingCity(si int) string {
	if si < 0 {
		return ""
	}
	toks := d.Sents[si].Toks
	if len(toks) < 4 || toks[0].Lower != "the" || !sittingNoun(toks[1].Lower) || toks[2].Lower != "in" {
		return ""
	}
	for _, m := range d.Ments[si] {
		if m.I == 3 && m.Kind == mention.City && m.Actor < 0 {
			return m.City
		}
	}
	return ""
}

// escortParticiples open an inverted list of companions: "Accompanying
// X were A and B".
var escortParticiples = lex("escortParticiples")

// invertedEscort reads the inverted list of companions an agency's
// readout gives after its account of the talks: "Accompanying the
// President during the meeting were A and B", "Attending the talks on
// the X side were C and D. Accompanying President Y were A and B" (the
// three-hundred-and-thirteenth round; p615, p1914). The companions sat
// with the person escorted, at the latest held meeting told at which he
// is (escortedAt, as after "Y was accompanied by A and B"). It returns
// the index after "were" (or "was") where the list starts, and the
// person escorted: a name, or "the" and a title the story has given a
// person before (all who held it, in the order named); 0 otherwise.
//
// Only the companions of a sitting: the sentence names the meeting
// ("during the meeting", "at the talks"), or follows a presence list of
// the talks ("Attending the talks were"). An arrival story's
// "Accompanying the Queen were A and B", after the welcome at the
// airport, lists the party on the trip, not those at a meeting
// (p1334, p1335, p1339 stay unread).
func (d *doc) invertedEscort(si int) (int, []int) {
	toks := d.Sents[si].Toks
	if len(toks) < 5 || !escortParticiples[toks[0].Lower] || d.Sents[si].Quoted[0] {
		return 0, nil
	}
	v := -1
	for k := 1; k < len(toks) && k <= 12; k++ {
		if toks[k].Lower == "were" || toks[k].Lower == "was" {
			v = k
			break
		}
		if !toks[k].Word && toks[k].Text != "." && toks[k].Text != "'s" {
			// "Accompanying him, as on earlier trips, were": no plain
			// subject before the verb.
			return 0, nil
		}
	}
	if v < 0 || v+1 >= len(toks) {
		return 0, nil
	}
	// The subject ends before the sitting phrase, when there is one.
	e, sitting := v, false
	for k := 2; k+2 <= v; k++ {
		if escortOccasionPreps[toks[k].Lower] && presenceDeterminers[toks[k+1].Lower] && k+2 < v && sittingNoun(toks[k+2].Lower) {
			e, sitting = k, true
			break
		}
	}
	pronoun := e == 2 && joinObjects[toks[1].Lower] && toks[1].Lower != "them"
	if !sitting && (si == 0 || attendedSittingObject(d.Sents[si-1].Toks, 1) <= 1) && !(pronoun && d.toldSitting(si-1)) {
		return 0, nil
	}
	if pronoun {
		// "X met Y for an hour. Accompanying him were A and B": the
		// pronoun stands for the first person the sentence before
		// names, whom the sitting it tells seats (issue 14's
		// four-hundred-and-forty-ninth round; p2728, p2731).
		for _, m := range d.Ments[si-1] {
			if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return v + 1, []int{m.Actor}
			}
		}
		return 0, nil
	}
	// "the President": the people the story named holding that post
	// (attachRosters takes the one at the meeting); a readout's short
	// name for its principal may stand apart in the cast (p615's
	// "President Jokowi" beside "President X Y").
	var who []int
	if toks[1].Lower == "the" {
		who = d.titleHolders(si, 2, e, false)
	}
	for _, m := range d.Ments[si] {
		if len(who) == 0 && m.I >= 1 && m.J <= e && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			who = []int{m.Actor}
		}
	}
	if len(who) == 0 {
		return 0, nil
	}
	return v + 1, who
}

// toldSitting: sentence si tells a sitting in words, "met" or a meeting
// noun ("held talks with", "met X in his office"), so a companion list
// after it is of that sitting; an arrival's "was greeted on the tarmac
// by" tells none, and "Accompanying her were" after it lists the party on
// the trip (p1334, p1339).
func (d *doc) toldSitting(si int) bool {
	for _, t := range d.Sents[si].Toks {
		if t.Lower == "met" || frame.MeetingNouns[t.Lower] {
			return true
		}
	}
	return false
}

// escortSubject is the person of the subject that ends at token e, before
// "was accompanied by": as for a leader (leaders), or a name that opens
// the sentence with a long apposition after its comma ("X, a diplomat who
// has shuttled between the capitals for years, was accompanied by Y").
func (d *doc) escortSubject(si, e int) []int {
	if ps := d.leaders(si, e); len(ps) > 0 {
		return ps
	}
	if a := d.escortPronoun(si, e); a >= 0 {
		return []int{a}
	}
	if a := d.bareTitleSubject(si, e); a >= 0 {
		return []int{a}
	}
	toks := d.Sents[si].Toks
	if e < 2 || toks[e-1].Text != "," {
		return nil
	}
	if a := d.relativeTitleSubject(si, e); a >= 0 {
		return []int{a}
	}
	for _, m := range d.Ments[si] {
		// The person opens the sentence, an honorific or title before the
		// name included: "Mrs. X, who landed at noon, was
		// accompanied at the talks by Y" (p488).
		if (m.I == 0 || m.Titled && m.TI == 0) && m.J < e && m.J < len(toks) && toks[m.J].Text == "," && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return []int{m.Actor}
		}
	}
	return nil
}

// relativeTitleSubject is the person a sentence-opening title stands for
// when a relative clause set off by commas runs between it and the escort
// verb at e: "The chancellor, who landed at noon, was accompanied in the
// talks by Y" (the two-hundred-and-eighty-eighth
// round, p1164). The title, in either case, must be the post of a person
// the story has named before (titleSubject); -1 otherwise.
func (d *doc) relativeTitleSubject(si, e int) int {
	toks := d.Sents[si].Toks
	c := slices.IndexFunc(toks, func(t text.Token) bool { return t.Text == "," })
	if c < 1 || c+1 >= e-1 || toks[c+1].Lower != "who" {
		return -1
	}
	return d.titleSubject(si, c, true)
}

// bareTitleSubject is the person a sentence-opening bare title stands
// for before "was joined by" at e: "The President was joined by X",
// "Prime Minister was joined by X". A readout calls its own principal by
// the title alone once it has named him; that is the first person the
// story names holding that post (the hundred-and-ninety-sixth round).
// -1 when the subject is more than "the" and title words, or no person
// holds the post.
func (d *doc) bareTitleSubject(si, e int) int {
	return d.titleSubject(si, e, false)
}

// titleSubject is bareTitleSubject's reading; lower lets the title words
// stand in lower case, as a story writes "The chancellor, who landed
// this morning, was accompanied by Y" of the leader it has named
// (relativeTitleSubject).
func (d *doc) titleSubject(si, e int, lower bool) int {
	toks := d.Sents[si].Toks
	from := 0
	if len(toks) > 0 && toks[0].Lower == "the" {
		from = 1
	}
	return d.titleBetween(si, from, e, lower)
}

// titleBetween is the first person the story names before sentence si
// holding the post whose title words run from token from to e (at most
// three words); -1 otherwise.
func (d *doc) titleBetween(si, from, e int, lower bool) int {
	if hs := d.titleHolders(si, from, e, lower); len(hs) > 0 {
		return hs[0]
	}
	return -1
}

// titleHolders are the people the story names before sentence si holding
// the post whose title words run from token from to e, in the order it
// first names them.
func (d *doc) titleHolders(si, from, e int, lower bool) []int {
	toks := d.Sents[si].Toks
	if e <= from || e > from+3 || e > len(toks) {
		return nil
	}
	var words []string
	for k := from; k < e; k++ {
		if !toks[k].Word || !toks[k].Cap && !lower || !mention.IsTitleWord(toks[k].Lower) {
			return nil
		}
		words = append(words, toks[k].Lower)
	}
	title := strings.Join(words, " ")
	var out []int
	for s := 0; s < si; s++ {
		for _, m := range d.Ments[s] {
			if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || slices.Contains(out, m.Actor) {
				continue
			}
			for _, p := range d.Cast.Actors[m.Actor].Positions {
				if strings.EqualFold(p.Title, title) {
					out = append(out, m.Actor)
					break
				}
			}
		}
	}
	return out
}

// participleSubject is the person of a sentence whose participle
// "accompanied by" follows the comma at c: the person named at the
// sentence's opening ("X arrived shortly after noon, accompanied by Y",
// "X, accompanied by Y, crossed the bridge"), or the one its opening "He"
// or "She" stands for (escortPronoun). The name may open the sentence at
// its title ("Foreign Minister X led the A side, assisted by Y"; issue
// 14's five-hundred-and-fifty-fourth round, p3361, the shape in p3099).
// Nil when the sentence opens with no person, or with a description ("The
// president, accompanied by").
func (d *doc) participleSubject(si, c int) []int {
	toks := d.Sents[si].Toks
	for _, m := range d.Ments[si] {
		if m.PhraseStart() != 0 {
			continue
		}
		if m.J <= c && m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			return []int{m.Actor}
		}
		return nil
	}
	if len(toks) > 1 && c > 1 && (toks[0].Lower == "he" || toks[0].Lower == "she") {
		if a := d.escortPronoun(si, 1); a >= 0 {
			return []int{a}
		}
	}
	return nil
}

// pluralJoinSubject is the position of the subject of "were joined by"
// (or "were accompanied by") at k when it stands for the people of the
// meeting just told: "they", "the two leaders", "both men" (a
// joinedPeopleNouns plural after "the two" or "both"); -1 otherwise. The
// subject may follow a fronted adverb or phrase ("There the two leaders
// were joined by X"; the two-hundred-and-thirty-fifth round), but no
// clause break ("where they were joined by X" is of the clause's place).
func pluralJoinSubject(toks []text.Token, k int) int {
	if k >= 3 && joinAdverbs[toks[k-1].Lower] {
		// "They were later joined by X": an adverb of sequence between
		// the auxiliary and the verb (the
		// three-hundred-and-thirty-seventh round).
		k--
	}
	if k < 2 || toks[k-1].Lower != "were" {
		return -1
	}
	n := k - 2
	if toks[n].Lower == "who" && n >= 4 && toks[n-1].Text == "," && joinedPeopleNouns[toks[n-2].Lower] && (toks[n-3].Lower == "two" && toks[n-4].Lower == "the" || toks[n-3].Lower == "both") {
		// "after talks between the two premiers, who were joined by X":
		// the relative's antecedent is the plural of the meeting just
		// told, as the subject "the two premiers" would be (issue 14's
		// four-hundred-and-fifty-second round, p2745). A clause break
		// before it ("after talks between the two premiers, who") opens
		// the phrase the antecedent stands in, not another clause.
		return n - 2
	}
	for e := 0; e < n; e++ {
		if frame.ClauseBreaks[toks[e].Lower] {
			// "visited the crossing, where they were joined by X": the
			// people of a clause of their own, not of the meeting told
			// before.
			return -1
		}
	}
	switch {
	case toks[n].Lower == "they":
		return n
	case joinedPeopleNouns[toks[n].Lower] && n >= 2 && toks[n-1].Lower == "two" && toks[n-2].Lower == "the":
		return n
	case joinedPeopleNouns[toks[n].Lower] && n >= 1 && toks[n-1].Lower == "both":
		return n
	}
	return -1
}

// openingPluralParticiple: the sentence opens with a plural that stands
// for the people of the meeting just told, "The two leaders", "Both men"
// (joinedPeopleNouns), and the participle's comma at c closes its clause,
// with no clause break between: "The two heads of state talked for three
// hours, accompanied by X" (the four-hundred-and-seventieth round: p2853,
// and p1543's shape). A clause of its own ("..., where they walked, accompanied by")
// is not read.
func openingPluralParticiple(toks []text.Token, c int) bool {
	n := -1
	switch {
	case len(toks) > 3 && toks[0].Lower == "the" && toks[1].Lower == "two" && joinedPeopleNouns[toks[2].Lower]:
		n = 3
	case len(toks) > 2 && toks[0].Lower == "both" && joinedPeopleNouns[toks[1].Lower]:
		n = 2
	}
	if n < 0 || c <= n {
		return false
	}
	for e := n; e < c; e++ {
		if frame.ClauseBreaks[toks[e].Lower] || toks[e].Text == ";" {
			return false
		}
	}
	return true
}

// joinAdverbs may stand between "were" and "joined by": "They were later
// joined by X", "The two leaders were then joined by Y".
var joinAdverbs = map[string]bool{"later": true, "then": true, "also": true, "subsequently": true}

// bareParticipleSubject is the person who opens sentence si when the
// participle "accompanied" at k follows that person's clause with no
// comma ("X flew in from Y on Friday accompanied by Z"): no clause break,
// no other actor and no verb-like "that" between, and at most twelve
// words. nil otherwise.
func (d *doc) bareParticipleSubject(si, k int) []int {
	toks := d.Sents[si].Toks
	ms := d.Ments[si]
	if len(ms) == 0 || ms[0].I != 0 || ms[0].Actor < 0 || ms[0].Desc || d.Cast.Actors[ms[0].Actor].Kind != graph.Person || k-ms[0].J > 12 {
		return nil
	}
	for e := ms[0].J; e < k; e++ {
		if !toks[e].Word || frame.ClauseBreaks[toks[e].Lower] || toks[e].Lower == "and" {
			return nil
		}
	}
	for _, m := range ms[1:] {
		if m.I < k && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind != graph.State {
			return nil
		}
	}
	return []int{ms[0].Actor}
}

// escortPronoun is the person a sentence-opening "He" or "She" before
// "was accompanied by" at e stands for: the story has just told that
// person at a meeting and now adds who came along ("X held talks with Y.
// He was accompanied by Z", p529; "She was accompanied by Z", p437).
// When the sentence before opens with a pronoun of its own, that one's
// antecedent is meant. -1 when the subject is no such pronoun.
func (d *doc) escortPronoun(si, e int) int {
	if e != 1 {
		return -1
	}
	a := d.ref.PronounAntecedent(si, 0)
	if a < 0 {
		return -1
	}
	if b := d.ref.PronounAntecedent(si-1, 0); b >= 0 {
		return b
	}
	return a
}

// escortedAt is the meeting a list of companions joins: the latest held,
// face-to-face one told at most three sentences before it (or in its own
// sentence) at which the people they came with are; -1 when none is.
// Companions told with no such meeting ("X was accompanied by Y on the
// flight") join nothing.
func (d *doc) escortedAt(ms []meeting.Frame, r roster) int {
	best := -1
	for i, m := range ms {
		if m.Status != graph.Held || m.Mode == graph.Call || m.Mode == graph.Virtual || m.Split && !apposedSplit(r) {
			continue
		}
		if m.Sent > r.si || r.si-m.Sent > escortWindow(r) || len(m.Parts) < 2 {
			continue
		}
		if r.they && (r.si-m.Sent != 1 && !(r.joined && r.si-m.Sent > 1) || d.personCount(m.Parts) < 2) {
			// "They" stands for the people of the meeting just told; "the
			// two leaders were joined by" may come a few sentences after
			// it, past the leaders' arrivals.
			continue
		}
		if slices.ContainsFunc(r.escorted, func(p int) bool { return !slices.Contains(m.Parts, p) }) {
			continue
		}
		best = i
	}
	if best < 0 {
		// "A was joined by C. The two sides met for two hours in P":
		// the heads' sitting told right after those who came with them
		// (sittingAfterHeads), with the heads already in it.
		for i, m := range ms {
			if k, _ := d.delegationsMet(m.Sent); m.Sent == r.si+1 && k >= 0 && m.Status == graph.Held && len(m.Parts) >= 2 &&
				!slices.ContainsFunc(r.escorted, func(p int) bool { return !slices.Contains(m.Parts, p) }) {
				best = i
			}
		}
	}
	return best
}

// hostSplitSittings: the encounters one earlier sentence told one after
// the other ("X held separate talks with A and B"), within the window of
// those who came with someone (escortWindow), when the people a passive
// list of companions came with ("X was joined by C and D") are at every
// one of them: the host's companions sat at each (issue 14's
// five-hundred-and-sixty-fourth round; p3418, p760, p2741). escortedAt passes
// over such split encounters, as a companion of one side ("A was
// accompanied by E") sat at that side's encounter only. Their indices,
// or nil when the latest such sentence has an encounter without them or
// the same sides at each (sharedBeyond).
func (d *doc) hostSplitSittings(ms []meeting.Frame, r roster) []int {
	if len(r.escorted) == 0 || !r.passive {
		return nil
	}
	for si := r.si - 1; si >= 0 && r.si-si <= escortWindow(r); si-- {
		var js []int
		for i, m := range ms {
			if m.Sent != si {
				continue
			}
			if !m.Split || m.Status != graph.Held || m.Mode == graph.Call || m.Mode == graph.Virtual || len(m.Parts) < 2 ||
				slices.ContainsFunc(r.escorted, func(p int) bool { return !slices.Contains(m.Parts, p) }) {
				return nil
			}
			js = append(js, i)
		}
		if len(js) >= 2 && !sharedBeyond(ms, js, r.escorted) {
			return js
		}
		if len(js) > 0 {
			return nil
		}
	}
	return nil
}

// sharedBeyond: someone other than the people escorted is at every one of
// the encounters js ("A dined with B on Tuesday and the two held talks on
// Wednesday. At the dinner, A was joined by C"): the same sides sat twice,
// and a list of companions is of one sitting, not of all.
func sharedBeyond(ms []meeting.Frame, js []int, escorted []int) bool {
	for _, p := range ms[js[0]].Parts {
		if slices.Contains(escorted, p) {
			continue
		}
		if !slices.ContainsFunc(js[1:], func(j int) bool { return !slices.Contains(ms[j].Parts, p) }) {
			return true
		}
	}
	return false
}

// joinedOwnSitting: a list of companions ("X was joined at the table by
// Y", "X was joined by Y for the talks") whose own sentence reads as an
// encounter of X and the companions alone, no one else, is of the
// sitting told before at which X is (escortedAt), when the sentence
// gives that encounter no other date or place: the companions came to
// the meeting, they did not hold one with X (the
// three-hundred-and-thirty-seventh round; p2057, p2058). The index of
// that earlier sitting, or -1.
func (d *doc) joinedOwnSitting(ms []meeting.Frame, r roster) int {
	if len(r.escorted) == 0 || !r.passive {
		return -1
	}
	before := slices.DeleteFunc(slices.Clone(ms), func(m meeting.Frame) bool { return m.Sent >= r.si })
	j := d.escortedAt(before, r)
	if j < 0 {
		return -1
	}
	own := false
	for _, m := range ms {
		if m.Sent != r.si {
			continue
		}
		if !d.companionsOnly(m, r) || m.Date != "" && m.Date != before[j].Date || m.Place != "" && m.Place != before[j].Place {
			return -1
		}
		own = true
	}
	if !own {
		return -1
	}
	return slices.IndexFunc(ms, func(m meeting.Frame) bool {
		return m.Sent == before[j].Sent && slices.Equal(m.Parts, before[j].Parts)
	})
}

// companionsOnly: meeting m of roster r's sentence has for participants
// only the people escorted and their companions.
func (d *doc) companionsOnly(m meeting.Frame, r roster) bool {
	return m.Sent == r.si && !slices.ContainsFunc(m.Parts, func(p int) bool {
		return !slices.Contains(r.escorted, p) && !slices.Contains(r.people, p)
	})
}

// escortWindow is how many sentences back a list of companions may
// reach for its meeting: five, or eight for a readout's "X was joined by
// Y", which closes the release after the paragraphs on what the leaders
// discussed ("President A met today with President B ... The President
// was joined by C"; the hundred-and-ninety-sixth round). The meeting must
// still be the latest held one at which X is.
//
// A plain "X was accompanied by Y" reaches five, not three: an agency's
// report tells the delegations after the quotes and the guest's arrival
// ("A met B on Monday. ... A arrived on Sunday. ... B said ... A was
// accompanied by Foreign Minister C"), four or five sentences past the
// meeting (issue 14's two-hundred-and-ninety-third round; p1794, p745,
// p956, p1169).
//
// An inverted "Accompanying X during the meeting were Y" closes a
// readout as "was joined by" does, and reaches as far (p615).
func escortWindow(r roster) int {
	if r.joined || r.inverted || r.described {
		return 8
	}
	return 5
}

// personCount is how many of the actors are people.
func (d *doc) personCount(as []int) int {
	n := 0
	for _, a := range as {
		if d.Cast.Actors[a].Kind == graph.Person {
			n++
		}
	}
	return n
}

// sideOf gives a roster's people the state it names as their side when
// nothing else has placed them.
func (d *doc) sideOf(r roster) {
	if r.side < 0 || r.home || d.Cast.Actors[r.side].Kind != graph.State {
		return
	}
	for _, p := range r.people {
		if d.Cast.Actors[p].Affiliation < 0 {
			d.Cast.Actors[p].Affiliation = r.side
		}
	}
}

// homeSideNouns name a state's side without naming it: "the military
// delegation", "the government team".
var homeSideNouns = lex("homeSideNouns")

// homeSide: the delegation noun at dn follows a noun of a state's own
// side, "the military delegation was led by X" (p368, p142): in talks
// between a state and an armed group that side is the state's. One
// lower-case word may tell the delegation's business between them ("the
// government peace delegation", "the government talks team", p546).
func homeSide(toks []text.Token, dn int) bool {
	if dn >= 1 && homeSideNouns[toks[dn-1].Lower] {
		return true
	}
	return dn >= 2 && homeSideNouns[toks[dn-2].Lower] && toks[dn-1].Word && !toks[dn-1].Cap && !functionWords[toks[dn-1].Lower]
}

// onlyState is the one state among a meeting's participants, or -1 when
// there is none or more than one (then "the government" is not told
// apart).
func (d *doc) onlyState(parts []int) int {
	st := -1
	for _, p := range parts {
		if d.Cast.Actors[p].Kind != graph.State {
			continue
		}
		if st >= 0 {
			return -1
		}
		st = p
	}
	return st
}

// ownMeeting: a meeting told in the roster's own sentence, or in one of
// the next two that names the delegation ("The delegation was received
// by Y", coref.Delegation), already holds all the people the roster lists.
func ownMeeting(ms []meeting.Frame, r roster) bool {
	for _, m := range ms {
		if m.Aside {
			continue // "X arrived after meeting Y": not the delegation's meeting
		}
		if m.Sent >= r.si && m.Sent-r.si <= 2 && !slices.ContainsFunc(r.people, func(p int) bool { return !slices.Contains(m.Parts, p) }) {
			return true
		}
	}
	return false
}

// sideAt: a roster for a named side does not describe a meeting held
// within another side, all of whose participants belong to that one
// ("A's delegation was led by X" is not at "Israeli leaders A and B met").
func (d *doc) sideAt(m meeting.Frame, side int) bool {
	if side < 0 {
		return true
	}
	other := -1
	for _, p := range m.Parts {
		a := d.Cast.Actors[p]
		t := a.Affiliation
		if a.Kind != graph.Person {
			t = p
		}
		if t < 0 || t == side || other >= 0 && t != other {
			return true
		}
		other = t
	}
	return other < 0
}

// dropRepresented removes the states, groups and organizations present
// through one of their own people (SCHEMA: participants are the people
// when the text names them).
func (d *doc) dropRepresented(parts []int) []int {
	var persons []int
	for _, p := range parts {
		if d.Cast.Actors[p].Kind == graph.Person {
			persons = append(persons, p)
		}
	}
	out := parts[:0]
	for _, p := range parts {
		if d.Cast.Actors[p].Kind != graph.Person && d.arg.RepresentedBy(p, persons) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// delegationNounBefore is the position of a delegation noun within the
// `within` words before toks[k], or -1.
// bothDelegations: the delegation noun at dn is the plural of every side,
// "the delegations", "the two delegations", "both delegations", opening
// the sentence.
func bothDelegations(toks []text.Token, dn int) bool {
	if toks[dn].Lower != "delegations" || dn > 2 {
		return false
	}
	for e := 0; e < dn; e++ {
		if l := toks[e].Lower; l != "the" && l != "two" && l != "both" {
			return false
		}
	}
	return true
}

func delegationNounBefore(toks []text.Token, k, within int) int {
	for e := k - 1; e >= 0 && e >= k-within; e-- {
		if delegationNouns[toks[e].Lower] {
			return e
		}
	}
	if c := relativeClauseBefore(toks, k, within); c >= 0 {
		// "The delegation, which arrived on Friday, was led by": the
		// noun stands before the relative clause set off by commas.
		return delegationNounBefore(toks, c, 2)
	}
	return -1
}

// sidePanelNouns name a side's negotiators the way "delegation" does, but
// only after the side they sit for: "the government panel", "the X
// panel". Alone or after a word of mediation ("the panel also includes",
// "the mediation panel") they name a body of mediators or experts.
var sidePanelNouns = lex("sidePanelNouns")

// teamNounBefore is delegationNounBefore's noun, or else a side's panel
// (sidePanel) within the words before toks[k] whose side is a state or a
// group, or the home side's ("the government panel"); "an AU panel" is
// the mediators' (p1851). -1 when there is none.
func (d *doc) teamNounBefore(si, k, within int) int {
	toks := d.Sents[si].Toks
	if dn := delegationNounBefore(toks, k, within); dn >= 0 {
		return dn
	}
	for e := k - 1; e >= 1 && e >= k-within; e-- {
		if !sidePanel(toks, e) {
			continue
		}
		if homeSideNouns[toks[e-1].Lower] {
			return e
		}
		if side := d.sideBefore(si, e); side >= 0 {
			if kd := d.Cast.Actors[side].Kind; kd == graph.State || kd == graph.Group {
				return e
			}
		}
		return -1
	}
	return -1
}

// sidePanel: toks[e] is a side's panel — a panel noun in lower case
// right after a home-side noun ("the government panel") or a capitalized
// side word ("the X panel", "the Philippine panel"), not after "The"
// opening a sentence.
func sidePanel(toks []text.Token, e int) bool {
	if e < 1 || toks[e].Cap || !sidePanelNouns[toks[e].Lower] {
		return false
	}
	// A possessive ("X's panel") is left out: a mediator's own panel is
	// named so as often as a side's.
	b := toks[e-1]
	return homeSideNouns[b.Lower] || b.Cap && b.Word && !functionWords[b.Lower]
}

// relativeClauseBefore: the `within` words before toks[k] end with a
// relative clause set off by commas (", which arrived on Friday,",
// ", who flew in overnight,"): the position of its opening comma, else
// -1. The clause holds no other comma and at most twenty words (p806).
func relativeClauseBefore(toks []text.Token, k, within int) int {
	e := k - 1
	for e >= 0 && e >= k-within && toks[e].Word && !toks[e].Cap {
		e-- // the verb's auxiliaries: "was", "had also been"
	}
	if e < 2 || toks[e].Text != "," {
		return -1
	}
	for c := e - 1; c >= 1 && c >= e-20; c-- {
		if toks[c].Text == "," {
			if relativeWords[toks[c+1].Lower] {
				return c
			}
			return -1
		}
	}
	return -1
}

// relativeWords open a relative clause: "which", "who".
var relativeWords = set("which", "who", "whose")

// gappedBy: the mention at [i, j) opens a gapped clause of a
// representation list: "A was represented by X, B by Y and C by Z", or
// after a semicolon, "A is represented by X and Y; B by Z" (issue 14's
// five-hundred-and-sixty-third round).
func gappedBy(toks []text.Token, i, j int) bool {
	if i < 1 || j >= len(toks) || toks[j].Lower != "by" {
		return false
	}
	b := i - 1
	if toks[b].Lower == "the" && b > 0 {
		b--
	}
	return toks[b].Lower == "and" || toks[b].Text == "," || toks[b].Text == ";"
}

// gappedSide: the mention at [i, j) opens a gapped clause of a member
// list, its verb left out: "and the Ukrainian one by", "and the rebel
// side by", "and the B by" with the noun left out too, after a comma in
// place of "and" ("headed by X, the Slovak one by Y"), or after a
// semicolon ("led by X; the B side by Y"); or by
// the side's possessive alone after "and" or a semicolon ("led by X;
// B's by Y", "and B's delegation by Y").
func gappedSide(toks []text.Token, i, j int) bool {
	if i >= 2 && toks[i-1].Lower == "the" && (toks[i-2].Lower == "and" || toks[i-2].Text == "," || toks[i-2].Text == ";") && j+1 < len(toks) &&
		(toks[j].Lower == "one" || delegationNouns[toks[j].Lower]) && toks[j+1].Lower == "by" {
		return true
	}
	if i >= 2 && toks[i-1].Lower == "the" && toks[i-2].Lower == "and" && j+1 < len(toks) && toks[j].Lower == "by" {
		// "The A delegation was headed by X, and the B by Y": the
		// team noun is left out with the verb, the demonym alone
		// standing for its side (the three-hundred-and-forty-first
		// round, p1987).
		return true
	}
	if i < 1 || toks[i-1].Lower != "and" && toks[i-1].Text != ";" || j+1 >= len(toks) || toks[j].Lower != "'s" && toks[j].Lower != "’s" {
		return false
	}
	k := j + 1
	if delegationNouns[toks[k].Lower] {
		k++
	}
	return k < len(toks) && toks[k].Lower == "by"
}

// headPrepositions put a team under its leader: "the B team, under X".
var headPrepositions = lex("headPrepositions")

// coordinatedSide: the mention at [i, j) opens the second of two
// coordinated teams, each with its leader set off by commas: "A's
// delegation, led by X, and the B team, under Y" (p413, p342). Without
// it Y would be listed on A's side.
func coordinatedSide(toks []text.Token, i, j int) bool {
	if i < 2 || toks[i-1].Lower != "the" && toks[i-1].Lower != "and" || toks[i-1].Lower == "the" && toks[i-2].Lower != "and" {
		return false
	}
	if j < len(toks) && (toks[j].Lower == "'s" || toks[j].Lower == "’s") {
		j++
	}
	if j+2 >= len(toks) || !delegationNouns[toks[j].Lower] || toks[j+1].Text != "," {
		return false
	}
	h := toks[j+2].Lower
	return headPrepositions[h] || ledVerbs[h] && j+3 < len(toks) && toks[j+3].Lower == "by"
}

// joinOpeners, joinObjects and presenceDeterminers shape an inverted
// presence list (invertedPresence).
var (
	joinOpeners         = lex("joinOpeners")
	joinObjects         = lex("joinObjects")
	presenceDeterminers = lex("presenceDeterminers")
	sittingTables       = lex("tableNouns")
	presenceSpans       = lex("presenceSpans")
	presenceOccasions   = lex("presenceOccasions")
)

// invertedPresence is the first token of the list a sentence opens with
// when it puts people, inverted, at a sitting told before: "Also at the
// table were A and B" (p26, p261), "Joining them at the table were A and
// B" (p265), "Joining them at that meeting was X" (p260), "Present at the
// talks were A and B", "Present for most of it were A and B", "With them
// were A and B", "Across the table from him sat A and B" (p723, p727);
// -1 otherwise. Reports give the principals' meeting
// first and who sat with them after it; "Also at issue were the
// pensions" has no sitting and lists no one.
// sideOpenedPresence is the index after the verb of an inverted member
// list that opens with the side it speaks for: "For the insurgency
// participated A, B and C", "From the Government attended X" in a
// translated readout, or -1. The side is "for" or "from" and up to four
// words, a determiner or a capital first and no punctuation, before a
// sideAttendVerbs verb; "From the X side participated" is read by the
// presence words' case already.
func sideOpenedPresence(toks []text.Token) int {
	if len(toks) < 5 || toks[0].Lower != "for" && toks[0].Lower != "from" {
		return -1
	}
	if toks[1].Lower != "the" && !toks[1].Cap {
		return -1
	}
	for e := 2; e < len(toks) && e <= 5; e++ {
		if !toks[e].Word {
			return -1
		}
		if sideAttendVerbs[toks[e].Lower] {
			if toks[e-1].Lower == "side" || e+1 >= len(toks) {
				return -1
			}
			return e + 1
		}
	}
	return -1
}

func invertedPresence(toks []text.Token) int {
	i, cue := 0, false
	if i < len(toks) && toks[i].Lower == "also" {
		i++
	}
	if i+1 < len(toks) && joinOpeners[toks[i].Lower] && joinObjects[toks[i+1].Lower] {
		i, cue = i+2, true
	} else if i < len(toks) && presenceWords[toks[i].Lower] && toks[i].Lower != "side" {
		i++
		if i < len(toks) && presenceSpans[toks[i].Lower] {
			// "Present for most of it were", "Present throughout the
			// talks were": a span of the sitting told before, in up to
			// five lower-case words.
			e := i + 1
			for e < len(toks) && e <= i+5 && toks[e].Word && !toks[e].Cap && toks[e].Lower != "was" && toks[e].Lower != "were" {
				e++
			}
			if e < len(toks) && (toks[e].Lower == "was" || toks[e].Lower == "were") {
				i, cue = e, true
			}
		}
	}
	if i+2 < len(toks) && toks[i].Lower == "at" && presenceDeterminers[toks[i+1].Lower] && sittingNoun(toks[i+2].Lower) {
		i, cue = i+3, true
		if e := sittingQualifier(toks, i); e > i && e < len(toks) && listCopula(toks[e].Lower) {
			i = e // "Present at the meeting at P were A, B and C"
		}
	}
	if i > 0 && i+2 < len(toks) && (toks[i].Lower == "on" || toks[i].Lower == "at") && presenceDeterminers[toks[i+1].Lower] && presenceOccasions[toks[i+2].Lower] {
		// "Present on the occasion were A and B": a state agency's
		// readout of a reception names no sitting noun; the occasion is
		// the reception it has just told (the three-hundred-and-twenty-
		// sixth round, p1674, p1993).
		i, cue = i+3, true
	}
	if e := attendedSittingObject(toks, i); e > i {
		i, cue = e, true // "Attending the talks (from the X side) were A and B"
	}
	if e := seatedWithName(toks, i); e > i {
		i, cue = e, true // "Seated with X were A and B"
	}
	if e := besideNameSat(toks); i == 0 && e > 0 {
		return e // "With X sat A and B", "Beside X sat two generals, A and B"
	}
	if e := fromSideThereWere(toks); i == 0 && e > 0 {
		return e // "From the X side there were A and B"
	}
	if e := otherSideOfTable(toks); i == 0 && e > 0 {
		return e // "On the other side of the table sat B, flanked by C and D"
	}
	if i == 0 && i+2 < len(toks) && tableSides[toks[i].Lower] && toks[i+1].Lower == "the" && sittingTables[toks[i+2].Lower] {
		// "Across the table (from him) sat A and B": the other side of
		// the sitting told before.
		i += 3
		if i+1 < len(toks) && toks[i].Lower == "from" && joinObjects[toks[i+1].Lower] {
			i += 2
		} else if i+2 < len(toks) && toks[i].Lower == "with" {
			// "Around the table with him were A and B", "Around the
			// table with the president were": the one with them is at
			// the sitting told before (issue 14's five-hundred-and-
			// fortieth round; p3248, p3275).
			if joinObjects[toks[i+1].Lower] {
				i += 2
			} else if toks[i+1].Lower == "the" && toks[i+2].Word {
				i += 3
			}
		}
		if i < len(toks) && toks[i].Lower == "sat" {
			return i + 1
		}
		if i+1 < len(toks) && listCopula(toks[i].Lower) && toks[i+1].Cap {
			// "Around the table were A, B and C" lists them as "sat"
			// does (issue 14's four-hundred-and-seventy-third round;
			// p860, p2875); a lower-case word after the copula
			// ("were portraits of X") lists things, not people.
			return i + 1
		}
		return -1
	}
	if !cue || i >= len(toks) || !listCopula(toks[i].Lower) {
		return -1
	}
	if toks[0].Lower == "facing" && (i+1 >= len(toks) || !toks[i+1].Cap) {
		// "Facing them were A and B" seats the other side; "Facing them
		// were charges of fraud" tells their troubles, not people.
		return -1
	}
	return i + 1
}

// sittingQualifier: at i, right after "Present at the meeting", one more
// phrase of the sitting before the list's copula — its place, "at P",
// "at the palace", or a second occasion, "and at the signing"
// (issue 14's five-hundred-and-sixty-eighth round; p1889, p1875): the
// index after it, or i. "at" or "in", then "the" and one word or up to
// three capitalised words.
func sittingQualifier(toks []text.Token, i int) int {
	j := i
	if j < len(toks) && toks[j].Lower == "and" {
		j++
	}
	if j+1 >= len(toks) || toks[j].Lower != "at" && toks[j].Lower != "in" {
		return i
	}
	j++
	if toks[j].Lower == "the" {
		if j+1 >= len(toks) || !toks[j+1].Word {
			return i
		}
		return j + 2
	}
	e := j
	for e < len(toks) && e < j+3 && toks[e].Word && toks[e].Cap {
		e++
	}
	if e == j {
		return i
	}
	return e
}

// attendedSittingObject: at i, right after "Attending" opens the sentence,
// the sitting attended — "the talks", "the meeting" (presenceDeterminers,
// then a sitting noun) — and perhaps the side the list is of, "from (the)
// X side" in up to four words: the index after them, where "were" should
// stand; i when the words are not there. "Attending the talks were A and
// B" lists people at the talks told before, as "Present were" does (the
// two-hundred-and-fifty-fourth round, p1557).
func attendedSittingObject(toks []text.Token, i int) int {
	if i != 1 && !(i == 2 && toks[0].Lower == "also") || toks[i-1].Lower != "attending" {
		return i
	}
	if i+1 >= len(toks) || !presenceDeterminers[toks[i].Lower] || !sittingNoun(toks[i+1].Lower) {
		return i
	}
	e := i + 2
	if e < len(toks) && toks[e].Lower == "from" {
		for f := e + 1; f < len(toks) && f <= e+4; f++ {
			if toks[f].Lower == "side" {
				e = f + 1
				break
			}
		}
	}
	return e
}

// seatedWithName: at i, the sentence opens "Seated with" (or "Sitting
// with") and a capitalised name of up to four words: the index after the
// name, where "were" should stand; i otherwise. "Seated with X were A and
// B" lists those on X's side of the sitting told before (the two-hundred-
// and-fifty-fourth round, p1556).
func seatedWithName(toks []text.Token, i int) int {
	if i != 0 || len(toks) < 4 || !seatedOpeners[toks[0].Lower] || toks[1].Lower != "with" {
		return i
	}
	e := 2
	for e < len(toks) && e <= 5 && toks[e].Cap {
		e++
	}
	if e == 2 {
		return i
	}
	return e
}

// besideNameSat: the sentence opens "With X sat" or "Beside X sat", X
// one to four capitalized words (a title and a name): the index after
// "sat", -1 otherwise. Old wire copy seats a delegation's members by its
// head, inverted, after the sentence that told the sitting: "Beside Nam
// sat two generals, A and B" (issue 14's four-hundred-and-fifth round;
// p697, p2465); the name after the preposition is the head, no person
// of its own.
func besideNameSat(toks []text.Token) int {
	if len(toks) < 5 || !besideOpeners[toks[0].Lower] {
		return -1
	}
	e := 1
	for e < len(toks) && e <= 4 && toks[e].Cap && toks[e].Word {
		e++
	}
	if e == 1 || e >= len(toks) || toks[e].Lower != "sat" {
		return -1
	}
	return e + 1
}

// besideOpeners open "With X sat A and B", "Beside X sat A and B".
var besideOpeners = lex("besideOpeners")

// seatedOpeners open "Seated with X were A and B".
var seatedOpeners = lex("seatedOpeners")

// fromSideThereWere: the sentence opens "From (the) X side there were"
// (or "was", "there" left out): the index after the verb, -1 otherwise.
// A readout lists each side's people at the talks it has told so, the
// second side after the first's "Attending the talks from X side were"
// (the two-hundred-and-fifty-fourth round, p1557).
func fromSideThereWere(toks []text.Token) int {
	if len(toks) < 5 || toks[0].Lower != "from" {
		return -1
	}
	for e := 1; e+1 < len(toks) && e <= 5; e++ {
		if toks[e].Lower != "side" {
			continue
		}
		v := e + 1
		if toks[v].Lower == "there" {
			v++
		}
		if v < len(toks) && (toks[v].Lower == "were" || toks[v].Lower == "was") {
			return v + 1
		}
		return -1
	}
	return -1
}

// otherSideOfTable: the sentence opens "On the other side of the table
// sat" (or "At the far end of the table sat"): a preposition, up to five
// lower-case words ending in "of the" and a table noun, then "sat": the
// index after "sat", -1 otherwise. Those listed sat at the sitting told
// before, facing its other people, as "Across the table sat A and B" do
// (the two-hundred-and-fifty-fourth round, p1556).
func otherSideOfTable(toks []text.Token) int {
	if len(toks) < 6 || toks[0].Lower != "on" && toks[0].Lower != "at" {
		return -1
	}
	for e := 2; e+2 < len(toks) && e <= 6; e++ {
		if !toks[e].Word || toks[e].Cap {
			return -1
		}
		if toks[e].Lower == "of" && toks[e+1].Lower == "the" && sittingTables[toks[e+2].Lower] {
			if e+3 < len(toks) && toks[e+3].Lower == "sat" {
				return e + 4
			}
			return -1
		}
	}
	return -1
}

// withNamedPresence is the first token of the list after "With <person>
// are" (or "is", "was", "were") when sentence si opens so: "The French
// delegation is small. With M. X are M. A and M. B" names who sits at X's
// side (the two-hundred-and-thirty-fifth round; "With them were A and
// B" is invertedPresence's). -1 otherwise; the person must be named
// right after "With", a name and nothing else before the verb. The name
// may take its honorific or title ("With Mr. X were", "With General X
// was": the two-hundred-and-seventy-fourth round, p1680, p791), which the
// mention holds before its name; then the person must be named in the two
// sentences before, at the meeting the list joins.
func (d *doc) withNamedPresence(si int) int {
	toks := d.Sents[si].Toks
	if len(toks) < 5 || toks[0].Lower != "with" {
		return -1
	}
	for _, m := range d.Ments[si] {
		if m.I != 1 && m.PhraseStart() != 1 {
			continue
		}
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || m.J >= len(toks) {
			return -1
		}
		switch toks[m.J].Lower {
		case "are", "is", "was", "were":
			if m.I == 1 || d.actorNamedJustBefore(si, m.Actor, 2) {
				return m.J + 1
			}
		}
		return -1
	}
	return -1
}

// withNamedCompanions reads "With <title> <person> were A and B" when
// the person was not named in the two sentences before, so that
// withNamedPresence leaves it: a report tells the principals' meeting,
// then one side's companions, then the other's ("The Indian leader was
// accompanied by A. With President X were B and C"), and a paragraph
// on the host may come between (the three-hundred-and-fifty-eighth
// round; p2180, p1874). The list is of the person's companions, so it
// joins only a meeting the person is at, within the inverted lists'
// window (escortedAt), not whatever sitting was told last. The index
// after the verb and the person, or 0 and nil.
func (d *doc) withNamedCompanions(si int) (int, []int) {
	toks := d.Sents[si].Toks
	if len(toks) < 5 || toks[0].Lower != "with" || d.Sents[si].Quoted[0] {
		return 0, nil
	}
	for _, m := range d.Ments[si] {
		if m.I == 1 || m.PhraseStart() != 1 {
			// A bare name right after "With" is withNamedPresence's.
			continue
		}
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person || m.J+1 >= len(toks) {
			return 0, nil
		}
		switch toks[m.J].Lower {
		case "was", "were", "is", "are":
			// The present tense lists them too, in a report of talks
			// still going on: "The French delegation is small. With M. X
			// are A and B" (issue 14's four-hundred-and-second round,
			// p1444: read as a bare name while "M." stayed in it).
			if !d.actorNamedJustBefore(si, m.Actor, 2) {
				return m.J + 1, []int{m.Actor}
			}
		}
		return 0, nil
	}
	return 0, nil
}

// actorNamedJustBefore: the actor is named in one of the n sentences before si.
// "With Mr. X were A and B" lists those at a meeting of X only when X was
// just told of; one the story has not named sat with them elsewhere.
func (d *doc) actorNamedJustBefore(si, actor, n int) bool {
	for k := si - 1; k >= 0 && k >= si-n; k-- {
		for _, m := range d.Ments[k] {
			if m.Actor == actor {
				return true
			}
		}
	}
	return false
}

// takePartVerbs open, with "part", an inverted list of those at a
// meeting told before: "Taking part were A, B and C".
var takePartVerbs = lex("takePartVerbs")

// takingPartList is the first token of the list a sentence opens with
// when it names, inverted, who took part in a meeting or gathering told
// before ("The talks opened on Monday. Taking part were A, B and C";
// "Also taking part in the talks were A and B"; the
// two-hundred-and-thirty-fifth round): a takePartVerbs word and "part",
// perhaps "in" and up to five lower-case words of the meeting, then
// "was" or "were". -1 otherwise; "Taking part in the elections is a
// right" has no "was" or "were" after its span.
func takingPartList(toks []text.Token) int {
	i := 0
	if i < len(toks) && toks[i].Lower == "also" {
		i++
	}
	if i+2 >= len(toks) || !takePartVerbs[toks[i].Lower] || toks[i+1].Lower != "part" {
		return -1
	}
	i += 2
	if toks[i].Lower == "in" {
		e := i + 1
		for e < len(toks) && e <= i+6 && toks[e].Word && !toks[e].Cap && !listCopula(toks[e].Lower) {
			e++
		}
		i = e
	}
	if i >= len(toks) || !listCopula(toks[i].Lower) {
		return -1
	}
	return i + 1
}

// takingPartNoun: "Taking part in the conversation were A and B" names
// the sitting it lists by its noun, so when the meeting told last has no
// such noun in its sentence ("discussed at the meeting of C and D last
// month", retold) the list is of the latest held meeting before it whose
// sentence has the noun ("X had a conversation with Y", "the talks"; a
// sitting noun or a joinedTalkNoun; the five-hundred-and-twenty-second
// round, p3168, p2926). best otherwise.
func (d *doc) takingPartNoun(ms []meeting.Frame, r roster, best int) int {
	toks := d.Sents[r.si].Toks
	i := 0
	if len(toks) > 0 && toks[0].Lower == "also" {
		i++
	}
	if i+4 >= len(toks) || toks[i+2].Lower != "in" || toks[i+3].Lower != "the" || !sittingNoun(toks[i+4].Lower) && !joinedTalkNouns[toks[i+4].Lower] {
		return best
	}
	noun := toks[i+4].Lower
	has := func(m meeting.Frame) bool {
		return slices.ContainsFunc(d.Sents[m.Sent].Toks, func(t text.Token) bool { return t.Lower == noun })
	}
	if has(ms[best]) {
		return best
	}
	for j := best - 1; j >= 0; j-- {
		m := ms[j]
		if m.Status == graph.Held && m.Mode != graph.Call && !m.Split && m.Sent < ms[best].Sent && r.si-m.Sent <= 10 && len(m.Parts) >= 2 && has(m) {
			return j
		}
	}
	return best
}

// listCopula is the verb an inverted list of those at a sitting turns on:
// "were" or "was" in a report of the day before, and "are" or "is" in a
// same-day dispatch that tells the sitting still going on ("Taking part
// are A, B and C", "Taking part on the X side are A and B"; issue 14's
// three-hundred-and-ninety-fifth round, p1825, p2403). The list after it
// still has to name people for any roster to form.
func listCopula(l string) bool {
	return l == "were" || l == "was" || l == "are" || l == "is"
}

// tableSides open an inverted list of those seated at the other side of
// a table: "Across the table from him sat A and B".
var tableSides = lex("tableSides")

// sittingNoun: where people sit together at a meeting: "the table", "the
// talks", "that meeting", "the dinner".
// sideSittingAttended: "side" at k is followed, past a comma, by the
// sitting's definite noun and its passive of attendance ("On the X side
// the talks were attended by A and B", "On the Y side, the meeting was
// attended by C"; issue 14's three-hundred-and-fifteenth round, p1922-
// p1926): the index right after "by", or -1. The sentence names the side
// first and its people after the verb, so the list is that side's. The
// sitting may be told by the pronoun "it" in place of its noun.
func sideSittingAttended(toks []text.Token, k int) int {
	e := k + 1
	if e < len(toks) && toks[e].Text == "," {
		e++
	}
	if e+3 < len(toks) && toks[e].Lower == "it" {
		// "On the X side it was attended by A and B": "it" stands for
		// the sitting the sentences before told ("The meeting was
		// attended by C and D. On the Y side it was attended by A"), as
		// a readout or an agency lists each side's people in turn
		// (issue 14's four-hundred-and-twenty-eighth round; p2602,
		// p1901).
		if toks[e+1].Lower == "was" && toks[e+2].Lower == "attended" && toks[e+3].Lower == "by" {
			return e + 4
		}
		return -1
	}
	if e+4 >= len(toks) || toks[e].Lower != "the" || !sittingNoun(toks[e+1].Lower) {
		return -1
	}
	if v := toks[e+2].Lower; v != "was" && v != "were" || toks[e+3].Lower != "attended" || toks[e+4].Lower != "by" {
		return -1
	}
	return e + 5
}

func sittingNoun(l string) bool {
	return sittingTables[l] || frame.MeetingNouns[l] || eventNouns[l] || sessionNouns[l]
}

// dropUnfilledSides drops a meeting told by a modified plural noun of
// people before its sides ("Senior officials of A and B met", "The water
// commissioners of A and B met") whose sides the story's rosters did not
// all replace by their people: the officials' talks are then told again
// by those who led them ("A's envoy led her country's team in the talks
// with B's minister"), and the sides alone would pair the states with them.
func (d *doc) dropUnfilledSides(ms []meeting.Frame) []meeting.Frame {
	return slices.DeleteFunc(ms, func(m meeting.Frame) bool {
		return m.ModifiedSides && slices.ContainsFunc(m.Parts, func(a int) bool { return d.IsCollective(a) })
	})
}

// foldStateMeetings folds a held meeting told by its sides alone ("A and
// B held talks in X on Tuesday") into the meeting the story tells of the
// same occasion by the people who sat for those sides ("A's minister said
// after meeting B's minister, Y"): the sides' report and the people's are
// one encounter, and SCHEMA takes the people when the text names them
// (p412, p314). The people's meeting must stand for every side, on the
// very day the sides' report gives, in the same place or none: a report
// of the month alone may be an earlier round, and a side left without a
// person keeps the sides' meeting apart.
func (d *doc) foldStateMeetings(ms []meeting.Frame) []meeting.Frame {
	drop := make([]bool, len(ms))
	for i, m := range ms {
		if m.Status != graph.Held || len(m.Parts) < 2 || m.Date == "" || slices.ContainsFunc(m.Parts, d.isPerson) {
			continue
		}
		for j := range ms {
			o := &ms[j]
			if j == i || drop[j] || o.Status != graph.Held || !sameDay(m, *o) || !samePlace(m.Place, o.Place) || !sameMode(m, *o) {
				continue
			}
			persons := slices.DeleteFunc(slices.Clone(o.Parts), func(p int) bool { return !d.isPerson(p) })
			if len(persons) < 2 || !d.standsForSides(m.Parts, persons) {
				continue
			}
			if o.Place == "" {
				o.Place = m.Place
			}
			if o.Date == "" {
				o.Date = m.Date
			}
			drop[i] = true
			break
		}
	}
	out := ms[:0]
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// standsForSides: persons stand for every one of sides. A side none of
// them is known to serve may be that of one whose side the story never
// says ("A's chief negotiator X met Y in Riga": Y, of no stated side, sat
// for B; p261, p320, p430), as long as one side is known to sit there and
// there are as many such people as sides left over.
func (d *doc) standsForSides(sides, persons []int) bool {
	unknown := 0
	for _, p := range persons {
		// A post of no organization ("trade undersecretary X") states no
		// side either.
		if x := d.Cast.Actors[p]; x.Affiliation < 0 && !slices.ContainsFunc(x.Positions, func(q actors.Position) bool { return q.Org >= 0 }) {
			unknown++
		}
	}
	left := 0
	for _, a := range sides {
		if !d.arg.RepresentedBy(a, persons) {
			left++
		}
	}
	return left == 0 || left < len(sides) && left <= unknown
}

// sameDay: the people's meeting is of the sides' day — it gives that day,
// or it gives no time at all and is told in the sentence right after the
// sides' ("A and B resumed talks on Wednesday. A's delegation was headed
// by X and B's by Y. The two ministers met for four hours"; p530, p297, p362):
// the sentence that names who sat for the sides continues the report of
// that day's talks. A month, or a day of its own, may be another round.
func sameDay(sides, people meeting.Frame) bool {
	if people.Date == sides.Date {
		return true
	}
	return people.Date == "" && people.Sent > sides.Sent && people.Sent-sides.Sent <= 2
}

func (d *doc) isPerson(a int) bool { return d.Cast.Actors[a].Kind == graph.Person }

// sameMode: two reports' modes agree, or one is unknown.
func sameMode(a, b meeting.Frame) bool {
	return a.Mode == b.Mode || a.Mode == graph.UnknownMode || b.Mode == graph.UnknownMode
}

// samePlace: two reports' places agree, or one gives none.
func samePlace(a, b string) bool {
	return a == "" || b == "" || a == b
}

// ofPrepositions tie a person to the noun before them: "adviser to Y",
// "sister of Z", "envoy for W".
var ofPrepositions = set("to", "of", "for")

// apposedAdviserTo: "A, Political Advisor to President Y": a capitalized
// relation noun before "to" at ps-1 in an apposition a comma opens at
// most three words before it relates the member to Y, who is none of the
// list; "to" sits inside no title the way "of" does ("Minister of
// State"). The five-hundred-and-twelfth round, p1651, p2466.
func apposedAdviserTo(toks []text.Token, ps, from int) bool {
	if toks[ps-1].Lower != "to" {
		return false
	}
	for e := ps - 2; e > from && e >= ps-5; e-- {
		if toks[e].Text == "," {
			return true
		}
		if !toks[e].Word || !toks[e].Cap {
			return false
		}
	}
	return false
}

// titleRunStart moves i back over the title words before it that the
// mention left out: "of leader X" is "of" a title and a name.
// ceremonyNouns: an act told before, whose chair a list names
// (roster.chaired).
var ceremonyNouns = set("ceremony")

// apposedToRelatedTitle: the name at ps follows a comma that closes "a
// relation noun, of or to, the, a capitalized title" ("envoy of the
// President of B, Z", "adviser to the Prime Minister, Z"): Z is apposed to the title of the one a listed member is related
// to. "the presidents of Argentina, Z" (no "the" after "of") and "the
// President of Argentina, Z" (no relation noun before the title) list Z.
// The relation noun must follow a comma (up to two lower-case words
// before it), apposed to a member; the phrase stays after from, where the
// list begins. Read only in a chair's list.
func apposedToRelatedTitle(toks []text.Token, ps, from int) bool {
	if ps < 2 || toks[ps-1].Text != "," {
		return false
	}
	e := ps - 2
	for e > from && (toks[e].Cap && toks[e].Word || toks[e].Lower == "of" || toks[e].Lower == "the") {
		e--
	}
	if e <= from || e+3 >= ps || !toks[e].Word || toks[e].Cap {
		return false
	}
	if !(toks[e+1].Lower == "of" || toks[e+1].Lower == "to") || toks[e+2].Lower != "the" || !toks[e+3].Cap {
		return false
	}
	// The relation noun is itself apposed to a member (", special envoy
	// of"): "by the co-chairmen of the Group, X" names X as the head.
	p := e
	for p > from && p > e-3 && toks[p].Word && !toks[p].Cap {
		p--
	}
	return toks[p].Text == ","
}

func titleRunStart(toks []text.Token, i int) int {
	for i > 0 && toks[i-1].Word && mention.IsTitleWord(toks[i-1].Lower) {
		i--
	}
	return i
}

// chairVerbs: talks "chaired by" or "convened by" someone were run by
// them (also read by roles, for brokering).
var chairVerbs = lex("chairVerbs")

// chairedObjects are talks that a chair runs: "the talks", "the round",
// "the session".
var chairedObjects = lex("chairedObjects")

// futurePassive: the passive verb at k is a future one, "will be
// represented by", "would be represented by": a plan, no one's presence.
func futurePassive(toks []text.Token, k int) bool {
	if k < 2 || toks[k-1].Lower != "be" {
		return false
	}
	switch toks[k-2].Lower {
	case "will", "would", "shall":
		return true
	}
	return false
}

// chairAgent: the word at k is a chair's passive verb, "chaired by",
// "presided over by" or "presided by" (as Latin American and African
// agencies write it): the index after "by", where the chair is named, or
// -1.
func chairAgent(toks []text.Token, k int) int {
	if k < 0 || k >= len(toks) {
		return -1
	}
	b := k + 1 // where "by" should stand
	switch w := toks[k].Lower; {
	case chairVerbs[w] || passiveOpenVerbs[w]:
		if b < len(toks) && chairAdverbs[toks[b].Lower] {
			// "were chaired throughout by X", "was opened formally by
			// Y" (issue 14's five-hundred-and-tenth round; p3093).
			b++
		}
	case w == "presided":
		if b < len(toks) && toks[b].Lower == "over" {
			b++
		}
	default:
		return -1
	}
	if b < len(toks) && toks[b].Lower == "by" {
		return b + 1
	}
	return -1
}

// passiveOpenVerbs tell, passive before "by", the one who opened a
// sitting ("The session was opened by the foreign minister, X"): the
// opener speaks at it, as its chair does (p3096, p2404). Roles do not
// read them: a host who opens talks brokers nothing thereby.
// chairAdverbs may stand between a chair's verb and its "by".
var (
	passiveOpenVerbs = lex("passiveOpenVerbs")
	chairAdverbs     = lex("chairAdverbs")
)

// chairedSittings: besides talks (chairedObjects), a meeting, summit or
// ceremony has a chair who sits at it: "The meeting, held at the town
// hall, was chaired by X", "The ceremony was presided over by Y" (issue
// 14's four-hundred-and-fiftieth round; p110, p839, p2063, p2323).
var chairedSittings = lex("chairedSittings")

// headedDelegationAfter: past k a delegation noun opens a clause of its
// own ("and the B delegation was headed by Y"); "in the presence of the
// delegations" is none.
func headedDelegationAfter(toks []text.Token, k int) bool {
	for e := k + 1; e+1 < len(toks); e++ {
		if delegationNouns[toks[e].Lower] && (toks[e+1].Lower == "was" || toks[e+1].Lower == "were") {
			return true
		}
	}
	return false
}

// chairedTalksSubject: the chair verb at k is a held passive whose
// subject, opening the sentence, is talks or a sitting: "The round ... is
// chaired by", "The opening session was chaired by", "The meeting was
// presided over by". A future ("will be chaired") is no meeting held, and
// a person before the verb makes the sentence another's (p809).
func chairedTalksSubject(toks []text.Token, k int) bool {
	if k < 2 {
		return false
	}
	if toks[k-1].Lower == "and" {
		// "The session was opened by A and chaired by B": the second
		// passive shares the first's subject.
		for j := k - 2; j >= 2; j-- {
			if toks[j].Text == "," || toks[j].Text == ";" {
				break
			}
			if chairAgent(toks, j) > 0 && toks[j-1].Lower != "and" {
				return chairedTalksSubject(toks, j)
			}
		}
		return false
	}
	switch toks[k-1].Lower {
	case "is", "was", "were", "are", "been":
	default:
		return false
	}
	if toks[k-2].Lower == "will" || toks[k-2].Lower == "would" {
		return false
	}
	last := 3
	if passiveOpenVerbs[toks[k].Lower] {
		// "The session was opened by X", its noun right after the
		// article: "The Executive Council session was opened by X" is a
		// named body's sitting, whose talks on its sidelines X opened
		// nothing of (p150).
		last = 1
	}
	for e := 0; e < k && e <= last; e++ {
		if chairedObjects[toks[e].Lower] && (e == 0 || !toks[e].Cap) {
			return true
		}
		if chairedSittings[toks[e].Lower] && (e == 0 || !toks[e].Cap) {
			// "The meeting was chaired by A's X, and the B delegation
			// was headed by Y": the chair is one side's head at talks
			// of two, read with the other side's list (p265).
			return !headedDelegationAfter(toks, k)
		}
	}
	return false
}

// audienceVerbs tell, in "Among those who listened were", that those listed
// sat in the audience of a gathering.
var audienceVerbs = lex("audienceVerbs")

// amongAudience: the sentence opens "Among those who <audienceVerbs>" or
// "Among the <noun> who <audienceVerbs>" and, past up to six more words
// with no comma ("from the round table", "in the front rows"), "were"; the
// index after "were", where the list of those present begins, or -1. The
// people listed sat at the gathering the story has just told (the
// two-hundred-and-eighty-ninth round): reports of a summit's opening name
// its heads of government as those who listened to the host's address.
// Only a verb of attending an address opens it: "Among those who died
// were" lists no one at a meeting.
func amongAudience(toks []text.Token) int {
	if len(toks) < 5 || toks[0].Lower != "among" {
		return -1
	}
	w := slices.IndexFunc(toks[:min(len(toks), 8)], func(t text.Token) bool { return t.Lower == "who" })
	if w < 2 || w+1 >= len(toks) || !audienceVerbs[toks[w+1].Lower] {
		return -1
	}
	for e := w + 2; e < len(toks) && e <= w+8; e++ {
		if toks[e].Text == "," || toks[e].Cap {
			return -1
		}
		if toks[e].Lower == "were" {
			return e + 1
		}
	}
	return -1
}

// guestListNouns name those a host entertained: "Among the guests were".
var guestListNouns = lex("guestNouns")

// amongGuests: the sentence opens "Among the guests were" or, naming the
// occasion in at most four words, "Among the guests at the luncheon
// were"; the index after "were", where the list of those present begins,
// or -1. The people listed sat at the meal or meeting the story has just
// told (issue 14's five-hundred-and-thirty-ninth round: a dinner given in
// honour of a visitor, then its guests; a signing ceremony, then the heads
// of state among its guests). "Among the guests expected are" tells no
// one present and stays unread.
func amongGuests(toks []text.Token) int {
	if len(toks) < 5 || toks[0].Lower != "among" || toks[1].Lower != "the" || !guestListNouns[toks[2].Lower] {
		return -1
	}
	if toks[3].Lower == "were" {
		return 4
	}
	if toks[3].Lower != "at" {
		return -1
	}
	for e := 4; e < len(toks) && e <= 8; e++ {
		if toks[e].Lower == "were" {
			p := toks[e-1].Lower
			if e > 4 && (mealNouns[p] || eventNouns[p] || frame.MeetingNouns[p]) {
				return e + 1
			}
			return -1
		}
		if !toks[e].Word {
			return -1
		}
	}
	return -1
}

// receivedWithList: the sentence opens "Received with" and, within ten
// tokens and no comma, "were" or "was": the index after "with", where the
// list of those at the reception told before begins (the one named after
// "with" among them), or -1. Agency readouts of an audience name who
// received a guest beside the host, or who was received beside a guest,
// in the sentence after it (issue 14's five-hundred-and-fortieth round;
// p3214, p3273, p3274, p3277); the sentence tells no reception of its own.
func receivedWithList(toks []text.Token) int {
	if len(toks) < 5 || toks[0].Lower != "received" || toks[1].Lower != "with" {
		return -1
	}
	for e := 2; e < len(toks) && e <= 12; e++ {
		if t := toks[e].Text; t == "," || t == ";" || t == ":" || t == "." {
			return -1
		}
		if toks[e].Lower == "were" || toks[e].Lower == "was" {
			return 2
		}
	}
	return -1
}

// namedThey: the sentence opens "They were" and a capitalized word, a
// name or a title: the index of that word, where the list of those the
// sentence before met as a group begins, or -1. Agency readouts tell the
// reception of "the foreign ministers of three countries" and name them
// in the next sentence (issue 14's five-hundred-and-fortieth round; p3272,
// p3277); "They were joined by", "They were greeted" name no group.
func namedThey(toks []text.Token) int {
	if len(toks) < 4 || toks[0].Lower != "they" || toks[1].Lower != "were" || !toks[2].Word || !toks[2].Cap {
		return -1
	}
	return 2
}

// pronounAttended: the sentence opens "It was attended by" (or "It was
// also attended by"): the index after "by", where the list of those
// present begins, or -1. "It" stands for the meeting or gathering the
// sentence before told ("The meeting was chaired by X. It was attended by
// A, B and C"; the two-hundred-and-eighty-ninth round): an agency's way
// of listing a summit's heads of state after its chair. The meeting noun
// as subject ("The meeting was attended by") is read in package meeting.
func pronounAttended(toks []text.Token) int {
	if len(toks) < 5 || toks[0].Lower != "it" || toks[1].Lower != "was" {
		return -1
	}
	e := 2
	if toks[e].Lower == "also" {
		e++
	}
	if e+1 < len(toks) && toks[e].Lower == "attended" && toks[e+1].Lower == "by" {
		return e + 2
	}
	return -1
}

// activeCompanion reads, at k, a companion told in the active voice: "X
// accompanied Y", "X sat beside Y" — a person named right before the
// verb (activeEscortVerbs) or before "sat" and a besideWords word, and a
// person named right after it. Y is at the meeting the story has just
// told; X came with Y to it, as after "Y was accompanied by X"
// (escortedAt joins the list only to a meeting Y is at). A report that
// has seated the principals often places each one's minister so ("The
// foreign secretary accompanied the prime minister, and the foreign
// minister sat beside the premier"; issue 14's three-hundred-and-seventh
// round, p1874). The subject and object actors, or -1, -1.
func (d *doc) activeCompanion(si, k int) (int, int) {
	toks := d.Sents[si].Toks
	o := -1
	switch {
	case activeEscortVerbs[toks[k].Lower]:
		o = k + 1
	case toks[k].Lower == "sat" && k+1 < len(toks) && besideWords[toks[k+1].Lower]:
		o = k + 2
	}
	if o < 0 || k == 0 || o >= len(toks) {
		return -1, -1
	}
	o2 := o // "accompanied al-Sarraj": the object's name after its particle
	for o2 < len(toks) && o2 < o+2 && (particles[toks[o2].Lower] && !toks[o2].Cap || toks[o2].Text == "-") {
		o2++
	}
	subj, obj := -1, -1
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if m.J == k {
			subj = m.Actor
		}
		if m.I == o || m.PhraseStart() == o || o2 > o && m.I == o2 {
			obj = m.Actor
		}
	}
	if obj < 0 {
		obj = d.describedObject(si, o)
	}
	if subj < 0 && obj >= 0 {
		subj = d.apposedCompanion(si, k)
	}
	if subj < 0 || obj < 0 || subj == obj {
		return -1, -1
	}
	return subj, obj
}

// apposedCompanion finds the subject of an active companion verb at k
// that stands apart from it by an apposition closed by a comma: "X, the
// Commonwealth Secretary, accompanied Y", "X, who co-chairs the group,
// accompanied Y". Old broadsheets and agencies name a minister's
// companion so, the post between commas after the name (issue 14's
// four-hundred-and-twenty-sixth round: p2588, p1062, p1776, p2348). The
// apposition holds up to twelve words and no other person; the person
// whose name ends at its opening comma is the subject, or -1.
func (d *doc) apposedCompanion(si, k int) int {
	toks := d.Sents[si].Toks
	if k < 3 || toks[k-1].Text != "," {
		return -1
	}
	c := -1
	for g := k - 2; g > 0 && g >= k-13; g-- {
		if toks[g].Text == "," {
			c = g
			break
		}
		if toks[g].Text == ";" || toks[g].Text == "\"" {
			return -1
		}
	}
	if c < 0 {
		return -1
	}
	subj := -1
	for _, m := range d.Ments[si] {
		if m.Actor < 0 || m.Desc || d.Cast.Actors[m.Actor].Kind != graph.Person {
			continue
		}
		if m.I > c && m.I < k {
			// another person inside the apposition: whose companion
			// the verb tells is unclear.
			return -1
		}
		if m.J == c {
			subj = m.Actor
		}
	}
	return subj
}

// companionList is the coordinated subject that ends with the companion
// subj right before the escort verb at k: "A, B and C accompanied Y",
// "Foreign Minister A and Interior Minister B accompanied Y". Walking
// back from subj, each person named before joins while only a comma or
// "and" and then the next one's titles stand between them. Ministers are
// listed so after a visit's talks to say who came with the guest (issue
// 14's four-hundred-and-thirtieth round; p2613, p2584, p1291); read as
// the last name alone, the others stayed out of the meeting.
func (d *doc) companionList(si, subj, k int) []int {
	toks := d.Sents[si].Toks
	var ms []mention.Mention
	for _, m := range d.Ments[si] {
		if m.J > k {
			break
		}
		if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 || ms[len(ms)-1].J != k || ms[len(ms)-1].Actor != subj {
		return []int{subj}
	}
	people := []int{subj}
	for i := len(ms) - 1; i > 0; i-- {
		if !listGap(toks, ms[i-1].J, ms[i].I) {
			break
		}
		if !slices.Contains(people, ms[i-1].Actor) {
			people = append([]int{ms[i-1].Actor}, people...)
		}
	}
	return people
}

// listGap: tokens [i, j) between two names of one list — a comma or
// "and", then at most the next one's titles ("and Interior Minister").
func listGap(toks []text.Token, i, j int) bool {
	if j <= i || j-i > 6 || toks[i].Text != "," && toks[i].Lower != "and" {
		return false
	}
	for e := i + 1; e < j; e++ {
		t := toks[e]
		if !(t.Lower == "and" || t.Text == "'s" || t.Cap && !frame.LooksVerb(toks, e) || titleHeads[t.Lower] || titleMods[t.Lower]) {
			return false
		}
	}
	return true
}

// activeEscortVerbs and besideWords tell a companion in the active voice
// (activeCompanion): "X accompanied Y", "X sat beside Y".
var (
	activeEscortVerbs = lex("activeEscortVerbs")
	besideWords       = lex("besideWords")
)

// signerListNouns name those who signed a text, before the copula of
// their list: "The signers were A, B and C" (the lexicon's
// signatoryListNouns, which roles/signatorylist.go reads as sides).
var signerListNouns = lex("signatoryListNouns")

// signersCopula: after the signers' noun at k, maybe a side phrase of up
// to four words ending in "side" ("on the British side"), a past copula
// ("were", "was") opens the list of those who signed at a sitting the
// story has just told (issue 14's four-hundred-and-eleventh round: a
// meeting of unnamed delegates, "X and Y delegates met ... and signed",
// retold by its signers, p2503; a signing at a ceremony, p2500, p2501).
// The index of the list's first word, or 0. "The signatories are" (the
// present) names an accord's parties, no sitting, and stays unread.
func signersCopula(toks []text.Token, k int) int {
	e := k + 1
	if e < len(toks) && toks[e].Lower == "on" {
		for g := e + 1; g < len(toks) && g <= e+4; g++ {
			if toks[g].Lower == "side" {
				e = g + 1
				break
			}
		}
	}
	if e+1 < len(toks) && (toks[e].Lower == "were" || toks[e].Lower == "was") {
		return e + 1
	}
	return 0
}

// apposedSplit: a companion told in the active voice ("X accompanied
// Y") names the one he came with, and so the encounter: one of several
// a sentence told ("Talks between A and B opened and the two delegations
// met", read as the states' talks and the delegations' sitting) serves
// when Y is at it (escortedAt), as the broadsheets that name each
// leader's aide after the talks' opening have it (issue 14's
// four-hundred-and-twenty-sixth round, p2588).
func apposedSplit(r roster) bool {
	return r.active && len(r.escorted) == 1
}

// perfectAuxiliaries stand before a verb of sending in a powers' list:
// "A has sent X" (rosters).
var perfectAuxiliaries = lex("perfectAuxiliaries")

// personAt: token i of sentence si is within a person's mention, its
// title or honorific included ("M. X", "Count Y").
func (d *doc) personAt(si, i int) bool {
	return slices.ContainsFunc(d.Ments[si], func(m mention.Mention) bool {
		return m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && m.PhraseStart() <= i && i < m.J
	})
}

// gappedSent: the mention at [i, j) opens a gapped clause of a powers'
// list after "A has sent X", its verb left out: "..., B Y and Z, and the
// C W": the power after a comma or "and" with a person right after it.
func (d *doc) gappedSent(si, i, j int) bool {
	toks := d.Sents[si].Toks
	b := i - 1
	if b > 0 && toks[b].Lower == "the" {
		b--
	}
	if b < 0 || toks[b].Lower != "and" && toks[b].Text != "," {
		return false
	}
	return d.personAt(si, j)
}

// describedObject is the person an active companion verb's object at o
// stands for when it is no name: "the" and up to three title words ("X
// accompanied the President", "accompanied the chancellor": the first
// person the story named holding that post, titleBetween), or "him" or
// "her" (the first person named in the sentence before), closing the
// sentence or before "at", "during" or "in" ("accompanied the President
// at both meetings"). Reports name a principal's minister or envoy so
// after telling the principal's meetings (issue 14's
// five-hundred-and-sixty-eighth round; p1112, p1071, p1428). -1
// otherwise: "accompanied her husband" is a possessive, "the President
// of X" may be another president, and "accompanied the President to
// France", "on the trip", "who made the journey" tell a journey, not a
// seat at the talks (p1766, p2411, p3243).
func (d *doc) describedObject(si, o int) int {
	toks := d.Sents[si].Toks
	if o >= len(toks) {
		return -1
	}
	closes := func(e int) bool {
		switch {
		case e >= len(toks) || toks[e].Text == "." || toks[e].Text == ";":
			return true
		case toks[e].Text == ",":
			// "accompanied the chancellor, and B stood beside C"; not
			// "accompanied the President, who made the journey by air".
			return e+1 < len(toks) && toks[e+1].Lower == "and"
		}
		return companionAfterWords[toks[e].Lower]
	}
	switch l := toks[o].Lower; {
	case (l == "him" || l == "her") && closes(o+1):
		if si == 0 {
			return -1
		}
		for _, m := range d.Ments[si-1] {
			if m.Actor >= 0 && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person {
				return m.Actor
			}
		}
	case l == "the":
		e := o + 1
		for e < len(toks) && e < o+4 && toks[e].Word && mention.IsTitleWord(toks[e].Lower) {
			e++
		}
		if e == o+1 || !closes(e) || e < len(toks) && toks[e].Lower == "of" {
			return -1
		}
		return d.titleBetween(si, o+1, e, true)
	}
	return -1
}

// bothSittings: "both" and a plural meeting noun follow the object of an
// active companion verb within six words ("accompanied the President at
// both meetings", "on both visits").
func bothSittings(toks []text.Token, o int) bool {
	for e := o; e+1 < len(toks) && e < o+6; e++ {
		if toks[e].Lower == "both" && bothSittingNouns[toks[e+1].Lower] {
			return true
		}
	}
	return false
}

var (
	// companionAfterWords may follow "the <title>" or "him" at the end of
	// an active companion's object: "accompanied the President at the
	// talks", "accompanied him during the meeting".
	companionAfterWords = lex("companionAfterWords")
	// bothSittingNouns after "both": the meetings a companion came to.
	bothSittingNouns = lex("bothSittingNouns")
)
