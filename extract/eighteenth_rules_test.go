package extract

import (
	"slices"
	"testing"
)

// Issue 14's eighteenth round: roles on unseen articles — which talks are
// a negotiation and who its mediators are — from the constructions the
// eighteenth probe batch (p140-p145) and the earlier fresh batches whose
// roles were 0.00 untuned (p110-p115, p122-p127, p134-p139) showed, each
// with sentences of its own.

// wantRoles fails unless text reads with exactly these parties and
// mediators (sorted).
func wantRoles(t *testing.T, text string, parties, mediators []string) {
	t.Helper()
	p, m := rolesIn(t, text)
	if !slices.Equal(p, parties) || !slices.Equal(m, mediators) {
		t.Errorf("%q: parties %v mediators %v, want %v and %v", text, p, m, parties, mediators)
	}
}

// Talks whose only negotiation nouns are those of any meeting ("talks",
// "summit", "plan") and which name what the two governments cooperate on
// (exports, tourism, shipping, joint patrols) are two partners at talks,
// not two sides of a negotiation (p111's joint border patrols agreed
// after talks, p137's talks on kava exports and shipping, p117's and
// p59's visits). A noun that frames a negotiation by itself
// ("negotiations", "dispute") keeps the sides (p140, p141).
func TestCooperationFramedTalks(t *testing.T) {
	wantRoles(t, "Chile and Peru agree joint fishery patrols after talks in Lima.", nil, nil)
	wantRoles(t, "Chile and Peru opened two days of talks on grain exports and tourism.", nil, nil)
	// Minimal pairs: the same talks over a dispute, or called negotiations.
	wantRoles(t, "Chile and Peru opened two days of talks on their river border dispute.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, "Chile and Peru resumed negotiations on grain exports.", []string{"Chile", "Peru"}, nil)
}

// A dispute the two sides took "to arbitration" or "to the international
// court" is judged by a third body; the sentence makes no negotiation of
// them (p136's maritime border taken to arbitration; p135's letter
// inviting to keep talking "rather than to go to court").
func TestAdjudicatedDispute(t *testing.T) {
	wantRoles(t, "Chile and Peru took their maritime dispute to the international court in 2008.", nil, nil)
	wantRoles(t, "Chile and Peru took their maritime dispute to arbitration in 2008.", nil, nil)
	wantRoles(t, "Chile and Peru took their maritime dispute to talks in Lima in 2008.", []string{"Chile", "Peru"}, nil)
}

// A memorandum or protocol signed at a meeting of two ministers is an
// instrument of cooperation, not the settlement that makes the meeting
// a negotiation (p135's protocol on river pilots, p143's memoranda on
// youth and sports and on culture); a treaty or a deal still is.
func TestCooperationInstruments(t *testing.T) {
	lead := "Chilean Foreign Minister Ana Soto met her Peruvian counterpart Luis Vega in Lima on Monday, and the two signed "
	wantRoles(t, lead+"a memorandum on tourism.", nil, nil)
	wantRoles(t, lead+"a protocol on customs checks.", nil, nil)
	wantRoles(t, lead+"a border treaty.", []string{"Chile", "Peru"}, nil)
}

// A title set off by a comma before a go-between's name ("a former
// Barbadian foreign minister, X", p144) describes the person: "former"
// there makes the post a past one, so the state of that post is no
// mediator by it (as "former Kenyan President X" in p55 and p101).
func TestFormerTitleApposed(t *testing.T) {
	lead := "The river dispute between Bolivia and Peru has dragged on for years. "
	wantRoles(t, lead+"Chile's Foreign Minister Ana Soto has acted as a mediator between the two capitals since May.", []string{"Bolivia", "Peru"}, []string{"Ana Soto", "Chile"})
	wantRoles(t, lead+"A former Chilean foreign minister, Ana Soto, has acted as a mediator between the two capitals since May.", []string{"Bolivia", "Peru"}, []string{"Ana Soto"})
}

// People that one side holds or shelters and the other wants back —
// refugees to return, detainees or prisoners to release — are what
// talks between the two settle, as a border or a truce is (p112's talks
// on the return of refugees, p142's release of detainees; p44's
// prisoner exchange).
func TestPeopleHeldAreDisputed(t *testing.T) {
	lead := "Chilean Foreign Minister Ana Soto met her Peruvian counterpart Luis Vega in Lima on Monday to discuss "
	wantRoles(t, lead+"the return of refugees.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, lead+"the release of detainees.", []string{"Chile", "Peru"}, nil)
	wantRoles(t, lead+"the opening of a consulate.", nil, nil)
}

// A place glued to a participle ("the Rome-based community", "a
// Geneva-based centre") describes the body after it: the place's state
// is not the agent of "mediated by", nor one of two sides joined by
// "and" (p123's Rome-based community; p142's Geneva-based centre).
// "Community" heads a body's name ("the Caribbean Community", p144).
func TestPlaceModifierIsNoAgent(t *testing.T) {
	wantRoles(t, "Chile and Peru held border talks in Lima, hosted by Bolivia and mediated by the Rome-based Caribbean Community.", []string{"Chile", "Peru"}, []string{"Caribbean Community"})
	wantRoles(t, "Chile and Peru held border talks in Lima, mediated by the Rome-based Caribbean Community.", []string{"Chile", "Peru"}, []string{"Caribbean Community"})
	wantRoles(t, "Chile and Peru held border talks in Lima, mediated by Italy.", []string{"Chile", "Peru"}, []string{"Italy"})
}
