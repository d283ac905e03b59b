package actors

import (
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
)

// capitalGovNouns, after a capital set after "the", make the capital
// stand for its state's government: "the Accra government", "the
// Kabul regime" (the two-hundred-and-twenty-fourth round).
var capitalGovNouns = lex("capitalGovNouns")

// capitalGovernment: the capital's mention m opens "the <capital>
// government" — wire copy's name for one side of an internal conflict
// ("mediated between the Accra government and the rebels"). The
// article "the" otherwise makes a capital a place ("the Kabul road");
// with a government noun after it, it is the state.
func capitalGovernment(toks []text.Token, m *mention.Mention) bool {
	return m.I > 0 && toks[m.I-1].Lower == "the" && m.J < len(toks) && capitalGovNouns[toks[m.J].Lower]
}
