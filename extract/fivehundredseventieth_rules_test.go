package extract

import "testing"

// Issue 14's five-hundred-and-seventieth round: an untargeted batch
// (p3452-p3457: wires, European, Asian, African and Latin American outlets
// on climate and other multilateral conference negotiations and the
// ministers' side meetings there, 1995-2024 — a wire on a vice president's
// arrival at a climate conference, an agency on a premier's talks and a
// bloc's meeting at a climate summit, a broadsheet on a conference
// president's facilitators, an agency on a minister's talks at a treaty
// review conference, an agency on a minister's meetings at a biodiversity
// conference, a daily on a negotiators' group and a conference
// president); each rule with sentences of its own.

// "X had dinner late on Sunday with Y and Z": a time adjunct between the
// meal and its company still makes a shared meal, as "had dinner with Y"
// does (mealTimeThenWith, mealTimeWords, mealTimeLinks; p3452, p2286).
// The negative case: "had dinner at the embassy with Y" puts a place, not
// a time, between them and is left as it was.
func TestMealWithTimeAdjunctBeforeCompany(t *testing.T) {
	text := "Envoys dine\nLISBON, May 4 (Reuters) - Deputy Minister Oren Valdis had supper late on Sunday with Commissioner Petra Holm and Trade Minister Ugo Renzi, aides said."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Oren Valdis", "Petra Holm", "Ugo Renzi") {
		t.Errorf("want the supper of the three, got %s", dump(rec))
	}
	text = "Envoys dine\nLISBON, May 4 (Reuters) - Deputy Minister Oren Valdis had a working breakfast today with his colleague Ugo Renzi."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Oren Valdis", "Ugo Renzi") {
		t.Errorf("want the breakfast of the two, got %s", dump(rec))
	}
	text = "Envoys dine\nLISBON, May 4 (Reuters) - Deputy Minister Oren Valdis had supper at the old fort with Commissioner Petra Holm, aides said."
	rec = corefRecord(t, text)
	if heldAll(rec, "Oren Valdis", "Petra Holm") {
		t.Errorf("a place between the meal and its company read as a time, got %s", dump(rec))
	}
}

// "X spent an hour on Wednesday afternoon with Y": a stretch told with
// its measure and its day takes five words before "with", and is still
// time in Y's company (spentWith; p3454, p1058, p1103). The negative
// case: "spent the last ten years of his career with the ministry" is a
// longer stretch and no encounter.
func TestSpentStretchWithDayBeforeCompany(t *testing.T) {
	text := "Envoys confer\nGENEVA, June 2 (Reuters) - Secretary Lars Moberg spent an hour on Thursday afternoon with Minister Abel Okafor, officials said."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Lars Moberg", "Abel Okafor") {
		t.Errorf("want the hour of the two, got %s", dump(rec))
	}
	text = "Envoys confer\nGENEVA, June 2 (Reuters) - Secretary Lars Moberg spent more than four hours today with Minister Abel Okafor at the villa."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Lars Moberg", "Abel Okafor") {
		t.Errorf("want the hours of the two, got %s", dump(rec))
	}
	text = "Envoys confer\nGENEVA, June 2 (Reuters) - Secretary Lars Moberg spent the last ten years of his career with Minister Abel Okafor."
	rec = corefRecord(t, text)
	if heldAll(rec, "Lars Moberg", "Abel Okafor") {
		t.Errorf("a career read as an encounter, got %s", dump(rec))
	}
}

// "CITY April 19 Agency" on a line of its own: the city in capitals, the
// day and the agency's name with no comma or dash still make a dateline,
// and the meeting the story tells with no place of its own takes the
// city (bareDayCredit; p3455, p2430, p2781). The negative case: a
// lower-case line after the city ("CITY April 19 was quiet") is no
// dateline.
func TestBareDayAgencyDateline(t *testing.T) {
	text := "Ministers meet\nLUSAKA March 3 Zana\nForeign Minister Peter Molefe met Foreign Minister Anna Brix on Tuesday."
	rec := corefRecord(t, text)
	m, ok := heldMeeting(rec, "Peter Molefe", "Anna Brix")
	if !ok || m.Place != "Lusaka" {
		t.Errorf("want the talks placed in the dateline's city, got %s", dump(rec))
	}
	text = "Ministers meet\nLUSAKA March 3 was quiet.\nForeign Minister Peter Molefe met Foreign Minister Anna Brix on Tuesday."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Peter Molefe", "Anna Brix"); ok && m.Place == "Lusaka" {
		t.Errorf("a sentence read as a dateline, got %s", dump(rec))
	}
}
