package extract

import "testing"

// Issue 14's four-hundred-and-eleventh round: meetings of negotiators
// left unnamed in the sentence that tells them, whose people the next
// sentences name (p2498-p2503: a 1953 wire on truce negotiators signing a
// prisoner pact, a 1979 wire on a conference's opening, a 1960 wire and a
// 1997 agency on treaties signed at ceremonies, a 1996 agency on a
// ceasefire signed by two delegations, a 1921 broadsheet on delegates
// signing a treaty at night); each rule with sentences of its own.

// "Delegates" after a demonym stand for its state, as "representatives"
// and "negotiators" do (demonymStateNouns): "French and German delegates
// met" is a meeting of the two states, and "The French and German
// delegates met", whose people "Present were A and B" lists, is theirs
// (p2503).
func TestDemonymDelegatesStandForState(t *testing.T) {
	rec := corefRecord(t, "Envoys confer\n\nGENEVA, March 5 (Reuters) - French and German delegates met in Geneva today.\n")
	if meetingWith(rec, "France", "Germany") == nil {
		t.Errorf("want the meeting of France and Germany: %s", dump(rec))
	}
	rec = corefRecord(t, "Envoys confer\n\nGENEVA, March 5 (Reuters) - The French and German delegates met in Geneva today. Present were Foreign Minister Tomas Verdal and General Piet Hasko.\n")
	if meetingWith(rec, "Tomas Verdal", "Piet Hasko") == nil {
		t.Errorf("want the meeting of those present: %s", dump(rec))
	}
}

// "The signers were A and B", "The signatories on the X side were A and
// B": those who signed sat at the sitting the story has just told, as
// "Present were A and B" says (signersCopula, roster; p2503). "The
// signatories are A and B" names an accord's parties and is read as no
// list of those at the sitting.
func TestSignersListTheSitting(t *testing.T) {
	for _, c := range []string{
		"Envoys confer\n\nGENEVA, March 5 (Reuters) - French and German negotiators met in Geneva today and signed a treaty. The signers were Foreign Minister Tomas Verdal and General Piet Hasko.\n",
		"Envoys confer\n\nGENEVA, March 5 (Reuters) - French and German negotiators met in Geneva today and signed a treaty. The signatories on the French side were Foreign Minister Tomas Verdal and Marc Doulan. The German delegation was headed by General Piet Hasko.\n",
	} {
		rec := corefRecord(t, c)
		if m := meetingWith(rec, "Tomas Verdal", "Piet Hasko"); m == nil || m.Place != "Geneva" {
			t.Errorf("%q: want the signers at the Geneva sitting: %s", c, dump(rec))
		}
	}
	rec := corefRecord(t, "Envoys confer\n\nGENEVA, March 5 (Reuters) - French and German negotiators met in Geneva today. The signatories of the old pact are Tomas Verdal and Piet Hasko.\n")
	if meetingWith(rec, "Tomas Verdal", "Piet Hasko") != nil {
		t.Errorf("present tense: want no sitting of the two: %s", dump(rec))
	}
}
