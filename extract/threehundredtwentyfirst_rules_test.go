package extract

import "testing"

// Issue 14's three-hundred-and-twenty-first round: met-pairs whose meeting
// is told by a noun or an unusual verb (p1958-p1963: "had two hours
// together", "an exchange of views", "their encounter"); each rule with
// sentences of its own.

// A stretch of minutes or hours "had" or "spent" "together" or "alone"
// is an encounter of the clause's people, with no meeting word
// (meeting.timeTogether; p1958, p1961, p1406); "about an hour together on
// Saturday" keeps the day after the stretch (frame.spanTimeLinks). The
// negative case: years together are a shared past, no meeting.
func TestTimeTogether(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE (Agency) - Chancellor Ivo Lenk and President Tomas Varga had more than three hours together in the old palace on Tuesday.")
	if m := mustMeeting(t, rec, "Ivo Lenk", "Tomas Varga"); m.Status != "held" {
		t.Errorf("want a held meeting: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE (Agency) - Chancellor Ivo Lenk welcomed the delegation on Sunday. Later Senator Edwin Holt and Mayor Rosa Pell spent about an hour alone on Monday at the town hall.")
	m := mustMeeting(t, rec, "Edwin Holt", "Rosa Pell")
	if m.Date != "2025-05-05" {
		t.Errorf("want the Monday of the stretch, got %q: %s", m.Date, dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE (Agency) - Chancellor Ivo Lenk and President Tomas Varga had years together in the movement before the split.")
	if meetingOf(rec, "Ivo Lenk", "Tomas Varga") != nil {
		t.Errorf("want no meeting for years shared: %s", dump(rec))
	}
}

// An exchange of views that two people named in the sentence had or held
// is their talks, as agencies and communiques tell them
// (meeting.viewsExchanged; p1962). The negative cases: views exchanged
// among people not named, and an exchange of views told through an
// anaphor, which restates the talks told before (p955).
func TestViewsExchanged(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE (Agency) - Chancellor Ivo Lenk and President Tomas Varga had a frank and detailed exchange of views in the capital on Monday.")
	mustMeeting(t, rec, "Ivo Lenk", "Tomas Varga")
	rec = corefRecord(t, "Talks\n\nVALMORE (Agency) - Senator Edwin Holt held an in-depth exchange of views with Mayor Rosa Pell on Monday.")
	mustMeeting(t, rec, "Edwin Holt", "Rosa Pell")
	rec = corefRecord(t, "Talks\n\nVALMORE (Agency) - Chancellor Ivo Lenk met President Tomas Varga in the capital on Monday. The two heads of state had a cordial exchange of views on trade.")
	if len(rec.Meetings) != 1 || meetingOf(rec, "Ivo Lenk", "Tomas Varga") == nil {
		t.Errorf("want the anaphor's exchange read as the talks told before, one meeting: %s", dump(rec))
	}
}
