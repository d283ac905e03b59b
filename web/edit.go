package web

import (
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/extract"
	"github.com/parley-dev/parley/graph"
	"github.com/parley-dev/parley/loader"
)

// readBody reads a bounded request body, naming the limit when it is
// exceeded.
func readBody(c *gin.Context, limit int64) ([]byte, error) {
	limitBody(c, limit)
	data, err := io.ReadAll(c.Request.Body)
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return nil, graph.Invalid("body", "is larger than the limit of "+humanBytes(limit))
	}
	if err != nil {
		return nil, graph.Invalid("body", "could not be read")
	}
	return data, nil
}

func humanBytes(n int64) string {
	if n >= 1<<20 {
		return strconv.FormatInt(n>>20, 10) + " MiB"
	}
	return strconv.FormatInt(n>>10, 10) + " KiB"
}

// postRecord: POST /api/records — load one record (editor).
func (s *Server) postRecord(c *gin.Context) error {
	data, err := readBody(c, s.opts.MaxDocument)
	if err != nil {
		return err
	}
	rec, err := loader.Decode(strings.NewReader(string(data)))
	if err != nil {
		if !errors.Is(err, graph.ErrInvalid) {
			// Malformed JSON: the client's error, not the server's.
			err = graph.Invalid("body", err.Error())
		}
		return err
	}
	stats, err := s.store.LoadRecord(c.Request.Context(), rec)
	if err != nil {
		return err
	}
	s.log.InfoContext(c.Request.Context(), "record loaded", "id", rec.ID, "by", session(c).User)
	c.JSON(http.StatusOK, gin.H{"id": rec.ID, "actors": stats.Actors, "meetings": stats.Meetings, "merged": stats.Merged})
	return nil
}

// ingest: POST /api/ingest?id=&published= with the article as the body
// (editor): extract and load in one step; returns the record.
func (s *Server) ingest(c *gin.Context) error {
	id, err := text(c, "id")
	if err != nil {
		return err
	}
	if id == "" {
		return graph.Invalid("id", "is required: a name for the article, such as its file name")
	}
	var published time.Time
	if p := c.Query("published"); p != "" {
		if published, err = time.Parse("2006-01-02", p); err != nil {
			return graph.Invalid("published", "must be YYYY-MM-DD")
		}
	}
	data, err := readBody(c, s.opts.MaxDocument)
	if err != nil {
		return err
	}
	rec, err := extract.Extract(extract.Article{ID: id, Text: string(data), Published: published})
	if err != nil {
		return err
	}
	rec.Source.Text = strings.ToValidUTF8(string(data), "\uFFFD")
	if _, err := s.store.LoadRecord(c.Request.Context(), rec); err != nil {
		return err
	}
	s.log.InfoContext(c.Request.Context(), "article ingested", "id", id, "by", session(c).User)
	rec.Source.Text = ""
	c.JSON(http.StatusOK, rec)
	return nil
}

type mergeRequest struct {
	Keep string `json:"keep"`
	Gone string `json:"gone"`
}

// merge: POST /api/merges {"keep", "gone"} (editor) — ids, names or aliases.
func (s *Server) merge(c *gin.Context) error {
	var req mergeRequest
	limitBody(c, 4<<10)
	if err := c.ShouldBindJSON(&req); err != nil || req.Keep == "" || req.Gone == "" {
		return graph.Invalid("body", `is not {"keep": "...", "gone": "..."}`)
	}
	keep, err := s.store.FindActor(c.Request.Context(), req.Keep)
	if err != nil {
		return err
	}
	gone, err := s.store.FindActor(c.Request.Context(), req.Gone)
	if err != nil {
		return err
	}
	info, err := s.store.MergeActors(c.Request.Context(), keep.ID, gone.ID, session(c).User)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, info)
	return nil
}

// split: POST /api/merges/{id}/undo (editor).
func (s *Server) split(c *gin.Context) error {
	info, err := s.store.SplitActors(c.Request.Context(), c.Param("id"), session(c).User)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, info)
	return nil
}

// merges: GET /api/merges — the merge log, newest first.
func (s *Server) merges(c *gin.Context) error {
	limit, offset, err := page(c, 50)
	if err != nil {
		return err
	}
	res, err := s.store.Merges(c.Request.Context(), limit, offset)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, res)
	return nil
}
