// Command graphprof splits depth-1 /api/graph (limit 200) for a sample of
// actors — those with -lo to -hi meetings, -n of them spread over the band
// as bench/driver picks them — into its three queries (the API's Cypher and
// parameters from store.HotQueries: PROFILE db hits, median of -reps
// timed runs), the whole Subgraph and the encoding of its JSON. With -list
// it prints the sample's /api/graph paths instead (for bench/abhttp).
//
//	go run ./bench/graphprof -port 7711 -lo 1001 -hi 10000
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/graph/storebench"
)

func main() {
	port := flag.Int("port", 7711, "Bolt port of the Neo4j holding the benchmark data")
	reps := flag.Int("reps", 5, "timed runs per query (the median is shown)")
	plans := flag.Bool("plans", false, "print the plans for the first actor")
	lo := flag.Int("lo", 1001, "fewest meetings of a sampled actor")
	hi := flag.Int("hi", 10000, "most meetings of a sampled actor")
	n := flag.Int("n", 20, "actors sampled from the band")
	list := flag.Bool("list", false, "print the API paths and stop")
	flag.Parse()
	ctx := context.Background()
	st, err := store.Open(store.Config{URI: fmt.Sprintf("bolt://127.0.0.1:%d", *port), QueryTimeout: time.Hour}, nil)
	if err != nil {
		log.Fatal(err)
	}
	if err := st.WaitReady(ctx); err != nil {
		log.Fatal(err)
	}
	degrees, err := storebench.New(st).Degrees(ctx)
	if err != nil {
		log.Fatal(err)
	}
	out := storebench.Pick(degrees, *lo, *hi, *n)
	if *list {
		for _, a := range out {
			fmt.Printf("/api/graph?actor=%s&depth=1&limit=200\n", url.QueryEscape(a.ID))
		}
		return
	}
	drv, db := st.Driver()
	names := []string{"qNeighboursPair", "qNodes", "qEdgesPairs", "qEdgesPairsCached"}
	sums := map[string][]time.Duration{}
	for i, a := range out {
		hot, err := st.HotQueries(ctx, a.ID, 200)
		if err != nil {
			log.Fatal(err)
		}
		var qs []store.HotQuery
		for _, h := range hot {
			for _, nm := range names {
				if strings.HasPrefix(h.Name, nm+" ") {
					qs = append(qs, h)
				}
			}
		}
		line := fmt.Sprintf("%-28s %5d", a.ID, a.Meetings)
		for _, q := range qs {
			pres, err := neo4j.ExecuteQuery(ctx, drv, "PROFILE "+q.Cypher, q.Params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
			if err != nil {
				log.Fatal(err)
			}
			if *plans && i == 0 {
				var b strings.Builder
				store.WritePlan(&b, pres.Summary.Profile())
				fmt.Println(q.Name, "\n", b.String())
			}
			var ds []time.Duration
			var res *neo4j.EagerResult
			for r := 0; r < *reps; r++ {
				t0 := time.Now()
				res, err = neo4j.ExecuteQuery(ctx, drv, q.Cypher, q.Params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
				if err != nil {
					log.Fatal(err)
				}
				ds = append(ds, time.Since(t0))
			}
			slices.Sort(ds)
			sums[q.Name] = append(sums[q.Name], ds[len(ds)/2])
			line += fmt.Sprintf(" | %s %dhits %drows %v(srv %v)", strings.Fields(q.Name)[0], store.PlanHits(pres.Summary.Profile()), len(res.Records), ds[len(ds)/2].Round(100*time.Microsecond), res.Summary.ResultAvailableAfter()+res.Summary.ResultConsumedAfter())
		}
		var ds, js []time.Duration
		var size int
		for r := 0; r < *reps; r++ {
			t0 := time.Now()
			g, err := st.Subgraph(ctx, graph.GraphQuery{ActorID: a.ID, Depth: 1, Limit: 200, EdgeLimit: graph.DefaultEdges(200)})
			if err != nil {
				log.Fatal(err)
			}
			ds = append(ds, time.Since(t0))
			t0 = time.Now()
			b, _ := json.Marshal(g)
			js = append(js, time.Since(t0))
			size = len(b)
		}
		slices.Sort(ds)
		slices.Sort(js)
		sums["Subgraph"] = append(sums["Subgraph"], ds[len(ds)/2])
		sums["json"] = append(sums["json"], js[len(js)/2])
		line += fmt.Sprintf(" | Subgraph %v json %v %dKB", ds[len(ds)/2].Round(100*time.Microsecond), js[len(js)/2].Round(10*time.Microsecond), size/1024)
		fmt.Println(line)
	}
	for k, v := range sums {
		slices.Sort(v)
		var tot time.Duration
		for _, d := range v {
			tot += d
		}
		fmt.Printf("%-40s mean %v median %v max %v\n", k, (tot / time.Duration(len(v))).Round(100*time.Microsecond), v[len(v)/2].Round(100*time.Microsecond), v[len(v)-1].Round(100*time.Microsecond))
	}
}
