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
	rec := hundredeightyfourthRecord(t, "Dam treaty signed\nDORN AND OSTER CONFER\nOSLO, May 5 - Mr. Jan Dorn, the Norwegian Prime Minister, and President Piet Oster of Finland set their signatures to the dam treaty at the palace this afternoon. Mr. H. K. Vinter, vice-president of the fund, signed for the fund, which is to hold the money. Mr. Dorn, who flew in this morning, is the guest of the President for three days. The two leaders conferred alone for an hour after the signing.")
	if m := meetingOf(rec, "Jan Dorn", "H. K. Vinter"); m != nil {
		t.Errorf("the fund's officer is none of the two leaders: %s", dump(rec))
	}
	if m := meetingOf(rec, "Jan Dorn", "Piet Oster"); m == nil {
		t.Errorf("want Dorn with Oster: %s", dump(rec))
	}
	rec = hundredeightyfourthRecord(t, "Dam treaty signed\nOSLO, May 5 - Mr. Jan Dorn, the Norwegian Prime Minister, met the fund's chief Ole Brand on Monday. President Piet Oster of Finland arrived on Tuesday and was welcomed by Dorn. The two leaders conferred alone for an hour.")
	if m := meetingOf(rec, "Jan Dorn", "Piet Oster"); m == nil {
		t.Errorf("want Dorn with Oster: %s", dump(rec))
	}
	if m := meetingOf(rec, "Piet Oster", "Ole Brand"); m != nil {
		t.Errorf("no meeting of Oster with Brand: %s", dump(rec))
	}
}
