package extract

import "testing"

// Issue 14's five-hundred-and-twenty-second round: an untargeted batch
// (p3164-p3169: American, British and Soviet newspapers and agencies on
// Cold War summits and foreign ministers' conferences, 1955-1989 — a wire
// on a Big Four ministers' opening in Geneva, an agency on a leaders'
// embassy talks in Helsinki, a daily on a secretary's Moscow talks that set
// a summit, a broadsheet on a president's London stop after Vienna, a
// Soviet agency on ministers' talks in Vienna, a broadsheet on an allied
// briefing after Malta); each rule with sentences of its own.

// "X had with him Y and Z" lists X's companions in the active, as "X came
// with Y" does (companionHaveVerbs, rosters; p3165, p2395): Y and Z join
// the meeting the story has just told X at. The negative case: "X had with
// him a letter from the king" names no one, so the meeting keeps its two
// people.
func TestHadWithHimJoinsCompanions(t *testing.T) {
	text := "Leaders confer\nPresident Tomas Ardell and Premier Ivo Sandrek held three hours of talks at the embassy here today.\nMr Sandrek had with him Foreign Minister Pavel Oresh and the ambassador in Lisbon, Marek Duvna."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Tomas Ardell", "Ivo Sandrek", "Pavel Oresh", "Marek Duvna") {
		t.Errorf("want the companions at the talks, got %s", dump(rec))
	}
	text = "Leaders confer\nPresident Tomas Ardell and Premier Ivo Sandrek held three hours of talks at the embassy here today.\nMr Sandrek had with him a letter from the king."
	rec = corefRecord(t, text)
	if m, ok := heldMeeting(rec, "Tomas Ardell", "Ivo Sandrek"); !ok || len(m.Participants) != 2 {
		t.Errorf("want the talks of two people only, got %s", dump(rec))
	}
}

// "Taking part in the conversation were A and B" names the sitting it
// lists by its noun: after "X had a conversation with Y" and a sentence
// that retells another meeting ("discussed at the meeting of C and D last
// month"), A and B sat at the conversation, not at the meeting retold
// (takingPartNoun; p3168, p2926). The negative case: with no noun of its own
// ("Taking part were A and B") the list keeps to the meeting told last.
func TestTakingPartInNamedSitting(t *testing.T) {
	text := "Talks in Geneva\nGENEVA, March 3. Foreign Minister Anton Velik had a conversation here today with Secretary of State Harlan Brooke.\nThe sides discussed the questions raised at the meeting of Ivan Dorsky and Paul Renner in Oslo last month.\nTaking part in the conversation were Oleg Matvin and Ruth Callan."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Anton Velik", "Harlan Brooke", "Oleg Matvin", "Ruth Callan") {
		t.Errorf("want the list at the conversation, got %s", dump(rec))
	}
	if heldAll(rec, "Ivan Dorsky", "Oleg Matvin") {
		t.Errorf("the list read as of the meeting retold, got %s", dump(rec))
	}
	text = "Talks in Geneva\nGENEVA, March 3. Foreign Minister Anton Velik had a conversation here today with Secretary of State Harlan Brooke.\nThe sides discussed the questions raised at the meeting of Ivan Dorsky and Paul Renner in Oslo last month.\nTaking part were Oleg Matvin and Ruth Callan."
	rec = corefRecord(t, text)
	if heldAll(rec, "Anton Velik", "Oleg Matvin") {
		t.Errorf("a list with no noun moved to the earlier sitting, got %s", dump(rec))
	}
}
