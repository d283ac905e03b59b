package extract

import (
	"testing"
)

// Issue 14's four-hundred-and-forty-sixth round: an untargeted batch
// (p2708-p2713: a 2000s pan-African agency on a regional mediator's talks
// in Niamey, a 2010s agency on a junta's framework accord near Bamako, a
// 1990s Accra daily on a ministerial committee's peace plan in Conakry, a
// 2020s Abuja daily on a mediator's talks with a new junta leader, a 2010s
// Banjul daily on a bloc's delegation to Bissau, a 2000s Lagos daily on a
// president's talks with an army-installed leader); each rule with
// sentences of its own.

// "the AU mediator for Sudan, former Kenyan President X, met Y": the
// person set off by commas after the post noun's complement, past a
// demonym among the title's words, holds the post (postComma,
// commaPerson; p2711, p1363). The negative cases: a relative clause
// after the comma, and a clause the complement's comma closes, name no
// holder.
func TestMediatorAfterComplementAndDemonym(t *testing.T) {
	for _, c := range []struct{ text, who string }{
		{"The African Union mediator for Sudan, former Kenyan President Jan Kowal, on Tuesday met army chief Tomas Berg in Khartoum.", "Jan Kowal"},
		{"The African Union mediator, Kenyan President Jan Kowal, on Tuesday met army chief Tomas Berg in Khartoum.", "Jan Kowal"},
		{"Kenya's facilitator for the northern peace dialogue, Dato Jan Kowal, said the two panels would meet again in Nairobi.", "Jan Kowal"},
	} {
		rec := corefRecord(t, "Talks\n"+c.text)
		if !hasMediator(rec, c.who) {
			t.Errorf("%q: want %s a mediator: %s", c.text, c.who, dump(rec))
		}
	}
	for _, c := range []struct{ text, who string }{
		{"The African Union mediator, who met Kenyan President Tomas Berg, met the junta leader Jan Kowal on Friday.", "Tomas Berg"},
		{"When the African Union mediator for Sudan left, President Tomas Berg met the junta leader Jan Kowal on Friday.", "Tomas Berg"},
	} {
		rec := corefRecord(t, "Talks\n"+c.text)
		if hasMediator(rec, c.who) {
			t.Errorf("%q: want %s no mediator: %s", c.text, c.who, dump(rec))
		}
	}
}

// "The mediator of the East African Community (EAC) in
// the crisis, former Kenyan head of state General X, held talks": the
// body of the post noun's "of" complement, past its bracketed acronym
// and a prepositional complement, and the person set off by commas after
// them both broker (ofBodyPost; p2708, p2394, p2142). The negative cases:
// a post left ("the former mediator of ...") and a complement naming no
// body ("the mediator of the talks, X") give no body's post.
func TestMediatorOfBodyApposed(t *testing.T) {
	for _, line := range []string{
		"The mediator of the East African Community (EAC) in the border crisis, former Kenyan head of state General Jan Kowal, held talks in Maseru on Friday with Prime Minister Tomas Berg.",
		"The chief mediator of the African Union, retired general Jan Kowal, held talks in Maseru on Friday with Prime Minister Tomas Berg.",
	} {
		rec := corefRecord(t, "Talks\n"+line)
		if !hasMediator(rec, "Jan Kowal") {
			t.Errorf("%q: want Jan Kowal a mediator: %s", line, dump(rec))
		}
	}
	for _, line := range []string{
		"The former mediator of the African Union, Jan Kowal, held talks in Maseru on Friday with Prime Minister Tomas Berg.",
		"The mediator of the talks, Jan Kowal, held talks in Maseru on Friday with Prime Minister Tomas Berg.",
	} {
		rec := corefRecord(t, "Talks\n"+line)
		if hasMediator(rec, "African Union") {
			t.Errorf("%q: want the African Union no mediator: %s", line, dump(rec))
		}
	}
}
