package roles

import "github.com/parley-dev/parley/extract/text"

// arrangeVerbs: talks or a truce "arranged by X" were set up by X
// between the sides, which is brokering as "convened by X" is.
var arrangeVerbs = lex("arrangeVerbs")

// arrangedTalkNouns are what a third party arranges between two sides:
// "talks arranged by King X of B", "a ceasefire arranged by B last week",
// "thirteen truces arranged by B". A meeting is left out: "the meeting
// was arranged by B" is as often the host lending its ground to two
// leaders (p1124) as a broker.
var arrangedTalkNouns = lex("arrangedTalkNouns")

// arrangedTalksBy: token k is the "by" of "<talks> arranged by X", with
// at most two auxiliaries between the noun and the participle ("talks
// were arranged by", "a truce had been arranged by").
func arrangedTalksBy(toks []text.Token, k int) bool {
	v := k - 1
	if v < 1 || !arrangeVerbs[toks[v].Lower] {
		return false
	}
	e := v - 1
	for n := 0; n < 2 && e > 0 && talksPassiveAux[toks[e].Lower]; n++ {
		e--
	}
	return arrangedTalkNouns[compound(toks, e)]
}

// talksPassiveAux stand between a noun and its passive participle: "talks
// were arranged", "a truce had been arranged".
var talksPassiveAux = lex("talksPassiveAux")
