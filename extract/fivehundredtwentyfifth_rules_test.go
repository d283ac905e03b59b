package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Rules of issue 14's five-hundred-and-twenty-fifth round (meetings of
// five or more people told with lists).

// "the host, X" closing a presence list names who sat with the rest, not a
// reception of its own: "Also at the table were A and B, with the host,
// President C" keeps C at the summit the list is of (p3184; the shape in
// p2265, p1289). The negative case: "will host" with a person after it is
// still the meeting to come.
func TestHostNounInListJoinsSummit(t *testing.T) {
	text := "Leaders meet\nVARENA, Ostland (AP) - Leaders of the southern states met here Sunday and called for sanctions.\nThe summit was held behind closed doors at the presidential lodge. Among those present were Presidents Karl Amsel of Lorvia, Piet Borel of Sandaria and Jan Cordt of Meravia. Also at the table were Tesland's President Ott Dremel and Kerrin's President Uwe Erling, with the host, President Fritz Gall."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Karl Amsel", "Piet Borel", "Jan Cordt", "Ott Dremel", "Uwe Erling", "Fritz Gall") {
		t.Errorf("want the six at one summit, got %s", dump(rec))
	}
	text = "Leaders meet\nPresident Fritz Gall will host Prime Minister Ott Dremel in Varena next week."
	rec = corefRecord(t, text)
	found := false
	for _, m := range rec.Meetings {
		if len(m.Participants) == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("want the visit to come, got %s", dump(rec))
	}
}

// "The six leaders held their first session" counts past five: the six
// people named in the sentences before are the leaders, as "the two
// leaders" are read (CountWords; p3187, and the shape in p1766, p1767,
// p1826, p2662). The negative case: with five named, "the six leaders"
// stands for no one.
func TestSixLeadersCountedBack(t *testing.T) {
	text := "Rulers meet\nVARENA, May 25\nKing Adal of Lorvia, Sheikh Bara Tunis of Sandaria and Sultan Cemal of Meravia arrived in the morning. Sheikh Dovan Rell of Tesland, Sheikh Ezra Mott of Kerrin and President Falun Gar of Ostland came later.\nThe six leaders held their first session this afternoon at the Grand Hotel."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Adal", "Bara Tunis", "Cemal", "Dovan Rell", "Ezra Mott", "Falun Gar") {
		t.Errorf("want the six at the session, got %s", dump(rec))
	}
	text = "Rulers meet\nVARENA, May 25\nKing Adal of Lorvia, Sheikh Bara Tunis of Sandaria and Sultan Cemal of Meravia arrived in the morning. Sheikh Dovan Rell of Tesland and Sheikh Ezra Mott of Kerrin came later.\nThe six leaders held their first session this afternoon at the Grand Hotel."
	rec = corefRecord(t, text)
	if heldAll(rec, "Adal", "Bara Tunis") {
		t.Errorf("five named are not the six, got %s", dump(rec))
	}
}

// Four presidents listed who "put their names to" a protocol in a palace
// named by no gazetteer, with no meeting told before, met to sign it (the
// nameVerbs gate in meeting.Frames; p3185, p2041, p2432). The negative
// case: after the talks of two of them, the signing stays an act of those
// talks and adds no meeting of its own.
func TestListPutNamesWithNoMeetingBefore(t *testing.T) {
	text := "Trade bloc\nVARENA, Dec 17 (Wire) - The presidents of the four nations signed a protocol on Saturday giving the bloc a common tariff.\nKarl Amsel of Lorvia, Piet Borel of Sandaria, Jan Cordt of Meravia and Ott Dremel of Tesland put their names to the protocol in the old palace of this hill town."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Karl Amsel", "Piet Borel", "Jan Cordt", "Ott Dremel") {
		t.Errorf("want the four at the signing, got %s", dump(rec))
	}
	text = "Trade bloc\nVARENA, Dec 17 (Wire) - Karl Amsel and Piet Borel held talks on Saturday in Varena.\nKarl Amsel, Piet Borel and their ministers Jan Cordt and Ott Dremel then put their names to the protocol."
	rec = corefRecord(t, text)
	if len(rec.Meetings) != 1 {
		t.Errorf("want the talks alone, got %s", dump(rec))
	}
}

// The capitalized name after "the Protocol of" or "the Declaration of" is
// the text's, no person (namedTextHeads; p3185, p845). The negative case:
// a lower-case "the protocol of President B" still names a person.
func TestNamedTextIsNoPerson(t *testing.T) {
	text := "Pact\nVARENA, Dec 17 (Wire) - President Karl Amsel and President Piet Borel signed the Accord of Santa Lucca on Saturday."
	rec := corefRecord(t, text)
	for _, a := range rec.Actors {
		if a.Name == "Santa Lucca" && a.Kind == graph.Person {
			t.Errorf("the accord's town read as a person, got %s", dump(rec))
		}
	}
	text = "Pact\nVARENA, Dec 17 (Wire) - President Karl Amsel signed the protocol of President Piet Borel on Saturday."
	rec = corefRecord(t, text)
	n := 0
	for _, a := range rec.Actors {
		if a.Kind == graph.Person && (a.Name == "Karl Amsel" || a.Name == "Piet Borel") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want the two people, got %s", dump(rec))
	}
}
