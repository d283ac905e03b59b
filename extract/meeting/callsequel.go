package meeting

import (
	"slices"

	"github.com/parley-dev/parley/graph"
)

// callContinued: one of the two sentences before si told a held call
// between exactly the people parts names. Phone-call readouts open with
// the call ("A had a telephone conversation with B"), may add a line on
// it ("The call was the first between the two countries' leaders") and
// go on with what "the two leaders" discussed in it; that weak verb, read
// of the pair the call joined, tells the call again, not a second
// meeting. A meeting verb ("The two leaders met in X last month") is no
// weak verb and keeps its own meeting.
func callContinued(prev []Frame, si int, parts []int) bool {
	return slices.ContainsFunc(prev, func(o Frame) bool {
		if o.Sent >= si || si-o.Sent > 2 || o.Mode != graph.Call || o.Status != graph.Held || len(o.Parts) != len(parts) {
			return false
		}
		for _, a := range parts {
			if !slices.Contains(o.Parts, a) {
				return false
			}
		}
		return true
	})
}
