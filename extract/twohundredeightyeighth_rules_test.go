package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-eighty-eighth round: met-pairs, companions
// and attendants who join a told meeting (p1760-p1765: entourages, those
// who sat in on talks, witnesses of a signing); each rule with sentences
// of its own.

// twohundredeightyeighthMet: a held meeting has a participant whose name
// ends with each surname given.
func twohundredeightyeighthMet(rec graph.Record, surnames ...string) bool {
	for _, m := range rec.Meetings {
		if m.Status != "held" {
			continue
		}
		all := true
		for _, s := range surnames {
			if !slices.ContainsFunc(m.Participants, func(p string) bool { return strings.HasSuffix(p, s) }) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// "signed the four-nation accord": a hyphenated modifier before the text
// signed ended the object of "signed" at its hyphen, and the signatories'
// encounter went unread (meeting.compoundHyphen; p1761, p1699, p830).
func TestSignedHyphenatedModifierText(t *testing.T) {
	for _, obj := range []string{"the four-nation accord", "a twelve-point agreement", "a non-aggression treaty"} {
		text := "Treaty signed\n\nVIENNA (wire) -- Borders will open next month.\n\n" +
			"Chancellor Ottokar Brandl and Prime Minister Lajos Ferenczy signed " + obj + " at the Hofburg on Thursday."
		rec := recordAt(t, text, time.Date(1991, 5, 17, 0, 0, 0, 0, time.UTC))
		if !twohundredeightyeighthMet(rec, "Brandl", "Ferenczy") {
			t.Errorf("%s: want Brandl with Ferenczy: %s", obj, dump(rec))
		}
	}
}

// 'R.B. "Kip" Morrow': the period of run-together initials before a
// nickname in quotes ended the sentence, whatever word stood before the
// initials, and the name was lost with its part in the meeting
// (text.nicknamedInitials; p1761, p958, p992).
func TestInitialsBeforeQuotedNickname(t *testing.T) {
	for _, name := range []string{`R.B. "Kip" Morrow`, `J.T. (Jock) Morrow`} {
		text := "Ministers meet\n\nOTTAWA (wire) -- Trade was on the agenda.\n\n" +
			"Foreign Minister Anselm Dufresne and " + name + " met in Ottawa on Thursday."
		rec := recordAt(t, text, time.Date(1991, 5, 17, 0, 0, 0, 0, time.UTC))
		if !twohundredeightyeighthMet(rec, "Dufresne", "Morrow") {
			t.Errorf("%s: want Dufresne with Morrow: %s", name, dump(rec))
		}
	}
}

// "X was accompanied at the talks by Y": the meeting itself may stand
// between the escort verb and its agent, and the subject may be a person
// opening the sentence with an honorific, or a title of a person named
// before, ahead of a relative clause ("Mr. X, who flew in this morning,
// was accompanied ...", "The premier, who ..., was accompanied ...")
// (escortOccasionBy, relativeTitleSubject; p488, p1164).
func TestAccompaniedAtTheTalksBy(t *testing.T) {
	for _, c := range []struct{ lead, escort string }{
		{"Premier Olaf Sandvik held talks with President Tarmo Kaljulaid in Tallinn on Thursday.",
			"Mr. Sandvik, who flew in this morning, was accompanied at the talks by Finance Minister Gunnar Holt and Trade Secretary Ivar Lunde."},
		{"Premier Olaf Sandvik held talks with President Tarmo Kaljulaid in Tallinn on Thursday.",
			"The premier, who flew in this morning, was accompanied in the talks by Finance Minister Gunnar Holt and Trade Secretary Ivar Lunde."},
		{"Premier Olaf Sandvik held talks with President Tarmo Kaljulaid in Tallinn on Thursday.",
			"Sandvik was accompanied at the talks by Finance Minister Gunnar Holt and Trade Secretary Ivar Lunde."},
	} {
		rec := recordAt(t, "Leaders meet\n\nTALLINN (wire) -- "+c.lead+"\n\n"+c.escort, time.Date(1991, 5, 17, 0, 0, 0, 0, time.UTC))
		if !twohundredeightyeighthMet(rec, "Sandvik", "Kaljulaid", "Holt", "Lunde") {
			t.Errorf("%s: want Holt and Lunde at the talks: %s", c.escort, dump(rec))
		}
	}
	// A trip is no meeting: the companions join none.
	rec := recordAt(t, "Leaders meet\n\nTALLINN (wire) -- Premier Olaf Sandvik held talks with President Tarmo Kaljulaid in Tallinn on Thursday.\n\nSandvik was accompanied on the trip by his wife, Ingrid Sandvik.", time.Date(1991, 5, 17, 0, 0, 0, 0, time.UTC))
	if twohundredeightyeighthMet(rec, "Kaljulaid", "Ingrid Sandvik") {
		t.Errorf("a companion of the trip joined the talks: %s", dump(rec))
	}
}
