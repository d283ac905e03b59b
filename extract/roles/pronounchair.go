package roles

// chairedAntecedents: besides talks (negNouns, chairedObjects), what a
// pronoun before "chaired by" may stand for when the sentence before opens
// on it: "The signing took place ... It was chaired by X" (p2435).
var chairedAntecedents = lex("chairedAntecedents")

// pronounChairsTalks: the passive chair verb at v has a bare pronoun for
// its subject ("They were chaired by X", "It was chaired by Y") and the
// sentence before opens on talks or their signing ("The talks, facilitated
// by the Union, brought together ..."; p2790, p2435), so the chair runs
// those talks as chairsTalks reads them. A summit stays out, as in
// chairsTalks: its chair presides and brokers nothing.
func (d *Reader) pronounChairsTalks(si, v int) bool {
	toks := d.Sents[si].Toks
	if si == 0 || v < 2 || v > 3 || (toks[0].Lower != "they" && toks[0].Lower != "it") || !verbAux[toks[v-1].Lower] {
		return false
	}
	prev := d.Sents[si-1].Toks
	for e := 0; e < len(prev) && e < 3; e++ {
		w := prev[e].Lower
		if w == "summit" {
			return false
		}
		if negNouns[w] || chairedObjects[w] || chairedAntecedents[w] {
			return true
		}
	}
	return false
}
