package mention

import (
	"slices"

	"github.com/parley-dev/parley/extract/text"
)

// partyMemberLabels: the party words that may stand before a member's
// name with no title (lexicon).
var partyMemberLabels = lex("partyMemberLabels")

// partyLabelBeforeName: the run [i, j) opens with a party label glued to
// a name of two words or more with no title after the label: "Democrat
// X Y", "Republicans X Y of Utah". The label stands for the man's party,
// as a title would, and is no part of his name. A title after the label
// ("Republican Senator X") is left to the title split.
func partyLabelBeforeName(toks []text.Token, i, j int) bool {
	if j-i < 3 || !partyMemberLabels[toks[i].Lower] || !toks[i+1].Cap || !toks[i+1].Word || IsTitleWord(toks[i+1].Lower) {
		return false
	}
	return true
}

// headAfterPossessive: the run [i, j) opens with an institution head
// right after a capitalized name's "'s", and a name of two words or more
// follows it: "Chairman of the National People's Congress X Y",
// "Speaker of the People's Assembly X Y". The possessive broke the
// body's name, so its head is glued to the holder's name; the head closes
// the body and the name after it is the holder's. A thing's head
// ("Kubitschek's Operation X Y") names no body and is left alone.
func headAfterPossessive(toks []text.Token, i, j int) bool {
	if j-i < 3 || i < 2 || !(orgHeads[toks[i].Lower] || groupHeads[toks[i].Lower]) || surnameHeads[toks[i].Lower] {
		return false
	}
	if toks[i-1].Text != "'s" || !toks[i-2].Cap || !toks[i-2].Word {
		return false
	}
	return toks[i+1].Cap && toks[i+1].Word && !IsTitleWord(toks[i+1].Lower)
}

// possessiveTitle: a title cut at its body's "'s" ("Speaker of the
// People") right before the head and the name the possessive split off
// (headAfterPossessive) is the name's title whole: "Speaker of the
// People's Assembly" is X Y's post, and the phrase runs from the title.
func possessiveTitle(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	for p := 0; p+1 < len(ms); p++ {
		t, m := ms[p], &ms[p+1]
		if t.Kind != TitleRef || m.Kind != Person || m.Titled || m.TI != m.I-1 || m.I < 2 || t.J != m.I-2 || toks[t.J].Text != "'s" {
			continue
		}
		m.Title, m.TI, m.Titled = SpanText(s, t.I, m.I), t.I, true
		ms = slices.Delete(ms, p, p+1)
	}
	return ms
}
