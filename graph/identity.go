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
	add(Key(a.Name))
	for _, al := range a.Aliases {
		add(Key(al))
	}
	if a.Kind == Person {
		if t := strings.Fields(Key(a.Name)); len(t) > 1 {
			add(t[len(t)-1])
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
}

// knownAs reports whether a mention names the candidate by its name or one
// of its aliases (rather than, say, only its surname).
func knownAs(a Actor, c Candidate) bool {
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
// "William Burns"), so two Burnses with different first names stay apart;
// when several match, the one with the same full name wins.
func Resolve(a Actor, cands []Candidate) string {
	keys := NameKeys(a)
	var hits []Candidate
	for _, c := range cands {
		if c.Kind != a.Kind || !sharesKey(keys, c.Keys) {
			continue
		}
		if a.Kind == Person && !wordsNested(Key(a.Name), Key(c.Name)) {
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
	for _, h := range hits {
		if slices.Contains(h.Keys, Key(a.Name)) {
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

// wordsNested reports whether the words of one key all occur in the other.
func wordsNested(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
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
