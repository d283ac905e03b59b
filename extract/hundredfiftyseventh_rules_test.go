package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-fifty-seventh round: an untargeted batch (p974-
// p979: a border summit brokered by a king, prime ministers at a regional
// summit, two Horn of Africa leaders brought together by a host, a Gulf
// palace readout, a condolence call, a signing under a king's auspices);
// each rule with sentences of its own.

// A relative clause after the last participant of a meeting tells the
// visitor's errand ("..., who delivered a message about the efforts to
// end the war"): its dispute words do not make the two who met parties
// (beforeObjectRelative, roles/roles.go; p60 once its meeting is found).
// The negative case: the dispute told of the meeting itself, before the
// relative clause, still makes them parties.
func TestErrandRelativeMakesNoParties(t *testing.T) {
	parties, _ := rolesIn(t, "Veldorian President Amos Tarkin received Norwegian Foreign Minister Ola Nygaard, who delivered a message from his prime minister about the efforts to end the war.")
	if len(parties) > 0 {
		t.Errorf("an errand's war read as a dispute between host and visitor: %v", parties)
	}
	parties, _ = rolesIn(t, "Veldorian President Amos Tarkin met Norwegian Foreign Minister Ola Nygaard for talks on the fishing dispute, which has strained ties for a decade.")
	if !slices.Contains(parties, "Norway") {
		t.Errorf("the dispute told of the meeting lost its parties: %v", parties)
	}
}
