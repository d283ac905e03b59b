package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
)

// ActorID is the stable id of a new actor node: its kind and slugged name.
func ActorID(kind Kind, name string) string { return string(kind) + ":" + Slug(name) }

// PlaceID is the stable id of a place node.
func PlaceID(name string) string { return "place:" + Slug(name) }

// NegotiationID identifies a negotiation by the sides of its dispute (or,
// with no parties known, by its mediators), so that every article about
// Israel and Hamas's talks adds to one node.
func NegotiationID(partyIDs, mediatorIDs []string) string {
	ids := partyIDs
	if len(ids) == 0 {
		ids = mediatorIDs
	}
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	return "negotiation:" + strings.Join(ids, "+")
}

// MeetingID identifies a meeting reported by one source: the same
// participants, date, place and status in the same source are one meeting.
func MeetingID(sourceID string, participantIDs []string, date, place string, status Status) string {
	ids := slices.Clone(participantIDs)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	h := sha256.Sum256([]byte(strings.Join([]string{sourceID, strings.Join(ids, ","), date, Key(place), string(status)}, "\x1f")))
	return "meeting:" + hex.EncodeToString(h[:8])
}

// NameKeys are the keys under which an actor can be found: its name, its
// aliases and, for a person known by more than one word, the surname.
func NameKeys(a Actor) []string {
	var keys []string
	add := func(k string) {
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	name := Key(a.Name)
	add(name)
	for _, al := range a.Aliases {
		add(Key(al))
	}
	if a.Kind == Person {
		t := strings.Fields(name)
		if len(t) > 1 {
			add(t[len(t)-1])
		}
		// Transliterations that differ only by a doubled letter
		// ("Zelenskyy", "Zelensky") share a loose key.
		if len(t) > 0 {
			add(loose(t[len(t)-1]))
		}
		add(strings.Join(personWords(name), " "))
	}
	if a.Kind == State {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			for _, k := range StateKeys(n) {
				add(k)
			}
		}
	}
	return keys
}

// Candidate is an actor already in the graph that shares a name key with a
// mention being loaded.
type Candidate struct {
	ID      string
	Name    string
	Kind    Kind
	Keys    []string
	Aliases []string
	// Posts are the posts the actor holds in the graph, for telling apart
	// two people of one name in different states or eras.
	Posts []Post
}

// Post is a post held by a known actor: the organization's name and the
// period, as far as known.
type Post struct {
	Org, Start, End string
}

// knownAs reports whether a mention names the candidate by its name or one
// of its aliases (rather than, say, only its surname).
func knownAs(a Actor, c Candidate) bool {
	// The names of one state in the table are that state's names, not a
	// guess to be logged.
	if a.Kind == State {
		if x, ok := StateName(a.Name); ok {
			if y, ok := StateName(c.Name); ok && x == y {
				return true
			}
		}
	}
	k := Key(a.Name)
	return k == Key(c.Name) || slices.ContainsFunc(c.Aliases, func(x string) bool { return Key(x) == k })
}

// AutoMergeID names the automatic merge of a record's mention into a known
// actor: the same record and mention always give the same id.
func AutoMergeID(recordID, goneID string) string {
	h := sha256.Sum256([]byte(recordID + "\x00" + goneID))
	return "auto-" + hex.EncodeToString(h[:6])
}

// Resolve picks the existing actor a mention refers to, or returns "" when
// it is new or ambiguous. Actors of another kind never match. A person
// matches only when one name's words contain the other's ("Burns" ⊂
// "William Burns"), so two Burnses with different first names stay apart,
// and when middle names both given agree ("George H. W. Bush" is not
// "George W. Bush"); and, unless the full names are the same, when the
// posts both hold are compatible (PostsAgree). When several match, the one
// with the same full name wins.
func Resolve(a Actor, cands []Candidate) string {
	keys := NameKeys(a)
	var hits []Candidate
	for _, c := range cands {
		if c.Kind != a.Kind || !sharesKey(keys, c.Keys) {
			continue
		}
		if a.Kind == Person && !PersonMatches(a, c) {
			continue
		}
		if !slices.ContainsFunc(hits, func(h Candidate) bool { return h.ID == c.ID }) {
			hits = append(hits, c)
		}
	}
	if len(hits) == 1 {
		return hits[0].ID
	}
	var exact []string
	name := Key(a.Name)
	for _, h := range hits {
		if slices.Contains(h.Keys, name) {
			exact = append(exact, h.ID)
		}
	}
	if len(exact) == 1 {
		return exact[0]
	}
	return ""
}

func sharesKey(a, b []string) bool {
	for _, k := range a {
		if slices.Contains(b, k) {
			return true
		}
	}
	return false
}

// PersonMatches reports whether a person mention can be the known person
// c: their names match (PersonNamesMatch), and unless both give the same
// full name of two words or more, their posts agree (PostsAgree).
func PersonMatches(a Actor, c Candidate) bool {
	an, cn := Key(a.Name), Key(c.Name)
	if !PersonNamesMatch(an, cn) {
		return false
	}
	ka := personWords(an)
	if len(ka) > 1 && slices.Equal(ka, personWords(cn)) {
		return true
	}
	// A known person may have been named by surname first and by full
	// name later: a full name must agree with every full name the person
	// is known by, so that "Singh" does not gather two Singhs.
	if len(ka) > 1 {
		for _, al := range c.Aliases {
			if k := Key(StripTitles(al)); len(personWords(k)) > 1 && !PersonNamesMatch(an, k) {
				return false
			}
		}
	}
	pos := a.Positions
	if a.Affiliation != "" {
		pos = append(slices.Clone(pos), Position{Organization: a.Affiliation})
	}
	return PostsAgree(pos, c.Posts)
}

// PersonNamesMatch reports whether two person name keys can name one
// person: the words of one are among the other's (doubled letters and
// runs of initials folded: "Zelensky" ⊂ "Volodymyr Zelenskyy", "H. W." =
// "H.W."), and when both give middle names or initials, these agree; or
// both give the same first and last name with middle names that abbreviate
// one another ("George Herbert Walker Bush", "George H. W. Bush").
func PersonNamesMatch(a, b string) bool {
	wa, wb := personWords(a), personWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if nestedWords(wa, wb) {
		return middlesAgree(wa, wb)
	}
	if len(wa) >= 2 && len(wb) >= 2 && wa[0] == wb[0] && wa[len(wa)-1] == wb[len(wb)-1] {
		return middlesAgree(wa, wb) && len(wa) > 2 && len(wb) > 2
	}
	return false
}

// middlesAgree: two names each with middle names or initials must have
// the same initials there.
func middlesAgree(wa, wb []string) bool {
	if len(wa) < 3 || len(wb) < 3 {
		return true
	}
	return initials(wa[1:len(wa)-1]) == initials(wb[1:len(wb)-1])
}

func initials(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if len(w) <= 3 && !strings.ContainsAny(w, "aeiouy") || len(w) == 1 {
			b.WriteString(w) // initials already ("hw")
			continue
		}
		r := []rune(w)
		b.WriteRune(r[0])
	}
	return b.String()
}

// personWords are a name key's words for comparing people: runs of
// single-letter initials joined ("h w" → "hw"), doubled letters folded.
func personWords(key string) []string {
	var out []string
	run := ""
	for _, w := range strings.Fields(key) {
		if len([]rune(w)) == 1 {
			run += w
			continue
		}
		if run != "" {
			out = append(out, run)
			run = ""
		}
		out = append(out, loose(w))
	}
	if run != "" {
		out = append(out, run)
	}
	return out
}

// loose folds doubled letters: "zelenskyy" → "zelensky".
func loose(w string) string {
	var b strings.Builder
	var prev rune
	for i, r := range w {
		if i > 0 && r == prev {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func nestedWords(wa, wb []string) bool {
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		if !slices.Contains(wb, w) {
			return false
		}
	}
	return len(wa) > 0
}

// eraGapYears is how far apart two people's dated posts may be and the
// two still be taken for one person on a partial name: "President Diaz"
// of 1910 is not "President Diaz" of 1960.
const eraGapYears = 20

// PostsAgree reports whether a mention's posts are compatible with a known
// person's: when both sides have posts, they share an organization (a
// state under any of its names counts as one), and when both sides are
// dated, the periods come within eraGapYears of each other. Without posts
// on either side there is nothing to contradict.
func PostsAgree(pos []Position, posts []Post) bool {
	if len(pos) == 0 || len(posts) == 0 {
		return true
	}
	shared := false
	for _, p := range pos {
		for _, q := range posts {
			if orgKey(p.Organization) == orgKey(q.Org) {
				shared = true
			}
		}
	}
	if !shared {
		return false
	}
	as, ae := span(len(pos), func(i int) (string, string) { return pos[i].Start, pos[i].End })
	bs, be := span(len(posts), func(i int) (string, string) { return posts[i].Start, posts[i].End })
	if as == "" || bs == "" {
		return true
	}
	gap := max(yearOf(as)-yearOf(be), yearOf(bs)-yearOf(ae))
	return gap <= eraGapYears
}

// span is the earliest start and latest end (or start) of dated periods.
func span(n int, at func(int) (string, string)) (string, string) {
	lo, hi := "", ""
	for i := range n {
		s, e := at(i)
		if e == "" {
			e = s
		}
		if s == "" {
			s = e
		}
		if s == "" {
			continue
		}
		if lo == "" || s < lo {
			lo = s
		}
		if hi == "" || e > hi {
			hi = e
		}
	}
	return lo, hi
}

func yearOf(d string) int {
	y := 0
	for i := 0; i < len(d) && i < 4; i++ {
		if d[i] < '0' || d[i] > '9' {
			return y
		}
		y = y*10 + int(d[i]-'0')
	}
	return y
}

// FullerName returns whichever of two names for one actor is the fuller
// form, so that loading "Burns" after "William Burns" keeps the latter.
// Ties go to the lexically smaller, so the result does not depend on load
// order.
func FullerName(a, b string) string {
	la, lb := len(strings.Fields(Key(a))), len(strings.Fields(Key(b)))
	switch {
	case la != lb:
		if la > lb {
			return a
		}
		return b
	case len(a) != len(b):
		if len(a) > len(b) {
			return a
		}
		return b
	case a < b:
		return a
	}
	return b
}
