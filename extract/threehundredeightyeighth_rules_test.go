package extract

import "testing"

// Issue 14's three-hundred-and-eighty-eighth round: two meetings told in
// one sentence through a temporal clause (p2360-p2365); each rule with
// sentences of its own.

// "A day after meeting X in P, Y held talks with Z in Q on Tuesday": a
// fronted adjunct of sequence measured in days tells Y's encounter with
// X, at P and a day before the main clause's, and the main clause another
// with Z at Q; a presence told after it joins the main clause's talks
// (meeting/sequenceadjunct.go frontedGerund, sequenceDistance; p2360,
// p2363, p2244).
func TestMeasuredFrontedSequenceAdjunct(t *testing.T) {
	rec := corefRecord(t, "Talks\n\nKARLSTAD, May 6 - A day after meeting Foreign Minister Anders Holmqvist in Uppsala, Defence Secretary Martin Okonjo held talks with Prime Minister Lena Dahlberg in Karlstad on Tuesday. Trade Minister Petra Lindqvist also took part in the talks.")
	if m := meetingWith(rec, "Anders Holmqvist", "Lena Dahlberg"); m != nil {
		t.Errorf("want Holmqvist at no meeting with Dahlberg: %s", dump(rec))
	}
	early := mustMeeting(t, rec, "Martin Okonjo", "Anders Holmqvist")
	if early.Place != "Uppsala" || early.Date != "2025-05-05" {
		t.Errorf("want the earlier meeting in Uppsala on 2025-05-05, got %q %q", early.Place, early.Date)
	}
	main := mustMeeting(t, rec, "Martin Okonjo", "Lena Dahlberg", "Petra Lindqvist")
	if main.Place != "Karlstad" || main.Date != "2025-05-06" {
		t.Errorf("want the talks in Karlstad on 2025-05-06, got %q %q", main.Place, main.Date)
	}
}

// "Hours after talks with X in P, Y received Z in Q": the same, on the
// main clause's day.
func TestHoursFrontedSequenceAdjunct(t *testing.T) {
	rec := corefRecord(t, "Visit\n\nMORVIK, May 6 - Hours after talks with President Ivo Brandt in Sandvik, Chancellor Oda Rasmussen received Governor Henrik Sole in Morvik on Tuesday.")
	if m := meetingWith(rec, "Ivo Brandt", "Henrik Sole"); m != nil {
		t.Errorf("want Brandt at no meeting with Sole: %s", dump(rec))
	}
	early := mustMeeting(t, rec, "Oda Rasmussen", "Ivo Brandt")
	if early.Place != "Sandvik" || early.Date != "2025-05-06" {
		t.Errorf("want the earlier talks in Sandvik on 2025-05-06, got %q %q", early.Place, early.Date)
	}
	main := mustMeeting(t, rec, "Oda Rasmussen", "Henrik Sole")
	if main.Place != "Morvik" {
		t.Errorf("want the reception in Morvik, got %q", main.Place)
	}
}

// "X, who saw Y in P on Monday, was received by Z at the palace this
// afternoon" under a dateline: P is the city of the relative clause's
// own encounter, not where the lead's news is set; the reception, which
// names no city, is at the dateline's (meeting/places.go
// relativeEncounterCity; p2364).
func TestRelativeEncounterCityNotTheLeads(t *testing.T) {
	rec := corefRecord(t, "TALKS\nKARLSTAD, May 6.\nMr. Okonjo, who saw General Holmqvist in Uppsala on Monday, was received by Dr. Dahlberg at the Palais Rosen this afternoon.")
	main := mustMeeting(t, rec, "Okonjo", "Dahlberg")
	if main.Place != "Karlstad" {
		t.Errorf("want the reception in Karlstad, got %q: %s", main.Place, dump(rec))
	}
	early := mustMeeting(t, rec, "Okonjo", "Holmqvist")
	if early.Place != "Uppsala" {
		t.Errorf("want the earlier meeting in Uppsala, got %q", early.Place)
	}
}

// "X, who held a phone call with A on Sunday, received B at the palace in
// P on Tuesday": the call word stands in the relative clause, the
// reception is in person at P (meeting/meetings.go callOnlyInRelative;
// p2365).
func TestCallInRelativeClauseNotTheReceptions(t *testing.T) {
	rec := corefRecord(t, "Test\n\nKARLSTAD, May 6 (Wire) - President Martin Okonjo, who held a phone call with President Anders Holmqvist on Sunday, received President Lena Dahlberg at the palace in Karlstad on Tuesday.")
	call := mustMeeting(t, rec, "Martin Okonjo", "Anders Holmqvist")
	if call.Mode != "call" {
		t.Errorf("want the relative clause's call, got %q", call.Mode)
	}
	main := mustMeeting(t, rec, "Martin Okonjo", "Lena Dahlberg")
	if main.Mode != "in-person" || main.Place != "Karlstad" || main.Date != "2025-05-06" {
		t.Errorf("want the reception in person in Karlstad on 2025-05-06, got %q %q %q: %s", main.Mode, main.Place, main.Date, dump(rec))
	}
}
