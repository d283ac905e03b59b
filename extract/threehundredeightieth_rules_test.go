package extract

import "testing"

// Issue 14's three-hundred-and-eightieth round: meetings that did not
// happen or are only asked about (p2312-p2317: a wire on ministers' talks
// and a question on another meeting, 2019; an agency on a surprise visit
// and a doubt over a second meeting, 2015; a broadsheet on talks and
// refusals, 1991; an agency on an annual consultation, a question and a
// denial, 2006; a broadsheet on a summit and a denial, 1938; a daily on a
// visit, a question and a refusal, 2014); each rule with sentences of its
// own.

// "Asked if A had met B, ...", "It was not clear whether A had met B": a
// meeting verb inside an indirect question asserts no meeting (meeting
// question.go; p2312, p2313, p109). The negative cases: a question closed
// at its comma before the main clause's meeting, and "if" as a condition
// after "said", keep their meetings.
func TestIndirectQuestionTellsNoMeeting(t *testing.T) {
	for _, s := range []string{
		"Asked if Tosk had met Karl Brenn during the week, a spokesman said he could not say.",
		"It was not clear whether Tosk had met Karl Brenn, the opposition leader.",
		"Asked whether Eldoria's envoy, Mira Tosk, had met Karl Brenn this month, the minister declined to comment.",
		"It is unclear if Tosk and Karl Brenn met.",
	} {
		rec := corefRecord(t, "Talks in Varna\nVARNA, May 3 (Reuters) - Foreign Minister Anton Vell held talks with his counterpart Mira Tosk on Tuesday in Varna. "+s)
		if m := meetingOf(rec, "Mira Tosk", "Karl Brenn"); m != nil && m.Status == "held" {
			t.Errorf("%q: want no held meeting of Tosk and Brenn: %s", s, dump(rec))
		}
		if m := meetingOf(rec, "Anton Vell", "Mira Tosk"); m == nil || m.Status != "held" {
			t.Errorf("%q: want the talks held: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Asked whether the talks had gone well, Tosk said she had met Karl Brenn on Monday.",
		"Later on Tuesday Tosk met Karl Brenn in Varna, and officials said if the two agreed a plan it would be published.",
	} {
		rec := corefRecord(t, "Talks in Varna\nVARNA, May 3 (Reuters) - Foreign Minister Anton Vell held talks with his counterpart Mira Tosk on Tuesday in Varna. "+s)
		if m := meetingOf(rec, "Mira Tosk", "Karl Brenn"); m == nil || m.Status != "held" {
			t.Errorf("%q: want Tosk and Brenn's meeting held: %s", s, dump(rec))
		}
	}
}
