package main

import (
	"fmt"
	"os/user"

	"github.com/spf13/cobra"

	"github.com/parley-dev/parley/graph/store"
)

// who names the person at the terminal for the merge log.
func who(getenv func(string) string) string {
	if u := getenv("PARLEY_USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil {
		return "cli:" + u.Username
	}
	return "cli"
}

func newMergeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "merge KEEP GONE",
		Short: "Merge actor GONE into KEEP (ids, names or aliases); undo with `parley split`",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return a.withStore(ctx, func(st *store.Store) error {
				keep, err := st.FindActor(ctx, args[0])
				if err != nil {
					return err
				}
				gone, err := st.FindActor(ctx, args[1])
				if err != nil {
					return err
				}
				info, err := st.MergeActors(ctx, keep.ID, gone.ID, who(a.getenv))
				if err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "merged %s (%s) into %s (%s)\nundo with: parley split %s\n", gone.Name, gone.ID, keep.Name, keep.ID, info.ID)
				return nil
			})
		},
	}
}

func newSplitCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "split MERGE_ID",
		Short: "Undo a merge, restoring both actors exactly as they were",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return a.withStore(ctx, func(st *store.Store) error {
				info, err := st.SplitActors(ctx, args[0], who(a.getenv))
				if err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "split %s back out of %s\n", info.GoneID, info.KeepID)
				return nil
			})
		},
	}
}

func newMergesCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "merges",
		Short: "List merges, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			return a.withStore(ctx, func(st *store.Store) error {
				page, err := st.Merges(ctx, 1000, 0)
				if err != nil {
					return err
				}
				for _, m := range page.Items {
					state := "active"
					if m.Undone {
						state = "undone by " + m.UndoneBy + " at " + m.UndoneAt
					}
					by := m.By
					if m.Auto {
						by = "the loader (record " + m.Record + ")"
					}
					fmt.Fprintf(a.stdout, "%s\t%s ← %s (%s)\tby %s at %s\t%s\n", m.ID, m.KeepID, m.GoneID, m.GoneName, by, m.At, state)
				}
				return nil
			})
		},
	}
}
