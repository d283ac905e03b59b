package extract

import "testing"

// Issue 14's five-hundred-and-twenty-third round: a batch targeted on
// states as parties of talks told through officials' posts (p3170-p3175:
// Central Asian, wire, French, South African, Japanese and Spanish
// agencies, 1993-2018 — foreign ministers' border and water talks in
// Tashkent, a basic treaty initialled in Kiev, a river pact of four states
// signed in Chiang Rai, a port's handover agreed in Cape Town, a fisheries
// pact signed in Kagoshima, a sea border's coordinates agreed in Lima);
// each rule with sentences of its own.

// "A and B agreed on Monday to ..., after X held talks with Y": a meeting
// told in an "after" clause that gives no time of its own is on the day of
// the main clause's act it led to (precedingAfter; p307, p303, p1370,
// p2333). The negative case: an "after" clause with its own time ("after X
// held talks with Y in March") keeps it.
func TestAfterClauseTalksOnTheMainDay(t *testing.T) {
	text := "Neighbours agree\nKARTOS, May 5 (Reuters) - Veltria and Ostrava agreed on Monday to form a joint border committee, after Prime Minister Arvo Tamm held talks with President Luka Brenner at the palace here."
	rec := corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Arvo Tamm", "Luka Brenner"); !ok || m.Date != "2025-05-05" {
		t.Errorf("want the talks on the Monday, got %s", dump(rec))
	}
	text = "Neighbours agree\nKARTOS, May 5 (Reuters) - Veltria and Ostrava agreed on Monday to form a joint border committee, after their foreign ministers, Arvo Tamm and Luka Brenner, met at a special session of the regional council."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Arvo Tamm", "Luka Brenner"); !ok || m.Date != "2025-05-05" {
		t.Errorf("want the ministers' meeting on the Monday, got %s", dump(rec))
	}
	text = "Neighbours agree\nKARTOS, May 5 (Reuters) - Veltria and Ostrava agreed on Monday to form a joint border committee, after Prime Minister Arvo Tamm held talks with President Luka Brenner in March."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Arvo Tamm", "Luka Brenner"); !ok || m.Date != "2025-03" {
		t.Errorf("want the talks in March, got %s", dump(rec))
	}
}
