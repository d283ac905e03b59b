package extract

import "testing"

// Issue 14's five-hundred-and-thirty-fifth round: an untargeted batch
// (p3242-p3247: American and British agencies and newspapers on wartime and
// interwar conferences, 1919-1945 — a wire on a Council of Four sitting in
// Paris, a daily on a ten-day conference in Morocco, an agency on a Big
// Three meeting in Iran, a wire on the opening of a Big Three conference, a
// wire on a foreign ministers' conference in Moscow, a broadsheet on a
// conference communique from the Crimea); each rule with sentences of its
// own.

// "A, B and C held twelve sessions" counts the sittings of their talks, as
// "held a session" names one (heldSession; p3246, p3123). The negative
// case: "held twelve sessions of the assembly" is a body's sittings.
func TestHeldCountedSessions(t *testing.T) {
	text := "Conference ends\nLISBON, May 4. Secretary of State Carl Benning, Foreign Secretary Arthur Pell and Foreign Minister Ivan Dorval held twelve sessions in the palace."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Carl Benning", "Arthur Pell", "Ivan Dorval") {
		t.Errorf("want the sessions as talks of the three, got %s", dump(rec))
	}
	text = "Conference ends\nLISBON, May 4. Secretary of State Carl Benning, Foreign Secretary Arthur Pell and Foreign Minister Ivan Dorval held twelve sessions of the assembly."
	rec = corefRecord(t, text)
	if heldAll(rec, "Carl Benning", "Arthur Pell") {
		t.Errorf("a body's sittings read as talks, got %s", dump(rec))
	}
}

// "on Monday of last week" is the Monday of the week before the
// publication's, not the Monday just past (weekOfWeekday; p3246, p1286).
// Told on a Monday, "Monday of last week" is a week back; "on Monday" alone
// stays the day itself.
func TestWeekdayOfLastWeek(t *testing.T) {
	text := "Envoy received\nLISBON, Nov. 6 (AP). Marshal Ivan Dorval received Mr. Carl Benning at the palace on Monday of last week."
	rec := run(t, text, "1950-11-06")
	if m, ok := heldMeeting(rec, "Ivan Dorval", "Carl Benning"); !ok || m.Date != "1950-10-30" {
		t.Errorf("want the Monday of the week before, got %s", dump(rec))
	}
	text = "Envoy received\nLISBON, Nov. 9 (AP). Marshal Ivan Dorval received Mr. Carl Benning at the palace on Thursday of last week."
	rec = run(t, text, "1950-11-09")
	if m, ok := heldMeeting(rec, "Ivan Dorval", "Carl Benning"); !ok || m.Date != "1950-11-02" {
		t.Errorf("want the Thursday a week back, got %s", dump(rec))
	}
	text = "Envoy received\nLISBON, Nov. 9 (AP). Marshal Ivan Dorval received Mr. Carl Benning at the palace on Monday."
	rec = run(t, text, "1950-11-09")
	if m, ok := heldMeeting(rec, "Ivan Dorval", "Carl Benning"); !ok || m.Date != "1950-11-06" {
		t.Errorf("the bare weekday moved, got %s", dump(rec))
	}
}

// "Commissar" is a post before the name, as "Minister" is ("Foreign
// Commissar X"; titleHeads, p3245, p3246): the name keeps no post word.
func TestCommissarIsAPost(t *testing.T) {
	text := "Ministers meet\nLISBON, May 4. Foreign Commissar Ivan Dorval met Foreign Secretary Arthur Pell at the embassy today."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Ivan Dorval", "Arthur Pell") {
		t.Errorf("want the commissar named without his post, got %s", dump(rec))
	}
}

// A flight "tonight" told after a meeting at a building leaves the
// dispatch's city: the meeting stays in the dateline's city, not the one
// flown to (arrivalCity's guard for counted sessions; p610).
func TestFlightTonightLeavesMeetingCity(t *testing.T) {
	text := "Talks end\nLISBON, May 4 (AP) - Premier Tomas Krin arrived on Monday.\nPremier Tomas Krin and President Oskar Dahl held seven sessions, most of them at the residence.\nKrin flew to Madrid tonight."
	rec := run(t, text, "1950-05-04")
	if m, ok := heldMeeting(rec, "Tomas Krin", "Oskar Dahl"); !ok || m.Place != "Lisbon" {
		t.Errorf("want the sessions in the dateline's city, got %s", dump(rec))
	}
}
