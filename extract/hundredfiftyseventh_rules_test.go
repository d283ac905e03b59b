package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-fifty-seventh round: an untargeted batch (p974-
// p979: a border summit brokered by a king, prime ministers at a regional
// summit, two Horn of Africa leaders brought together by a host, a Gulf
// palace readout, a condolence call, a signing under a king's auspices);
// each rule with sentences of its own.

// heldTogether reports whether one held meeting of text has both a and b.
func heldTogether(t *testing.T, text, a, b string) bool {
	t.Helper()
	for _, p := range heldPairs(t, text) {
		if slices.Contains(p, a) && slices.Contains(p, b) {
			return true
		}
	}
	return false
}

// An agency readout sets the place and then the time between "received"
// and its object: "received at X Palace on Monday Y", "received in Z on
// Wednesday the Foreign Minister of W, Y", "received at X Palace
// yesterday Y" (args.ObjectAfterAdjuncts; p416, p60). The negative case:
// the same adjuncts before a thing received ("a letter from Y") make no
// meeting.
func TestReadoutObjectAfterPlaceAndTime(t *testing.T) {
	for _, s := range []string{
		"The Emir Sheikh Hamad Al-Rashed received at Qasr Palace on Monday Norway's Deputy Prime Minister and Minister of Trade Ola Nygaard.",
		"Prime Minister Hamad Al-Rashed received in Port Hedon on Wednesday the visiting Norwegian Trade Minister Ola Nygaard.",
		"Prime Minister Hamad Al-Rashed received at Qasr Palace yesterday evening Ola Nygaard, Norway's Trade Minister.",
	} {
		if !heldTogether(t, s, "Hamad Al-Rashed", "Ola Nygaard") {
			t.Errorf("%q: no held meeting of Hamad Al-Rashed and Ola Nygaard; held %v", s, heldPairs(t, s))
		}
	}
	s := "Prime Minister Hamad Al-Rashed received in Port Hedon on Wednesday a letter from Norwegian Trade Minister Ola Nygaard."
	if heldTogether(t, s, "Hamad Al-Rashed", "Ola Nygaard") {
		t.Errorf("%q: a letter received read as a meeting: %v", s, heldPairs(t, s))
	}
}

// A relative clause after the last participant of a meeting tells the
// visitor's errand ("..., who delivered a message about the efforts to
// end the war"): its dispute words do not make the two who met parties
// (beforeObjectRelative, roles/roles.go; p60 once its meeting is found).
// The negative case: the dispute told of the meeting itself, before the
// relative clause, still makes them parties.
func TestErrandRelativeMakesNoParties(t *testing.T) {
	parties, _ := rolesIn(t, "Veldorian President Amos Tarkin received Norwegian Foreign Minister Ola Nygaard, who delivered a message from his prime minister about the efforts to end the war.")
	if len(parties) > 0 {
		t.Errorf("an errand's war read as a dispute between host and visitor: %v", parties)
	}
	parties, _ = rolesIn(t, "Veldorian President Amos Tarkin met Norwegian Foreign Minister Ola Nygaard for talks on the fishing dispute, which has strained ties for a decade.")
	if !slices.Contains(parties, "Norway") {
		t.Errorf("the dispute told of the meeting lost its parties: %v", parties)
	}
}

// A capitalized "Said" after a lower-case name particle closes the name
// ("Sultan Qaboos bin Said received X": particleAfterName, text/lead.go),
// and a sentence whose dateline is cut is tokenized anew with its verbs
// inside names read again (StripDateline; p977). The negative case: the
// lower-case verb after the dateline's sentence still reports ("..., the
// palace said") and joins no name.
func TestSaidAfterNameParticle(t *testing.T) {
	for _, s := range []string{
		"MUSCAT - Sultan Hamad bin Said received Ola Nygaard, Norway's Trade Minister, yesterday.",
		"MUSCAT - Deputy Prime Minister Hamad Al Said received Norwegian Trade Minister Ola Nygaard yesterday.",
		"Sultan Hamad bin Said received Ola Nygaard, Norway's Trade Minister, in Muscat on Monday.",
	} {
		if !heldTogether(t, s, "Hamad bin Said", "Ola Nygaard") && !heldTogether(t, s, "Hamad Al Said", "Ola Nygaard") {
			t.Errorf("%q: no held meeting of the host named with Said and Ola Nygaard; held %v", s, heldPairs(t, s))
		}
	}
	s := "MUSCAT - Sultan Hamad bin Tarik received Ola Nygaard, Norway's Trade Minister, yesterday, the palace said."
	if !heldTogether(t, s, "Hamad bin Tarik", "Ola Nygaard") {
		t.Errorf("%q: held %v", s, heldPairs(t, s))
	}
}

// "The two Yemeni leaders": a demonym between the count and the noun for
// people makes the description stand for the people of that state named
// last, that many, not for whoever was named last (demonymModifier,
// recentOfState, coref/coref.go; p979). The negative case: a demonym of a
// state whose people the story has not named stands for no one.
func TestDemonymPluralDescription(t *testing.T) {
	lead := "Norwegian Trade Minister Ola Nygaard and Fisheries Minister Kari Holm signed the fisheries accord in Lisbon on Monday. The European Union's envoy, Marc Durand, also attended the ceremony. "
	s := lead + "The two Norwegian ministers later held talks with Portuguese Prime Minister Rui Alves."
	if !heldTogether(t, s, "Ola Nygaard", "Rui Alves") || !heldTogether(t, s, "Kari Holm", "Rui Alves") {
		t.Errorf("the two Norwegian ministers not read as Nygaard and Holm: held %v", heldPairs(t, s))
	}
	if heldTogether(t, s, "Marc Durand", "Rui Alves") {
		t.Errorf("the envoy named last read as one of the two Norwegian ministers: held %v", heldPairs(t, s))
	}
	s = lead + "The two Swedish ministers later held talks with Portuguese Prime Minister Rui Alves."
	if heldTogether(t, s, "Ola Nygaard", "Rui Alves") || heldTogether(t, s, "Marc Durand", "Rui Alves") {
		t.Errorf("two Swedish ministers read as people of another state: held %v", heldPairs(t, s))
	}
}

// A modal shared by an "and" conjunct reaches its meeting noun past the
// noun's determiner and modifiers: "would lead the committee and hold
// their first meeting in X" tells a meeting to come (sharedModal,
// lightVerbModifiers, meeting/when.go; p976). The negative case: the same
// conjuncts in the past ("led ... and held their first meeting") tell it
// held.
func TestSharedModalPastModifiers(t *testing.T) {
	s := "A joint statement said the trade ministers, Ola Nygaard of Norway and Rui Alves of Portugal, would chair the commission and hold their first meeting in Lisbon."
	if heldTogether(t, s, "Ola Nygaard", "Rui Alves") {
		t.Errorf("a meeting to come read as held: %v", heldPairs(t, s))
	}
	s = "The trade ministers, Ola Nygaard of Norway and Rui Alves of Portugal, chaired the commission and held their first meeting in Lisbon."
	if !heldTogether(t, s, "Ola Nygaard", "Rui Alves") {
		t.Errorf("a meeting told in the past not held: %v", heldPairs(t, s))
	}
}

// heldPlaceOf is the place of text's first held meeting with a and b.
func heldPlaceOf(t *testing.T, text, a, b string) (string, string) {
	t.Helper()
	rec, err := Extract(Article{ID: "t", Text: "Title\n" + text, Published: rulesPub})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rec.Meetings {
		if m.Status == "held" && slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return m.Place, string(m.Mode)
		}
	}
	return "", ""
}

// The means of a trip between its verb and "to" ("travelled by night train to X
// and met Y", "flew by special plane to X") leaves X the trip's
// destination and the place of the meeting it brought about (arrivalTo,
// meeting/when.go; p978). The negative case: a call made after the same
// trip has no place.
func TestTripMeansBeforeDestination(t *testing.T) {
	for _, s := range []string{
		"Ola Nygaard travelled by night train to Lisbon on Monday and met Prime Minister Rui Alves at his residence.",
		"Ola Nygaard flew by special plane to Lisbon on Monday and met Prime Minister Rui Alves.",
	} {
		if place, _ := heldPlaceOf(t, s, "Ola Nygaard", "Rui Alves"); place != "Lisbon" {
			t.Errorf("%q: place %q, want Lisbon", s, place)
		}
	}
	s := "Ola Nygaard travelled by bus to Lisbon on Monday and phoned Prime Minister Rui Alves."
	if place, mode := heldPlaceOf(t, s, "Ola Nygaard", "Rui Alves"); place != "" || mode != "call" {
		t.Errorf("%q: a call got place %q (mode %q)", s, place, mode)
	}
}

// Talks governed by a noun of a process's standing ("briefed X on the
// state of A's negotiations with B", "the progress of their talks") are
// the process reported on, not an encounter of the clause (processOf,
// meeting/meetings.go; p977). The negative case: the same sentence with
// talks held ("after his talks with B in Lisbon on Monday") still tells
// them.
func TestProcessOfTalksIsNoMeeting(t *testing.T) {
	lead := "King Harald received Norwegian Trade Minister Ola Nygaard in Oslo on Tuesday. "
	s := lead + "Nygaard briefed the king on the state of Norway's negotiations with Portugal over fishing quotas."
	for _, p := range heldPairs(t, s) {
		if slices.Contains(p, "Portugal") {
			t.Errorf("the state of the negotiations read as a meeting: %v", p)
		}
	}
	s = lead + "Nygaard briefed the king on the state of the economy after his talks with Portuguese Prime Minister Rui Alves in Lisbon on Monday."
	if !heldTogether(t, s, "Ola Nygaard", "Rui Alves") {
		t.Errorf("talks held lost: %v", heldPairs(t, s))
	}
}
