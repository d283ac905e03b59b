package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/parley-dev/parley/auth"
)

func newUserCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: "user", Short: "Manage the accounts in PARLEY_USERS_FILE"}
	var role string
	add := &cobra.Command{
		Use:   "add NAME [--role analyst|editor]",
		Short: "Add a user, or set a user's role and password (read from standard input)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, users, err := a.usersFile()
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "password for %s (12 characters or more): ", args[0])
			line, err := bufio.NewReader(a.stdin).ReadString('\n')
			if err != nil && line == "" {
				return fmt.Errorf("reading the password: %w", err)
			}
			if err := users.Set(args[0], auth.Role(role), strings.TrimRight(line, "\r\n")); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "\n%s is an %s in %s\n", args[0], role, path)
			return nil
		},
	}
	add.Flags().StringVar(&role, "role", string(auth.Analyst), "analyst (reads, read-only Cypher) or editor (also loads, ingests, merges)")
	remove := &cobra.Command{
		Use:   "remove NAME",
		Short: "Remove a user; a running server refuses the user's sessions from its next request",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, users, err := a.usersFile()
			if err != nil {
				return err
			}
			if err := users.Remove(args[0]); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s removed from %s\n", args[0], path)
			return nil
		},
	}
	cmd.AddCommand(add, remove)
	return cmd
}

// usersFile loads the users file PARLEY_USERS_FILE names, for a command
// that changes it.
func (a *app) usersFile() (string, *auth.Users, error) {
	path := a.getenv("PARLEY_USERS_FILE")
	if path == "" {
		return "", nil, errors.New("set PARLEY_USERS_FILE to the users file to write")
	}
	users, err := auth.LoadUsers(path)
	return path, users, err
}
