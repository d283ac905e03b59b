package extract

import "testing"

// Issue 14's five-hundred-and-thirty-ninth round: a targeted batch
// (p3266-p3271: meetings told through hospitality and meals, 1961-2015 —
// a Canadian agency on a prime minister's luncheon for a president, a
// Japanese agency on a dinner and a breakfast for a party leader, a wire
// on a working dinner of foreign ministers, an American agency on a state
// banquet in Lagos, an Indian agency on a dinner and talks in New Delhi, a
// British agency on a state banquet in Accra); each rule with sentences
// of its own.

// "Among the guests at the luncheon were A, B and C" lists those the host
// entertained at the meal the story has just told (amongGuests, rosters;
// p3266, p1937, p2513). The negative case: "Among the guests expected
// are" tells no one present, so the luncheon keeps its two people.
func TestAmongTheGuestsJoinsMeal(t *testing.T) {
	text := "Premier entertains visitor\nOTTAWA (CP) — Prime Minister Rowan Hadley gave a luncheon in honour of President Carl Everton at the Rideau Club on Wednesday.\nAmong the guests at the luncheon were Trade Minister Felix Orme and Marta Quill, the Leader of the Opposition."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Rowan Hadley", "Carl Everton", "Felix Orme", "Marta Quill") {
		t.Errorf("want the guests at the luncheon, got %s", dump(rec))
	}
	text = "Premier entertains visitor\nOTTAWA (CP) — Prime Minister Rowan Hadley gave a luncheon in honour of President Carl Everton at the Rideau Club on Wednesday.\nAmong the guests were Trade Minister Felix Orme and Marta Quill, the Leader of the Opposition."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Rowan Hadley", "Carl Everton", "Felix Orme", "Marta Quill") {
		t.Errorf("want the guests at the luncheon with no occasion named, got %s", dump(rec))
	}
	text = "Premier entertains visitor\nOTTAWA (CP) — Prime Minister Rowan Hadley gave a luncheon in honour of President Carl Everton at the Rideau Club on Wednesday.\nAmong the guests expected at next month's ball are Trade Minister Felix Orme and Marta Quill."
	rec = corefRecord(t, text)
	if heldAll(rec, "Rowan Hadley", "Felix Orme") {
		t.Errorf("guests expected elsewhere joined the luncheon, got %s", dump(rec))
	}
}

// "X entertained Y at dinner" is a meal host and guest sat at together, as
// "X gave a dinner for Y" is (entertainedAtMeal, entertainVerbs; p3266,
// p3243, p1652); "entertained the President" names the visitor by his
// title (titleObjectLeads). The negative case: "entertained the crowd at
// dinner time" names no guest and no meal, so no meeting is told.
func TestEntertainedAtMealMeets(t *testing.T) {
	text := "Governor hosts visitor\nHALIFAX (CP) — Governor Alma Fenwick entertained President Dorian Vell at a state dinner at the citadel on Tuesday."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Alma Fenwick", "Dorian Vell") {
		t.Errorf("want the host and guest at the dinner, got %s", dump(rec))
	}
	text = "Governor hosts visitor\nHALIFAX (CP) — President Dorian Vell landed at the airfield on Tuesday.\nThat evening Governor Alma Fenwick entertained the President at luncheon aboard the flagship."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Alma Fenwick", "Dorian Vell") {
		t.Errorf("want the president, named by his title, at the luncheon, got %s", dump(rec))
	}
	text = "Governor hosts visitor\nHALIFAX (CP) — President Dorian Vell landed at the airfield on Tuesday.\nGovernor Alma Fenwick entertained the crowd at dinner time with a band."
	rec = corefRecord(t, text)
	if heldAll(rec, "Alma Fenwick", "Dorian Vell") {
		t.Errorf("a crowd entertained became a meeting, got %s", dump(rec))
	}
}
