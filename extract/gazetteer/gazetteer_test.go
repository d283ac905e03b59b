package gazetteer

import "testing"

// The lookups the mention stage relies on: names, short forms, demonyms
// and their plurals, capitals, organizations with their acronyms, and the
// common-word list.
func TestLookups(t *testing.T) {
	g := Load()
	for _, c := range []struct {
		phrase string
		kind   EntryKind
		ref    string
	}{
		{"United States", CountryName, "US"},
		{"U.S.", CountryName, "US"},
		{"Ivory Coast", CountryName, "CI"},
		{"Qatari", Demonym, "QA"},
		{"Qataris", Demonym, "QA"},
		{"Kazakh", Demonym, "KZ"},
		{"Uzbek", Demonym, "UZ"},
		{"Bosnian", Demonym, "BA"},
		{"Doha", City, "QA"},
		{"St. Petersburg", City, "RU"},
		{"African Union", Org, "African Union"},
		{"AU", Org, "African Union"},
	} {
		k, n := PhraseKey(c.phrase)
		e, ok := g.Phrases[k]
		if !ok || e.Kind != c.kind || e.Ref != c.ref {
			t.Errorf("%q (%q): %+v, want kind %d ref %s", c.phrase, k, e, c.kind, c.ref)
		}
		if n > g.MaxLen {
			t.Errorf("%q: %d tokens, more than MaxLen %d", c.phrase, n, g.MaxLen)
		}
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' && !g.Prefixes[k[:i]] {
				t.Errorf("%q: prefix %q missing", c.phrase, k[:i])
			}
		}
	}
	if e := g.Phrases["au"]; !e.Acr {
		t.Errorf("AU is not marked as an acronym: %+v", e)
	}
	if e := g.Phrases["doha"]; !e.Capital {
		t.Errorf("Doha is not a capital: %+v", e)
	}
	if got := g.CapitalCity("QA"); got != "Doha" {
		t.Errorf("capital of QA %q", got)
	}
	if !g.Common["the"] || g.Common["qatar"] {
		t.Error("common words wrong")
	}
	if Load() != g {
		t.Error("Load is not shared")
	}
}

func TestPluralDemonym(t *testing.T) {
	for in, want := range map[string]string{"Qatari": "Qataris", "Kenyan": "Kenyans", "British": "", "Chinese": "", "Swiss": ""} {
		if got := pluralDemonym(in); got != want {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
}

// towns.tsv: smaller places are Minor (read only after a place cue), never
// shadow a city or a country of the same name, and leave out names that
// are common English words.
func TestTowns(t *testing.T) {
	g := Load()
	if e, ok := g.Phrases["kutaisi"]; !ok || e.Kind != City || !e.Minor || e.Ref != "GE" {
		t.Errorf("Kutaisi: %+v, want a minor city of GE", e)
	}
	if e, ok := g.Phrases["fez"]; !ok || e.City != "Fez" || !e.Minor {
		t.Errorf("Fez: %+v, want the exonym as a minor city", e)
	}
	if e, ok := g.Phrases["tromso"]; !ok || e.City != "Tromso" || !e.Minor || e.Ref != "NO" {
		t.Errorf("Tromso: %+v, want Tromsø's spelling without diacritics", e)
	}
	for _, k := range []string{"doha", "lincoln", "georgia"} {
		if e := g.Phrases[k]; e.Minor {
			t.Errorf("%s: a town row shadows %+v", k, e)
		}
	}
	for _, k := range []string{"march", "hope"} {
		if e, ok := g.Phrases[k]; ok && e.Kind == City {
			t.Errorf("%s: the common word is a place: %+v", k, e)
		}
	}
}

// IsCapital knows a country's capital however the text spells its case,
// and no other city.
func TestIsCapital(t *testing.T) {
	g := Load()
	for _, c := range []string{"Lisbon", "LISBON", "Port Moresby", "Nairobi"} {
		if !g.IsCapital(c) {
			t.Errorf("%s: not read as a capital", c)
		}
	}
	for _, c := range []string{"Porto", "Mombasa", "Kokopo", ""} {
		if g.IsCapital(c) {
			t.Errorf("%q: read as a capital", c)
		}
	}
}
