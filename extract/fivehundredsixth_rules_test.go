package extract

import (
	"testing"
)

// Issue 14's five-hundred-and-sixth round: an untargeted batch
// (p3068-p3073: English-language wires and regional agencies on
// Colombian, Venezuelan and Central American peace talks, 1983-2023 — a
// US wire on Salvadoran government-rebel talks, a wire on an ELN accord
// with civic leaders in Germany, a Spanish agency on a Contadora summit,
// an agency on Guatemalan government-URNG talks in Mexico, a Caribbean
// agency on a Venezuelan accord in Barbados, a Spanish agency on an ELN
// ceasefire in Havana); each rule with sentences of its own.

// "X hosted the ceremony": the host of the signing just told stood among
// its people (coref.HostedCeremony; p3073, p166, p2108, p605). The
// negative cases: a ceremony of another occasion, and a host who did not
// attend.
func TestHostOfTheSigningCeremonyJoinsIt(t *testing.T) {
	lead := "Rivals sign accord\nLIMA, May 4 - Senator Ana Ruiz and Governor Emil Sorensen signed a water accord in Lima on Monday.\n"
	for _, line := range []string{
		"President Tomas Berg hosted the ceremony at the palace.",
		"President Tomas Berg, who hosted the signing ceremony, praised both men.",
	} {
		rec := corefRecord(t, lead+line)
		if !heldAll(rec, "Tomas Berg", "Ana Ruiz", "Emil Sorensen") {
			t.Errorf("%q: want Berg with Ruiz and Sorensen: %s", line, dump(rec))
		}
	}
	for _, line := range []string{
		"President Tomas Berg hosted the ceremony of the new cathedral.",
		"President Tomas Berg hosted the ceremony but did not attend the signing.",
	} {
		rec := corefRecord(t, lead+line)
		if heldAll(rec, "Tomas Berg", "Ana Ruiz") {
			t.Errorf("%q: Berg met Ruiz: %s", line, dump(rec))
		}
	}
}
