package extract

import "testing"

// Issue 14's five-hundred-and-thirty-fourth round: an untargeted batch
// (p3236-p3241: British, Irish and continental wires, broadsheets and
// broadcasters on European Council summits and the Brexit negotiations,
// 1991-2023 — a wire on the Maastricht summit's opt-outs, a daily on the
// first Brexit round in Brussels, an agency on the Salzburg summit, a
// Sunday paper on the Edinburgh summit, a broadcaster on protocol talks in
// Brussels, a German broadcaster on the Windsor deal); each rule with
// sentences of its own.

// A common given name and a family name that is also a title ("John
// Major") opening a sentence before a lowercase word read as a person
// with no title before them (titleSurname; p3239, p2655). The negative
// case: the same title with its article ("The Air Marshal said") stays a
// title.
func TestSentenceOpeningTitleSurname(t *testing.T) {
	text := "Leaders agree budget\nJohn Major met Chancellor Otto Brenner in Perth on Friday to settle the budget."
	rec := corefRecord(t, text)
	if !heldAll(rec, "John Major", "Otto Brenner") {
		t.Errorf("want John Major at the meeting, got %s", dump(rec))
	}
	text = "Leaders agree budget\nThe Air Marshal met Chancellor Otto Brenner in Perth on Friday to settle the budget."
	rec = corefRecord(t, text)
	if hasPerson(rec, "Air Marshal") {
		t.Errorf("the title read as a person, got %s", dump(rec))
	}
}

// An honorific alone before a family name that is also a title ("Mr
// Major", "Ms Bishop") styles the person, who meets (titleSurname; p3239,
// p1428). The negative case: "the Lord Bishop of X" keeps the see and
// names no one.
func TestHonorificTitleSurname(t *testing.T) {
	text := "Leaders agree budget\nPrime Minister John Major hailed the agreement.\nChancellor Otto Brenner met Mr Major in Perth on Friday."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Otto Brenner", "John Major") {
		t.Errorf("want Brenner and Major met, got %s", dump(rec))
	}
	text = "Leaders agree budget\nChancellor Otto Brenner met the Lord Bishop of Perth on Friday."
	rec = corefRecord(t, text)
	if hasPerson(rec, "Bishop") {
		t.Errorf("the see's title read as a person, got %s", dump(rec))
	}
}

// A family name that is also a title stands alone once the article has
// named its titled bearer ("Prime Minister John Major ... Lubbers met
// Major twice"; loneTitleFamily; p3236, p1671). The negative case: with
// its article ("the Major met") it stays a title.
func TestLoneTitleFamilyName(t *testing.T) {
	text := "Summit ends\nPrime Minister John Major arrived in Perth on Monday.\nPrime Minister Ruud Vander met Major twice on Tuesday night."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Ruud Vander", "John Major") {
		t.Errorf("want Vander and Major met, got %s", dump(rec))
	}
	text = "Summit ends\nPrime Minister John Kessler arrived in Perth on Monday.\nThe Major met Prime Minister Ruud Vander on Tuesday night."
	rec = corefRecord(t, text)
	if heldAll(rec, "Ruud Vander", "John Kessler") {
		t.Errorf("the titled officer read as Kessler, got %s", dump(rec))
	}
}

// A month that is also a function word ("May") stands alone as the family
// name once the article writes it after a given name ("Theresa May ...
// Tusk, who met May privately"; loneMonthFamily; p3238, p1491). The
// negative case: after a date word ("met in May") it stays the month.
func TestLoneMonthFamilyName(t *testing.T) {
	text := "Summit\nLeaders told Prime Minister Alice May on Thursday that the plan would not work.\nCouncil President Dario Lenz, who met May privately on Wednesday evening, said the plan was flawed."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Dario Lenz", "Alice May") {
		t.Errorf("want Lenz and May met, got %s", dump(rec))
	}
	text = "Summit\nLeaders told Prime Minister Alice May on Thursday that the plan would not work.\nCouncil President Dario Lenz, who met Chancellor Ivo Brandt in May, said the plan was flawed."
	rec = corefRecord(t, text)
	if heldAll(rec, "Dario Lenz", "Alice May") {
		t.Errorf("the month read as the person, got %s", dump(rec))
	}
}
