// Package historian reads the Office of the Historian's open data (U.S.
// Department of State, CC0): the foreign travels of Presidents and
// Secretaries of State (HistoryAtState/travels) and the visits of foreign
// leaders to the United States (HistoryAtState/visits), and turns each
// trip and visit into a graph.Record: a Source with its page on
// history.state.gov, the people and posts it names, and its meetings, with
// the remarks as evidence.
package historian

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// Format is what an XML file holds, by its root element.
type Format string

// The formats the reader knows.
const (
	Trips      Format = "trips"      // <trips>: travels of a President or Secretary
	Visits     Format = "visits"     // <visits>: visits of foreign leaders
	Presidents Format = "presidents" // <presidents>: the terms of office
)

// Trip is one <trip> element.
type Trip struct {
	Role, Who, ID, Name string
	Start, End          string // YYYY-MM-DD
	Country, CountryID  string
	Locale, Remarks     string
	At                  Pos
}

// Visit is one <visit> element.
type Visit struct {
	ID, Start, End        string
	Visitor, From, FromID string
	Description           string
	At                    Pos
}

// Pos is where an element starts: file and line.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// ReadError is input that could not be read, with where.
type ReadError struct {
	Pos
	Err error
}

func (e *ReadError) Error() string { return fmt.Sprintf("%s: %v", e.Pos, e.Err) }
func (e *ReadError) Unwrap() error { return e.Err }

// ErrNotHistorian says a file's root element is none of the formats.
var ErrNotHistorian = errors.New("not Office of the Historian XML (root is not trips, visits or presidents)")

// Sniff reports the format of XML whose start is in head, by its root
// element, or "" when head does not start with one of the formats'.
func Sniff(head []byte) Format {
	d := xml.NewDecoder(strings.NewReader(string(head)))
	for {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch f := Format(t.Name.Local); f {
			case Trips, Visits, Presidents:
				return f
			}
			return ""
		case xml.CharData:
			if strings.TrimSpace(string(t)) != "" {
				return ""
			}
		}
	}
}

// visitXML decodes a visit's description with its <em> children as text.
type visitXML struct {
	ID      string `xml:"id"`
	Start   string `xml:"start-date"`
	End     string `xml:"end-date"`
	Visitor string `xml:"visitor"`
	From    struct {
		ID   string `xml:"id,attr"`
		Text string `xml:",chardata"`
	} `xml:"from"`
	Description struct {
		Inner string `xml:",innerxml"`
	} `xml:"description"`
}

type tripXML struct {
	Role    string `xml:"role,attr"`
	Who     string `xml:"who,attr"`
	ID      string `xml:"id"`
	Name    string `xml:"name"`
	Start   string `xml:"start-date"`
	End     string `xml:"end-date"`
	Country struct {
		ID   string `xml:"id,attr"`
		Text string `xml:",chardata"`
	} `xml:"country"`
	Locale  string `xml:"locale"`
	Remarks string `xml:"remarks"`
}

type presidentXML struct {
	ID   string `xml:"id"`
	Name string `xml:"name"`
	Took string `xml:"took-office-date"`
	Left string `xml:"left-office-date"`
}

// File is what one file held.
type File struct {
	Format     Format
	Trips      []Trip
	Visits     []Visit
	Presidents []Term
}

// ReadFile reads one file, element by element with encoding/xml. Malformed
// XML stops the file with a ReadError naming its line; the elements read
// before it are returned. An element whose fields are wrong (a bad date) is
// handed to bad and skipped.
func ReadFile(r io.Reader, name string, bad func(*ReadError)) (File, error) {
	if bad == nil {
		bad = func(*ReadError) {}
	}
	d := xml.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	var f File
	line := func() int { l, _ := d.InputPos(); return l }
	fail := func(err error) error {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return &ReadError{Pos{name, se.Line}, fmt.Errorf("malformed XML: %s", se.Msg)}
		}
		return &ReadError{Pos{name, line()}, err}
	}
	depth := 0
	for {
		at := line()
		tok, err := d.Token()
		if err == io.EOF {
			if f.Format == "" {
				return f, &ReadError{Pos{name, at}, ErrNotHistorian}
			}
			return f, nil
		}
		if err != nil {
			return f, fail(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				switch fm := Format(t.Name.Local); fm {
				case Trips, Visits, Presidents:
					f.Format = fm
				default:
					return f, &ReadError{Pos{name, at}, ErrNotHistorian}
				}
				continue
			}
			if depth != 2 {
				continue
			}
			pos := Pos{name, at}
			switch {
			case f.Format == Trips && t.Name.Local == "trip":
				var x tripXML
				if err := d.DecodeElement(&x, &t); err != nil {
					return f, fail(err)
				}
				depth--
				tr := Trip{Role: x.Role, Who: x.Who, ID: strings.TrimSpace(x.ID), Name: clean(x.Name), Start: strings.TrimSpace(x.Start),
					End: strings.TrimSpace(x.End), Country: clean(x.Country.Text), CountryID: x.Country.ID, Locale: clean(x.Locale),
					Remarks: clean(x.Remarks), At: pos}
				if err := checkEntry(tr.ID, tr.Start, tr.End); err != nil {
					bad(&ReadError{pos, fmt.Errorf("trip %s: %w", tr.ID, err)})
					continue
				}
				f.Trips = append(f.Trips, tr)
			case f.Format == Visits && t.Name.Local == "visit":
				var x visitXML
				if err := d.DecodeElement(&x, &t); err != nil {
					return f, fail(err)
				}
				depth--
				v := Visit{ID: strings.TrimSpace(x.ID), Start: strings.TrimSpace(x.Start), End: strings.TrimSpace(x.End),
					Visitor: clean(x.Visitor), From: clean(x.From.Text), FromID: x.From.ID, Description: clean(stripTags(x.Description.Inner)), At: pos}
				if err := checkEntry(v.ID, v.Start, v.End); err != nil {
					bad(&ReadError{pos, fmt.Errorf("visit %s: %w", v.ID, err)})
					continue
				}
				f.Visits = append(f.Visits, v)
			case f.Format == Presidents && t.Name.Local == "president":
				var x presidentXML
				if err := d.DecodeElement(&x, &t); err != nil {
					return f, fail(err)
				}
				depth--
				f.Presidents = append(f.Presidents, Term{ID: x.ID, Name: clean(x.Name), Start: strings.TrimSpace(x.Took), End: strings.TrimSpace(x.Left)})
			}
		case xml.EndElement:
			depth--
		}
	}
}

func checkEntry(id, start, end string) error {
	if id == "" {
		return errors.New("has no id")
	}
	if !isDay(start) {
		return fmt.Errorf("start-date %q is not YYYY-MM-DD", start)
	}
	if end != "" && !isDay(end) {
		return fmt.Errorf("end-date %q is not YYYY-MM-DD", end)
	}
	if end != "" && end < start {
		return fmt.Errorf("ends (%s) before it starts (%s)", end, start)
	}
	return nil
}

// clean folds runs of white space (the XML wraps long remarks).
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// stripTags drops the inline <em> markup of a description, keeping its text.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	out := b.String()
	for _, e := range [][2]string{{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", `"`}, {"&apos;", "'"}} {
		out = strings.ReplaceAll(out, e[0], e[1])
	}
	return out
}

func isDay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	_, err := graph.ParseDate(s)
	return err == nil
}
