package extract

import (
	"slices"
	"testing"
)

// Issue 14's hundred-and-fifty-fifth round: mediators found as actors
// whose role was not read (p962-p967: a list of mediators with
// appositions, guarantor countries after a colon, a UN official and an
// envoy who facilitated together, talks at the invitation of a third
// president, an envoy who shuttled between delegations, a mediation of
// two heads of state); each rule with sentences of its own.

// "A and B met at the invitation of X", where A and B are of two sides
// and X is of neither, makes X a mediator (invitingThird,
// roles/invitation.go; p965, p897, p907). The negative case: a state
// visit's host ("A arrived in C at the invitation of President X of the
// host state") invites a guest and brokers nothing.
func TestInvitingThirdIsMediator(t *testing.T) {
	text := "Leaders of two rivals hold talks on the disputed valley. " +
		"President Arman Torosyan of Armenia and President Ilkin Mammadli of Azerbaijan held talks on the disputed valley on Sunday in Vienna at the invitation of Chancellor Greta Hollander of Austria. " +
		"Both leaders said the talks were useful."
	if got := mediatorsOf(t, text); !slices.Contains(got, "Greta Hollander") {
		t.Errorf("want Greta Hollander among the mediators, got %v", got)
	}
	text = "Leaders discuss the disputed valley. " +
		"President Arman Torosyan of Armenia arrived in Vienna on Sunday for a state visit to Austria at the invitation of Chancellor Greta Hollander of Austria. " +
		"Torosyan and Hollander held talks on trade and on the peace process with Azerbaijan."
	if got := mediatorsOf(t, text); slices.Contains(got, "Greta Hollander") {
		t.Errorf("a visit's host read as a mediator: %v", got)
	}
}

// "He and the UN envoy X facilitated the meeting": the pronoun joined to
// the brokering verb's subject is the person the sentence before names
// first, a mediator beside X (pronounConjunctBroker, roles/invitation.go;
// p964, p286). The negative case: the same pronoun before a verb that
// brokers nothing ("He and X attended the meeting").
func TestPronounConjunctBroker(t *testing.T) {
	lead := "The army and the rebels resumed talks in Nairobi on Monday. " +
		"Omar Selim, the head of the UN political office, welcomed both delegations at the airport. "
	got := mediatorsOf(t, lead+"He and the UN envoy Lena Varga facilitated the first session, which lasted four hours.")
	for _, want := range []string{"Omar Selim", "Lena Varga"} {
		if !slices.Contains(got, want) {
			t.Errorf("want %s among the mediators, got %v", want, got)
		}
	}
	got = mediatorsOf(t, lead+"He and the UN envoy Lena Varga attended the first session, which lasted four hours.")
	if slices.Contains(got, "Omar Selim") {
		t.Errorf("a pronoun before a verb that brokers nothing read as a mediator: %v", got)
	}
}

// A plural mediators' noun followed by a list set off by dashes, a comma
// or a colon, whose items carry appositions ("The mediators — A, the AU
// envoy, and B, Kenya's special envoy — announced"), makes every person
// of the list a mediator, and the body an "of" phrase names before the
// list ("the mediators of the AU - A of X and B of Y -") with them (mediatorPersonsListed, roles/mediatorslist.go;
// p962, p965, p846, p239, p563, p579). The negative case: a relative clause
// after the noun ("the mediators, who met A and B, said") names the
// persons met, not the mediators.
func TestMediatorsListWithAppositions(t *testing.T) {
	lead := "The army and the rebels resumed talks in Nairobi on Monday. "
	got := mediatorsOf(t, lead+"The mediators — Omar Selim, the African Union envoy, and Lena Varga, Kenya's special envoy — announced the deal before dawn.")
	for _, want := range []string{"Omar Selim", "Lena Varga"} {
		if !slices.Contains(got, want) {
			t.Errorf("want %s among the mediators, got %v", want, got)
		}
	}
	// The body an "of" phrase names before the list brokers with them.
	got = mediatorsOf(t, lead+"The two presidents met alone, then with the mediators of the African Union - Omar Selim of Kenya and Lena Varga of Ghana - joining them.")
	for _, want := range []string{"Omar Selim", "Lena Varga", "African Union"} {
		if !slices.Contains(got, want) {
			t.Errorf("want %s among the mediators, got %v", want, got)
		}
	}
	got = mediatorsOf(t, lead+"The mediators, who met Omar Selim and Lena Varga on Sunday, said the deal was close.")
	if slices.Contains(got, "Omar Selim") || slices.Contains(got, "Lena Varga") {
		t.Errorf("persons a relative clause names read as mediators: %v", got)
	}
}

// "He is assisted by A and B", said of a mediator (the first person of
// the sentence before, read as one), makes A and B mediators, a second
// titled person after "and" too (assistantsOfMediator,
// roles/assisted.go; p838, p177). The negative case: a side's head
// assisted by advisers makes no mediator.
func TestAssistantsOfMediator(t *testing.T) {
	lead := "The army and the rebels resumed talks in Nairobi on Monday. "
	got := mediatorsOf(t, lead+"The chief mediator Omar Selim opened the session at a lakeside hotel. He is assisted by the Ugandan general Lena Varga and the former Ghanaian minister Kofi Mensah.")
	for _, want := range []string{"Omar Selim", "Lena Varga", "Kofi Mensah"} {
		if !slices.Contains(got, want) {
			t.Errorf("want %s among the mediators, got %v", want, got)
		}
	}
	got = mediatorsOf(t, lead+"Army chief Omar Selim leads the government delegation at a lakeside hotel. He is assisted by the Ugandan general Lena Varga and the former Ghanaian minister Kofi Mensah.")
	if slices.Contains(got, "Lena Varga") || slices.Contains(got, "Kofi Mensah") {
		t.Errorf("a side's assistants read as mediators: %v", got)
	}
}
