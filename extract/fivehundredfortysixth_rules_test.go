package extract

import "testing"

// Issue 14's five-hundred-and-forty-sixth round: a targeted batch
// (p3308-p3313: wire, agency and newspaper copy on envoys', ministers'
// and leaders' talks, 2009-2021, written to test coreference — a
// definite description read back to its person, "He" opening a sentence
// after a quote whose speaker comes last, "his X counterpart, A"); each
// rule with sentences of its own.

// "He also met Y and was due to fly to P on Wednesday", in a story set
// in the dateline's city: "due to fly to P" after the meeting says where
// the visitor goes next, not where he met Y, so the undated meeting keeps
// the dateline (onwardTravel; p3311, the shape of p2306 and p2778). The
// negative case: "had travelled to P, where he also met Y" puts the
// meeting in P, not at the dateline.
func TestAlsoMetBeforeOnwardTripKeepsDateline(t *testing.T) {
	text := "Leaders agree\nWELLINGTON, May 17, 2016 (Herald) - Prime Minister Tom Ardle and his Maltese counterpart Ivo Grech agreed here on Tuesday to upgrade ties.\nThe visiting premier was welcomed at Government House before the two leaders held talks at Parliament.\n\"Malta was among the first to trade with us,\" Ardle said. He said officials would report back within a year.\nThe visiting premier told reporters that small states shared interests. \"We cannot prosper alone,\" Grech said.\nHe also met Opposition leader Ray Simms and was due to fly to Auckland on Wednesday."
	rec := run(t, text, "2016-05-17")
	if m, ok := heldMeeting(rec, "Ivo Grech", "Ray Simms"); !ok || m.Place != "Wellington" {
		t.Errorf("want the meeting with Simms in Wellington, got %s", dump(rec))
	}
	text = "Leaders agree\nWELLINGTON, May 17, 2016 (Herald) - Prime Minister Tom Ardle and his Maltese counterpart Ivo Grech agreed here on Tuesday to upgrade ties.\nThe visiting premier was welcomed at Government House before the two leaders held talks at Parliament.\n\"Malta was among the first to trade with us,\" Ardle said. He said officials would report back within a year.\nThe visiting premier told reporters that small states shared interests. \"We cannot prosper alone,\" Grech said.\nEarlier he had travelled to Auckland, where he also met Mayor Ray Simms."
	rec = run(t, text, "2016-05-17")
	if m, ok := heldMeeting(rec, "Ivo Grech", "Ray Simms"); ok && m.Place == "Wellington" {
		t.Errorf("a meeting in Auckland put at the dateline, got %s", dump(rec))
	}
}
