// Command extractdeps measures how the files of the extract tree depend on
// each other: a pair (A → B) when a file A uses an identifier (type,
// function, variable, constant, field or method) declared in another file
// B. Each file has a rank in the pipeline order (stages below); a pair
// points back up the pipeline when A's stage comes before B's.
//
//	go run ./tools/extractdeps [-v]     (from the repository root)
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// stages is the pipeline order: a file's rank is the first entry that is
// its path (relative to extract/) or the folder holding it. The files the
// stage packages were made of keep their rank, so that an older tree can be
// measured the same way.
var stages = [][]string{
	{"lexicon", "gazetteer", "lexicon.go", "gazetteer.go", "orgs.go"},
	{"text", "text.go", "tokens.go", "dateline_date.go"},
	{"mention", "mentions.go", "classify.go", "dateline.go"},
	{"actors", "actors.go", "resolve.go", "positions.go"},
	{"frame", "dates.go"},
	{"args", "participants.go"},            // a predicate's arguments
	{"coref", "coref.go", "stateposts.go"}, // plural and definite descriptions
	// The meeting stage (package meeting; at the root in older trees):
	{"meeting/reader.go", "meeting/lexicon.go"},  // what it reads
	{"meeting/attribution.go", "attribution.go"}, // who reports it, denial, cancellation
	{"meeting/frames.go", "frames.go"},           // arguments outside the clause; the Frame type
	{"meeting/sendoff.go"},                       // passive and inverted receptions: "seen off by", "on hand to greet him was", an agent past a place
	{"meeting/when.go", "meeting/question.go", "meeting/places.go", "meeting/pronounarrival.go", "meeting/tripleg.go", "meeting/namedgathering.go", "meeting/sameplace.go", "meeting/coordinatedclause.go", "meeting/nextleg.go", "meeting/venues.go", "meeting/simultaneousas.go", "when.go", "places.go"}, // modality (and meetings only asked about), time and place; a city the sentence before put a pronoun's person in, a trip leg told just before, or a gathering named with its city, or the place last told for "in the same building"; a clause coordinated after a comma; a next leg's destination and day; a venue told again "at the"; the main clause's day for a meeting in an "as" clause beside it or an "after" clause before it
	{"meeting/addresses.go", "meeting/apart.go", "meeting/objectante.go", "meeting/openedsitting.go", "meeting/aboard.go"}, // speakers, shared meals, sidelines; people named apart from the predicate; an object pronoun for the one who arrived; a sitting opened with people; a signing aboard a craft
	{"meeting/distribute.go", "distribute.go", "meeting/sequenceadjunct.go"},                                               // one clause, several encounters; a fronted "Before seeing X" apart
	{"meeting/meetings.go", "meetings.go", "meeting/jointchair.go", "meeting/sidessigned.go", "meeting/leddelegation.go", "meeting/callsequel.go", "meeting/owndelegations.go", "meeting/waitedaside.go", "meeting/onlookedbetween.go", "meeting/agreedat.go", "meeting/sponsoredsigning.go", "meeting/lonesigner.go", "meeting/reportedto.go", "meeting/attendedsitting.go", "meeting/trailingcall.go", "meeting/trailingtalks.go", "meeting/theircall.go", "meeting/withwhomcall.go"}, // the frames of a sentence; a call told by "in their telephone talks" after the clause; a call told only in a relative clause ", with whom he spoke by telephone"; a call or visit told after "after" as its own encounter; sittings chaired together, a session with X, a guest at a meal, agreement reached; a signing retold by its signatories, a delegation received by its leader; a call readout's "the two leaders discussed"; leaders at the head of their own delegations; people who waited outside, no participants; the pair "between" names in a summit recalled; two people who agreed at a place, met there; a signing told by its sponsor, host or witness; one signer watched by named people; a report made in person to a named person; a sitting told with who was at it and who attended it
	{"meeting/antecedent.go", "meeting/expandedformat.go"}, // a meeting referred back to, timed by its first mention; a wider session joining it
	{"roles", "roles.go"}, // parties and mediators
	// The last stage, package extract: frames joined, record.
	{"doc.go"}, // what it reads
	{"roster.go", "merge.go", "gathering.go"}, // frames joined across sentences
	{"speakers.go", "signatories.go", "relativeperson.go", "historical.go", "record.go", "extract.go"},
}

// rank is the file's stage in the pipeline order; false when no stage
// names it (a new file must be given one).
func rank(rel string) (int, bool) {
	for i, st := range stages {
		for _, p := range st {
			if rel == p || strings.HasPrefix(rel, p+"/") {
				return i, true
			}
		}
	}
	return 0, false
}

// report is what measure finds: the files, their dependencies, and those
// pointing back up the pipeline ("A → B").
type report struct {
	files, deps int
	back        []string
}

// measure type-checks every package under root (extract/, its tests and
// testdata left out) and ranks each file-to-file dependency.
func measure(root string) (report, error) {
	var dirs []string
	err := filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
		if err == nil && e.IsDir() && e.Name() != "testdata" {
			dirs = append(dirs, p)
		}
		return err
	})
	if err != nil {
		return report{}, fmt.Errorf("walk %s: %w", root, err)
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	type pair struct{ a, b string }
	pairs := map[pair]bool{}
	var r report
	for _, dir := range dirs {
		names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		var fs []*ast.File
		for _, n := range names {
			if strings.HasSuffix(n, "_test.go") {
				continue
			}
			rel, _ := filepath.Rel(root, n)
			if _, ok := rank(rel); !ok {
				return report{}, fmt.Errorf("%s has no stage in the pipeline order (tools/extractdeps stages)", rel)
			}
			f, err := parser.ParseFile(fset, n, nil, 0)
			if err != nil {
				return report{}, err
			}
			fs = append(fs, f)
		}
		if len(fs) == 0 {
			continue
		}
		r.files += len(fs)
		info := &types.Info{Uses: map[*ast.Ident]types.Object{}}
		conf := types.Config{Importer: imp}
		if _, err := conf.Check(dir, fset, fs, info); err != nil {
			return report{}, fmt.Errorf("type-check %s: %w", dir, err)
		}
		for id, obj := range info.Uses {
			if !obj.Pos().IsValid() {
				continue
			}
			from, to := fset.Position(id.Pos()).Filename, fset.Position(obj.Pos()).Filename
			rf, e1 := filepath.Rel(root, from)
			rt, e2 := filepath.Rel(root, to)
			if e1 != nil || e2 != nil || strings.HasPrefix(rt, "..") || filepath.IsAbs(to) && !strings.Contains(to, "/"+filepath.Base(root)+"/") || rf == rt {
				continue
			}
			pairs[pair{rf, rt}] = true
		}
	}
	r.deps = len(pairs)
	for p := range pairs {
		ra, _ := rank(p.a) // every file was ranked above
		rb, _ := rank(p.b)
		if ra < rb {
			r.back = append(r.back, p.a+" → "+p.b)
		}
	}
	sort.Strings(r.back)
	return r, nil
}

func main() {
	verbose := flag.Bool("v", false, "list the pairs that point back up")
	flag.Parse()
	r, err := measure("extract")
	if err != nil {
		fmt.Fprintln(os.Stderr, "extractdeps:", err)
		os.Exit(1)
	}
	fmt.Printf("files %d  file-to-file dependencies %d  pointing back up the pipeline %d\n", r.files, r.deps, len(r.back))
	if *verbose {
		for _, b := range r.back {
			fmt.Println("  " + b)
		}
	}
}
