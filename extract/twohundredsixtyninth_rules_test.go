package extract

import "testing"

// Issue 14's two-hundred-and-sixty-ninth round: who met whom when the
// meeting is not told with a plain verb between two named people
// (p1646-p1651: a pontiff's audience and a minister's consultations, a
// British wire, Vatican City, 1989; a leader's meeting and talks of "the
// two sides" with their heads named after, a Chinese agency, Beijing,
// 1982; a telephone conversation with talks and calls recalled, a French
// wire, Paris, 2022; foreign secretaries' talks, "the Indian side was led
// by", an Indian agency, New Delhi, 2004; a treaty signed by two leaders
// and a bank's officer, the leaders conferring after, a London
// broadsheet, Karachi, 1960; a luncheon for a delegation and "the two
// sides held discussion", an Ethiopian agency, Addis Ababa, 2018); each
// rule with sentences of its own.

// "The two leaders conferred" after an aside on a bank's officer and a
// sentence on one of the leaders: the two people named last are a leader
// and one who leads nothing, so the description stands for the lead's
// two leaders, who keep the leader named last (coref.leaderReading;
// p1650, p1288). A deck in capitals under the headline is no lead. The
// negative case: two leaders named last are read as before.
func TestTwoLeadersPastNonLeader(t *testing.T) {
	rec := corefRecord(t, "Dam treaty signed\nDORN AND OSTER CONFER\nOSLO, May 5 - Mr. Jan Dorn, the Norwegian Prime Minister, and President Piet Oster of Finland set their signatures to the dam treaty at the palace this afternoon. Mr. H. K. Vinter, vice-president of the fund, signed for the fund, which is to hold the money. Mr. Dorn, who flew in this morning, is the guest of the President for three days. The two leaders then conferred privately for an hour.")
	if m := meetingOf(rec, "Jan Dorn", "H. K. Vinter"); m != nil {
		t.Errorf("the fund's officer is none of the two leaders: %s", dump(rec))
	}
	if m := meetingOf(rec, "Jan Dorn", "Piet Oster"); m == nil {
		t.Errorf("want Dorn with Oster: %s", dump(rec))
	}
	rec = corefRecord(t, "Dam treaty signed\nOSLO, May 5 - Mr. Jan Dorn, the Norwegian Prime Minister, met the fund's chief Ole Brand on Monday. President Piet Oster of Finland arrived on Tuesday and was welcomed by Dorn. The two leaders then conferred privately for an hour.")
	if m := meetingOf(rec, "Jan Dorn", "Piet Oster"); m == nil {
		t.Errorf("want Dorn with Oster: %s", dump(rec))
	}
	if m := meetingOf(rec, "Piet Oster", "Ole Brand"); m != nil {
		t.Errorf("no meeting of Oster with Brand: %s", dump(rec))
	}
}

// "gave a luncheon in honour of the Arlander high-level delegation led
// by Foreign Minister Y": the one who leads the guests sat at the host's
// table, as after "received the delegation led by Y" (mealForGuest,
// ledDelegationObject, whose delegation may now take a demonym and a
// hyphened modifier; p1651). The negative case: a luncheon for a
// delegation no one is named to lead pairs no one.
func TestMealForLedDelegation(t *testing.T) {
	rec := corefRecord(t, "Luncheon\nOSLO, May 6, 2025 (NTB) Prime Minister Arne Solli gave a luncheon in honour of the Finnish high-level delegation led by Foreign Minister Piet Oster yesterday at the palace.")
	if m := meetingOf(rec, "Arne Solli", "Piet Oster"); m == nil {
		t.Errorf("want Solli with Oster: %s", dump(rec))
	}
	rec = corefRecord(t, "Luncheon\nOSLO, May 6, 2025 (NTB) Prime Minister Arne Solli gave a luncheon in honour of the Finnish delegation yesterday at the palace. Foreign Minister Piet Oster spoke to reporters in Bergen.")
	if m := meetingOf(rec, "Arne Solli", "Piet Oster"); m != nil {
		t.Errorf("no meeting of Solli with Oster: %s", dump(rec))
	}
}

// "held consultations with X on the shape the new ties would take",
// "held talks with X on how the truce would work": the modal is in the
// clause that tells what they talked about, so the talks were held
// (meeting.topicClause; p1646, p228, p328). The negative case: a modal
// right after the topic's noun phrase is the talks' own ("talks ... on
// the border will resume next week").
func TestModalInTopicClause(t *testing.T) {
	for _, s := range []string{
		"Foreign Minister Ole Brand, who came with Solli, held separate consultations with the Finnish Secretary of State, Piet Oster, on the shape the new ties would take.",
		"Foreign Minister Ole Brand held talks with Foreign Minister Piet Oster on how the truce would work.",
	} {
		rec := corefRecord(t, "Ties\nOSLO, May 10 (AFP) - Prime Minister Arne Solli of Norway was received by President Kari Lund of Finland on Saturday. "+s)
		if m := meetingOf(rec, "Ole Brand", "Piet Oster"); m == nil || m.Status != "held" {
			t.Errorf("%s: want a held meeting of Brand with Oster: %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, "Ties\nOSLO, May 10 (AFP) - Prime Minister Arne Solli of Norway was received by President Kari Lund of Finland on Saturday. Talks between Ole Brand and Piet Oster on the border will resume next week.")
	if m := meetingOf(rec, "Ole Brand", "Piet Oster"); m != nil && m.Status == "held" {
		t.Errorf("the talks are to come: %s", dump(rec))
	}
}

// "A and B signed the treaty here today. C,
// vice-president of the fund, signed for the fund.": one more
// signatory, told right after the signing by others, sat at it
// (meeting.signedForJoin; p1650, p1381, p1077, p244, p96). The negative
// case: a signatory after a sentence that tells no signing joins no
// meeting.
func TestSignatoryJoinsSigningBefore(t *testing.T) {
	rec := corefRecord(t, "Dam treaty signed\nOSLO, May 5 - Prime Minister Arne Solli of Norway and President Piet Oster of Finland signed the dam treaty at the palace this afternoon. Mr. Hal Vinter, vice-president of the fund, signed for the fund.")
	if m := meetingOf(rec, "Arne Solli", "Piet Oster", "Hal Vinter"); m == nil {
		t.Errorf("want Vinter at the signing of Solli and Oster: %s", dump(rec))
	}
	rec = corefRecord(t, "Dam treaty talks\nOSLO, May 5 - Prime Minister Arne Solli of Norway and President Piet Oster of Finland held talks at the palace this afternoon. Mr. Hal Vinter, vice-president of the fund, signed for the fund.")
	if m := meetingOf(rec, "Piet Oster", "Hal Vinter"); m != nil {
		t.Errorf("no signing was told before Vinter's: %s", dump(rec))
	}
}
