package extract

import (
	"slices"
	"testing"
)

// Issue 14's two-hundred-and-ninety-first round: roles, mediators found
// but their role not read (p1778-p1783: governments carrying messages,
// talks hosted and facilitated, good offices offered, a panel convening a
// summit, shuttling envoys); each rule with sentences of its own.

// "X has offered its good offices to both governments", "Y, who first
// offered his good offices", "A and B offered their good offices": the
// subject of the offer is the go-between (roles/offeredoffices.go; p1780,
// p1512, p288, p626); a state's ministry offers for the state its demonym
// names. Negative cases: an offer in the past perfect is overtaken by
// the talks told, a pronoun that does not agree names nobody, and a
// participle ("was offering") is no offer verb.
func TestOfferedGoodOfficesMakeMediator(t *testing.T) {
	lead := "Delegations of Vardania and Morlesia resumed talks on their border in Geneva on Monday. "
	for _, c := range []struct{ s, want string }{
		{"Sweden has offered its good offices to both governments since 2015.", "Sweden"},
		{"Sweden, which has offered its good offices to both sides since 2015, hosted the earlier rounds.", "Sweden"},
		{"President Tomas Keller, who first offered his good offices to the two leaders last year, welcomed the talks.", "Tomas Keller"},
		{"The Austrian Foreign Ministry, which offers its good offices, said the talks would go on.", "Austria"},
	} {
		got := mediatorsOf(t, lead+c.s)
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: want %s among the mediators, got %v", c.s, c.want, got)
		}
	}
	for _, c := range []struct{ s, not string }{
		{"Sweden had offered its good offices in 2015, but both sides turned it down.", "Sweden"},
		{"President Tomas Keller offered its good offices, aides said.", "Tomas Keller"},
		{"Sweden was offering its good offices, officials said.", "Sweden"},
	} {
		got := mediatorsOf(t, lead+c.s)
		if slices.Contains(got, c.not) {
			t.Errorf("%s: want no %s among the mediators, got %v", c.s, c.not, got)
		}
	}
}

// "X shuttled between the two delegations along with Y", "X is mediating
// the negotiations together with Y", "X, who acts as facilitator together
// with Y": the companion of a brokering act whose subject is a mediator
// brokers with them, person or body (roles/companionbrokers.go; p1780,
// p973). Negative cases: a companion of an act that brokers nothing
// ("attended the signing along with Y"), and a bare "with" naming whom a
// person shuttled with no companion word.
func TestCompanionOfBrokeringActIsMediator(t *testing.T) {
	lead := "Delegations of Peru and Ecuador resumed talks on their border in Lima on Monday. "
	for _, c := range []struct{ s, want string }{
		{"Tomas Keller shuttled between the two delegations along with Marco Belli until both sides agreed.", "Marco Belli"},
		{"Tomas Keller, who acts as facilitator together with Marco Belli, read a statement.", "Marco Belli"},
		{"Sweden has mediated the talks since 1990 along with Denmark.", "Denmark"},
	} {
		got := mediatorsOf(t, lead+c.s)
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: want %s among the mediators, got %v", c.s, c.want, got)
		}
	}
	for _, c := range []struct{ s, not string }{
		{"Tomas Keller attended the signing along with Marco Belli.", "Marco Belli"},
		{"Tomas Keller shuttled between the two delegations, and Marco Belli left for Quito.", "Marco Belli"},
	} {
		got := mediatorsOf(t, lead+c.s)
		if slices.Contains(got, c.not) {
			t.Errorf("%s: want no %s among the mediators, got %v", c.s, c.not, got)
		}
	}
}
