package extract

import "testing"

// Issue 14's hundred-and-thirty-seventh round: a mediator found as an
// actor but its role not read, because the sentence that tells the
// brokering is apart from the one naming the sides, with sentences of its
// own.

// The OSCE's group that mediates over Nagorno-Karabakh is a known body of
// its own: "the OSCE Minsk Group" is one organization, not the OSCE and a
// "Minsk Group" apart (gazetteer orgs.go; p857). The negative case: the
// OSCE named alone stays the OSCE.
func TestOSCEMinskGroupIsOneBody(t *testing.T) {
	text := "Armenia and Azerbaijan held talks on a truce in Geneva on Monday. The talks were mediated by the OSCE Minsk Group."
	wantRoles(t, text, []string{"Armenia", "Azerbaijan"}, []string{"OSCE Minsk Group"})
	// Negative: the OSCE alone.
	text = "Armenia and Azerbaijan held talks on a truce in Geneva on Monday. The talks were mediated by the OSCE."
	wantRoles(t, text, []string{"Armenia", "Azerbaijan"}, []string{"OSCE"})
}
