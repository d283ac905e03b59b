package actors

import "github.com/parley-dev/parley/extract/text"

// Issue 14's two-hundred-and-twenty-fourth round: wire copy introduces an
// armed movement by a description of what it is before its name, "the
// northern separatist organisation X", "the rebel group Y". The body noun
// before the unknown name made it an organization, so talks "with" it
// had no side of the kind a government negotiates with.

// armedBodyModifiers, before a body noun, describe an armed movement.
var armedBodyModifiers = lex("armedBodyModifiers")

// armedBodyBefore: the name at i follows a body noun ("organisation",
// "group") with an armed movement's modifier one or two words before it
// ("separatist organisation", "armed rebel group").
func armedBodyBefore(toks []text.Token, i int) bool {
	for k := i - 2; k >= 0 && k >= i-3; k-- {
		if armedBodyModifiers[toks[k].Lower] {
			return true
		}
	}
	return false
}
