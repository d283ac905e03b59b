package main

import (
	"github.com/spf13/cobra"

	"github.com/parley-dev/parley/graph/store"
	"github.com/parley-dev/parley/loader"
)

func newIngestCmd(a *app) *cobra.Command {
	var published string
	cmd := &cobra.Command{
		Use:   "ingest [--published YYYY-MM-DD] FILE.txt... | DIR",
		Short: "Extract articles and load their records in one step",
		Long: `Ingest extracts each article (a .txt file, or every .txt under a folder) and
loads its record, keeping the article as the Source and each fact's evidence
sentence. Actors already in the graph are recognised by name and alias, so a
second article about Burns adds to the same node.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pub, err := parsePublished(published)
			if err != nil {
				return err
			}
			return a.withStore(cmd.Context(), func(st *store.Store) error {
				sum, err := loader.Ingest(cmd.Context(), st, args, pub, a.logger)
				return a.report("ingested", "articles", sum, err)
			})
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date YYYY-MM-DD of the articles, to resolve relative dates")
	return cmd
}
