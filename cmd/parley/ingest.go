package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

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
			var pub time.Time
			if published != "" {
				t, err := time.Parse("2006-01-02", published)
				if err != nil {
					return fmt.Errorf("--published %q: want a date as YYYY-MM-DD", published)
				}
				pub = t
			}
			ctx := cmd.Context()
			st, _, err := a.openStore(ctx, 30*time.Second)
			if err != nil {
				return err
			}
			defer st.Close(context.WithoutCancel(ctx))
			if err := st.EnsureSchema(ctx); err != nil {
				return err
			}
			sum, err := loader.Ingest(ctx, st, args, pub, a.logger)
			fmt.Fprintf(a.stdout, "ingested %d articles (%d meetings), refused %d\n", sum.Loaded, sum.Meetings, len(sum.Failed))
			for _, f := range sum.Failed {
				fmt.Fprintf(a.stdout, "  %s: %v\n", f.File, f.Err)
			}
			if err != nil {
				return err
			}
			if len(sum.Failed) > 0 {
				return fmt.Errorf("%d of %d articles refused", len(sum.Failed), len(sum.Failed)+sum.Loaded)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date YYYY-MM-DD of the articles, to resolve relative dates")
	return cmd
}
