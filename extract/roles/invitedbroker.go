package roles

// Issue 14's two-hundred-and-fifty-seventh round: a third party the sides
// asked to broker, told in the passive, "Norway was invited by both sides
// earlier this year to facilitate a negotiated settlement" (p895), "Kenya
// was asked by the two governments to mediate": the subject of the
// passive is the one who brokers.

// invitePassives are the participles of asking someone to act.
var invitePassives = lex("invitePassives")

// invitedBroker reads the subject of "was invited ... to" before the
// mediating verb at k: "to" right before it, then back over at most ten
// tokens with no comma or full stop ("by both sides earlier this year")
// to an invitePassives participle after "was", "were" or "been". nil when
// the shape is not there.
func (d *Reader) invitedBroker(si, k int) []int {
	toks := d.Sents[si].Toks
	if k < 4 || toks[k-1].Lower != "to" {
		return nil
	}
	for p := k - 2; p >= 1 && k-p <= 11; p-- {
		if t := toks[p].Text; t == "," || t == "." || t == ";" {
			return nil
		}
		if !invitePassives[toks[p].Lower] {
			continue
		}
		if a := toks[p-1].Lower; a != "was" && a != "were" && a != "been" {
			return nil
		}
		return d.listEndingAt(si, subjectEnd(toks, p))
	}
	return nil
}
