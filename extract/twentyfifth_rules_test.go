package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's twenty-fifth round: who met whom on unseen articles, from the
// constructions the twenty-fifth probe batch (p182-p187) showed beside
// older probe articles, each with sentences of its own.

// twentyFifthPub is a Friday.
var twentyFifthPub = time.Date(2025, 10, 17, 0, 0, 0, 0, time.UTC)

// "A called B's Prime Minister, X, on Tuesday": "called" with a person as
// its object, named or as a state's post and its holder, after a person
// or pronoun subject, is a phone call (p174's "Wangdi called Bangladesh's
// Prime Minister, X", p184's "al-Saffar called Kuwait's Prime Minister,
// Sheikh X", p186's "Kasirye called Tanzania's Prime Minister, X, later
// the same day"). Naming ("called X a coward", "a lawyer called X"),
// appeals ("called for talks with X") and the courtesy call ("called on
// X", a visit) are not calls. An honorific after the post's comma
// ("Kuwait's Prime Minister, Sheikh X") leaves the post to the holder, so
// the state is no second participant beside him.
func TestCalledPersonIsPhoneCall(t *testing.T) {
	lead := "Lake talks\n\n"
	call := func(text, a, b, date string) {
		t.Helper()
		wantHeldOn(t, twentyFifthPub, text, a, b, date)
		for _, m := range heldAt(t, text, twentyFifthPub) {
			if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) && m.Mode != graph.Call {
				t.Errorf("%q: %s and %s met %q, want a call", text, a, b, m.Mode)
			}
		}
	}
	call(lead+"President Ilse Varga called Latvia's Prime Minister, Odo Brandt, on Tuesday to propose a joint survey of the lake.", "Ilse Varga", "Odo Brandt", "2025-10-14")
	call(lead+"President Ilse Varga called Odo Brandt on Wednesday about the survey.", "Ilse Varga", "Odo Brandt", "2025-10-15")
	call(lead+"President Ilse Varga called Latvia's transport minister, Dr. Odo Brandt, on Tuesday.", "Ilse Varga", "Odo Brandt", "2025-10-14")
	text := lead + "President Ilse Varga called Latvia's Prime Minister, Sheikh Odo Brandt, on Tuesday to propose a survey."
	call(text, "Ilse Varga", "Odo Brandt", "2025-10-14")
	noneHeld(t, twentyFifthPub, text, "Ilse Varga", "Latvia")
	none := func(text, a, b string) {
		t.Helper()
		noneHeld(t, twentyFifthPub, text, a, b)
	}
	none(lead+"President Ilse Varga called Odo Brandt a coward on Tuesday.", "Ilse Varga", "Odo Brandt")
	none(lead+"President Ilse Varga called for talks with Odo Brandt.", "Ilse Varga", "Odo Brandt")
	none(lead+"President Ilse Varga called Latvia's decision a mistake on Tuesday.", "Ilse Varga", "Latvia")
}

// "briefed X's chief of staff, Y": "briefed" with a person as its object,
// by name or as a post and its holder after a comma, is an encounter
// (p171's "briefed Guedi's chief of staff, X", p182's "briefed the
// Haitian prime minister's chief of staff, X", p187's "briefed President
// Y's chief of staff, X"; p44's "briefed" too). The possessor is not the
// one briefed, and "briefed reporters" or "briefed the council" name no
// one met. A delegation list that closes a paragraph tells a round of its
// own: its people do not join a meeting of the next paragraph (p187's
// "the two delegations, led by ...", then "X returned ... and briefed Y").
func TestBriefedPersonIsEncounter(t *testing.T) {
	lead := "Lake talks\n\n"
	want := func(text, a, b, date string) {
		t.Helper()
		wantHeldOn(t, twentyFifthPub, text, a, b, date)
	}
	none := func(text, a, b string) {
		t.Helper()
		noneHeld(t, twentyFifthPub, text, a, b)
	}
	text := lead + "Foreign Minister Ilse Varga flew home on Wednesday and briefed President Odo Brandt's chief of staff, Lena Vaher, on the survey."
	want(text, "Ilse Varga", "Lena Vaher", "2025-10-15")
	none(text, "Ilse Varga", "Odo Brandt")
	want(lead+"Foreign Minister Ilse Varga briefed the Estonian prime minister's chief of staff, Lena Vaher, on Tuesday.", "Ilse Varga", "Lena Vaher", "2025-10-14")
	want(lead+"Foreign Minister Ilse Varga briefed President Odo Brandt on Thursday.", "Ilse Varga", "Odo Brandt", "2025-10-16")
	none(lead+"Foreign Minister Ilse Varga briefed reporters in Tallinn on Tuesday, and President Odo Brandt spoke later.", "Ilse Varga", "Odo Brandt")
	para := lead + "Foreign Minister Ilse Varga and Foreign Minister Odo Brandt signed nothing.\n" +
		"The last round closed on October 3 with the two delegations, led by Anna Kask and Peeter Tamm, still divided over fishing quotas.\n" +
		"Varga returned to Tallinn on Friday and briefed President Mart Saar's chief of staff, Lena Vaher, on the talks."
	want(para, "Ilse Varga", "Lena Vaher", "2025-10-17")
	none(para, "Anna Kask", "Lena Vaher")
	none(para, "Peeter Tamm", "Ilse Varga")
	want(para, "Anna Kask", "Peeter Tamm", "2025-10-03")
}

// "was received at the ministry in Zirmunai by his counterpart, X", "was
// received in the morning at the presidential palace on the Plateau by
// President X": a place or time phrase with lower-case venue words and a
// capitalized district between a passive reception and its "by" still
// leaves the host as the agent (p185's "at the ministry in Žirmūnai by",
// p170's "in the morning at the presidential palace on the Plateau by").
// Anything else in between ("was received with applause by") breaks it.
func TestPassiveReceptionPastPlacePhrase(t *testing.T) {
	lead := "Lake talks\n\n"
	wantHeldOn(t, twentyFifthPub, lead+"Defence Minister Ilse Varga was received at the ministry in Kalamaja by her Latvian counterpart, Odo Brandt, on Tuesday.", "Ilse Varga", "Odo Brandt", "2025-10-14")
	wantHeldOn(t, twentyFifthPub, lead+"Defence Minister Ilse Varga was received in the morning at the presidential palace on the Hill by President Odo Brandt on Wednesday.", "Ilse Varga", "Odo Brandt", "2025-10-15")
	noneHeld(t, twentyFifthPub, lead+"Defence Minister Ilse Varga's plan was received with scepticism in parliament by President Odo Brandt's allies.", "Ilse Varga", "Odo Brandt")
}

// "the last round ended on May 9 with the two delegations, led by X and
// Y": a round placed in a series, before a verb of taking place, is a
// round of talks, so the delegation list is its own (p187's "The last
// round ended on May 9"; p96's "The first round opened on January 27,
// 2005 at Koenigstedt" is the same construction). Before, the list joined
// the next paragraph's meeting. "round of voting", "year-round" are not
// rounds of talks.
func TestRoundThatEndedIsTalks(t *testing.T) {
	lead := "Lake talks\n\n"
	text := lead + "The last round ended on October 3 with the two delegations, led by Anna Kask and Peeter Tamm, still divided over quotas."
	wantHeldOn(t, twentyFifthPub, text, "Anna Kask", "Peeter Tamm", "2025-10-03")
	noneHeld(t, twentyFifthPub, lead+"The second round of voting ended on October 5 with Anna Kask ahead of Peeter Tamm.", "Anna Kask", "Peeter Tamm")
	noneHeld(t, twentyFifthPub, lead+"The ferry runs year round, said Anna Kask, and Peeter Tamm agreed.", "Anna Kask", "Peeter Tamm")
}
