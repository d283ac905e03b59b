// Package gdelt reads GDELT 2.0 event export files (tab-separated, 61
// columns, no header; see the GDELT 2.0 Event Codebook) and turns the
// events that are meetings or negotiations into Parley records.
//
// The CAMEO codes kept, and what they become:
//
//	040 Consult, not specified          held meeting, mode unknown
//	041 Discuss by telephone            held meeting, mode call
//	042 Make a visit                    held meeting, in person
//	043 Host a visit                    held meeting, in person
//	044 Meet at a "third" location      held meeting, in person
//	045 Mediate                         held meeting, mode unknown; Actor1 MEDIATES
//	                                    the negotiation whose party is Actor2
//	046 Engage in negotiation           held meeting, mode unknown; both actors
//	                                    PARTY_TO one negotiation
//	036 Express intent to meet or negotiate   planned meeting, undated
//	039 Express intent to mediate       planned meeting, undated; Actor1 MEDIATES
//	                                    the negotiation whose party is Actor2
//
// Every other code (including 030–035, 037 and 038, which express intent to
// cooperate, yield or settle without an encounter) is skipped, as are events
// without two distinct named actors.
package gdelt

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"github.com/parley-dev/parley/graph"
)

// Columns is the number of fields of a GDELT 2.0 event record.
const Columns = 61

// Column positions (0-based) in the GDELT 2.0 event export, in the
// codebook's order.
const (
	ColGlobalEventID = iota
	ColDay           // SQLDATE, YYYYMMDD
	ColMonthYear
	ColYear
	ColFractionDate
	ColActor1Code
	ColActor1Name
	ColActor1CountryCode
	ColActor1KnownGroupCode
	ColActor1EthnicCode
	ColActor1Religion1Code
	ColActor1Religion2Code
	ColActor1Type1Code
	ColActor1Type2Code
	ColActor1Type3Code
	ColActor2Code
	ColActor2Name
	ColActor2CountryCode
	ColActor2KnownGroupCode
	ColActor2EthnicCode
	ColActor2Religion1Code
	ColActor2Religion2Code
	ColActor2Type1Code
	ColActor2Type2Code
	ColActor2Type3Code
	ColIsRootEvent
	ColEventCode
	ColEventBaseCode
	ColEventRootCode
	ColQuadClass
	ColGoldsteinScale
	ColNumMentions
	ColNumSources
	ColNumArticles
	ColAvgTone
	ColActor1GeoType
	ColActor1GeoFullName
	ColActor1GeoCountryCode
	ColActor1GeoADM1Code
	ColActor1GeoADM2Code
	ColActor1GeoLat
	ColActor1GeoLong
	ColActor1GeoFeatureID
	ColActor2GeoType
	ColActor2GeoFullName
	ColActor2GeoCountryCode
	ColActor2GeoADM1Code
	ColActor2GeoADM2Code
	ColActor2GeoLat
	ColActor2GeoLong
	ColActor2GeoFeatureID
	ColActionGeoType
	ColActionGeoFullName
	ColActionGeoCountryCode
	ColActionGeoADM1Code
	ColActionGeoADM2Code
	ColActionGeoLat
	ColActionGeoLong
	ColActionGeoFeatureID
	ColDateAdded // YYYYMMDDHHMMSS
	ColSourceURL
)

// Actor is one side of an event.
type Actor struct {
	Code, Name, CountryCode, KnownGroupCode string
	Types                                   [3]string
}

// Event is one parsed GDELT event row (the fields Parley uses).
type Event struct {
	Line          int
	GlobalEventID int64
	Day           time.Time
	Actor1        Actor
	Actor2        Actor
	EventCode     string
	NumMentions   int
	ActionGeoType int
	ActionGeo     string // ActionGeo_FullName
	Lat, Long     *float64
	DateAdded     time.Time
	SourceURL     string
}

// RowError is a malformed row, with its line number.
type RowError struct {
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

// Reader reads events from an export file. Malformed rows (wrong column
// count, bad dates, bad numbers) are handed to bad and skipped.
type Reader struct {
	r    *bufio.Reader
	line int
	bad  func(*RowError)
}

// NewReader reads from r; bad may be nil.
func NewReader(r io.Reader, bad func(*RowError)) *Reader {
	if bad == nil {
		bad = func(*RowError) {}
	}
	return &Reader{r: bufio.NewReaderSize(r, 1<<20), bad: bad}
}

// maxLine bounds one row.
const maxLine = 1 << 20

// Next returns the next well-formed event; ok is false at the end. The
// error is only for failures reading the input.
func (rd *Reader) Next() (Event, bool, error) {
	for {
		line, err := rd.r.ReadString('\n')
		if err != nil && err != io.EOF {
			return Event{}, false, fmt.Errorf("line %d: %w", rd.line+1, err)
		}
		if line == "" && err == io.EOF {
			return Event{}, false, nil
		}
		rd.line++
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if len(line) > maxLine {
			rd.bad(&RowError{rd.line, fmt.Errorf("row longer than %d bytes", maxLine)})
			continue
		}
		ev, perr := Parse(strings.Split(line, "\t"))
		if perr != nil {
			rd.bad(&RowError{rd.line, perr})
			continue
		}
		ev.Line = rd.line
		return ev, true, nil
	}
}

// Parse checks and reads one row's fields.
func Parse(f []string) (Event, error) {
	if len(f) != Columns {
		return Event{}, fmt.Errorf("%d columns, want %d", len(f), Columns)
	}
	var ev Event
	var err error
	if ev.GlobalEventID, err = strconv.ParseInt(f[ColGlobalEventID], 10, 64); err != nil || ev.GlobalEventID <= 0 {
		return ev, fmt.Errorf("GlobalEventID %q is not a positive integer", f[ColGlobalEventID])
	}
	if ev.Day, err = time.Parse("20060102", f[ColDay]); err != nil {
		return ev, fmt.Errorf("SQLDATE %q is not a date YYYYMMDD", f[ColDay])
	}
	if f[ColDateAdded] != "" {
		if ev.DateAdded, err = time.Parse("20060102150405", f[ColDateAdded]); err != nil {
			return ev, fmt.Errorf("DATEADDED %q is not a time YYYYMMDDHHMMSS", f[ColDateAdded])
		}
	}
	ints := []int{ColMonthYear, ColYear, ColIsRootEvent, ColQuadClass, ColNumMentions, ColNumSources, ColNumArticles,
		ColActor1GeoType, ColActor2GeoType, ColActionGeoType}
	names := map[int]string{ColMonthYear: "MonthYear", ColYear: "Year", ColIsRootEvent: "IsRootEvent", ColQuadClass: "QuadClass",
		ColNumMentions: "NumMentions", ColNumSources: "NumSources", ColNumArticles: "NumArticles",
		ColActor1GeoType: "Actor1Geo_Type", ColActor2GeoType: "Actor2Geo_Type", ColActionGeoType: "ActionGeo_Type",
		ColFractionDate: "FractionDate", ColGoldsteinScale: "GoldsteinScale", ColAvgTone: "AvgTone",
		ColActor1GeoLat: "Actor1Geo_Lat", ColActor1GeoLong: "Actor1Geo_Long", ColActor2GeoLat: "Actor2Geo_Lat",
		ColActor2GeoLong: "Actor2Geo_Long", ColActionGeoLat: "ActionGeo_Lat", ColActionGeoLong: "ActionGeo_Long"}
	for _, c := range ints {
		if f[c] == "" {
			continue
		}
		n, err := strconv.Atoi(f[c])
		if err != nil {
			return ev, fmt.Errorf("%s %q is not an integer", names[c], f[c])
		}
		switch c {
		case ColNumMentions:
			ev.NumMentions = n
		case ColActionGeoType:
			ev.ActionGeoType = n
		}
	}
	for _, c := range []int{ColFractionDate, ColGoldsteinScale, ColAvgTone, ColActor1GeoLat, ColActor1GeoLong,
		ColActor2GeoLat, ColActor2GeoLong, ColActionGeoLat, ColActionGeoLong} {
		if f[c] == "" {
			continue
		}
		x, err := strconv.ParseFloat(f[c], 64)
		if err != nil {
			return ev, fmt.Errorf("%s %q is not a number", names[c], f[c])
		}
		switch c {
		case ColActionGeoLat:
			if x < -90 || x > 90 {
				return ev, fmt.Errorf("ActionGeo_Lat %v is out of range", x)
			}
			ev.Lat = &x
		case ColActionGeoLong:
			if x < -180 || x > 180 {
				return ev, fmt.Errorf("ActionGeo_Long %v is out of range", x)
			}
			ev.Long = &x
		}
	}
	actor := func(base int) Actor {
		return Actor{Code: f[base], Name: strings.TrimSpace(f[base+1]), CountryCode: f[base+2], KnownGroupCode: f[base+3],
			Types: [3]string{f[base+7], f[base+8], f[base+9]}}
	}
	ev.Actor1, ev.Actor2 = actor(ColActor1Code), actor(ColActor2Code)
	ev.EventCode = f[ColEventCode]
	ev.ActionGeo = strings.TrimSpace(f[ColActionGeoFullName])
	ev.SourceURL = strings.TrimSpace(f[ColSourceURL])
	return ev, nil
}

// Kind is what an event code becomes.
type Kind struct {
	Code     string
	Label    string
	Status   graph.Status
	Mode     graph.Mode
	Mediator bool // Actor1 mediates for Actor2
	Talks    bool // both actors are parties to a negotiation
}

// Mapping is every CAMEO event code kept, and what it becomes.
var Mapping = map[string]Kind{
	"040": {"040", "consult", graph.Held, graph.UnknownMode, false, false},
	"041": {"041", "discuss by telephone", graph.Held, graph.Call, false, false},
	"042": {"042", "make a visit", graph.Held, graph.InPerson, false, false},
	"043": {"043", "host a visit", graph.Held, graph.InPerson, false, false},
	"044": {"044", "meet at a third location", graph.Held, graph.InPerson, false, false},
	"045": {"045", "mediate", graph.Held, graph.UnknownMode, true, false},
	"046": {"046", "engage in negotiation", graph.Held, graph.UnknownMode, false, true},
	"036": {"036", "express intent to meet or negotiate", graph.Planned, graph.UnknownMode, false, false},
	"039": {"039", "express intent to mediate", graph.Planned, graph.UnknownMode, true, false},
}

// Classify returns what an event code becomes; ok is false for codes that
// are not meetings.
func Classify(code string) (Kind, bool) {
	k, ok := Mapping[code]
	return k, ok
}

// groupTypes are CAMEO actor types that make an actor a group.
var groupTypes = map[string]bool{"REB": true, "INS": true, "SEP": true, "UAF": true, "RAD": true, "OPP": true}

// ActorKind guesses an actor's kind from its CAMEO codes: a group for
// rebels, insurgents, separatists, unaligned armed forces, radicals and
// the opposition; a state for a bare country code or its government; an
// organization otherwise (IGOs, NGOs, businesses, media, ministries...).
// The importer lets the graph correct the guess when it knows the name
// under exactly one kind.
func ActorKind(a Actor) graph.Kind {
	for _, t := range a.Types {
		if groupTypes[t] {
			return graph.Group
		}
	}
	if a.CountryCode != "" && a.KnownGroupCode == "" {
		gov := true
		for _, t := range a.Types {
			if t != "" && t != "GOV" {
				gov = false
			}
		}
		if gov {
			return graph.State
		}
	}
	return graph.Organization
}

// ErrSkip marks a well-formed event that is not a meeting.
var ErrSkip = errors.New("not a meeting")

var title = cases.Title(language.English)

// DisplayName turns GDELT's upper-case names into title case: "UNITED
// STATES" → "United States".
func DisplayName(s string) string {
	return title.String(strings.ToLower(strings.Join(strings.Fields(s), " ")))
}

// MeetingID is the meeting id of an event.
func MeetingID(id int64) string { return "gdelt:" + strconv.FormatInt(id, 10) }

// SourceID is the id of the Source an event is reported in: its article's
// URL, so the events of one article share a Source.
func SourceID(ev Event) string {
	if ev.SourceURL == "" {
		return "gdelt-event:" + strconv.FormatInt(ev.GlobalEventID, 10)
	}
	h := sha256.Sum256([]byte(ev.SourceURL))
	return "gdelt-source:" + hex.EncodeToString(h[:8])
}

// Record turns an event into a record with one meeting, and the meeting's
// id. err wraps ErrSkip when the event is not a meeting Parley keeps.
func Record(ev Event) (graph.Record, string, error) {
	k, ok := Classify(ev.EventCode)
	if !ok {
		return graph.Record{}, "", fmt.Errorf("%w: event code %q", ErrSkip, ev.EventCode)
	}
	n1, n2 := DisplayName(ev.Actor1.Name), DisplayName(ev.Actor2.Name)
	if graph.Key(n1) == "" || graph.Key(n2) == "" {
		return graph.Record{}, "", fmt.Errorf("%w: an actor is unnamed", ErrSkip)
	}
	if graph.Key(n1) == graph.Key(n2) {
		return graph.Record{}, "", fmt.Errorf("%w: the same actor on both sides", ErrSkip)
	}
	r := graph.Record{
		ID: SourceID(ev),
		Source: graph.Source{
			URL: ev.SourceURL, Title: "", Publisher: publisher(ev.SourceURL),
		},
		Actors: []graph.Actor{{Name: n1, Kind: ActorKind(ev.Actor1)}, {Name: n2, Kind: ActorKind(ev.Actor2)}},
	}
	if !ev.DateAdded.IsZero() {
		r.Source.Published = ev.DateAdded.Format("2006-01-02")
	}
	m := graph.Meeting{
		Participants: []string{n1, n2},
		Place:        place(ev.ActionGeo),
		Status:       k.Status,
		Mode:         k.Mode,
		Evidence: fmt.Sprintf("GDELT event %d: CAMEO %s (%s), %s → %s", ev.GlobalEventID, k.Code, k.Label,
			ev.Actor1.Name, ev.Actor2.Name),
	}
	if k.Status == graph.Held {
		m.Date = ev.Day.Format("2006-01-02")
	}
	switch {
	case k.Talks:
		r.Negotiations = []graph.Negotiation{{Topic: n1 + " – " + n2 + " talks", Parties: []string{n1, n2}}}
	case k.Mediator:
		r.Negotiations = []graph.Negotiation{{Topic: n2 + " talks", Parties: []string{n2}, Mediators: []string{n1}}}
	}
	r.Meetings = []graph.Meeting{m}
	if err := r.Validate(); err != nil {
		return graph.Record{}, "", err
	}
	return r, MeetingID(ev.GlobalEventID), nil
}

// place is the first part of a GDELT place name: "Doha, Ad Dawhah, Qatar"
// → "Doha"; a country stays whole.
func place(full string) string {
	first, _, _ := strings.Cut(full, ",")
	return strings.TrimSpace(first)
}

func publisher(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}
