// Command graphload runs the depth-1 graph (limit 200) of the actors of a
// file of /api/graph paths (bench/graphprof -list) through the Store, as
// the API does but with no HTTP, from -c clients for -d, each request with
// a deadline as the API's middleware gives it, and prints how many it
// answered; -cpuprofile writes this process's profile (the driver's side).
//
//	go run ./bench/graphload -port 7711 -cpuprofile cpu.out busiest.txt
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/graph/store"
)

func main() {
	port := flag.Int("port", 7711, "Bolt port of the Neo4j holding the benchmark data")
	dur := flag.Duration("d", 15*time.Second, "how long to send requests")
	clients := flag.Int("c", 4, "concurrent clients")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the timed part here")
	flag.Parse()
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	var ids []string
	for _, p := range strings.Fields(string(data)) {
		u, err := url.Parse(p)
		if err != nil {
			log.Fatal(err)
		}
		ids = append(ids, u.Query().Get("actor"))
	}
	ctx := context.Background()
	st, err := store.Open(store.Config{URI: fmt.Sprintf("bolt://127.0.0.1:%d", *port), QueryTimeout: time.Minute}, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close(ctx)
	// Once each, so that the list of the strongest pairs is read and kept.
	for _, id := range ids {
		if _, err := st.Subgraph(ctx, graph.GraphQuery{ActorID: id, Depth: 1, Limit: 200}); err != nil {
			log.Fatal(err)
		}
	}
	time.Sleep(3 * time.Second)
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	end := time.Now().Add(*dur)
	var n atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < *clients; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; time.Now().Before(end); i++ {
				c, cancel := context.WithTimeout(ctx, time.Minute)
				_, err := st.Subgraph(c, graph.GraphQuery{ActorID: ids[i%len(ids)], Depth: 1, Limit: 200})
				cancel()
				if err != nil {
					log.Fatal(err)
				}
				n.Add(1)
			}
		}(w)
	}
	wg.Wait()
	fmt.Printf("%d graphs in %v from %d clients\n", n.Load(), *dur, *clients)
}
