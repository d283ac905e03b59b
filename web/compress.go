package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/klauspost/compress/gzhttp"
	"github.com/klauspost/compress/gzip"
)

// compressMinSize is the smallest body compressed: below a kilobyte the
// gzip header and the CPU cost more than the bytes saved.
const compressMinSize = gzhttp.DefaultMinSize

// compressed gzips every response of h a client accepts gzip for — the
// explorer's JavaScript (about 900 KB over all views) and the API's JSON
// and CSV alike — but images and fonts, which are compressed already.
//
// klauspost/compress's gzhttp rather than gin-contrib/gzip (which is
// bound to compress/gzip): its gzip is the same format at a half to a
// third of the CPU for the same size (BenchmarkGzipAPIAnswer), and on a
// machine whose cores Neo4j shares, every
// millisecond the server spends per answer is one the database does not
// get. The API's answers are made per request, so they get the fastest
// level; the explorer's files, the default one.
//
// The options are constants: an error from gzhttp is a programming error,
// and panics at start.
func compressed(h http.Handler) http.Handler {
	wrapper := func(level int) (func(http.Handler) http.HandlerFunc, error) {
		return gzhttp.NewWrapper(gzhttp.CompressionLevel(level), gzhttp.MinSize(compressMinSize),
			gzhttp.EnableZstd(false), gzhttp.ContentTypeFilter(compressible))
	}
	apiWrap, err := wrapper(gzip.BestSpeed)
	if err != nil {
		panic(fmt.Errorf("compression of the API: %w", err))
	}
	filesWrap, err := wrapper(gzip.DefaultCompression)
	if err != nil {
		panic(fmt.Errorf("compression of the explorer's files: %w", err))
	}
	api, files := apiWrap(h), filesWrap(h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			api(w, r)
			return
		}
		files(w, r)
	})
}

// compressible says whether a body of content type ct is worth gzipping:
// not images (but SVG, which is text) nor fonts, nor what gzhttp knows
// to be compressed already (archives, audio, video).
func compressible(ct string) bool {
	ct = strings.ToLower(strings.TrimSpace(ct))
	switch {
	case strings.HasPrefix(ct, "image/svg"):
		return true
	case strings.HasPrefix(ct, "image/"), strings.HasPrefix(ct, "font/"):
		return false
	}
	return gzhttp.DefaultContentTypeFilter(ct)
}
