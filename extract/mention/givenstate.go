package mention

import "github.com/parley-dev/parley/extract/text"

// stateBeforeParticle: a one-word state name right before a lower-case
// surname particle and a name word — "Dominique de Villepin" (Dominique
// is a French name of Dominica), "Chad van Berg", "Georgia de Souza" — is
// the given name of the person the particle's surname closes, not the
// state (the two-hundred-and-thirty-eighth round, p1463). After a place
// preposition the state stays: "in Panama de facto rule", "from Chad
// de jure" hold no name word after the particle anyway, and "born in
// Jordan van Loon" is too rare to lose the place for.
func (d *scanner) stateBeforeParticle(toks []text.Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Cap || !surnameParticles[toks[i+1].Lower] || !d.nameWord(toks, i+2) {
		return false
	}
	return i == 0 || !placePreps[toks[i-1].Lower]
}
