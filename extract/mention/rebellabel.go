package mention

import "github.com/parley-dev/parley/extract/text"

// rebelLabelNouns: lower-case nouns that, right after an unknown name,
// say it is an armed group's (lexicon).
var rebelLabelNouns = lex("rebelLabelNouns")

// rebelLabelPlurals: plural bodies after the noun, which make the name a
// region's or people's that several groups share (lexicon).
var rebelLabelPlurals = lex("rebelLabelPlurals")

// rebelLabelCreeds: faiths and creeds that describe rebels without
// naming a group (lexicon).
var rebelLabelCreeds = lex("rebelLabelCreeds")

// rebelLabelGroups: one unknown capitalized word right before a lower-case
// "rebel", "rebels", "guerrilla" or "insurgents" is the short name of an
// armed movement used as a label ("Kanu rebel leader X", "the Kanu rebel
// movement", "the KLF rebels"): wire copy names the side so and leaves its
// long name out, so the label is the group a leader's post is in and a
// side of the talks (p1929, p1859, p251, p929). A state, demonym or known
// person is no unknown word and is left alone ("Malian rebel leader"); a
// name before plural bodies ("two Kanu rebel movements", p176) is a
// region's or people's that several groups share; a faith or creed
// ("Muslim rebels") names none.
func rebelLabelGroups(s *text.Sentence, ms []Mention) []Mention {
	toks := s.Toks
	for x, m := range ms {
		if m.Kind != Unknown || m.J-m.I != 1 || m.J >= len(toks) || m.I == 0 {
			continue
		}
		if n := toks[m.J]; !n.Word || n.Cap || !rebelLabelNouns[n.Lower] || rebelLabelCreeds[toks[m.I].Lower] {
			continue
		}
		if m.J+1 < len(toks) && rebelLabelPlurals[toks[m.J+1].Lower] {
			continue
		}
		m.Kind = Group
		ms[x] = m
	}
	return ms
}
