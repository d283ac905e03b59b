package extract

import (
	"testing"
	"time"
)

// Issue 14's forty-third round: met-pairs precision. "A said after the
// talks that C would ...": the people of what the speaker said after a
// meeting the story already told were not at it (p293; the same shape
// in p291, "Quispe said after the meeting that Andrade would host").
func TestFortythirdSaidAfterMeetingThat(t *testing.T) {
	pub := time.Date(2021, 3, 6, 0, 0, 0, 0, time.UTC)
	text := "Harald Brekke received Amina Yusuf in Oslo on Friday. " +
		"Yusuf said after the talks that the Kenyan envoy Daniel Mwangi had pressed both sides to resume the ceasefire."
	wantHeldOn(t, pub, text, "Harald Brekke", "Amina Yusuf", "2021-03-05")
	noneHeld(t, pub, text, "Amina Yusuf", "Daniel Mwangi")
	noneHeld(t, pub, text, "Harald Brekke", "Daniel Mwangi")
}
