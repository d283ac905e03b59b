package extract

import (
	"testing"
	"time"
)

// Issue 14's two-hundred-and-thirteenth round: an untargeted batch, picked
// as a stranger would (p1310-p1315: a wire's prime ministers' talks at a
// regional summit, an old broadsheet's premiers' settlement abroad, an
// African paper's church-brokered peace accord, a Baltic weekly's
// presidents' troop deal, a South American agency's state visit, an Asian
// agency's prime ministers' talks); each rule with sentences of its own.

// "PM" before a name is a prime minister's title as Asian agencies and
// papers write it ("PM X received PM Y", "Deputy PM Z"): the abbreviation
// is no part of the name, so "PM Kell" is Tomas Kell again and not a
// second person (lexicon titleHeads; p1315). The negative case: "PM" as
// a time of day after a number names no one and takes no one's name.
func TestPMTitleBeforeName(t *testing.T) {
	pub := time.Date(2017, 1, 17, 0, 0, 0, 0, time.UTC)
	text := "Leaders confer\n\nKORVA - Prime Minister Tomas Kell held talks with Prime Minister of Norway Jean Dorval on January 16.\n\nAt the talks, PM Kell welcomed PM Dorval and his delegation.\n\nThe same evening, Party leader Anna Mirel received PM Dorval at her office."
	rec := twohundredseventhRecord(t, text, pub)
	for _, bad := range []string{"PM Kell", "PM Dorval"} {
		if hasActorText(rec, bad) {
			t.Errorf("%q kept as a name: %s", bad, dump(rec))
		}
	}
	if m := meetingWith(rec, "Anna Mirel", "Jean Dorval"); m == nil || m.Date != "2017-01-16" {
		t.Errorf("want Anna Mirel meeting Jean Dorval on 2017-01-16: %s", dump(rec))
	}
	neg := "Leaders confer\n\nKORVA - Prime Minister Tomas Kell met Foreign Minister Jean Dorval at 3 PM on Monday in Korva."
	rec = twohundredseventhRecord(t, neg, pub)
	if m := meetingWith(rec, "Tomas Kell", "Jean Dorval"); m == nil {
		t.Errorf("time of day: want the meeting kept: %s", dump(rec))
	}
	for _, a := range rec.Actors {
		if len(a.Name) >= 2 && a.Name[:2] == "PM" {
			t.Errorf("time of day: %q read as a name: %s", a.Name, dump(rec))
		}
	}
}

// "was received on Monday by the Arlish president, Jean Dorval," names
// the host as a definite title with the name in apposition after a comma
// (args titledAppositive; p1314): the host meets the visitor. The
// negative cases: "by the minister, who ..." and "by the president, the
// premier and ..." give no name in apposition, and no meeting.
func TestReceivedByTitledAppositive(t *testing.T) {
	pub := time.Date(2023, 1, 24, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"President Tomas Kell was received on Monday (23) by the Arlish president, Jean Dorval, at the palace.",
		"President Tomas Kell was received by the president of Arland, Jean Dorval, at the palace on Monday.",
	} {
		rec := twohundredseventhRecord(t, "State visit\n\nKORVA - "+s, pub)
		if m := meetingWith(rec, "Tomas Kell", "Jean Dorval"); m == nil || m.Date != "2023-01-23" || m.Status != "held" {
			t.Errorf("%q: want a held meeting on 2023-01-23: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"President Tomas Kell was received on Monday by the minister, who said Jean Dorval would not attend.",
		"President Tomas Kell was received on Monday by the president, the premier and the speaker, while Jean Dorval stayed away.",
	} {
		rec := twohundredseventhRecord(t, "State visit\n\nKORVA - "+s, pub)
		if m := meetingWith(rec, "Tomas Kell", "Jean Dorval"); m != nil {
			t.Errorf("%q: want no meeting with Jean Dorval: %s", s, dump(rec))
		}
	}
}

// "Bill" is a head noun of documents ("the Finance Bill") and a given
// name: after a title and before a capitalized family name it opens the
// person's name ("US President Bill X"; lexicon givenNameHeads, mention
// givenNameAfterTitle; p1313, p1088). Without it "US President Bill" was
// read as a bill and the person lost, or "President Bill X" cut to "X".
// The negative case: "the Amnesty Bill" with no title stays no person.
func TestGivenNameHeadAfterTitle(t *testing.T) {
	pub := time.Date(1994, 7, 27, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Prime Minister Tomas Kell met Jean Dorval. Arlish President Bill Varga had pressed Kell at the summit in Oslo to set a firm date.",
		"Prime Minister Tomas Kell met Jean Dorval. President Bill Varga met Kell in Oslo.",
	} {
		rec := twohundredseventhRecord(t, "News\n\nKORVA - "+s, pub)
		if a := actorNamed(rec, "Bill Varga"); a == nil || a.Name != "Bill Varga" {
			t.Errorf("%q: want the person Bill Varga: %s", s, dump(rec))
		}
		if m := meetingWith(rec, "Bill Varga", "Tomas Kell"); m == nil {
			t.Errorf("%q: want Bill Varga meeting Tomas Kell: %s", s, dump(rec))
		}
	}
	neg := "News\n\nKORVA - Prime Minister Tomas Kell met Jean Dorval in Oslo after the Amnesty Bill Varga drafted was passed."
	rec := twohundredseventhRecord(t, neg, pub)
	for _, a := range rec.Actors {
		if a.Name == "Amnesty Bill" || a.Name == "Amnesty Bill Varga" {
			t.Errorf("no title: %q read as an actor: %s", a.Name, dump(rec))
		}
	}
}
