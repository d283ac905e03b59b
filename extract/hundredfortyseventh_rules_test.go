package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-forty-seventh round: an untargeted batch
// (p914-p919: a Pacific leader's visit to Beijing, a 1961 White House
// call, a readout of phone calls, a 1973 treaty signing, a West African
// peace conference, a Pacific prime minister's visit); the rule is the
// largest general miss it showed, with sentences of its own.

// A readout's capitalised subject description ("the President also spoke
// by telephone with A and B") stands for the story's principal among the
// story's holders of the title — the holder named first, when named by
// name more often than any other — and leads the call round, one call
// with each person after it (titledBefore, coref/visitor.go; buildMeeting,
// meeting/meetings.go; p916). The negative cases: holders named equally
// often leave the description unread, and an object description ("X met
// the President") is never so read.
func TestSubjectTitleStandsForPrincipal(t *testing.T) {
	text := "Calls on the crisis\nPresident Ada Lind of Chile held a telephone conversation with President Kofi Mensah of Ghana on Friday. " +
		"Ada Lind thanked Kofi Mensah for his support. Ada Lind briefed the cabinet afterwards. " +
		"Later the President also spoke by telephone with Prime Minister Rosa Quint of Norway and President Tomas Berg of Austria."
	got := pairsOf(t, text)
	for _, want := range []string{"Ada Lind|Rosa Quint", "Ada Lind|Tomas Berg"} {
		if !slices.Contains(got, want) {
			t.Errorf("want %s, got %v", want, got)
		}
	}
	for _, bad := range []string{"Rosa Quint|Tomas Berg", "Kofi Mensah|Rosa Quint"} {
		if slices.Contains(got, bad) {
			t.Errorf("unwanted %s in %v", bad, got)
		}
	}
	// Negative: two presidents named equally often; "the President" is
	// not guessed between them.
	got = pairsOf(t, "Talks\nPresident Ada Lind of Chile held talks with President Kofi Mensah of Ghana in Accra on Friday. "+
		"The President also met Prime Minister Rosa Quint of Norway.")
	for _, bad := range []string{"Ada Lind|Rosa Quint", "Kofi Mensah|Rosa Quint"} {
		if slices.Contains(got, bad) {
			t.Errorf("tie read as %s: %v", bad, got)
		}
	}
	// Negative: the description as an object is not the principal.
	got = pairsOf(t, "Talks\nPresident Ada Lind of Chile held talks with President Kofi Mensah of Ghana in Accra on Friday. "+
		"Ada Lind thanked Kofi Mensah for his support. Ada Lind briefed the cabinet afterwards. "+
		"Prime Minister Rosa Quint of Norway later met the President.")
	if slices.Contains(got, "Ada Lind|Rosa Quint") {
		t.Errorf("object description read as the principal: %v", got)
	}
}
