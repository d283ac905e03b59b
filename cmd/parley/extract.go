package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/parley-dev/parley/extract"
)

// maxArticleBytes refuses inputs that cannot be a news article.
const maxArticleBytes = 64 << 20

// newExtractCmd is `parley extract [--published YYYY-MM-DD] FILE.txt`: it
// prints the article's record as indented JSON.
func newExtractCmd(a *app) *cobra.Command {
	var published string
	cmd := &cobra.Command{
		Use:   "extract [--published YYYY-MM-DD] FILE.txt",
		Short: "Extract an article's actors, negotiations and meetings as a JSON record",
		Long: `Extract reads a news article (plain text, title on the first line) and prints
its record — persons with their posts, states, groups and organizations,
negotiations with their parties and mediators, and meetings with participants,
place, date, status, mode and the sentence that states each — as indented JSON
in the shape of the evaluation SCHEMA. The record id is the file's stem;
--published anchors relative dates ("on Friday", "last week").`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var pub time.Time
			if published != "" {
				t, err := time.Parse("2006-01-02", published)
				if err != nil {
					return fmt.Errorf("--published %q: want a date as YYYY-MM-DD", published)
				}
				pub = t
			}
			path := args[0]
			info, err := os.Stat(path)
			if err != nil {
				return fmt.Errorf("extract: %w", err)
			}
			if info.IsDir() {
				return fmt.Errorf("extract: %s is a directory, want a text file", path)
			}
			if info.Size() > maxArticleBytes {
				return fmt.Errorf("extract: %s is %d bytes, more than the %d an article may have", path, info.Size(), maxArticleBytes)
			}
			text, err := os.ReadFile(path)
			if err != nil {
				return fmt.Errorf("extract: %w", err)
			}
			id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
			rec, err := extract.Extract(extract.Article{ID: id, Text: string(text), Published: pub})
			if err != nil {
				return err
			}
			a.logger.Debug("extracted", "id", id, "actors", len(rec.Actors), "negotiations", len(rec.Negotiations), "meetings", len(rec.Meetings))
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(rec); err != nil {
				return fmt.Errorf("extract: write record: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date YYYY-MM-DD, to resolve relative dates")
	return cmd
}
