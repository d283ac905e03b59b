package mention

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/text"
)

// The stage's reading of written sentences: what each stretch names, its
// country code, the title before a name, and the dateline city. Mentions
// are left unresolved (Actor -1): a lone surname stays Unknown.
func TestFind(t *testing.T) {
	m := Find(gazetteer.Load(), text.Read("DOHA, May 3 (Wire) - Qatari Prime Minister Ana Lind met Egypt's foreign minister and the African Union envoy in Cairo.\n"+
		"The Hamas delegation and Lind discussed the Paris Agreement."))
	if m.Dateline != "Doha" {
		t.Errorf("dateline %q", m.Dateline)
	}
	var got []string
	for _, ms := range m.Sentences {
		for _, x := range ms {
			if x.Actor != -1 {
				t.Errorf("%q resolved by the mention stage", x.Text)
			}
			got = append(got, x.Text+"/"+kindName[x.Kind]+"/"+x.Code+"/"+x.Title)
		}
	}
	want := "Qatari/demonym/QA/ Ana Lind/person//Prime Minister Egypt/state/EG/ African Union/org/African Union/ Cairo/city/EG/ " +
		"Hamas/unknown// Lind/unknown// Paris Agreement/nonactor//"
	if strings.Join(got, " ") != want {
		t.Errorf("mentions\n %s\nwant\n %s", strings.Join(got, " "), want)
	}
	if !m.LowerSeen["discussed"] || m.LowerSeen["Lind"] || m.LowerSeen["lind"] {
		t.Errorf("lower-case words %v", m.LowerSeen)
	}
}

var kindName = map[Kind]string{State: "state", Demonym: "demonym", City: "city", Org: "org", Group: "group",
	Person: "person", Unknown: "unknown", NonActor: "nonactor", TitleRef: "titleref", Described: "described"}

// On any input, mentions lie inside their sentence, in order, and each
// has a kind.
func TestFindContract(t *testing.T) {
	words := []string{"Qatar", "Qatari", "Doha", "U.S.", "UN", "Minister", "Prime", "President", "Ana", "Lind", "al-", "bin",
		"'s", "met", "the", "and", ",", ".", "(", ")", "\"", "-", "Mr.", "Messrs.", "Hamas", "Forces", "Council", "of", "\n", "May", "3"}
	r := rand.New(rand.NewSource(2))
	g := gazetteer.Load()
	for n := 0; n < 400; n++ {
		var b strings.Builder
		for k := r.Intn(50); k >= 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(' ')
		}
		tx := text.Read(b.String())
		m := Find(g, tx)
		if len(m.Sentences) != len(tx.Sentences) {
			t.Fatalf("%q: %d mention lists for %d sentences", b.String(), len(m.Sentences), len(tx.Sentences))
		}
		for si, ms := range m.Sentences {
			for k, x := range ms {
				if x.I < 0 || x.J > len(tx.Sentences[si].Toks) || x.I >= x.J || x.Kind == 0 || k > 0 && ms[k-1].I > x.I {
					t.Fatalf("%q: bad mention %+v", tx.Sentences[si].Text, x)
				}
			}
		}
	}
}

// A capitalized run joined to a body's name by "for" is part of that name,
// not a person: "the Steering Committee for Bilateral Cooperation" (p68),
// "the Dialogue Table for Peace" (p66). A person after "for" in running
// text stays one. (Since the thirty-fifth round a committee named for its
// cause is one body, "Steering Committee for Bilateral Investment", where
// the complement alone was read as a document before. Since the
// two-hundred-and-sixtieth round the body's name keeps the first of the
// two states it is named for, "Norway-Sweden ...", jointBodies.)
func TestForJoinsABodysName(t *testing.T) {
	m := Find(gazetteer.Load(), text.Read("The two co-chaired the ninth meeting of the Norway-Sweden Steering Committee for Bilateral Investment.\n"+
		"The delegations closed the second cycle of the Dialogue Table for Reconciliation in Oslo.\n"+
		"The vote was a win for Lena Berg."))
	kinds := map[string]string{}
	for _, ms := range m.Sentences {
		for _, x := range ms {
			kinds[x.Text] = kindName[x.Kind]
		}
	}
	for name, want := range map[string]string{"Norway-Sweden Steering Committee for Bilateral Investment": "org", "Dialogue Table": "nonactor", "Lena Berg": "person"} {
		if kinds[name] != want {
			t.Errorf("%q: got %q, want %q (all: %v)", name, kinds[name], want, kinds)
		}
	}
}

// "the" and a lower-case group or government noun is a description of a
// side, left for the resolution stage; not when the noun modifies a name
// or a post after it, or a phrase says whose or where it is.
func TestDescribed(t *testing.T) {
	m := Find(gazetteer.Load(), text.Read("The rebels said the government had lied.\n"+
		"The opposition leader and the opposition Blue Party met the government of Peru and the government in Lima.\n"+
		"The union walked out; the front stayed."))
	var got []string
	for _, ms := range m.Sentences {
		for _, x := range ms {
			if x.Kind == Described {
				got = append(got, x.Text+"/"+x.HeadNoun)
			}
		}
	}
	if want := "rebels/rebels government/government union/union front/front"; strings.Join(got, " ") != want {
		t.Errorf("descriptions %q, want %q", strings.Join(got, " "), want)
	}
}
