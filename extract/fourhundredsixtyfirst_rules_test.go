package extract

import (
	"testing"
	"time"
)

// Issue 14's four-hundred-and-sixty-first round: an untargeted batch
// (p2798-p2803: a 1960s Tokyo broadsheet on an intelligence chief's claims
// talks, a 1990s Japanese agency on a party mission to the North, a 1990s
// Seoul daily on a prime minister's summit, a 2000s Seoul agency on an
// envoy back from Pyongyang, a 2000s Japanese agency on a hot-spring
// summit, a 2010s Tokyo daily on abduction talks in Stockholm); each rule
// with sentences of its own.

// fourhundredsixtyfirstPub: the publication day of the round's sentences.
var fourhundredsixtyfirstPub = time.Date(2003, 5, 10, 0, 0, 0, 0, time.UTC)

// "received X at Cheong Wa Dae" with no city beside it: Seoul's
// presidential compound, under either romanization or its English name,
// stands in Seoul as the Kremlin stands in Moscow (gazetteer.Seats;
// p1522, p2800). The negative case: a meeting told in another city keeps
// that city, the compound named only for an earlier event.
func TestPresidentialCompoundInSeoul(t *testing.T) {
	for _, s := range []string{
		"Leaders confer\nPresident Park Min-ho received Prime Minister Taro Hoshino at Cheong Wa Dae on Friday for talks on fisheries.",
		"Leaders confer\nPresident Park Min-ho received Prime Minister Taro Hoshino at Chong Wa Dae on Friday for talks on fisheries.",
		"Leaders confer\nPresident Park Min-ho received Prime Minister Taro Hoshino at the Blue House on Friday for talks on fisheries.",
	} {
		wantHeldIn(t, fourhundredsixtyfirstPub, s, "Park Min-ho", "Taro Hoshino", "Seoul")
	}
	wantHeldIn(t, fourhundredsixtyfirstPub, "Leaders confer\nPresident Park Min-ho met Prime Minister Taro Hoshino in Osaka on Friday, a month after their talks at Cheong Wa Dae.",
		"Park Min-ho", "Taro Hoshino", "Osaka")
}

// "drove from the airport to Cheong Wa Dae, where he met X":
// the ", where" clause stands at the seat named before it, in its
// capital, as it stands at a city (p2801, p2073). The negative case: a
// body that is no seat ("to the United Nations, where") puts the clause
// in no capital.
func TestWhereClauseAtPresidentialCompound(t *testing.T) {
	wantHeldIn(t, fourhundredsixtyfirstPub, "Envoy back\nEnvoy Choi Jae-sung drove from Kimpo to Cheong Wa Dae, where he met President Han Young-soo on Friday.",
		"Choi Jae-sung", "Han Young-soo", "Seoul")
	m, ok := heldWith(heldAt(t, "Envoy back\nEnvoy Choi Jae-sung drove from Kimpo to the United Nations, where he met Ambassador Han Young-soo on Friday.", fourhundredsixtyfirstPub), "Choi Jae-sung", "Han Young-soo")
	if ok && m.Place == "Seoul" {
		t.Errorf("a body that is no seat put the clause in Seoul: %v", m)
	}
}

// "returned home on Saturday after three days in Y": a stay told by its
// length is the trip the traveller comes back from (tripNouns), and the
// homecoming's scene under the dateline, told with no day of its own, is
// on the day of the return (OfStoryDay; p2801). The negative case: a lead
// with no return word does not put that scene on the lead's day.
func TestHomecomingSceneOnTheReturnDay(t *testing.T) {
	wantHeldOn(t, fourhundredsixtyfirstPub, "Envoy back\nSEOUL, May 10 (Yonhap) -- Special envoy Choi Jae-sung returned home on Saturday after three days in Pyongyang and said the North would reopen exchanges.\n"+
		"Choi met North Korean leader Kim Song-chol on Friday for five hours.\n"+
		"From Kimpo, Choi drove to Cheong Wa Dae, where he met President Han Young-soo over lunch.",
		"Choi Jae-sung", "Han Young-soo", "2003-05-10")
	m, ok := heldWith(heldAt(t, "Envoy speaks\nSEOUL, May 10 (Yonhap) -- Special envoy Choi Jae-sung said on Saturday that the North would reopen exchanges.\n"+
		"Choi met North Korean leader Kim Song-chol on Friday for five hours.\n"+
		"From Kimpo, Choi drove to Cheong Wa Dae, where he met President Han Young-soo over lunch.", fourhundredsixtyfirstPub), "Choi Jae-sung", "Han Young-soo")
	if ok && m.Date == "2003-05-10" {
		t.Errorf("no return told, yet the scene took the lead's day: %v", m)
	}
}

// "the presidents had supper and were to tour a temple on Saturday":
// the weekday after a joined clause of plans ("and were to",
// "and will") is the plan's day, not the day of the meal held, which was
// read back to the Saturday before (futureCoordinateBefore; p2802,
// p2304). The negative case: "and were greeted on Saturday" tells no
// plan, and its day stays the meeting's.
func TestPlannedCoordinateDayIsNotTheMeetings(t *testing.T) {
	pub := time.Date(2003, 5, 9, 0, 0, 0, 0, time.UTC) // a Friday
	m, ok := heldWith(heldAt(t, "Leaders dine\nPresident Park Min-ho and Prime Minister Taro Hoshino had supper and were to tour a temple on Saturday.", pub), "Park Min-ho", "Taro Hoshino")
	if !ok || m.Date == "2003-05-03" {
		t.Errorf("the plan's Saturday read back as the meal's day: %v %v", ok, m)
	}
	wantHeldOn(t, pub, "Leaders dine\nPresident Park Min-ho met Prime Minister Taro Hoshino and was greeted by crowds in the square on Wednesday.",
		"Park Min-ho", "Taro Hoshino", "2003-05-07")
}
