package extract

import "testing"

// Issue 14's five-hundred-and-twelfth round: an untargeted batch
// (p3104-p3109: Belarusian, Ukrainian, Russian, German and French
// outlets in English on the Minsk and Normandy-format talks and the
// Russia-Ukraine talks of 2022, 2014-2022); each rule with sentences of
// its own.

// "The meeting of A, B, C and D lasted four hours. Before the four-way
// talks, A held a separate meeting with C, and B and C met D": encounters
// told as set before the group's talks are sideline meetings, not the
// group meeting retold as separate ones (splitRetold; p3106, p1964). The
// negative case: "In separate meetings" with no such landmark still
// tells the group meeting apart.
func TestSeparateMeetingsBeforeTheGroupTalks(t *testing.T) {
	const lead = "Leaders confer\nLYON, May 6 - The meeting of President Tomas Berg, Chancellor Ana Ruiz, President Jan Kowal and President Ivo Marek at the castle lasted about four hours on Friday."
	for _, line := range []string{
		"Before the four-way talks, Berg held a separate meeting with Kowal, and Ruiz and Kowal met Marek.",
		"Ahead of the summit, Berg held a separate meeting with Kowal, and Ruiz and Kowal met Marek.",
	} {
		rec := corefRecord(t, lead+"\n"+line)
		if !heldAll(rec, "Tomas Berg", "Ana Ruiz", "Jan Kowal", "Ivo Marek") {
			t.Errorf("%q: want the four-way meeting kept: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Leaders confer\nLYON, May 6 - President Tomas Berg met President Jan Kowal and President Ivo Marek at the castle on Friday.\nIn separate meetings, Kowal and Marek told Berg that they backed the plan.")
	if heldAll(rec, "Tomas Berg", "Jan Kowal", "Ivo Marek") {
		t.Errorf("separate meetings kept the group meeting: %s", dump(rec))
	}
}

// "X led the Russian side, which also included A and B": "also" between
// the relative pronoun and the member verb puts the side's noun one word
// further back; its members sat at the talks as with "which included"
// (roster's memberVerbs; p3105, p2463). The negative case: a member list
// after a noun of no side ("the plan, which also included A") seats no
// one.
func TestSideWhichAlsoIncluded(t *testing.T) {
	const lead = "Talks\nKYIV, March 4 - Delegations of Ukraine and Russia met on Thursday in Brest and agreed on safe routes for refugees.\nThe Ukrainian delegation included Defence Minister Taras Bilyk and David Hurenko."
	for _, line := range []string{
		"Presidential aide Ivan Sorokin led the Russian side, which also included Vice Minister Pavel Lenko and deputy Oleg Marin.",
		"Presidential aide Ivan Sorokin led the Russian delegation, which also included Deputy Foreign Minister Pavel Lenko.",
	} {
		rec := corefRecord(t, lead+"\n"+line)
		if !heldAll(rec, "Taras Bilyk", "Ivan Sorokin", "Pavel Lenko") {
			t.Errorf("%q: want Lenko at the talks: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"\nPresidential aide Ivan Sorokin praised the plan, which also included ideas of Professor Pavel Lenko.")
	if heldAll(rec, "Taras Bilyk", "Pavel Lenko") {
		t.Errorf("a plan's author sat at the talks: %s", dump(rec))
	}
}

// "The delegation, which also includes A, Political Advisor to President
// Y": the person a capitalized relation noun before "to" relates the
// member to is none of the list, as after "adviser to" (roster's
// apposedAdviserTo; p1651, p2466). The negative case: a member named
// after such a title with no comma before it is still listed.
func TestMemberListAdviserToPresident(t *testing.T) {
	const lead = "Talks\nKYIV, March 4 - Prime Minister Taras Bilyk hosted the visiting delegation led by Foreign Minister Ivan Sorokin on Thursday."
	rec := corefRecord(t, lead+"\nThe delegation, which also includes Pavel Lenko, Political Advisor to President Oleg Marin, arrived on Thursday morning.")
	if !heldAll(rec, "Taras Bilyk", "Ivan Sorokin", "Pavel Lenko") {
		t.Errorf("want Lenko at the meeting: %s", dump(rec))
	}
	if heldAll(rec, "Taras Bilyk", "Oleg Marin") {
		t.Errorf("the president an adviser serves sat at the meeting: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"\nThe delegation, which also includes Special Envoy to the Region Pavel Lenko, arrived on Thursday morning.")
	if !heldAll(rec, "Taras Bilyk", "Pavel Lenko") {
		t.Errorf("want Lenko at the meeting: %s", dump(rec))
	}
}
