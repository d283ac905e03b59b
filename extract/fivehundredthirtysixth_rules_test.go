package extract

import "testing"

// Issue 14's five-hundred-and-thirty-sixth round: an untargeted batch
// (p3248-p3253: American papers, wires and agencies on budget, debt-ceiling
// and shutdown negotiations between presidents and congressional leaders,
// 1990-2023 — a broadsheet on a White House session that opened budget
// talks, a wire on Cabinet Room shutdown talks, an agency on Sunday
// debt-limit talks, a broadsheet on shutdown talks in the West Wing, a
// network on a Situation Room walkout, an agency on Oval Office and Capitol
// debt-ceiling talks); each rule with sentences of its own.

// fivehundredthirtysixthPlace is the place of the first held meeting that
// has both names, "" when there is none.
func fivehundredthirtysixthPlace(t *testing.T, text, a, b string) string {
	t.Helper()
	rec := corefRecord(t, text)
	m, ok := heldMeeting(rec, a, b)
	if !ok {
		t.Fatalf("no held meeting of %s and %s: %s", a, b, dump(rec))
	}
	return m.Place
}

// The Oval Office and the Capitol are buildings of one city, as Blair
// House is (landmarks; p3253, p1173, p1439, p2577): a meeting there is in
// Washington though the story never names it. The negative case: "the
// State Capitol" is a building every American state has, and names no
// city.
func TestOvalOfficeAndCapitolAreInWashington(t *testing.T) {
	text := "Budget talks\nPresident Alden Voss and Speaker Corey Hallam met in the Oval Office on Monday evening to discuss the spending bill."
	if p := fivehundredthirtysixthPlace(t, text, "Alden Voss", "Corey Hallam"); p != "Washington" {
		t.Errorf("Oval Office: want Washington, got %q", p)
	}
	text = "Budget talks\nThe negotiators Dana Pruitt and Owen Slade met at the Capitol for three hours on Sunday night."
	if p := fivehundredthirtysixthPlace(t, text, "Dana Pruitt", "Owen Slade"); p != "Washington" {
		t.Errorf("Capitol: want Washington, got %q", p)
	}
	text = "Budget talks\nGovernor Dana Pruitt and Senator Owen Slade met at the State Capitol for three hours on Sunday night."
	if p := fivehundredthirtysixthPlace(t, text, "Dana Pruitt", "Owen Slade"); p == "Washington" {
		t.Errorf("State Capitol read as Washington")
	}
}

// "about" that rounds a stretch of time ("lasted about 75 minutes", "about
// an hour") says how long, not what was discussed: it opens no topic
// phrase, so the first of the people listed after it ("and brought
// together A, B and C") sits at the talks, and "met A for about two hours
// on Friday and was to see B" plans a meeting with B (stretchVerbAnd;
// p3250, p1968). The
// negative case: "talks about Y" keeps Y a topic, not a participant.
func TestRoundedStretchOpensNoTopic(t *testing.T) {
	text := "Budget talks\nPresident Otto Brandt and the leaders failed on Sunday to agree on a plan.\nThe talks lasted about 75 minutes and brought together Alan Dorr, Ivo Sand and Mara Lent."
	rec := corefRecord(t, text)
	if !heldAll(rec, "Alan Dorr", "Ivo Sand", "Mara Lent") {
		t.Errorf("want the first listed at the talks, got %s", dump(rec))
	}
	text = "Budget talks\nSenator Ivo Sand met Senator Mara Lent on Sunday for talks about Alan Dorr, the nominee."
	rec = corefRecord(t, text)
	if heldAll(rec, "Alan Dorr", "Ivo Sand") {
		t.Errorf("the topic read as a participant, got %s", dump(rec))
	}
}
