package extract

import (
	"slices"
	"testing"
)

// Issue 14's five-hundred-and-sixty-sixth round: a targeted batch
// (p3428-p3433: wires, a broadsheet and agencies, 1968-2022, on persons
// who mediate beside their state or body — a UN, AU and regional envoys'
// session in a capital, a UN envoy's shuttle between foreign ministers, a
// UN coordinator beside an Egyptian truce, a joint UN and regional
// mission to a junta, a chairmanship's envoy between a capital and a
// breakaway region, a church's archbishop chairing a signing); each rule
// with sentences of its own.

// "The three men have spent months shuttling between the sides" after a
// sentence naming three people: the counted description is the envoys
// the sentence before named, so all of them go between the sides, not the
// one coreference picked (countedShuttlers; p3428, p3400). The negative
// case: a sentence before that names more people than the count gives no
// one from it, since the description may pick any of them.
func TestCountedShuttlersFromSentenceBefore(t *testing.T) {
	const lead = "Envoys meet army\nVELDA, May 4 (Reuters) - Army leaders met civilian groups on Wednesday.\n"
	text := lead + "Tomas Verhagen, the U.N. envoy for Ardania, chaired the session together with the regional envoy Karim Odalla and Ines Morvan, the bloc's special envoy. The three men have spent months shuttling between the generals and the protest movement."
	rec := corefRecord(t, text)
	_, med := roleNames(rec)
	for _, n := range []string{"Tomas Verhagen", "Karim Odalla", "Ines Morvan"} {
		if !slices.Contains(med, n) {
			t.Errorf("want %s among the mediators, got %s", n, dump(rec))
		}
	}
	text = lead + "Tomas Verhagen chaired the session with Karim Odalla, Ines Morvan and General Paul Drava. The two men have spent months shuttling between the generals and the protest movement."
	rec = corefRecord(t, text)
	_, med = roleNames(rec)
	if slices.Contains(med, "Karim Odalla") || slices.Contains(med, "Paul Drava") {
		t.Errorf("a count below the people named picked some of them, got %s", dump(rec))
	}
}

// "X was accompanied by Y and Z" after the story has made X a broker: the
// people X brought along broker with X, named or after "He" (the
// sentence before's first person) (accompaniedMediators; p627, p3400).
// The negative case: a leader who brokers nothing and is accompanied by
// aides makes no mediators of them.
func TestAccompaniedBrokersJoinMediator(t *testing.T) {
	const lead = "Mediator in capital\nVELDA, March 2 (AFP) - President Omar Kessan, who is mediating between the government and the rebels, arrived in Velda on Tuesday.\n"
	rec := corefRecord(t, lead+"He was accompanied by the Tarvian Prime Minister, Mr Ali Bendar, and the Dorvian Defence Minister, Sheikh Nasir al-Hamud.")
	_, med := roleNames(rec)
	for _, n := range []string{"Ali Bendar", "Nasir al-Hamud"} {
		if !slices.Contains(med, n) {
			t.Errorf("want %s among the mediators, got %s", n, dump(rec))
		}
	}
	rec = corefRecord(t, "Premier in capital\nVELDA, March 2 (AFP) - President Omar Kessan arrived in Velda on Tuesday for talks on trade.\nHe was accompanied by the Tarvian Prime Minister, Mr Ali Bendar, and the Dorvian Defence Minister, Sheikh Nasir al-Hamud.")
	_, med = roleNames(rec)
	if slices.Contains(med, "Ali Bendar") {
		t.Errorf("a companion of no broker made a mediator, got %s", dump(rec))
	}
}
