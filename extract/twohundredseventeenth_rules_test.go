package extract

import (
	"testing"
)

// Issue 14's two-hundred-and-seventeenth round: receptions and arrivals
// told in the passive or inverted (p1334-p1339: a news agency's arrival
// with the host at the airport and "Also on hand to greet him", a state
// agency's "Greeting the President at the foot of the ramp were also",
// a church agency's welcome on arrival, a 1960s broadsheet's "He was
// greeted at the airport by", a state agency's send-off at a border
// station, a local paper's greeting on the tarmac); each rule with
// sentences of its own.

// "X was seen off at the station by Y": a send-off told in the passive
// with its particle is a meeting of the guest and the one who sees them
// off (passiveSendOff, meeting/sendoff.go, lexicon [sendOffVerbs]; p1338).
// The negative cases: "his challenge was seen off by Y" meets no one, "was
// seen by Y as" is no send-off, and a send-off still to come is planned.
func TestPassiveSendOff(t *testing.T) {
	lead := "Premier leaves\nPrime Minister Arjun Vale left Dalmor on Saturday after a two-day visit.\n"
	for _, s := range []string{
		"At the railway station, Vale was seen off by Deputy Prime Minister Mira Tosk.",
		"He was seen off at the hotel by Deputy Prime Minister Mira Tosk.",
		"In the morning he was warmly seen off at the Grand Hotel in Korvet by Deputy Prime Minister Mira Tosk.",
	} {
		if rec := corefRecord(t, lead+s+"\n"); !metPair(rec, "Arjun Vale", "Mira Tosk") {
			t.Errorf("want Vale met Tosk in %q: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"His challenge was seen off by Deputy Prime Minister Mira Tosk in the vote.",
		"He was seen by Deputy Prime Minister Mira Tosk as a rival.",
		"Deputy Prime Minister Mira Tosk saw off a challenge from Vale.",
		"He will be seen off at the airport by Deputy Prime Minister Mira Tosk.",
	} {
		if rec := corefRecord(t, lead+s+"\n"); metPair(rec, "Arjun Vale", "Mira Tosk") {
			t.Errorf("want no held meeting of Vale and Tosk in %q: %s", s, dump(rec))
		}
	}
}

// "Also on hand to greet him was Y", "Greeting the Prime Minister at the
// foot of the ramp were A and B": an inverted reception whose hosts stand
// after "was"/"were" meets the story's visitor, whom the object stands
// for (invertedGreeting, invertedGuest, meeting/sendoff.go; lexicon
// [invertedGreetVerbs], [invertedGreetParticiples]; the "to" of "on hand
// to" makes no plan, meeting/when.go; p1334, p1335). The negative cases:
// a participle with no inverted subject ("Greeting the crowd, Y said")
// and a greeting still to come ("will be on hand to greet him") meet no
// one.
func TestInvertedGreeting(t *testing.T) {
	lead := "Premier arrives\nPrime Minister Arjun Vale arrived in Dalmor on Saturday for a two-day visit.\n"
	for _, s := range []string{
		"Also on hand to greet him was Foreign Minister Mira Tosk.",
		"Also on hand to welcome him were Foreign Minister Mira Tosk and Mayor Jon Heck.",
		"Greeting the Prime Minister at the foot of the ramp were also Foreign Minister Mira Tosk and Mayor Jon Heck.",
	} {
		if rec := corefRecord(t, lead+s+"\n"); !metPair(rec, "Arjun Vale", "Mira Tosk") {
			t.Errorf("want Vale met Tosk in %q: %s", s, dump(rec))
		}
	}
	for _, s := range []string{
		"Greeting the crowd, Foreign Minister Mira Tosk said the visit was historic.",
		"Foreign Minister Mira Tosk will be on hand to greet him on Sunday.",
		"Foreign Minister Mira Tosk was on hand to greet the crowd.",
	} {
		if rec := corefRecord(t, lead+s+"\n"); metPair(rec, "Arjun Vale", "Mira Tosk") {
			t.Errorf("want no held meeting of Vale and Tosk in %q: %s", s, dump(rec))
		}
	}
}

// "Earlier, he was seen off at the hotel by Y", "Earlier, in the morning,
// he was greeted by Y": a sentence opening with a time adverb and a comma
// (perhaps then a short adjunct) keeps its pronoun subject for the first
// person the sentence before names, as "During the visit, he" does
// (afterFrontedAdverb, coref/coref.go, lexicon [timeAdverbs]; p1338). The
// negative case: a pronoun that is not the clause's opening subject ("Later,
// Y said he ...") is left alone, so Y meets no one here.
func TestPronounAfterFrontedTimeAdverb(t *testing.T) {
	lead := "Premier leaves\nPrime Minister Arjun Vale left Dalmor on Saturday after a two-day visit.\n"
	for _, s := range []string{
		"Earlier, he was greeted at the hotel by Deputy Prime Minister Mira Tosk.",
		"Earlier, in the morning, he was seen off at the hotel by Deputy Prime Minister Mira Tosk.",
	} {
		if rec := corefRecord(t, lead+s+"\n"); !metPair(rec, "Arjun Vale", "Mira Tosk") {
			t.Errorf("want Vale met Tosk in %q: %s", s, dump(rec))
		}
	}
	s := "Earlier, Deputy Prime Minister Mira Tosk said he had been to the museum."
	if rec := corefRecord(t, lead+s+"\n"); metPair(rec, "Arjun Vale", "Mira Tosk") {
		t.Errorf("want no meeting of Vale and Tosk in %q: %s", s, dump(rec))
	}
}
