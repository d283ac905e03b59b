// Command abhttp compares two Parley servers on the same database under
// the same load: -c workers each send every path of the file (one a line)
// to both servers in turn, alternating which goes first, for -d; it prints
// each server's latency percentiles. Back-to-back runs on a shared machine
// swing with its load; interleaved requests see the same load.
//
//	go run ./bench/abhttp -a http://127.0.0.1:18151 -b http://127.0.0.1:18152 paths.txt
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

func main() {
	a := flag.String("a", "http://127.0.0.1:18151", "base URL of server A")
	b := flag.String("b", "http://127.0.0.1:18152", "base URL of server B")
	dur := flag.Duration("d", 30*time.Second, "how long to send requests")
	workers := flag.Int("c", 4, "concurrent workers")
	flag.Parse()
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	paths := strings.Fields(string(data))
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	var mu sync.Mutex
	lat := map[string][]time.Duration{}
	end := time.Now().Add(*dur)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; time.Now().Before(end); i++ {
				for k, base := range []string{*a, *b} {
					if (i+w)%2 == 1 { // alternate which goes first
						base = []string{*b, *a}[k]
					}
					t0 := time.Now()
					resp, err := client.Get(base + paths[i%len(paths)])
					if err != nil {
						log.Fatal(err)
					}
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err != nil {
						log.Fatal(err)
					}
					if resp.StatusCode != 200 {
						log.Fatal(resp.Status)
					}
					mu.Lock()
					lat[base] = append(lat[base], time.Since(t0))
					mu.Unlock()
				}
			}
		}(w)
	}
	wg.Wait()
	for _, base := range []string{*a, *b} {
		ds := lat[base]
		slices.Sort(ds)
		q := func(p float64) float64 { return float64(ds[int(p*float64(len(ds)-1))].Microseconds()) / 1000 }
		fmt.Printf("%s n=%d p50 %.1f p90 %.1f p99 %.1f max %.1f\n", base, len(ds), q(.5), q(.9), q(.99), q(1))
	}
}
