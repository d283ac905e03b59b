package extract

import "testing"

// Issue 14's five-hundred-and-forty-ninth round: an untargeted batch
// (p3326-p3331: Chinese state media readouts of leaders' talks, meetings
// and calls, 2008-2024 — agency readouts of a president's talks abroad and
// in Beijing, a phone call, a daily on a premier's meeting, a foreign
// minister's talks in a provincial city, a broadcaster on a premier's
// talks); each rule with sentences of its own.

// "earlier in the week" and "later in the week" name the story's week as
// "earlier this week" does: the meeting takes the publication month, not
// the publication day (p3330, p1759, p2701). The negative case: "earlier in the
// day" keeps the day.
func TestInTheWeekTakesMonth(t *testing.T) {
	text := "Ministers confer\nForeign Minister Lian Dewei held talks with Foreign Minister Arkan Velasi in Foshan on Friday.\nLian held separate talks in Foshan earlier in the week with Foreign Minister Tovo Rainmar."
	rec := corefRecord(t, text)
	m, ok := heldMeeting(rec, "Lian Dewei", "Tovo Rainmar")
	if !ok || len(m.Date) != 7 {
		t.Errorf("want the week's talks dated by month, got %s", dump(rec))
	}
	text = "Ministers confer\nForeign Minister Lian Dewei held talks with Foreign Minister Arkan Velasi in Foshan on Friday.\nLian held separate talks in Foshan earlier in the day with Foreign Minister Tovo Rainmar."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Lian Dewei", "Tovo Rainmar"); !ok || len(m.Date) != 10 {
		t.Errorf("want the day's talks dated by day, got %s", dump(rec))
	}
}
