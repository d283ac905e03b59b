package extract

import "testing"

// Issue 14's five-hundred-and-thirty-second round: a batch targeted on
// persons (p3224-p3229: a wire, an agency, a broadsheet, a national news
// agency, a public broadcaster and a news trust on envoys' and ministers'
// talks, 2007-2024 — names with particles and honorifics, given names that
// are common words); each rule with sentences of its own.

// "X, on his first visit to Y since taking office, met Z": the aside after
// the subject opens with a preposition and a possessive, and its "since"
// clause ends at the comma before the predicate; the predicate is X's, as
// after "X, the first leader to visit since ..., met Z"
// (journeyAside, apposedSubordinate; p3225, p2521, p1805). The negative
// case: the two ministers met "and separately" are not paired with each
// other once the visitor is the subject.
func TestTripAsideSinceKeepsSubject(t *testing.T) {
	text := "Envoy in Vantora\nForeign Minister Edda Pellmark arrived in Vantora on Monday.\nPellmark, on her first visit to Vantora since taking office in March, met Prime Minister Oskar Tavely at his office."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Edda Pellmark", "Oskar Tavely") {
		t.Errorf("want the visitor with the prime minister, got %s", dump(rec))
	}
	text = "Envoy in Vantora\nForeign Minister Edda Pellmark arrived in Vantora on Monday.\nPellmark, on her third trip to Vantora since taking over the ministry, also met Trade Minister Ilse Varno and separately Finance Minister Roald Stenvik."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Edda Pellmark", "Ilse Varno") || !heldAll(rec, "Edda Pellmark", "Roald Stenvik") {
		t.Errorf("want the visitor with each minister, got %s", dump(rec))
	}
	if heldAll(rec, "Ilse Varno", "Roald Stenvik") {
		t.Errorf("the two ministers paired without the visitor, got %s", dump(rec))
	}
}

// "X was accompanied by Y, who held a separate meeting with Z": the
// companions' list ends at a relative clause that tells an encounter held
// apart, so Z is no companion of X's at X's meeting; Y and Z met on their
// own (separateRelativeBetween; p3226, p1585, p211). The negative case: a
// relative clause with no such word ("who had flown in with him") keeps
// the companion named after it on the list.
func TestSeparateRelativeEndsCompanions(t *testing.T) {
	text := "Minister in Selmora\nDefence Secretary Alan Brevik met his counterpart Olek Marant in Selmora on Thursday.\nBrevik was accompanied by the army chief, General Tom Radley, who held a separate meeting with General Ivan Zelko."
	rec := corefRecord(t, text)
	if heldAll(rec, "Alan Brevik", "Ivan Zelko") {
		t.Errorf("the general met apart joined the ministers' meeting, got %s", dump(rec))
	}
	if !heldAll(rec, "Tom Radley", "Ivan Zelko") {
		t.Errorf("want the two generals' own meeting, got %s", dump(rec))
	}
	text = "Minister in Selmora\nDefence Secretary Alan Brevik met his counterpart Olek Marant in Selmora on Thursday.\nBrevik was accompanied by the army chief, General Tom Radley, who had flown in with him, and his adviser Petra Hollis."
	rec = corefRecord(t, text)
	if !heldAll(rec, "Alan Brevik", "Olek Marant", "Petra Hollis") {
		t.Errorf("want the adviser among the companions, got %s", dump(rec))
	}
}
