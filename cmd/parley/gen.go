package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/synth"
)

func newGenCmd(a *app) *cobra.Command {
	var cfg synth.Config
	var out, csvDir string
	cmd := &cobra.Command{
		Use:   "gen",
		Short: "Generate a deterministic synthetic data set (JSON Lines records, optionally CSV) for benchmarks",
		Long: `Generate N actors and M meetings in synthetic articles: a seeded PRNG, a
Zipf degree distribution (a few hubs, many leaves) with a tier of
--hubs actors of up to 10,000 meetings above it, places, dates and
negotiations. The same flags always give the same bytes. --csv also writes
the graph those records resolve to as CSV files, for Neo4j's LOAD CSV.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			gcForBulk(a.getenv)
			var w io.Writer = a.stdout
			if out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return err
				}
				defer f.Close()
				w = f
			}
			bw := bufio.NewWriterSize(w, 1<<20)
			var cw *synth.CSVWriter
			if csvDir != "" {
				var err error
				if cw, err = synth.NewCSVWriter(csvDir); err != nil {
					return err
				}
			}
			records, meetings := 0, 0
			err := synth.Generate(cfg, func(r graph.Record) error {
				records++
				meetings += len(r.Meetings)
				data, err := json.Marshal(r)
				if err != nil {
					return err
				}
				bw.Write(data)
				if err := bw.WriteByte('\n'); err != nil {
					return err
				}
				if cw != nil {
					return cw.Add(r)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if cw != nil {
				if err := cw.Close(); err != nil {
					return err
				}
			}
			if err := bw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "generated %d records, %d meetings\n", records, meetings)
			return nil
		},
	}
	f := cmd.Flags()
	f.Uint64Var(&cfg.Seed, "seed", 1, "PRNG seed")
	f.IntVar(&cfg.Actors, "actors", 200_000, "actors to draw from")
	f.IntVar(&cfg.Meetings, "meetings", 1_000_000, "meetings in all")
	f.IntVar(&cfg.Places, "places", 2_000, "places")
	f.IntVar(&cfg.Hubs, "hubs", 10, "a tier of actors attending up to 10,000 meetings each (0: none)")
	f.Float64Var(&cfg.Skew, "skew", 1.1, "Zipf exponent s (> 1)")
	f.Float64Var(&cfg.Offset, "offset", 50, "Zipf offset v (≥ 1): larger flattens the top hubs")
	f.StringVar(&out, "out", "-", "JSON Lines output file (- for stdout)")
	f.StringVar(&csvDir, "csv", "", "also write the resolved graph as CSV files into this folder")
	return cmd
}
