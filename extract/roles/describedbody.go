package roles

import (
	"strings"

	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Issue 14's three-hundred-and-fifty-fifth round: a body named as the
// subject of a mediating verb, with a description set off by commas
// between the two: "The X Foundation, a Swiss charity, mediated the
// session", "The X Initiative (XI), chaired by a former president,
// facilitated two rounds" (p2162, p2163). apposedSubject reads a person
// across any apposition but a body only across "as chair of ..."; a
// description that opens with an indefinite article, or with a
// participle and "by" ("chaired by", "founded by"), says what the body
// is, so the body stays the verb's subject. A parenthesized acronym may
// stand between the name and the comma.

// describedBody: the body (organization or armed group) whose name, maybe
// with an acronym in brackets, ends right before the comma at c, when the
// apposition opening at c+1 describes it; nil otherwise.
func (d *Reader) describedBody(si, c int) *mention.Mention {
	toks := d.Sents[si].Toks
	if !bodyDescription(toks, c+1) {
		return nil
	}
	e := c
	if e >= 3 && toks[e-1].Text == ")" && toks[e-3].Text == "(" {
		e -= 3
	}
	m := d.MentionEndingAt(si, e)
	if m == nil || m.Actor < 0 || m.Desc {
		return nil
	}
	if k := d.Cast.Actors[m.Actor].Kind; k != graph.Organization && k != graph.Group {
		return nil
	}
	return m
}

// bodyDescription: the apposition opening at a describes what its
// subject is: "a Roman Catholic lay group", "an independent charity",
// "chaired by Y", "founded by Y".
func bodyDescription(toks []text.Token, a int) bool {
	if a+1 >= len(toks) {
		return false
	}
	if l := toks[a].Lower; l == "a" || l == "an" {
		return true
	}
	return strings.HasSuffix(toks[a].Lower, "ed") && toks[a+1].Lower == "by"
}
