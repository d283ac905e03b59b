package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

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
			ctx := cmd.Context()
			st, _, err := a.openStore(ctx, 30*time.Second)
			if err != nil {
				return err
			}
			defer st.Close(context.WithoutCancel(ctx))
			if err := st.EnsureSchema(ctx); err != nil {
				return err
			}
			sum, err := loader.Load(ctx, st, args, a.logger)
			fmt.Fprintf(a.stdout, "loaded %d records (%d meetings), refused %d\n", sum.Loaded, sum.Meetings, len(sum.Failed))
			for _, f := range sum.Failed {
				fmt.Fprintf(a.stdout, "  %s: %v\n", f.File, f.Err)
			}
			if err != nil {
				return err
			}
			if len(sum.Failed) > 0 {
				return fmt.Errorf("%d of %d records refused", len(sum.Failed), len(sum.Failed)+sum.Loaded)
			}
			return nil
		},
	}
}
