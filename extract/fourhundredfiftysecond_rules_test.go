package extract

import (
	"slices"
	"testing"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's four-hundred-and-fifty-second round: an untargeted batch
// (p2744-p2749: a 1990 Helsinki daily on a Baltic premier in the Kremlin,
// a 2000s Riga weekly on a border treaty signed in Moscow, a 2010s
// Finnish broadcaster on a presidential meeting in a lakeside town, a
// 1980s Stockholm daily on a mediated statement, a 2010s Estonian
// broadcaster on a president in the Kremlin, a 1970s Oslo daily on a
// fishing-zone agreement); each rule with sentences of its own.

// fourhundredfiftysecondHeld: a held meeting has every one of names among
// its participants.
// "was received the same evening by X": "the same" and a part of the day
// stand between a conjunct passive reception and its agent as bare
// "evening" does, and so do "this" and "that" (p2747; p1049 tells the
// same shape outside a conjunct). The negative case: "the same proposal" is another
// phrase, and its "by" is no host.
func TestSameDayBetweenPassiveAndAgent(t *testing.T) {
	for _, line := range []string{
		"VALLETTA -- Premier Jan Kowal arrived on Tuesday and was received the same evening by President Tomas Berg.",
		"VALLETTA -- Premier Jan Kowal landed on Tuesday and was received this morning by President Tomas Berg.",
	} {
		rec := corefRecord(t, "Visit\n\n"+line)
		if !heldAll(rec, "Jan Kowal", "Tomas Berg") {
			t.Errorf("%q: want Kowal and Berg met: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Visit\n\nVALLETTA -- Premier Jan Kowal was shown the same proposal by President Tomas Berg's aides.")
	if heldAll(rec, "Jan Kowal", "Tomas Berg") {
		t.Errorf("a proposal shown read as a reception: %s", dump(rec))
	}
}

// "talks between the two leaders, who were joined by X and Y": the
// relative "who" after "the two" and a plural of the meeting's people
// stands for them as the subject "the two premiers" does, so X and Y join
// that meeting rather than meeting each other (p2745). The negative
// case: a relative after a name is that person's own.
func TestRelativeJoinedByTwoLeaders(t *testing.T) {
	rec := corefRecord(t, "Treaty signed\n\nLIMA - Premier Jan Kowal and his Peruvian counterpart Tomas Berg signed the treaty in Lima on Tuesday. The ceremony came after ninety minutes of discussion between the two leaders, who were joined by the Foreign Ministers Ola Nowak and Piotr Zielinski.")
	if !heldAll(rec, "Jan Kowal", "Tomas Berg", "Ola Nowak", "Piotr Zielinski") {
		t.Errorf("want the ministers at the premiers' talks: %s", dump(rec))
	}
	toks := text.Tokenize("The talks were led by the envoy Ana Ruiz, who were joined by aides.")
	if k := slices.IndexFunc(toks, func(x text.Token) bool { return x.Lower == "joined" }); pluralJoinSubject(toks, k) >= 0 {
		t.Errorf("a relative after a name read as the two leaders")
	}
}

// "X would not act as a go-between", "X does not act as a mediator": a
// negation before the verb of "as" denies the post, as it does before a
// copula's noun (p2744, p2494). The negative case: without it the subject
// brokers.
func TestNegatedActAsMediator(t *testing.T) {
	for _, line := range []string{
		"Peru and Bolivia resumed talks on the border in Lima on Monday. Foreign Minister Ana Ruiz said Chile would not act as a go-between in the dispute.",
		"Peru and Bolivia resumed talks on the border in Lima on Monday. Officials said Chile does not act as a mediator in that quarrel.",
	} {
		rec := corefRecord(t, "Border talks\n\n"+line)
		if hasMediator(rec, "Chile") {
			t.Errorf("%q: a denied post read as a mediator: %s", line, dump(rec))
		}
	}
	rec := corefRecord(t, "Border talks\n\nPeru and Bolivia resumed talks on the border in Lima on Monday. Officials said Chile would act as a go-between in the dispute.")
	if !hasMediator(rec, "Chile") {
		t.Errorf("want Chile the go-between: %s", dump(rec))
	}
}
