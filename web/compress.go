package web

import (
	"github.com/gin-contrib/gzip"
	"github.com/gin-gonic/gin"
)

// compression gzips every response a client accepts gzip for — the
// explorer's JavaScript (about 900 KB over all views) and the API's JSON
// and CSV alike — but images, which are compressed already.
func compression() gin.HandlerFunc {
	return gzip.Gzip(gzip.DefaultCompression, gzip.WithExcludedExtensions([]string{".png", ".gif", ".jpeg", ".jpg", ".webp", ".woff2"}))
}
