package extract

import "testing"

// Issue 14's three-hundred-and-thirty-fourth round: dates told elsewhere
// or relatively (p2036-p2041: "the previous day", "on the eve of", "that
// evening" after a day told in a relative clause); each rule with
// sentences of its own.

// "the previous day" stays a day counted from the event told before when
// an infinitive of purpose or an "after" phrase follows it ("met the
// previous day to prepare the text", "met the previous day after the
// leaders' arrival"): neither is a noun the phrase modifies (shiftFollowers,
// frame.DayShift; p2038, p2039). The negative case: "the previous day's
// talks" still counts from nothing.
func TestPreviousDayBeforePurposeOrAfter(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE, May 6 (Agency) - President Tomas Varga held talks with Prime Minister Edwin Holt here on Tuesday.\n\n"+
		"The foreign ministers, Ana Lopes and Ivo Lenk, met the previous day after the leaders' arrival to go over the draft.")
	if m := meetingOf(rec, "Ana Lopes", "Ivo Lenk"); m == nil || m.Date != "2025-05-05" {
		t.Errorf("want the ministers on the day before Tuesday: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE, May 6 (Agency) - President Tomas Varga held talks with Prime Minister Edwin Holt here on Tuesday.\n\n"+
		"Trade Minister Piet Dorn met his colleague Marek Sova the previous day to settle the tariff annex.")
	if m := meetingOf(rec, "Piet Dorn", "Marek Sova"); m == nil || m.Date != "2025-05-05" {
		t.Errorf("want the trade ministers on the day before Tuesday: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE, May 6 (Agency) - President Tomas Varga held talks with Prime Minister Edwin Holt here on Tuesday.\n\n"+
		"Ana Lopes met Ivo Lenk on Friday to review the previous day's minutes.")
	if m := meetingOf(rec, "Ana Lopes", "Ivo Lenk"); m == nil || m.Date != "2025-05-02" {
		t.Errorf("want the meeting on its own Friday: %s", dump(rec))
	}
}

// "that evening" points back to the one day its sentence told before it,
// though that day stands in a relative clause of the subject ("A, who
// flew in on Sunday, called on B that evening"), not to the day the story
// told last (meeting.ThatPartDay; p2036). The negative case: a clause
// telling two days leaves "that evening" to the story's day.
func TestThatEveningTakesTheSentencesDay(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nVALMORE, May 6 (Agency) - President Tomas Varga held talks with Prime Minister Edwin Holt here on Tuesday.\n\n"+
		"On the eve of the talks, Holt dined with Mayor Ana Lopes.\n\n"+
		"Ivo Lenk, who flew in on a chartered jet on Sunday, called on Varga at the palace that evening.")
	if m := meetingOf(rec, "Ivo Lenk", "Tomas Varga"); m == nil || m.Date != "2025-05-04" {
		t.Errorf("want the call on Sunday: %s", dump(rec))
	}
	rec = corefRecord(t, "Talks\n\nVALMORE, May 6 (Agency) - President Tomas Varga held talks with Prime Minister Edwin Holt here on Tuesday.\n\n"+
		"On the eve of the talks, Holt dined with Mayor Ana Lopes.\n\n"+
		"Ivo Lenk, who flew in on Saturday and toured the port on Sunday, called on Varga at the palace that evening.")
	if m := meetingOf(rec, "Ivo Lenk", "Tomas Varga"); m != nil && (m.Date == "2025-05-03" || m.Date == "2025-05-04") {
		t.Errorf("want no day picked from two: %s", dump(rec))
	}
}
