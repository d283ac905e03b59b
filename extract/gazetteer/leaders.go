package gazetteer

import (
	"bufio"
	"strings"
)

// loadLeaders reads leaders.tsv (genleaders.py, from the Office of the
// Historian's data): heads of state and government who visited the United
// States, the U.S. presidents and secretaries of state, each with their
// state. A story often names a leader with no word of their country
// ("Putin phoned Erdogan"), which a reader supplies from what they know;
// this is that knowledge, for the leaders the record of official visits
// holds. A row whose state the gazetteer does not know is skipped.
func (g *Gazetteer) loadLeaders() {
	f, err := gazetteerFS.Open("leaders.tsv")
	if err != nil {
		panic("gazetteer: embedded leaders.tsv: " + err.Error()) // cannot happen in a built binary
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, state, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		k, _ := PhraseKey(state)
		if e, ok := g.Phrases[k]; ok && e.Kind == CountryName {
			g.Leaders[LeaderKey(name)] = e.Ref
		}
	}
}

// LeaderKey is a person's name as Leaders keys it (and genleaders.py
// writes it): accents dropped, hyphens and dots as spaces, lower case, so
// that "Recep Tayyip Erdoğan" and "Recep Tayyip Erdogan" are one leader.
func LeaderKey(name string) string {
	name = strings.NewReplacer("-", " ", ".", " ").Replace(foldDiacritics(name))
	return strings.Join(strings.Fields(strings.ToLower(name)), " ")
}
