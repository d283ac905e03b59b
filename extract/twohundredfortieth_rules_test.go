package extract

import "testing"

// Issue 14's two-hundred-and-fortieth round: an untargeted batch
// (p1472-p1477: a 1953 broadsheet on an accord signed in an Arab capital,
// a 1968 wire on two party leaderships meeting in a border railway town,
// a 1974 daily on a summit at a Pacific port, a 1997 agency on a treaty
// signed in the Kremlin, a 2007 Seoul daily on a summit in the North, a
// 2023 agency on a regional summit in the Amazon); each rule with
// sentences of its own.

// "A was present at the signing, as was B": B attended as A did
// (likewiseAttendants, merge.go), and "present at the signing" joins the
// signing told before, as "attended the signing" does (attendsSigning).
// "A took part, as did B" too. The negative case: "as was expected"
// names no one, and a person named later in the sentence is not made an
// attendant.
func TestLikewiseAttendant(t *testing.T) {
	lead := "Canal accord\nThe canal accord was signed in Ghent on Tuesday by Ambassador Greta Holm and Prime Minister Tomas Vidal. "
	text := lead + "Minister of Works Jan Smet was present at the signing, as was Foreign Minister Ruth Anker."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Ruth Anker", "2025-10-14")
	wantHeldOn(t, r38Pub, text, "Tomas Vidal", "Jan Smet", "2025-10-14")
	text = lead + "Minister of Works Jan Smet was present at the signing, as was expected, and Foreign Minister Ruth Anker stayed in the capital."
	noneHeld(t, r38Pub, text, "Greta Holm", "Ruth Anker")
	// "took part, as did B": two attendants, though the verb does not
	// end the sentence.
	text = "Canal talks\nAmbassador Greta Holm met Prime Minister Tomas Vidal in Ghent on Tuesday. Minister of Works Jan Smet, who had greeted Holm at the airport, took part, as did Foreign Minister Ruth Anker."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Ruth Anker", "2025-10-14")
	wantHeldOn(t, r38Pub, text, "Tomas Vidal", "Jan Smet", "2025-10-14")
}

// "The agreement on X was signed by A and B": the state after a topic
// preposition on the noun before the verb is what the text is about, not
// the verb's subject (topicComplement, args/participants.go). The
// negative case: "The delegation of X was received by B" keeps X, whose
// delegation it is.
func TestTopicComplementNotSubject(t *testing.T) {
	rec := corefRecord(t, "Canal accord\nThe agreement on Chile was signed in Ghent on Tuesday by Ambassador Greta Holm and Prime Minister Tomas Vidal.")
	if meetingWith(rec, "Greta Holm", "Tomas Vidal") == nil {
		t.Errorf("want the signatories met: %s", dump(rec))
	}
	if meetingWith(rec, "Greta Holm", "Chile") != nil {
		t.Errorf("the agreement on Chile: want Chile no participant: %s", dump(rec))
	}
	rec = corefRecord(t, "Canal visit\nThe delegation of Chile was received in Ghent on Tuesday by Prime Minister Tomas Vidal.")
	if meetingWith(rec, "Tomas Vidal", "Chile") == nil {
		t.Errorf("the delegation of Chile: want Chile received: %s", dump(rec))
	}
}

// "They sat down again ..., with A and B at the table": "they", opening
// the sentence right after a held meeting of people, is those people,
// though the clause names others with them (TheyReferents, meetings.go).
// The negative case: a sentence between the meeting and "they" leaves
// "they" unread.
func TestTheyWithOthers(t *testing.T) {
	text := "Canal talks\nGreta Holm and Tomas Vidal met for the first time on Monday evening at the station in Ghent. They sat down again on Tuesday morning for five hours, with port director Jan Smet and Foreign Minister Ruth Anker at the table."
	wantHeldOn(t, r38Pub, text, "Greta Holm", "Ruth Anker", "2025-10-14")
	wantHeldOn(t, r38Pub, text, "Tomas Vidal", "Jan Smet", "2025-10-14")
	text = "Canal talks\nGreta Holm and Tomas Vidal met for the first time on Monday evening at the station in Ghent. Crowds lined the road. They sat down on Tuesday morning for five hours with port director Jan Smet and Foreign Minister Ruth Anker."
	noneHeld(t, r38Pub, text, "Greta Holm", "Ruth Anker")
}

// "The accord was signed last week in X by A and B": a past week or
// month may stand between a passive signing and its agent, as "today"
// does (passiveGapWords "last", "week", "month"; agentPastPlace,
// meeting/sendoff.go). The negative case: "signed last week in separate
// capitals and approved by A and B" puts another phrase before "by".
func TestPassiveSignedLastWeekBy(t *testing.T) {
	text := "Canal accord\nThe accord was signed last week in Bruges by port director Jan Smet and Arland deputy premier Ruth Anker."
	wantHeldOn(t, r38Pub, text, "Jan Smet", "Ruth Anker", "2025-10")
	text = "Canal accord\nThe accord was signed in Bruges last month by port director Jan Smet and Arland deputy premier Ruth Anker."
	wantHeldOn(t, r38Pub, text, "Jan Smet", "Ruth Anker", "2025-09")
	text = "Canal accord\nThe accord was signed last week in separate capitals and approved by port director Jan Smet and Arland deputy premier Ruth Anker."
	noneHeld(t, r38Pub, text, "Jan Smet", "Ruth Anker")
}

// "A and B sent ministers.": states that open a sentence ending on the
// envoys they sent sat at the meeting just told (sentEnvoys, merge.go).
// The negative cases: "sent ministers to the donors' conference next
// month" tells another occasion, and "sent troops" no envoy.
func TestSentEnvoysJoinMeeting(t *testing.T) {
	lead := "Canal summit\nPrime Minister Tomas Vidal hosted Ambassador Greta Holm and Minister Jan Smet at the canal authority in Ghent on Tuesday. "
	rec := corefRecord(t, lead+"Chile and Peru sent ministers.")
	if meetingWith(rec, "Tomas Vidal", "Chile") == nil || meetingWith(rec, "Greta Holm", "Peru") == nil {
		t.Errorf("sent ministers: want Chile and Peru at the summit: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Chile and Peru sent ministers to the donors' conference in Oslo next month.")
	if meetingWith(rec, "Tomas Vidal", "Chile") != nil {
		t.Errorf("sent ministers to another conference: want Chile not at the summit: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Chile sent troops.")
	if meetingWith(rec, "Tomas Vidal", "Chile") != nil {
		t.Errorf("sent troops: want Chile not at the summit: %s", dump(rec))
	}
}

// "The final wording was agreed last week in X by A and B": a text
// settled in the passive with its makers after "by" is their meeting, as
// "was signed by A and B" is (passiveOnly "agreed", "negotiated",
// predicates.txt [talks]). The negative case: an active "A and B agreed
// ... in separate statements" is no meeting.
func TestPassiveAgreedBy(t *testing.T) {
	text := "Canal accord\nAmbassador Greta Holm and Prime Minister Tomas Vidal signed the canal accord in Ghent on Thursday. The final wording was agreed last week in Bruges by port director Jan Smet and Arland deputy premier Ruth Anker."
	wantHeldOn(t, r38Pub, text, "Jan Smet", "Ruth Anker", "2025-10")
	text = "Canal accord\nAmbassador Greta Holm and Prime Minister Tomas Vidal signed the canal accord in Ghent on Thursday. The deal was negotiated on Monday in Bruges by port director Jan Smet and Arland deputy premier Ruth Anker."
	wantHeldOn(t, r38Pub, text, "Jan Smet", "Ruth Anker", "2025-10-13")
	text = "Canal accord\nPort director Jan Smet and Arland deputy premier Ruth Anker agreed last week in separate statements that the tolls must fall."
	noneHeld(t, r38Pub, text, "Jan Smet", "Ruth Anker")
}
