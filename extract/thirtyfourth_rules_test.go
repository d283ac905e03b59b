package extract

import "testing"

// Issue 14's thirty-fourth round: people who mediate, told in the
// constructions the thirty-fourth probe batch (p236-p241) showed, each
// with sentences of its own.

// "French President X, shuttling between the Kremlin and the Georgian
// capital on Tuesday, won the backing of both" (p237), "X flew to Doha on
// Wednesday after talks with ..., carrying messages between the two
// camps" (p240), "X spent a long week on the road ..., carrying messages
// between the two sides" (p159), "X walked between them day and night,
// carrying maps and proposals from one side to the other" (p62): a
// go-between's participle set off by a comma says what the sentence's
// subject did.
func TestShuttleParticipleAfterComma(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"Rosa Quint, shuttling between the two delegations for three days, won their backing for a truce.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	wantRoles(t, lead+"Rosa Quint flew back to Quito on Saturday after a dinner in Lima, carrying messages between the two sides.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pairs: a participle that carries nothing between the sides,
	// and one whose subject is no person opening the sentence.
	wantRoles(t, lead+"Rosa Quint flew back to Quito on Saturday after a dinner in Lima, carrying a gift for her host.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, lead+"Rosa Quint flew back to Quito on Saturday, visiting both capitals on the way.",
		[]string{"Chile", "Peru"}, nil)
}

// "Costa Rican President X, who hosted and mediated two days of talks"
// (p236), "five days of talks that Qatar hosted and facilitated" (p215):
// a mediating verb joined by "and" to a host verb shares its subject.
func TestHostedAndMediated(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"Rosa Quint, who hosted and mediated the talks, said both sides had moved.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	wantRoles(t, lead+"The talks, which Colombia hosted and facilitated, ended on Sunday.",
		[]string{"Chile", "Peru"}, []string{"Colombia"})
	// Minimal pair: a host alone is only the venue (SCHEMA).
	wantRoles(t, lead+"The talks, which Colombia hosted, ended on Sunday.",
		[]string{"Chile", "Peru"}, nil)
}

// "the talks, convened by the Thai Foreign Minister, X" (p238), "mediated
// by the Norwegian diplomat X" (p05), "Swiss envoy X ... conveying
// messages back and forth" (p27), "French President X, shuttling between"
// (p237), "Costa Rican President X, who hosted and mediated" (p236): a
// mediator whose post the story tells only by a demonym is credited in
// person, and the state is no broker by it; a post in a state named
// ("Switzerland's ambassador X", p132; "Oman's foreign minister", p67)
// still brings the state.
func TestDemonymPostMediator(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"The talks were mediated by the Colombian foreign minister, Rosa Quint.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	wantRoles(t, lead+"Colombian President Rosa Quint, shuttling between the two delegations, won their backing for a truce.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pairs: the state named in the post.
	wantRoles(t, lead+"The talks were mediated by Colombia's foreign minister, Rosa Quint.",
		[]string{"Chile", "Peru"}, []string{"Colombia", "Rosa Quint"})
	wantRoles(t, lead+"Rosa Quint, the foreign minister of Colombia, mediated the talks.",
		[]string{"Chile", "Peru"}, []string{"Colombia", "Rosa Quint"})
	// An offer to mediate is the state's policy told of its leader
	// ("Turkish President X, who has offered to mediate", p50).
	wantRoles(t, "Colombian President Rosa Quint, who has offered to mediate between Chile and Peru, met the Chilean president on Friday.",
		[]string{"Chile", "Peru"}, []string{"Colombia", "Rosa Quint"})
}

// "Lord X, the former British foreign secretary, chaired the opening
// session of a peace conference" (p241), "the Emir, X, who chaired the
// opening session" (p215), "Archbishop X, who chaired the talks" (p192):
// an active chair of talks brokers them, as "talks chaired by X" does; a
// summit's or a council's chair does not.
func TestActiveChairOfTalks(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"Rosa Quint, a retired judge, chaired the opening session of the talks.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	wantRoles(t, lead+"The two delegations sat down with Rosa Quint, who chaired the talks, at a hotel.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pairs: the chair of a summit; a side's minister chairing.
	wantRoles(t, lead+"Rosa Quint, a retired judge, chaired the regional summit that followed.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, lead+"Chile's foreign minister, Rosa Quint, chaired the opening session of the talks.",
		[]string{"Chile", "Peru"}, nil)
}

// "The talks, convened by X at a hotel" (p239), "The meeting was chaired
// by the head of the OSCE Mission to Moldova, X" (p110), and the active
// chairs of p192 and p215: a chair of talks brokers them even when the
// story's sides are not read (people, or groups the mention stage does
// not find). Not when the text says no third party brokers ("No outside
// party brokers the talks", p167; "No third party took part", p197;
// "without any mediator", p196), nor when the chair is the delegate of a
// state that already brokers (p37).
func TestChairWithoutSidesRead(t *testing.T) {
	wantRoles(t, "The talks between the two rival leaders, convened by Rosa Quint at a hotel, had stalled on Tuesday.",
		nil, []string{"Rosa Quint"})
	wantRoles(t, "Ana Lind and Juan Sol met in Quito on Friday. The meeting was chaired by Rosa Quint, who said both had moved.",
		nil, []string{"Rosa Quint"})
	// Minimal pairs: a denial of any broker; a brokering state's delegate.
	wantRoles(t, "Ana Lind and Juan Sol met in Quito on Friday. The meeting was chaired by Rosa Quint, who said both had moved. No outside party brokers the talks.",
		nil, nil)
	wantRoles(t, "Chile and Peru resumed talks on their river border dispute in Quito on Friday, in a round brokered by Colombia. Colombia's deputy foreign minister, Rosa Quint, chaired the opening session.",
		[]string{"Chile", "Peru"}, []string{"Colombia"})
}

// "X ..., carrying drafts from one side to the other" (p152), "carrying
// drafts between hotels" (p164), "carried drafts between the two
// delegations" (p181), "has carried drafts between the two rooms"
// (p142): drafts are what a go-between carries, as proposals are.
func TestDraftsCarried(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"Rosa Quint carried drafts between the two delegations all week.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pair: drafts taken to no side.
	wantRoles(t, lead+"Rosa Quint carried drafts to the printer all week.",
		[]string{"Chile", "Peru"}, nil)
}

// "The session was chaired by X, the OAS special representative" (p158),
// "in a session chaired by the AU's mediator, X" (p65): a session of
// talks chaired by someone is run by them, as talks are (the nouns the
// active chair reads, TestActiveChairOfTalks).
func TestSessionChairedBy(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"The session was chaired by Rosa Quint, a retired judge.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pair: a dinner chaired by someone.
	wantRoles(t, lead+"The dinner was chaired by Rosa Quint, a retired judge.",
		[]string{"Chile", "Peru"}, nil)
}

// "X, the former U.S. Senate majority leader who chairs the talks"
// (p177), "X, the OAS special representative who has mediated between
// the two neighbours since 2006" (p158): a relative clause right after an
// apposition's noun is said of the person the apposition describes.
func TestRelativeAfterApposition(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"Rosa Quint, the retired judge who chairs the talks, set a deadline for Thursday.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	wantRoles(t, lead+"Rosa Quint, the retired judge who has mediated between the two neighbours since 2006, set a deadline for Thursday.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pair: a relative clause that tells no brokering.
	wantRoles(t, lead+"Rosa Quint, the retired judge who wrote the report, set a deadline for Thursday.",
		[]string{"Chile", "Peru"}, nil)
}

// "X had travelled between Monrovia and Abidjan twice in May" (p183), "X
// ... moved between the two rooms" (p152), "X flew between Addis Ababa
// and Asmara" (p217): going between the sides, told by a verb of travel,
// is shuttling.
func TestTravelledBetween(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"Rosa Quint had travelled between Lima and Santiago twice in May.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	wantRoles(t, lead+"Rosa Quint moved between the two rooms all afternoon.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pair: travel to one place.
	wantRoles(t, lead+"Rosa Quint had travelled to Lima twice in May.",
		[]string{"Chile", "Peru"}, nil)
}

// "after five years of papal mediation led by Cardinal X" (p230), "X,
// the former United Nations secretary-general, who has led the mediation
// team since January 22" (p239): whoever leads the mediation brokers — a
// person too, where "talks led by" takes only a body (a person there may
// lead their own side).
func TestLedMediation(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"After five years of mediation led by Cardinal Rosa Quint, the two sides were close to a treaty.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	wantRoles(t, lead+"Rosa Quint, the retired judge, who has led the mediation team since May, set a deadline.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pairs: a side's team led by a person; talks led by a person.
	wantRoles(t, lead+"Rosa Quint, the retired judge, who has led the Chilean team since May, set a deadline.",
		[]string{"Chile", "Peru"}, nil)
	wantRoles(t, lead+"After five years of talks led by Rosa Quint, the two sides were close to a treaty.",
		[]string{"Chile", "Peru"}, nil)
}

// "The talks are moderated by X, the United Nations envoy" (p47), "The
// independent moderator, X" (p161), "whose envoys sat in every session as
// moderators" (p194), "under a United Nations moderator" (p195): a
// moderator of talks is a third party running them, as a facilitator is.
func TestModeratorOfTalks(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"The talks are moderated by Rosa Quint, a retired judge.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	wantRoles(t, lead+"Rosa Quint, the moderator, said both sides had moved.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pair: no role given.
	wantRoles(t, lead+"Rosa Quint, a retired judge, said both sides had moved.",
		[]string{"Chile", "Peru"}, nil)
}

// "The British foreign secretary, Lord Carrington, took the chair" (p69),
// "with Ahtisaari in the chair" (p96), "with the envoy in the chair"
// (p144): taking the chair of the talks is chairing them.
func TestTookTheChair(t *testing.T) {
	lead := "Chile and Peru resumed talks on their river border dispute in Quito on Friday. "
	wantRoles(t, lead+"The retired judge, Lord Quint, took the chair.",
		[]string{"Chile", "Peru"}, []string{"Quint"})
	wantRoles(t, lead+"The two delegations sat across the table, with Rosa Quint in the chair.",
		[]string{"Chile", "Peru"}, []string{"Rosa Quint"})
	// Minimal pair: a side's minister in the chair is no broker.
	wantRoles(t, lead+"The two delegations sat across the table, with Chile's foreign minister, Rosa Quint, in the chair.",
		[]string{"Chile", "Peru"}, nil)
}
