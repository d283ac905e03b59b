package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-sixty-third round: met pairs read wrong where a
// person only comments on a meeting, refused one, was briefed after it or
// sent an envoy to it (p1010-p1015: a chancellor received at a general's
// country house while a foreign secretary welcomed the talks, a secretary
// of state's shuttle between a junta and a prime minister, a speaker's
// talks in a capital her president criticised, a first summit after a
// president declined to meet a prime minister, a second round of talks
// between a government's and an opposition leader's envoys, a summit that
// ended without a declaration); each rule with sentences of its own.

// "Welcomed" is a reception only in the passive or between a host and a
// guest (activeWelcome, meeting/meetings.go); a meeting noun between the
// verb and the people after it makes the meeting its object
// (meetingObject; p1011, p1013): "X welcomed the talks between A and B"
// comments on A and B's talks, and X is not their host. The negative case:
// "X welcomed B at the airport" still receives B.
func TestWelcomedMeetingIsComment(t *testing.T) {
	lead := "President Tomas Varga and Prime Minister Ilse Morten held talks in Tallinn on Monday. "
	s := lead + "In London, Senator Ruth Calloway welcomed the talks between Varga and Morten."
	if heldTogether(t, s, "Ruth Calloway", "Tomas Varga") || heldTogether(t, s, "Ruth Calloway", "Ilse Morten") {
		t.Errorf("%q: a commenter read as a participant: %v", s, heldPairs(t, s))
	}
	if !heldTogether(t, s, "Tomas Varga", "Ilse Morten") {
		t.Errorf("%q: the talks themselves lost: %v", s, heldPairs(t, s))
	}
	s = "Prime Minister Ilse Morten flew to Tallinn on Monday. President Tomas Varga welcomed Morten at the airport."
	if !heldTogether(t, s, "Tomas Varga", "Ilse Morten") {
		t.Errorf("%q: a host's welcome lost: %v", s, heldPairs(t, s))
	}
}

// A gerund of defiance, or of the stir a meeting caused, after a comma
// opens an adjunct on others (lexicon section [clauseBreaks]: defying,
// ignoring, angering, drawing, prompting, ...; p1012): "held talks with B,
// defying objections from the government of C" or ", drawing criticism
// from C" leaves C out of the talks. The negative case: ", accompanied by
// C" still brings C to them.
func TestDefianceGerundEndsClause(t *testing.T) {
	for _, s := range []string{
		"Senator Ruth Calloway held talks with President Amin Sayegh in Beirut on Monday, defying objections from the administration of President Hugo Lindqvist.",
		"Senator Ruth Calloway held talks with President Amin Sayegh in Beirut on Monday, drawing sharp criticism from President Hugo Lindqvist.",
	} {
		if heldTogether(t, s, "Hugo Lindqvist", "Amin Sayegh") {
			t.Errorf("%q: a critic read as a participant: %v", s, heldPairs(t, s))
		}
		if !heldTogether(t, s, "Ruth Calloway", "Amin Sayegh") {
			t.Errorf("%q: the talks lost: %v", s, heldPairs(t, s))
		}
	}
	s := "Senator Ruth Calloway held talks with President Amin Sayegh in Beirut on Monday, accompanied by Senator Hugo Lindqvist."
	if !heldTogether(t, s, "Hugo Lindqvist", "Amin Sayegh") {
		t.Errorf("%q: a companion lost: %v", s, heldPairs(t, s))
	}
}

// The speaker of "A, who ..., told reporters after the meeting that ..."
// is A past a relative clause on the subject, commas of its own included
// (relativeOpening, used by subjectBefore, meeting/frames.go; p1012): the
// people of what A said after the meeting were not at it. The negative
// case: "after the meeting with C" still brings C to A.
func TestSpeakerPastRelativeClause(t *testing.T) {
	s := "Speaker Nora Hale held talks with President Omar Sadek in Tunis on Monday. " +
		"Hale, who was accompanied by Senator Tim Rolf, chairman of the Senate Foreign Relations Committee, told reporters after the meeting that she had carried a message from Prime Minister Ari Gold."
	if heldTogether(t, s, "Nora Hale", "Ari Gold") {
		t.Errorf("%q: the sender of a message read as a participant: %v", s, heldPairs(t, s))
	}
	s = "Speaker Nora Hale, who was accompanied by Senator Tim Rolf, told reporters after the meeting with Prime Minister Ari Gold in Tunis that she was hopeful."
	if !heldTogether(t, s, "Nora Hale", "Ari Gold") {
		t.Errorf("%q: the meeting with Ari Gold lost: %v", s, heldPairs(t, s))
	}
}

// The subject of a verb of sending whose object goes on "to meet" another
// stays home (dispatcher, meeting/meetings.go; lexicon section
// [dispatchVerbs]; the shape of p1011's "sent his secretary of state to
// meet both sides"): "A sent his foreign minister, B, to meet C" is B's
// meeting with C. The negative case: "A went to X to meet C" is A's own.
func TestDispatcherStaysHome(t *testing.T) {
	for _, s := range []string{
		"President Omar Sadek sent his foreign minister, Karim Nabil, to meet President Carl Benton in Oslo on Monday.",
		"President Omar Sadek has dispatched Foreign Minister Karim Nabil to Oslo to meet President Carl Benton.",
	} {
		rec := run(t, "Title\n"+s, "2025-05-05")
		for _, m := range rec.Meetings {
			if slices.Contains(m.Participants, "Omar Sadek") {
				t.Errorf("%q: the sender read as a participant: %v", s, m.Participants)
			}
		}
		if len(rec.Meetings) == 0 || !slices.Contains(rec.Meetings[0].Participants, "Karim Nabil") {
			t.Errorf("%q: the envoy's meeting lost: %v", s, rec.Meetings)
		}
	}
	s := "President Omar Sadek went to Oslo on Monday to meet President Carl Benton."
	if !heldTogether(t, s, "Omar Sadek", "Carl Benton") {
		t.Errorf("%q: a traveller's own meeting lost: %v", s, heldPairs(t, s))
	}
}

// A relative clause after a person's apposition of a post ("X, the
// British foreign secretary, who met Y at Geneva, ...") has the person as
// its subject, as one right after the name does (appositionStart, used by
// relativeSubjects, meeting/frames.go; p882's place, once the briefing
// shape moved). The negative case: a sentence naming no person before the
// apposition pairs nobody with Y.
func TestRelativeAfterPostApposition(t *testing.T) {
	s := "Mr. Carl Benton, the British Foreign Secretary, who met Mr. Karim Nabil at Geneva, left for London on Sunday."
	if !heldTogether(t, s, "Carl Benton", "Karim Nabil") {
		t.Errorf("%q: the meeting of the relative clause lost: %v", s, heldPairs(t, s))
	}
	s = "The old palace, the seat of the conference, which housed Mr. Karim Nabil at Geneva, closed on Sunday."
	if pairs := heldPairs(t, s); len(pairs) > 0 {
		t.Errorf("%q: a meeting read without a person: %v", s, pairs)
	}
}

// A meeting noun that is what someone was told about — "was briefed on
// the meeting by X", "was informed of today's talks" — is no predicate
// (toldAbout, meeting/meetings.go; lexicon sections [informVerbs] and
// [aboutPreps]; p882): the person briefed did not attend. The negative
// case: "attended the meeting" still brings the person to it.
func TestBriefedOnMeetingNotThere(t *testing.T) {
	lead := "President Omar Sadek and Prime Minister Karim Nabil met in Oslo on Monday. "
	for _, s := range []string{
		lead + "Foreign Secretary Carl Benton was briefed on the meeting by the Danish delegation.",
		lead + "Foreign Secretary Carl Benton was informed of today's meeting by the Danish delegation.",
	} {
		if heldTogether(t, s, "Carl Benton", "Omar Sadek") {
			t.Errorf("%q: the person briefed read as a participant: %v", s, heldPairs(t, s))
		}
	}
	s := lead + "Foreign Secretary Carl Benton attended the meeting."
	if !heldTogether(t, s, "Carl Benton", "Omar Sadek") {
		t.Errorf("%q: an attendant lost: %v", s, heldPairs(t, s))
	}
}
