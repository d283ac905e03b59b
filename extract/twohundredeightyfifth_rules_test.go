package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-eighty-fifth round: a stranger's batch of old
// broadsheets, 1940s-1980s (p1742-p1747: a wire on a Pacific conference,
// a correspondent on a colonial round table, a London staff report on a
// constitutional conference, a local paper on an armistice signing, a
// broadsheet on a Cold War summit, a wire on a colonial agreement); each
// rule with sentences of its own.

// "A and B met at the airfield and conferred for an hour": two verbs
// of one encounter, not two encounters each with its own people
// (meeting.oneEncounter; p1742), so a presence list told sentences later,
// "Attending were C and D", still joins it.
func TestOneEncounterTwoVerbsKeepsPresenceList(t *testing.T) {
	s := "LEADERS MEET AT AIRFIELD\n\nKARAVIA, Oct. 15 (AP) - President Aldous Venner and General Boris Tamrin met at the airfield this morning and conferred for ninety minutes on the frontier dispute.\n\n" +
		"Her aircraft touched down early. He had travelled overnight by train from the coast. Neither had seen the other since the war. A band played on the apron.\n\n" +
		"Attending were General Carl Ostrander and Admiral Peter Quell."
	held := heldAt(t, s, time.Date(1950, 10, 15, 0, 0, 0, 0, time.UTC))
	if len(held) != 1 || !slices.Contains(held[0].Participants, "Carl Ostrander") || !slices.Contains(held[0].Participants, "Peter Quell") {
		t.Errorf("held %+v, want the one meeting with Ostrander and Quell attending", held)
	}
}

// "Attending were A, chairman of X; Secretary B; and C, commander of Y":
// the serial semicolons set apart the items of one list of people with
// their posts, as old broadsheets and wire copy list those present
// (serialSemicolons; p1742). "; the other side by D" ends a clause.
func TestSerialSemicolonPresenceList(t *testing.T) {
	lead := "LEADERS MEET AT AIRFIELD\n\nKARAVIA, Oct. 15 (AP) - President Aldous Venner and General Boris Tamrin met at the airfield this morning and conferred for ninety minutes on the frontier dispute.\n\n"
	pub := time.Date(1950, 10, 15, 0, 0, 0, 0, time.UTC)
	s := "Attending were General Carl Ostrander, head of the general staff; Navy Secretary Felix Dunmore; and Admiral Peter Quell, commander of the northern squadron."
	held := heldAt(t, lead+s, pub)
	if len(held) != 1 || len(held[0].Participants) != 5 {
		t.Errorf("%q: held %+v, want the meeting with all three attending", s, held)
	}
	toks := text.Tokenize(s)
	if !serialSemicolons(toks, 2) {
		t.Errorf("%q: want a serial list", s)
	}
	for _, c := range []string{
		"Present were Carl Ostrander for the army; the navy was represented by Peter Quell.",
		"Present were Carl Ostrander; Felix Dunmore came later.",
	} {
		if serialSemicolons(text.Tokenize(c), 2) {
			t.Errorf("%q: a clause's semicolon read as a list's", c)
		}
	}
}

// "KORAM VALE, Wednesday. - The ...": the old broadsheets' dateline closed
// by a full stop before its dash opens the first sentence, and is cut from
// it as "KORAM VALE, Wednesday - " is (text.periodDateline,
// StripDateline; p1745 and the evidence of p1085, p1364, p1542): the
// signing it dates is read. Its town still sets the whole dispatch
// (correspondentDateline; p1364, p680).
func TestPeriodDatelineCut(t *testing.T) {
	for _, c := range []struct{ line, filed, first string }{
		{"PEKING, Friday. - The two premiers met today.", "PEKING, Friday. -", "The two premiers met today."},
		{"NEW DELHI, June 26. - Mr. Arlo Venn arrived today.", "NEW DELHI, June 26. -", "Mr. Arlo Venn arrived today."},
		{"KORAM, Thursday Night.—The talks ended.", "KORAM, Thursday Night. -", "The talks ended."},
	} {
		tx := text.Read("TALKS\n\n" + c.line + "\n\nMore follows here.")
		if len(tx.Sentences) < 2 || tx.Sentences[1].Filed != c.filed || tx.Sentences[1].Text != c.first {
			t.Errorf("%q: sentences %+v, want %q cut from %q", c.line, tx.Sentences, c.filed, c.first)
		}
	}
	// A sentence that opens with a town and a day and goes on is no dateline.
	tx := text.Read("TALKS\n\nThe talks opened in LIMA, Friday. - Then they closed.")
	if strings.Contains(tx.Sentences[1].Filed, "Friday") {
		t.Errorf("sentences %+v: a sentence's words cut as a dateline", tx.Sentences)
	}
	s := "CHILE AND PERU SIGN TRUCE\n\nBorder Zones Set Up\n\nCapital Post Correspondent\n\n" +
		"KORAM VALE, Wednesday. - The truce agreement between Chile and Peru was signed this afternoon in a tent near the village.\n\n" +
		"Colonel Avram Tessel signed for Chile and Colonel Bruno Varga for Peru, in the presence of Dr. Henri Dubarry."
	held := heldAt(t, s, time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC))
	if len(held) != 1 || held[0].Place != "Koram Vale" || held[0].Date != "2025-05-07" {
		t.Errorf("held %+v, want the signing at Koram Vale on Wednesday", held)
	}
}

// "In the afternoon A met B in X", "A spoke by telephone with B that
// evening": a part of the day told with no day of its own continues the
// day the story told last, elsewhere or by telephone too
// (partOfDayOnly, dayToldBefore; p1581, p163, p58, p619, p982, p1338).
// "Before leaving in the morning, A said he had spoken with B" times the
// leaving: the call was before it, some day of the month.
func TestPartOfDayContinuesTheDayTold(t *testing.T) {
	lead := "LEADERS CONFER\n\nLOME, May 6 (Wire) - President Ana Lind of Togo received Foreign Minister Kofi Mensah of Ghana at the presidential palace on Monday.\n\n" +
		"The two discussed the border crossings and the trade in cocoa. Officials said the talks were cordial.\n\n"
	pub := time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)
	for s, want := range map[string]string{
		"In the afternoon Mr Mensah met Prime Minister Ama Osei at her office in Kara.":                          "2025-05-05",
		"Mr Mensah spoke by telephone with Prime Minister Ama Osei that evening.":                                "2025-05-05",
		"Before leaving in the morning, Mr Mensah said he had spoken with Prime Minister Ama Osei by telephone.": "2025-05",
	} {
		held := heldAt(t, lead+s, pub)
		found := false
		for _, m := range held {
			if slices.Contains(m.Participants, "Ama Osei") {
				found = true
				if m.Date != want {
					t.Errorf("%q: date %q, want %q", s, m.Date, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: held %+v, want a meeting with Ama Osei", s, held)
		}
	}
}
