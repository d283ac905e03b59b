package extract

import (
	"strings"
	"testing"
	"time"
)

// Issue 14's three-hundred-and-forty-fifth round: South Asia 2010s-2020s,
// agencies and ministries' readouts (p2102-p2107: a 2019 agency on a
// foreign minister receiving an armed movement's delegation, a 2019 agency
// on two prime ministers' talks, a 2020 agency on a phone call, a 2022
// agency on a minister's calls in a neighbouring capital, a 2022 ministry
// readout on a visiting foreign minister, a 2019 broadcaster on a prime
// minister's state visit); each rule with sentences of its own.

// "State Councillor X": the British spelling of the head of "State
// Councilor" (China's, in Commonwealth copy); without it "Councillor" was
// kept in the name (p2066, p2106).
func TestStateCouncillorBritishSpelling(t *testing.T) {
	pub := time.Date(2021, 5, 8, 0, 0, 0, 0, time.UTC)
	rec := recordAt(t, "Talks in Zenda\n\nZenda, May 8 - State Councillor Anton Kolb called on President Karl Vorst at the palace on Saturday.\n", pub)
	for _, a := range rec.Actors {
		if strings.Contains(a.Name, "Councillor") {
			t.Errorf("the title is no part of the name: %s", dump(rec))
		}
	}
	if meetingWith(rec, "Anton Kolb", "Karl Vorst") == nil {
		t.Errorf("want the call of Kolb on Vorst: %s", dump(rec))
	}
}

// "received a delegation of the X headed by Y": the phrase naming whose
// team it is stands between the delegation and its leader (p2102, p399);
// the leader is the one received.
func TestReceivedDelegationOfLedBy(t *testing.T) {
	pub := time.Date(2021, 5, 8, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Zenda, May 8 - Foreign Minister Ida Marek on Saturday received a delegation of the rebels headed by Karl Vorst at the Foreign Office.\n",
		"Zenda, May 8 - Foreign Minister Ida Marek on Saturday received a ten-member delegation from the Bordurian Farmers Union led by Karl Vorst.\n",
	} {
		rec := recordAt(t, "Talks in Zenda\n\n"+s, pub)
		if meetingWith(rec, "Ida Marek", "Karl Vorst") == nil {
			t.Errorf("%q: want Marek's reception of Vorst: %s", s, dump(rec))
		}
	}
}
