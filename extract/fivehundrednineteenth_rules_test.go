package extract

import "testing"

// Issue 14's five-hundred-and-nineteenth round: a targeted batch on places
// (p3146-p3151: a Chinese agency on talks in Almaty, a wire on talks at a
// Bonn guest house, a Zimbabwean agency on State House talks, a French
// agency on a meeting near the Thai-Burmese border, a Canadian agency on a
// state visit to Ottawa, a Turkish agency on talks at the Akorda); each rule
// with sentences of its own.

// "The meeting took place at a police post near the border between A and
// B", "in a coach parked over the border between A and B": a line between
// two states, told after a locative preposition, says where the venue
// stands and seats neither state (venueBetween, betweenLineNouns,
// betweenLinePreps; p3149, p3105, p743). The negative case: talks "on the
// border between" two states keep them, since "on" may tell the topic.
func TestNearTheBorderBetweenSeatsNoOne(t *testing.T) {
	const lead = "Army chief meets rebel leader\nKORAT, May 3 (AFP) - General Anan Sukprasert met rebel leader Tun Lwin on Tuesday and urged him to open talks, officials said.\n"
	for _, line := range []string{
		"The meeting took place at a police post near the border between Chile and Peru, and lasted an hour.",
		"The meeting took place in a railway coach parked over the border between Chile and Peru.",
		"The meeting took place in a village close to the disputed border between Chile and Peru.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Anan Sukprasert", "Tun Lwin") {
			t.Errorf("%q: want the Anan-Tun Lwin meeting: %s", line, dump(rec))
		}
		if heldAll(rec, "Chile", "Peru") {
			t.Errorf("%q: the states the border lies between read as a meeting: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Border talks\nTalks on the border between Chile and Peru opened in Lima on Friday.")
	if !heldAll(rec, "Chile", "Peru") {
		t.Errorf("want the talks on the border between the two states held: %s", dump(rec))
	}
}
