package graph

import "testing"

func person(name, title, state, start, end string) Actor {
	a := Actor{Name: name, Kind: Person}
	if state != "" {
		a.Positions = []Position{{Title: title, Organization: state, Start: start, End: end}}
	}
	return a
}

func cand(id, name, state, start, end string, aliases ...string) Candidate {
	a := person(name, "President", state, start, end)
	a.Aliases = aliases
	c := Candidate{ID: id, Name: name, Kind: Person, Keys: NameKeys(a), Aliases: aliases}
	if state != "" {
		c.Posts = []Post{{Org: state, Start: start, End: end}}
	}
	return c
}

func TestResolvePeopleAcrossACentury(t *testing.T) {
	for _, tc := range []struct {
		what    string
		mention Actor
		known   Candidate
		same    bool
	}{
		{"differing middle initials", person("George W. Bush", "", "", "", ""), cand("p:hw", "George H. W. Bush", "", "", ""), false},
		{"initials written two ways", person("George H.W. Bush", "", "", "", ""), cand("p:hw", "George H. W. Bush", "", "", ""), true},
		{"initials and the names they abbreviate", person("George Herbert Walker Bush", "", "", "", ""), cand("p:hw", "George H. W. Bush", "", "", ""), true},
		{"a surname with a full name", person("Bush", "", "", "", ""), cand("p:w", "George W. Bush", "", "", ""), true},
		{"one surname, two states", person("Juan Melgar Castro", "Chief of State", "Honduras", "1977-11-01", "1977-11-03"),
			cand("p:c", "Castro", "Cuba", "1959-04-15", "1959-04-20"), false},
		{"one surname, one state, two eras", person("Diaz", "President", "Mexico", "1965-10-01", "1965-10-02"),
			cand("p:d", "Diaz", "Mexico", "1909-10-16", "1909-10-16"), false},
		{"one surname, one state, one era", person("Sadat", "President", "Egypt", "1977-04-04", "1977-04-05"),
			cand("p:s", "Anwar Sadat", "Egypt", "1975-10-26", "1975-11-05"), true},
		{"a transliteration with a doubled letter", person("Zelensky", "", "", "", ""),
			cand("p:z", "Volodymyr Zelenskyy", "Ukraine", "2019-09-25", "2024-09-26"), true},
		{"a state under another name", person("Recep Tayyip Erdogan", "President", "Turkey", "2019-11-13", "2019-11-13"),
			cand("p:e", "Erdogan", "Türkiye", "2023-09-18", "2023-09-18"), true},
		{"a full name against the full name the known person had", person("Rajnath Singh", "Minister of Defense", "India", "2020-10-26", "2020-10-26"),
			cand("p:s", "Singh", "India", "2005-03-16", "2009-07-18", "Manmohan Singh"), false},
	} {
		got := Resolve(tc.mention, []Candidate{tc.known})
		if (got == tc.known.ID) != tc.same {
			t.Errorf("%s: Resolve(%q, %q) = %q, same person: %v", tc.what, tc.mention.Name, tc.known.Name, got, tc.same)
		}
	}
}

func TestStateNames(t *testing.T) {
	for _, pair := range [][2]string{
		{"Korea", "South Korea"}, {"Korea, Republic of", "South Korea"}, {"Turkey", "Türkiye"}, {"U.S.S.R.", "Soviet Union"},
		{"China, People’s Republic of", "China"}, {"France (Provisional Government)", "France"}, {"Ceylon (Sri Lanka)", "Sri Lanka"},
	} {
		if got, ok := StateName(pair[0]); !ok || got != pair[1] {
			t.Errorf("StateName(%q) = %q %v, want %q", pair[0], got, ok, pair[1])
		}
	}
	if got, ok := StateOfDemonym("Soviet"); !ok || got != "Soviet Union" {
		t.Errorf("Soviet → %q", got)
	}
	if _, ok := StateName("China, Republic of"); !ok {
		t.Error("Taiwan's old name unknown")
	}
	if a, _ := StateName("China, Republic of"); a == "China" {
		t.Error("the Republic of China taken for the People's Republic")
	}
	// A state node is found under every name of the state.
	keys := NameKeys(Actor{Name: "Türkiye", Kind: State})
	known := Candidate{ID: "state:turkiye", Name: "Türkiye", Kind: State, Keys: keys}
	if got := Resolve(Actor{Name: "Turkey", Kind: State}, []Candidate{known}); got != known.ID {
		t.Errorf("Turkey resolved to %q", got)
	}
}

func TestParsePeriod(t *testing.T) {
	d, err := ParseDate("2025-02-03/2025-02-04")
	if err != nil || d.Start.Format(day) != "2025-02-03" || d.End.Format(day) != "2025-02-04" || d.Precision != "period" {
		t.Errorf("period: %+v %v", d, err)
	}
	for _, bad := range []string{"2025-02-04/2025-02-03", "2025-02-30/2025-03-01", "2025/", "/2025"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
}
