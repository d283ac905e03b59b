package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-twenty-fourth round: roles in internal
// conflicts (p1376-p1381: a state agency's memorandum between a
// government and a separatist forum facilitated by a neighbour, a wire's
// peace accord between a president and a rebel leader mediated by the
// host state, a broadsheet's government talks with a separatist
// organisation in a country that only hosts, a regional paper's talks
// between a government and a rebel army facilitated by a regional bloc
// with two states, a local paper's release negotiated through a state and
// a humanitarian body, an old broadsheet's accord between the Centre and
// an underground front); each rule with sentences of its own.

// "facilitated by the regional bloc X together with A and B": a
// lower-case description of the body before its name, and further
// brokers joined by "together with", stay in the list of agents
// (describedBodyStart, coAgentNext, roles/describedagents.go; p1379). The
// negative case: the same list after a verb that brokers nothing names
// no mediator.
func TestDescribedBodyAndCoAgentsBroker(t *testing.T) {
	text := "The government and the rebels began talks in Accra on Tuesday, in a process facilitated by the regional bloc ECOWAS together with Senegal and Togo."
	_, got := rolesIn(t, text)
	for _, want := range []string{"ECOWAS", "Senegal", "Togo"} {
		if !slices.Contains(got, want) {
			t.Errorf("mediators %v, want %s among them", got, want)
		}
	}
	neg := "The government and the rebels began talks in Accra on Tuesday, in a session attended by the regional bloc ECOWAS together with Senegal and Togo."
	if _, got := rolesIn(t, neg); len(got) > 0 {
		t.Errorf("attended by: mediators %v, want none", got)
	}
}

// "talks between the government negotiators and the rebels" under a
// dateline: the government's team is the dateline's state, a side, as
// "between the government and X" is (homeTeamPair, mention/hometeam.go;
// p1381). The negative case: a sentence that names the dateline's state
// itself ("a former Ghanaian minister") tells of another government.
func TestGovernmentTeamIsHomeSide(t *testing.T) {
	text := "ACCRA, May 6 - Talks between the government negotiators and the Kando Liberation Front resumed on Monday."
	if parties, _ := rolesIn(t, text); !slices.Contains(parties, "Ghana") {
		t.Errorf("parties %v, want Ghana", parties)
	}
	neg := "ACCRA, May 6 - A former Ghanaian minister shuttled between the government delegation and the Kando Liberation Front on Monday."
	if parties, _ := rolesIn(t, neg); slices.Contains(parties, "Ghana") {
		t.Errorf("parties %v, want no Ghana (the host's own state is named)", parties)
	}
}

// "held talks with the separatist organisation X": an unknown name after
// a body noun that an armed movement's modifier precedes is a group, the
// side a government negotiates with (armedBodyBefore,
// actors/armedbody.go; p1378). The negative case: "the aid group Y"
// stays an organization, no side.
func TestArmedBodyNameIsGroup(t *testing.T) {
	for _, text := range []string{
		"Ghana held talks with the rebel group Kandaro in Accra.",
		"Ghana held talks with the separatist organisation Kandaro in Accra.",
	} {
		if got := actorsOf(t, text)[graph.Group]; !slices.Contains(got, "Kandaro") {
			t.Errorf("%q: groups %v, want Kandaro", text, got)
		}
		if parties, _ := rolesIn(t, text); !slices.Contains(parties, "Kandaro") {
			t.Errorf("%q: parties %v, want Kandaro", text, parties)
		}
	}
	if got := actorsOf(t, "Envoys of the northern separatist organisation Kandaro arrived in Accra.")[graph.Group]; !slices.Contains(got, "Kandaro") {
		t.Errorf("two modifiers: groups %v, want Kandaro", got)
	}
	neg := "Ghana held talks with the aid group Kandaro in Accra."
	if got := actorsOf(t, neg)[graph.Group]; slices.Contains(got, "Kandaro") {
		t.Errorf("aid group read as an armed group: %v", got)
	}
}
