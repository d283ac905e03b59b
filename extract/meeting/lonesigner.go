package meeting

import (
	"slices"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's four-hundred-and-thirty-sixth round: a signing by one person
// told with its witnesses after a comma, "A signed the letter at his office
// in X on Thursday, watched by B" (or "witnessed by B"). A signing others
// watch is a ceremony, an encounter of its own, as "A and B signed the
// text, witnessed by C" is; one signer and the people who looked on are no
// less a meeting, though no joint verb told one, so the sentence gave none.
// Its place and day are the signing's stretch of the sentence, up to the
// clause of a next signing ("..., a day after C signed his own in Y"); the
// witnesses are named people, and a signing in a quote or a passive ("was
// signed") is none (p2652). The same reading of "in the presence of B"
// after one signer was tried and left out: on p579 and p1788 the new
// signing swallowed the talks told after it or a signatory in another
// city.

// loneSignerWitnessed reads sentence si as such a signing, or returns nil.
func (d *Reader) loneSignerWitnessed(si int) []Frame {
	s := &d.Sents[si]
	toks := s.Toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "signed" || s.Quoted[k] || toks[k-1].Word && signerAuxiliaries[toks[k-1].Lower] {
			continue
		}
		cs, _ := s.Clause(k)
		signer := -1
		lone := true
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I < cs || m.J > k || m.Actor < 0 {
				continue
			}
			if m.Kind == mention.Person && !m.Desc && d.Cast.Actors[m.Actor].Kind == graph.Person && (signer < 0 || signer == m.Actor) {
				signer = m.Actor
				continue
			}
			if m.Kind == mention.Person {
				lone = false
			}
		}
		if signer < 0 || !lone {
			continue
		}
		for _, t := range toks[cs:k] {
			if t.Lower == "and" || t.Lower == "with" {
				lone = false
			}
		}
		if !lone {
			continue
		}
		// The signing's own stretch: up to the clause of the next
		// signing ("..., a day after C signed his own in X"), whose
		// subject, place and day are another signing's.
		end := len(toks)
		for f := k + 1; f < len(toks); f++ {
			if !signVerbs[toks[f].Lower] {
				continue
			}
			end = f
			if fs, _ := s.Clause(f); fs > k {
				end = fs
			}
			for mi := range d.Ments[si] {
				if m := &d.Ments[si][mi]; m.J == f && m.I > k && m.I < end {
					end = m.I
				}
			}
			break
		}
		ws := d.witnessedByAfter(si, k, end)
		m := Frame{Parts: []int{signer}, Status: graph.Held, Mode: graph.InPerson, Evidence: s.Text, Sent: si}
		for _, w := range ws {
			if !slices.Contains(m.Parts, w) {
				m.Parts = append(m.Parts, w)
			}
		}
		if len(m.Parts) < 2 {
			return nil
		}
		m.Place = d.PlaceOf(si, k, cs, end)
		m.Date = d.dateOf(si, k, cs, end, graph.Held)
		if m.Place == "" && d.datelineHolds(si, m.Date) {
			m.Place = d.storyCity()
		}
		return []Frame{m}
	}
	return nil
}

// signerAuxiliaries before "signed" make it a passive or a perfect of a
// plan, no signing told done by its subject: "was signed", "to be signed".
var signerAuxiliaries = map[string]bool{"was": true, "were": true, "be": true, "been": true, "being": true, "is": true, "are": true}

// witnessedByAfter: the people named after ", witnessed by" or ", watched
// by" past the signing at k, to stop (the signing's stretch) or a
// semicolon.
func (d *Reader) witnessedByAfter(si, k, stop int) []int {
	s := &d.Sents[si]
	toks := s.Toks
	var out []int
	for w := k + 2; w+1 < stop; w++ {
		if toks[w-1].Text != "," || toks[w].Lower != "witnessed" && toks[w].Lower != "watched" || toks[w+1].Lower != "by" || s.Quoted[w] {
			continue
		}
		end := stop
		for f := w + 2; f < stop; f++ {
			if toks[f].Text == ";" {
				end = f
				break
			}
		}
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.I <= w+1 || m.J > end || m.Kind != mention.Person || m.Desc || m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			if !slices.Contains(out, m.Actor) {
				out = append(out, m.Actor)
			}
		}
	}
	return out
}
