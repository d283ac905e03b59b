// Command parley turns news about negotiations into a graph in Neo4j and
// serves it to analysts. See README.md.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "parley:", err)
		os.Exit(1)
	}
}

// app is what every subcommand is given: the process's environment and
// streams, passed explicitly so tests can call run.
type app struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	logger *slog.Logger
}

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	a := &app{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	a.logger = newLogger(getenv, stderr)
	root := &cobra.Command{
		Use:           "parley",
		Short:         "Parley: who met whom, where, when — news about negotiations as a Neo4j graph",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(
		newServeCmd(a),
		newLoadCmd(a),
		newExtractCmd(a),
		newIngestCmd(a),
		newImportCmd(a), newGenCmd(a),
		newMergeCmd(a),
		newSplitCmd(a),
		newMergesCmd(a),
		newUserCmd(a),
	)
	return root.ExecuteContext(ctx)
}

// newLogger configures slog once: text by default, JSON when
// PARLEY_LOG_FORMAT=json, level from PARLEY_LOG_LEVEL (debug, info, warn,
// error).
func newLogger(getenv func(string) string, w io.Writer) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(getenv("PARLEY_LOG_LEVEL"))); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if getenv("PARLEY_LOG_FORMAT") == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
