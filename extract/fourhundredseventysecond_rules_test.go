package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-seventy-second round: a batch on bodies
// named like people or cut short (p2864-p2869: a Manila broadsheet on a
// government-rebel round in Oslo, a French agency on Senegal's talks with
// separatists in Rome, a British wire on Zimbabwe's negotiators in
// Pretoria, a Chinese agency on church leaders at a party's headquarters
// in Nairobi, a Seoul agency on an American envoy's visit to Pyongyang, a
// Mozambican agency on a round of dialogue in Maputo); each rule with
// sentences of its own.

// fourhundredseventysecondActor: the actor of rec named name, if any.
func fourhundredseventysecondActor(rec graph.Record, name string) (graph.Actor, bool) {
	for _, a := range rec.Actors {
		if a.Name == name {
			return a, true
		}
	}
	return graph.Actor{}, false
}

// "the New People's Army", "the New Unity Party": "New", capitalized
// inside a sentence before a body's head word, opens the body's name,
// which was cut to "People's Army" (bodyNameOpeners; p2864, p191, p462,
// p1362, p2792, p2844, and "New Forces" in p253, p1933, p2638). The
// negative case: "New" opening a sentence ("New talks ...") is the
// adjective, and names no body.
func TestNewOpensABodysName(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"The guerrillas of the New People's Army freed two soldiers in Bukidnon on Monday.", "New People's Army"},
		{"Leaders of the New Unity Party met the envoy in Tarsen on Monday.", "New Unity Party"},
	} {
		rec := corefRecord(t, "Rebels free soldiers\n"+c.line)
		if a, ok := fourhundredseventysecondActor(rec, c.want); !ok || a.Kind != graph.Group {
			t.Errorf("%q: want the group %q: %s", c.line, c.want, dump(rec))
		}
	}
	rec := corefRecord(t, "Talks resume\nNew Unity talks opened in Tarsen on Monday between Jan Kowal and Piotr Zielinski.")
	for _, a := range rec.Actors {
		if a.Name == "New Unity" {
			t.Errorf("a sentence's opening adjective read as a body's name: %s", dump(rec))
		}
	}
}

// "the Halvorsen administration": a government named for its head is no
// person, and X met nowhere else is no actor of the story (round 472:
// p2869, p1050, p1122, p1983, p2280, p244, p2675, p2810, p462, p527,
// p913). The negative case: a head named in full elsewhere in the
// article stays a person.
func TestAdministrationNamesNoPerson(t *testing.T) {
	rec := corefRecord(t, "Talks resume in Tarsen\nForeign Minister Jan Kowal met envoy Piotr Zielinski in Tarsen on Monday.\n"+
		"The Halvorsen administration has refused to discuss the border at the talks.")
	for _, a := range rec.Actors {
		if a.Name == "Halvorsen" {
			t.Errorf("the administration's head read as a person: %s", dump(rec))
		}
	}
	rec = corefRecord(t, "Talks resume in Tarsen\nPresident Lena Halvorsen met envoy Piotr Zielinski in Tarsen on Monday.\n"+
		"The Halvorsen administration has refused to discuss the border at the talks.")
	if a, ok := fourhundredseventysecondActor(rec, "Lena Halvorsen"); !ok || a.Kind != graph.Person {
		t.Errorf("the president named in full lost: %s", dump(rec))
	}
}
