package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-forty-second round: an untargeted batch
// (p3284-p3289: wires, Gulf, Turkish, Ukrainian and Vatican outlets on
// Russia-Ukraine prisoner exchanges, the Black Sea grain deal and the
// peace contacts held in Jeddah, Geneva, Kyiv, Istanbul and Abu Dhabi,
// 2022-2025); each rule with sentences of its own.

// "A thanked B, with whom he had discussed the terms in a phone call on
// Wednesday": the call is told only in the relative clause on B, and its
// "he" is the sentence's subject (withWhomCall; p3284, p1284). The
// negative cases: a relative clause naming no phone ("with whom he
// discussed the terms on Wednesday") tells no call of its own, and a
// pronoun whose only antecedent is an example aside reads none.
func TestWithWhomRelativeCall(t *testing.T) {
	lead := "Leaders confer\nSTARGARD, May 6 (Wire) - "
	for _, s := range []string{
		"President Tomas Ardell thanked Premier Ivo Sandrek, with whom he had discussed the terms in a phone call on Wednesday.",
		"President Tomas Ardell said he had agreed to the truce at the urging of Premier Ivo Sandrek, with whom he spoke by telephone on Wednesday.",
	} {
		rec := corefRecord(t, lead+s)
		m, ok := heldMeeting(rec, "Tomas Ardell", "Ivo Sandrek")
		if !ok || m.Mode != graph.Call {
			t.Errorf("%q: want the call of Ardell and Sandrek, got %s", s, dump(rec))
		}
	}
	rec := corefRecord(t, lead+"President Tomas Ardell thanked Premier Ivo Sandrek, with whom he discussed the terms on Wednesday.")
	if heldAll(rec, "Tomas Ardell", "Ivo Sandrek") {
		t.Errorf("no phone named: want no call, got %s", dump(rec))
	}
	// A person picked out of a plural subject ("among them A") is no
	// antecedent of the next sentence's "he" (exampleAside): no call of
	// A's is read.
	rec = corefRecord(t, lead+"Five of the officers, among them Jan Morvik and Emil Tasso, will stay in Borvia under an arrangement guaranteed by President Tomas Ardell.\nHe thanked Ardell, with whom he had discussed the terms in a phone call on Wednesday.")
	if heldAll(rec, "Jan Morvik", "Tomas Ardell") {
		t.Errorf("an example read as the subject, got %s", dump(rec))
	}
}

// "Mr. A said ..., with whom he spoke by telephone": the honorific's full
// stop is part of the subject's name, so the sentence still opens with A
// (honorificSubject; p1284).
func TestHonorificStopOpensSubject(t *testing.T) {
	rec := corefRecord(t, "Leaders confer\nSTARGARD, May 6 (Wire) - Mr. Ardell said he had accepted the plan at the urging of Premier Ivo Sandrek, with whom he spoke by telephone on Wednesday.")
	if !heldAll(rec, "Ardell", "Ivo Sandrek") {
		t.Errorf("want Ardell's call with Sandrek, got %s", dump(rec))
	}
}
