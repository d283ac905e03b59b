package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's five-hundred-and-fifty-ninth round: a targeted batch
// (p3386-p3391: wires, agencies and a national news agency, 2007-2023, on
// negotiations whose side is a company, a union, captors or coalition
// partners — a state's mine dispute with a miner, a state's contract talks
// with a miner, a rail union's wage talks, an envoy team's talks with
// hostage takers, seven parties agreeing to form a government, a mine
// union's mediated talks); each rule with sentences of its own.

// fivehundredfiftyninthKind is the kind the record gives the actor named
// name, "" when it has none.
func fivehundredfiftyninthKind(rec graph.Record, name string) graph.Kind {
	for _, a := range rec.Actors {
		if a.Name == name {
			return a.Kind
		}
	}
	return ""
}

// "X Y chief executive Z W": a name of two words written right before a
// company's post and the holder's name is the company's, not a person's
// (companyPostTitles; p3386, p3388). The negative case: a person's name
// set off by a comma before the post stays a person.
func TestNameBeforeCompanyPostIsBody(t *testing.T) {
	text := "Mine deal agreed\nLUSAKA, May 3 (Reuters) - Kopje Tandala chief executive Piet Venter met President Edgar Lungu in Lusaka on Monday."
	rec := corefRecord(t, text)
	if k := fivehundredfiftyninthKind(rec, "Kopje Tandala"); k != graph.Organization {
		t.Errorf("want the company an organization, got %q in %s", k, dump(rec))
	}
	if !heldAll(rec, "Piet Venter", "Edgar Lungu") {
		t.Errorf("want the chief executive at the meeting, got %s", dump(rec))
	}
	text = "Mine deal agreed\nLUSAKA, May 3 (Reuters) - Piet Venter, chief executive of the mine, met President Edgar Lungu in Lusaka on Monday."
	rec = corefRecord(t, text)
	if k := fivehundredfiftyninthKind(rec, "Piet Venter"); k != graph.Person {
		t.Errorf("want the holder a person, got %q in %s", k, dump(rec))
	}
}

// "Z W, managing director of X Y": the name after a company's post and
// "of" is the company's (companyPostTitles; p3141, p174), and so wherever
// the story writes it again. The negative case: after a kin word ("the
// sister of X Y") the name is no company.
func TestNameAfterCompanyPostIsBody(t *testing.T) {
	text := "Strike called off\nLONDON, May 3 - Union leader Sam Hollis sat across the table from Dora Pelling, managing director of Vantry Buses, on Monday.\nVantry Buses said the talks would resume on Friday."
	rec := corefRecord(t, text)
	if k := fivehundredfiftyninthKind(rec, "Vantry Buses"); k == graph.Person {
		t.Errorf("want the company no person, got %s", dump(rec))
	}
	text = "Strike called off\nLONDON, May 3 - Union leader Sam Hollis sat across the table from Dora Pelling, the sister of Arlo Penning, on Monday."
	rec = corefRecord(t, text)
	if k := fivehundredfiftyninthKind(rec, "Arlo Penning"); k == graph.Organization {
		t.Errorf("want the name after a kin word no company, got %s", dump(rec))
	}
}
