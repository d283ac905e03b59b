package historian

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"

	"github.com/parley-dev/parley/graph"
)

// Term is a President's term of office (presidents.xml); End is "" while
// in office.
type Term struct {
	ID, Name, Start, End string
}

// presidents.xml is the travels repository's list of Presidents with their
// terms (CC0), embedded so that a visits folder imported alone still knows
// who was President on a day.
//
//go:embed presidents.xml
var presidentsXML []byte

var embeddedTerms = sync.OnceValue(func() []Term {
	f, err := ReadFile(bytes.NewReader(presidentsXML), "presidents.xml", nil)
	if err != nil {
		panic("historian: embedded presidents.xml: " + err.Error())
	}
	return f.Presidents
})

// Terms answers who held the presidency when.
type Terms struct{ terms []Term }

// NewTerms returns the terms given, or the embedded ones when none are.
func NewTerms(ts []Term) *Terms {
	if len(ts) == 0 {
		ts = embeddedTerms()
	}
	return &Terms{terms: ts}
}

// ByID returns the President with the travels' person id ("bush-george-w").
func (t *Terms) ByID(id string) (name string, terms []Term) {
	for _, x := range t.terms {
		if x.ID == id {
			name = x.Name
			terms = append(terms, x)
		}
	}
	return name, terms
}

// Sitting returns the President in office on a day (YYYY-MM-DD). On the
// day power changes hands, the incoming one.
func (t *Terms) Sitting(day string) (Term, bool) {
	var found Term
	ok := false
	for _, x := range t.terms {
		if x.Start <= day && (x.End == "" || day <= x.End) {
			found, ok = x, true // later terms win on the shared day
		}
	}
	return found, ok
}

// SittingNamed returns the President in office on a day whose surname
// is the last word of name ("Clinton", "President Bush"), as a remark names
// him; ok is false when the sitting President is someone else.
func (t *Terms) SittingNamed(day, name string) (Term, bool) {
	k := strings.Fields(graph.Key(name))
	if len(k) == 0 {
		return Term{}, false
	}
	if x, ok := t.Sitting(day); ok {
		xk := strings.Fields(graph.Key(x.Name))
		if len(xk) > 0 && xk[len(xk)-1] == k[len(k)-1] && (len(k) == 1 || graph.PersonNamesMatch(strings.Join(k, " "), strings.Join(xk, " "))) {
			return x, true
		}
	}
	return Term{}, false
}
