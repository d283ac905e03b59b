package roles

import (
	"strings"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-eighteenth round: a state bargaining with a
// company, told as two sides of one subject ("A and X Gold Corp reached an
// agreement to settle their dispute").

// companySuffixes are the legal forms that close a company's name ("Corp",
// "Plc", "Inc", "Ltd"): the same section makes such names organizations
// in the mention stage.
var companySuffixes = lex("companySuffixes")

// company: an organization whose name ends in a company's legal form.
// Only the legal form counts: "the National Oil Corporation" or "the
// Broadcasting Company" may be arms of a state, and a ministry or agency
// never bargains against its own state.
func (d *Reader) company(a int) bool {
	if a < 0 || d.Cast.Actors[a].Kind != graph.Organization {
		return false
	}
	words := strings.Fields(strings.ToLower(d.Cast.Actors[a].Name()))
	return len(words) >= 2 && companySuffixes[strings.Trim(words[len(words)-1], ".")]
}

// companyAgainstState: the sides sa and sb are a state and a company, the
// two a concession or tax dispute is negotiated between, so the company is
// a side as the state is. Two companies, or a company beside a group, stay
// out: mergers and contracts are not the negotiations the record keeps.
func (d *Reader) companyAgainstState(sa, sb int) bool {
	if sa < 0 || sb < 0 {
		return false
	}
	state := func(a int) bool { return d.Cast.Actors[a].Kind == graph.State }
	return state(sa) && d.company(sb) || state(sb) && d.company(sa)
}
