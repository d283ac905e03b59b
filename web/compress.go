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

// Compression says which clients get gzipped answers (Options.Compress).
type Compression int

const (
	// CompressRemote, the default, gzips for every client but one on the
	// server's own machine that no proxy speaks for (sameMachine): over
	// loopback the bytes cost nothing to send, and gzip would cost CPU on
	// both ends, the cores the database shares.
	CompressRemote Compression = iota
	// CompressAlways gzips for every client that accepts it.
	CompressAlways
	// CompressNever answers every client plain.
	CompressNever
)

// ParseCompression reads a Compression by name: "remote", "always" or
// "never".
func ParseCompression(s string) (Compression, error) {
	switch s {
	case "remote":
		return CompressRemote, nil
	case "always":
		return CompressAlways, nil
	case "never":
		return CompressNever, nil
	}
	return 0, fmt.Errorf("compression %q: want remote, always or never", s)
}

// compressed gzips every response of h a client accepts gzip for — the
// explorer's JavaScript (about 900 KB over all views) and the API's JSON
// and CSV alike — but images and fonts, which are compressed already, and
// answers mode leaves plain.
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
func compressed(h http.Handler, mode Compression) http.Handler {
	if mode == CompressNever {
		return h
	}
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
		if mode == CompressRemote && sameMachine(r) {
			// The answer does not depend on Accept-Encoding for this
			// client, but a cache in front must not reuse it for others.
			w.Header().Add("Vary", "Accept-Encoding")
			h.ServeHTTP(w, r)
			return
		}
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

// sameMachine says whether r comes from a client on the server's own
// machine: a loopback peer with no header a proxy adds (a proxy on the
// same machine may speak for remote clients, and they gain by gzip).
func sameMachine(r *http.Request) bool {
	for _, h := range []string{"Forwarded", "X-Forwarded-For", "X-Real-Ip", "Via"} {
		if _, ok := r.Header[h]; ok {
			return false
		}
	}
	return loopbackIP(r.RemoteAddr)
}
