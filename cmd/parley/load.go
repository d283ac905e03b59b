package main

import (
	"github.com/spf13/cobra"

	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/loader"
)

func newLoadCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "load PATH...",
		Short: "Load extraction records (JSON files, or folders of them) into Neo4j",
		Long: `Load records in the shape of the extraction schema. Each record is written
in one transaction; a bad record is reported with its file and field and
written not at all, while the others still load. Loading twice changes nothing.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(cmd.Context(), func(st *store.Store) error {
				sum, err := loader.Load(cmd.Context(), st, args, a.logger)
				return a.report("loaded", "records", sum, err)
			})
		},
	}
}
