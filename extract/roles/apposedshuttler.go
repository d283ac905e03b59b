package roles

import "github.com/parley-dev/parley/extract/mention"

// apposedShuttler is the person apposed to a subject that names them by
// a post ("the African Union's envoy, former South African president X,
// spent four days going back and forth between ...", p422), when the post
// before the apposition is not read as that person. e is the subject's
// end, past the comma closing the apposition; the person's name must end
// right before that comma.
func (d *Reader) apposedShuttler(si, e int) []int {
	toks := d.Sents[si].Toks
	if e < 2 || e > len(toks) || toks[e-1].Text != "," || appositionStart(toks, e) == e {
		return nil
	}
	if m := d.MentionEndingAt(si, e-1); m != nil && m.Kind == mention.Person && m.Actor >= 0 {
		return []int{m.Actor}
	}
	return nil
}
