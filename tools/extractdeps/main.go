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
	{"meeting/reader.go", "meeting/lexicon.go"},                      // what it reads
	{"meeting/attribution.go", "attribution.go"},                     // who reports it, denial, cancellation
	{"meeting/frames.go", "frames.go"},                               // arguments outside the clause; the Frame type
	{"meeting/when.go", "meeting/places.go", "when.go", "places.go"}, // modality, time and place
	{"meeting/distribute.go", "distribute.go"},                       // one clause, several encounters
	{"meeting/meetings.go", "meetings.go"},                           // the frames of a sentence
	{"roles", "roles.go"},                                            // parties and mediators
	// The last stage, package extract: frames joined, record.
	{"doc.go"},                // what it reads
	{"roster.go", "merge.go"}, // frames joined across sentences
	{"speakers.go", "record.go", "extract.go"},
}

func rank(rel string) int {
	for i, st := range stages {
		for _, p := range st {
			if rel == p || strings.HasPrefix(rel, p+"/") {
				return i
			}
		}
	}
	fmt.Fprintf(os.Stderr, "extractdeps: %s has no stage\n", rel)
	os.Exit(2)
	return 0
}

func main() {
	verbose := flag.Bool("v", false, "list the pairs that point back up")
	flag.Parse()
	root := "extract"
	var dirs []string
	filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
		if err == nil && e.IsDir() && e.Name() != "testdata" {
			dirs = append(dirs, p)
		}
		return err
	})
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	type pair struct{ a, b string }
	pairs := map[pair]bool{}
	files := 0
	for _, dir := range dirs {
		names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		var fs []*ast.File
		for _, n := range names {
			if strings.HasSuffix(n, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, n, nil, 0)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			fs = append(fs, f)
		}
		if len(fs) == 0 {
			continue
		}
		files += len(fs)
		info := &types.Info{Uses: map[*ast.Ident]types.Object{}}
		conf := types.Config{Importer: imp}
		if _, err := conf.Check(dir, fset, fs, info); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for id, obj := range info.Uses {
			if !obj.Pos().IsValid() {
				continue
			}
			from, to := fset.Position(id.Pos()).Filename, fset.Position(obj.Pos()).Filename
			rf, e1 := filepath.Rel(root, from)
			rt, e2 := filepath.Rel(root, to)
			if e1 != nil || e2 != nil || strings.HasPrefix(rt, "..") || filepath.IsAbs(to) && !strings.Contains(to, "/"+root+"/") || rf == rt {
				continue
			}
			pairs[pair{rf, rt}] = true
		}
	}
	var back []string
	for p := range pairs {
		if rank(p.a) < rank(p.b) {
			back = append(back, p.a+" → "+p.b)
		}
	}
	sort.Strings(back)
	fmt.Printf("files %d  file-to-file dependencies %d  pointing back up the pipeline %d\n", files, len(pairs), len(back))
	if *verbose {
		for _, b := range back {
			fmt.Println("  " + b)
		}
	}
}
