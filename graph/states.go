package graph

import (
	_ "embed"
	"strings"
	"sync"
)

// States and their other names. One state is often written several ways
// across a century of sources ("Korea" and "South Korea", "Turkey" and
// "Türkiye", "U.S.S.R." and "Soviet Union"); the table in states.tsv (data,
// not code) lists each state's canonical name, its other names and its
// demonyms, so that resolution finds one node under any of them.

//go:embed states.tsv
var statesTSV string

type stateTable struct {
	byKey     map[string]string // name key → canonical name
	demonyms  map[string]string // demonym key → canonical name
	keysOf    map[string][]string
	canonical []string
}

var loadStates = sync.OnceValue(func() *stateTable {
	t := &stateTable{byKey: map[string]string{}, demonyms: map[string]string{}, keysOf: map[string][]string{}}
	for _, line := range strings.Split(statesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 3 {
			f = append(f, "")
		}
		name := f[0]
		t.canonical = append(t.canonical, name)
		var keys []string
		for _, v := range append([]string{name}, strings.Split(f[1], "|")...) {
			k := Key(v)
			if k == "" {
				continue
			}
			if _, taken := t.byKey[k]; !taken {
				t.byKey[k] = name
			}
			if t.byKey[k] == name && !containsStr(keys, k) {
				keys = append(keys, k)
			}
		}
		t.keysOf[name] = keys
		for _, d := range strings.Split(f[2], "|") {
			if k := Key(d); k != "" {
				if _, taken := t.demonyms[k]; !taken {
					t.demonyms[k] = name
				}
			}
		}
	}
	return t
})

func containsStr(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// StateName returns the canonical name of a state written any of the ways
// the table knows ("Korea, Republic of" → "South Korea"), ignoring a
// trailing parenthesis ("France (Provisional Government)"); ok is false for
// a name the table does not know.
func StateName(name string) (string, bool) {
	t := loadStates()
	if c, ok := t.byKey[Key(name)]; ok {
		return c, true
	}
	if i := strings.IndexByte(name, '('); i > 0 {
		if c, ok := t.byKey[Key(name[:i])]; ok {
			return c, true
		}
		if c, ok := t.byKey[Key(strings.Trim(name[i:], "() "))]; ok {
			return c, true
		}
	}
	return "", false
}

// StateOfDemonym returns the state a demonym belongs to ("Soviet" →
// "Soviet Union", "Bahraini" → "Bahrain").
func StateOfDemonym(word string) (string, bool) {
	c, ok := loadStates().demonyms[Key(word)]
	return c, ok
}

// StateKeys returns every name key of the state a name is one of, or nil
// when the table does not know it.
func StateKeys(name string) []string {
	c, ok := StateName(name)
	if !ok {
		return nil
	}
	return loadStates().keysOf[c]
}

// orgKey is the key two posts' organizations are compared by: the
// canonical state name for a state under any name, else the name key.
func orgKey(name string) string {
	if c, ok := StateName(name); ok {
		return Key(c)
	}
	return Key(name)
}
