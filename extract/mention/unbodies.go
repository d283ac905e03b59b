package mention

import (
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's two-hundred-and-eighty-sixth round: a body of the United
// Nations system is named with the world body's name in front of its own
// ("the United Nations Commission for X", "the UN Development Programme",
// "the United Nations Command"). The gazetteer's "United Nations" ended the
// name there, leaving "Commission for X" a second body and the UN an
// actor the text never set at the table, so a commission or a programme
// that brokered talks was told as the world body (p1749, p1752, p1436,
// p941, p66, p730).

// worldBody is the gazetteer's name (a mention's Code) of the body whose
// organs and agencies are named after it.
const worldBody = "United Nations"

// unBodyHeads end a UN organ's name although they end no other body's:
// "the United Nations Command", "the UN Emergency Force".
var unBodyHeads = lex("unBodyHeads")

// fieldOfficeHeads name a body posted in one place, whose name takes
// that place after "in": "the United Nations Political Office in X",
// "the UN Support Mission in Y".
var fieldOfficeHeads = lex("fieldOfficeHeads")

// unSystemBodies joins the world body's mention to the organ named right
// after it: an organization's name with a head noun first or last
// ("Development Programme", "General Assembly", "Committee of Good
// Offices"), or a lone capitalized head word ("Command", "Commission").
// A body's name takes the state it serves after "for" ("Commission for
// X"), a field office's the place after "in". Titles after the
// name ("United Nations Secretary General X", "UN Special Envoy Y") have
// no body head and stay apart.
func unSystemBodies(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind != Org || m.Code != worldBody {
			out = append(out, m)
			continue
		}
		j := -1
		next := i+1 < len(ms) && ms[i+1].I == m.J
		switch k := m.J; {
		case next && ms[i+1].Kind == Org && ms[i+1].Code == "" && (orgHeads[toks[ms[i+1].I].Lower] || orgHeads[toks[ms[i+1].J-1].Lower]):
			// "Development Programme", "Committee of Good Offices"
			j = ms[i+1].J
			i++
		case k < len(toks) && toks[k].Cap && toks[k].Text != strings.ToUpper(toks[k].Text) && (unBodyHeads[toks[k].Lower] || orgHeads[toks[k].Lower]) &&
			(!next || ms[i+1].J == k+1 && ms[i+1].Kind != Person):
			// "Command", or "Commission" before "for" and a state's
			// name, read alone or as a word of no kind; not a word of
			// a headline in capitals ("U.N. COMMISSION AT THE TABLE"),
			// where every word is one
			j = k + 1
			if next {
				i++
			}
		}
		if j < 0 {
			out = append(out, m)
			continue
		}
		// "Commission for X" (a state the body serves), "Political Office
		// in Y" (a field office's place): the place closes the name.
		if p := toks[j-1].Lower; j+1 < len(toks) && (toks[j].Lower == "for" && orgHeads[p] || toks[j].Lower == "in" && fieldOfficeHeads[p]) &&
			i+1 < len(ms) && ms[i+1].I == j+1 && (ms[i+1].Kind == State || ms[i+1].Kind == City) && (ms[i+1].J >= len(toks) || !toks[ms[i+1].J].Cap) {
			j = ms[i+1].J
			i++
		}
		out = append(out, Mention{I: m.I, J: j, Actor: -1, Text: SpanText(s, m.I, j), Kind: Org})
	}
	return out
}
