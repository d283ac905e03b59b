package mention

import (
	"strings"

	"github.com/parley-dev/parley/extract/text"
)

// Issue 14's four-hundredth round: a regional bloc's organ is named, like
// the world body's (unbodies.go), with the bloc's name in front of its
// own: "the African Union High-Level Implementation Panel", "the ECOWAS
// Commission", "the AU Commission". The gazetteer's bloc name ended the
// name there, so the panel or commission that facilitated or chaired the
// talks was told as the bloc itself, or as nothing when the rest ("Level
// Implementation Panel") was read as no actor (p2433, p1781, p386, p447,
// p766, p952, p966, p1002, p1162, p2215).

// organBearingBlocs are the gazetteer's names (a mention's Code) of the
// regional bodies whose panels, commissions and missions bear their name.
var organBearingBlocs = map[string]bool{
	"African Union":          true,
	"European Union":         true,
	"Arab League":            true,
	"East African Community": true,
	"Economic Community of West African States":            true,
	"Southern African Development Community":               true,
	"Intergovernmental Authority on Development":           true,
	"Organization for Security and Co-operation in Europe": true,
	"Organization of American States":                      true,
	"Association of Southeast Asian Nations":               true,
}

// blocOrganHeads end the name of a bloc's organ ("Panel", "Commission").
var blocOrganHeads = lex("blocOrganHeads")

// blocOrgans joins a bloc's mention to the capitalized name right after
// it that ends in a blocOrganHeads word, across a hyphenated modifier
// ("High-Level"): one body, the organ. A name running on in capitals
// ("the AU Commission Chairperson X" keeps its title apart: the person
// is read on its own) or a headline in capitals is left alone.
func blocOrgans(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind != Org || !organBearingBlocs[m.Code] || i+1 >= len(ms) {
			out = append(out, m)
			continue
		}
		n := ms[i+1]
		if n.Code != "" || n.Kind != Org && n.Kind != Unknown && n.Kind != NonActor || n.J <= n.I ||
			!blocOrganHeads[toks[n.J-1].Lower] || toks[n.J-1].Text == strings.ToUpper(toks[n.J-1].Text) || !capitalBridge(toks, m.J, n.I) {
			out = append(out, m)
			continue
		}
		out = append(out, Mention{I: m.I, J: n.J, Actor: -1, Text: SpanText(s, m.I, n.J), Kind: Org})
		i++
	}
	return out
}

// capitalBridge: the tokens [a, b) between a bloc's name and its organ's
// are none, or the capitalized halves of a hyphenated modifier ("High",
// "-", glued, as in "High-Level").
func capitalBridge(toks []text.Token, a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if t := toks[k]; !(t.Text == "-" && t.Glued && k+1 < len(toks) && toks[k+1].Glued) && !(t.Word && t.Cap) {
			return false
		}
	}
	return true
}
