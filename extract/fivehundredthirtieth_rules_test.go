package extract

import "testing"

// Issue 14's five-hundred-and-thirtieth round: a targeted batch
// (p3212-p3217: agencies, wire copy and dailies, 2002-2009, on meetings
// told through a counted or collective group after a larger meeting — a
// Baltic premier at a Nordic lunch in Helsinki, a customs-union signing in
// Arusha, Andean ministers received in Quito, Central Asian ministers
// received in Tokyo, a Benelux dinner in The Hague, a Caribbean heads'
// lunch in Montego Bay); each rule with sentences of its own.

// "C joined the leaders for a working lunch" puts C at the meal with the
// people of the meeting just told, as "joined the leaders for the
// afternoon session" does (joinedPeopleForSession with a meal noun;
// p2301, p783, p3212). The negative case: "joined the queue for lunch"
// names no people, so C joins no one.
func TestJoinedPeopleForMeal(t *testing.T) {
	text := "Leaders confer in Lima\nLIMA, May 4 (AFP) - President Andres Velarde of Peru, President Marta Orrego of Chile and President Pedro Alcazar of Bolivia held talks on Tuesday.\nEcuador's President Luis Monje later joined the three presidents for a working lunch."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Andres Velarde", "Marta Orrego", "Pedro Alcazar", "Luis Monje") {
		t.Errorf("want the joiner at the presidents' meal, got %s", dump(rec))
	}
	text = "Leaders confer\nBELFAST, April 8 (AP) - Prime Minister Alan Corrie held talks with President Dale Hutton at the castle on Monday.\nForeign Secretary Ruth Amberley and adviser Neil Sorley joined the two leaders for dinner at the castle."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Alan Corrie", "Dale Hutton", "Ruth Amberley", "Neil Sorley") {
		t.Errorf("want the joiners at the leaders' dinner, got %s", dump(rec))
	}
	text = "Ministers confer in Lima\nLIMA, May 4 (AFP) - Foreign Minister Jorge Salazar of Peru held talks with Foreign Minister Rosa Quintana of Chile on Tuesday.\nRamon Ituarte joined the queue for lunch."
	rec = corefRecord(t, text)
	if heldAll(rec, "Jorge Salazar", "Ramon Ituarte") {
		t.Errorf("a queue read as the people just told, got %s", dump(rec))
	}
}

// "C joined the leaders for a working lunch together with his counterpart
// D": D sat at the meal too, as after "joined them for lunch, along with
// D" (mealAlongside for joinedPeopleForSession; p3212, p1730). The
// negative case: a person named inside a relative clause after "together
// with" ("the envoy who replaced E") is no one at the meal.
func TestJoinedPeopleAlongWith(t *testing.T) {
	text := "Leaders confer in Riga\nRIGA, May 4 (BNS) - Prime Minister Karl Vessen of Norway and Prime Minister Olof Marten of Sweden held talks on Tuesday.\nEstonia's Prime Minister Tiit Kallo then joined the two leaders for a working lunch together with his Latvian counterpart Janis Ozols."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Karl Vessen", "Olof Marten", "Tiit Kallo", "Janis Ozols") {
		t.Errorf("want the counterpart at the lunch, got %s", dump(rec))
	}
	text = "Leaders confer in Riga\nRIGA, May 4 (BNS) - Prime Minister Karl Vessen of Norway and Prime Minister Olof Marten of Sweden held talks on Tuesday.\nEstonia's Prime Minister Tiit Kallo then joined the two leaders for a working lunch together with the envoy who replaced Janis Ozols."
	rec = corefRecord(t, text)
	if heldAll(rec, "Karl Vessen", "Janis Ozols") {
		t.Errorf("the replaced envoy put at the lunch, got %s", dump(rec))
	}
}
