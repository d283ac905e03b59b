package web

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/extract"
	"github.com/parley-dev/parley/graph"
)

// previewRoutes registers the ingest preview (a dry run: extract without
// writing), for editors.
func (s *Server) previewRoutes(edit *gin.RouterGroup) {
	edit.POST("/extract", bodyType(jsonType), s.handle(s.preview))
}

// previewRequest is the body of POST /api/extract.
type previewRequest struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
}

// Preview is what POST /api/extract answers: the record that loading the
// article would write, where its date came from, and what to check.
type Preview struct {
	Record graph.Record `json:"record"`
	// PublishedFrom is "request" (given) or "dateline" (read from the text).
	PublishedFrom string `json:"publishedFrom"`
	// YearAssumed: the dateline gave a day and month only.
	YearAssumed bool `json:"yearAssumed"`
	// Exists: a source with this id is loaded already; loading adds to it.
	Exists   bool     `json:"exists"`
	Warnings []string `json:"warnings"`
}

// preview: POST /api/extract {"id","text","published","title","publisher","url"}
// — the record the article yields, nothing written. The publication day is
// the one given, else the dateline's; without either it is refused, so no
// relative date ("on Monday") is read against today by accident.
func (s *Server) preview(c *gin.Context) error {
	var req previewRequest
	dec := json.NewDecoder(http.MaxBytesReader(c.Writer, c.Request.Body, s.opts.MaxDocument))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe):
			return graph.Invalid("body", "is larger than the limit of "+humanBytes(s.opts.MaxDocument))
		case errors.Is(err, io.EOF):
			return graph.Invalid("body", `is empty: send {"id": "...", "text": "...", "published": "YYYY-MM-DD"}`)
		}
		return graph.Invalid("body", `is not JSON of the form {"id", "text", "published", "title", "publisher", "url"}`)
	}
	req.ID = strings.TrimSpace(req.ID)
	switch {
	case req.ID == "":
		return graph.Invalid("id", "is required: a name for the article, such as its file name")
	case len(req.ID) > 200 || strings.Trim(req.ID, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") != "":
		return graph.Invalid("id", "may hold only letters, digits, dot, dash and underscore (at most 200)")
	case strings.TrimSpace(req.Text) == "":
		return graph.Invalid("text", "is empty: paste the article")
	}
	if req.URL != "" {
		if u, err := url.Parse(req.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return graph.Invalid("url", "must be an http(s) address")
		}
	}
	p := Preview{PublishedFrom: "request", Warnings: []string{}}
	var published time.Time
	if req.Published != "" {
		var err error
		if published, err = time.Parse("2006-01-02", req.Published); err != nil {
			return graph.Invalid("published", "must be YYYY-MM-DD")
		}
	} else {
		day, yearKnown, ok := extract.DatelineDate(req.Text, time.Now().UTC())
		if !ok {
			return graph.Invalid("published", "is required: the article has no dateline to read the day from")
		}
		published, p.PublishedFrom, p.YearAssumed = day, "dateline", !yearKnown
		if !yearKnown {
			p.Warnings = append(p.Warnings, "The dateline gives no year: "+day.Format("2006")+" was assumed. Check the published day.")
		}
	}
	rec, err := extract.Extract(extract.Article{ID: req.ID, Text: req.Text, Published: published})
	if err != nil {
		return err
	}
	rec.Source.Title = cmpOr(strings.TrimSpace(req.Title), rec.Source.Title)
	rec.Source.Publisher = cmpOr(strings.TrimSpace(req.Publisher), rec.Source.Publisher)
	rec.Source.URL = cmpOr(strings.TrimSpace(req.URL), rec.Source.URL)
	rec.Source.Text = strings.ToValidUTF8(req.Text, "\uFFFD")
	p.Record = rec
	if len(rec.Meetings) == 0 {
		p.Warnings = append(p.Warnings, "No meeting was found in this article: loading it adds only its actors.")
	}
	if len(rec.Actors) == 0 {
		p.Warnings = append(p.Warnings, "No actor was found in this article.")
	}
	if p.Exists, err = s.store.SourceExists(c.Request.Context(), req.ID); err != nil {
		return err
	}
	if p.Exists {
		p.Warnings = append(p.Warnings, "An article named “"+req.ID+"” is loaded already: loading it again adds to what it said (nothing is removed).")
	}
	c.JSON(http.StatusOK, p)
	return nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
