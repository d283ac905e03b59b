package extract

import "testing"

// Issue 14's five-hundred-and-forty-fifth round: a targeted batch
// (p3302-p3307: agencies and wires, 2003-2010, on meetings of three or
// more told after "between" or "among", "A joined B in P for talks with
// C", and "A visited P last month for talks with B" after the two met
// earlier in the story); each rule with sentences of its own.

// "A joined B in P on Thursday for talks with C": the joiner sits with
// the one joined at the talks with C, all three in one meeting
// (joinedForTalks; p3307, p3289, p3304). The negative case: "joined B in
// calling for talks with C" makes the talks a demand, no encounter.
func TestFivehundredfortyfifthJoinedForTalks(t *testing.T) {
	text := "Ministers in Arvena\nNordland's Foreign Minister Erik Halvard joined Ostrian Foreign Minister Tomas Wieczny in Arvena on Thursday for talks with President Oleh Marchuk on the pipeline.\nThe three men spoke for two hours."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Erik Halvard", "Tomas Wieczny", "Oleh Marchuk") {
		t.Errorf("want the joiner, the one joined and the host at one meeting, got %s", dump(rec))
	}
	text = "Ministers in Arvena\nNordland's Foreign Minister Erik Halvard joined his Ostrian counterpart Tomas Wieczny for a meeting with President Oleh Marchuk."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Erik Halvard", "Tomas Wieczny", "Oleh Marchuk") {
		t.Errorf("want the counterpart joined at the meeting, got %s", dump(rec))
	}
	text = "Ministers in Arvena\nNordland's Foreign Minister Erik Halvard joined Ostrian Foreign Minister Tomas Wieczny in calling for talks with President Oleh Marchuk."
	rec = corefRecord(t, text)
	if heldAll(rec, "Erik Halvard", "Oleh Marchuk") || heldAll(rec, "Tomas Wieczny", "Oleh Marchuk") {
		t.Errorf("a call for talks read as talks held, got %s", dump(rec))
	}
}
