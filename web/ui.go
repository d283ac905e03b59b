package web

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/gin-gonic/gin"
)

// dist is the built explorer (web/ui → `make ui` → web/dist), committed so
// that `go build` and `go test` need no Node.
//
//go:embed all:dist
var dist embed.FS

// ui serves the explorer: a file from dist when one matches, else
// index.html so the client's routes work on reload; /api/* that matched
// nothing is a JSON 404.
func (s *Server) ui() gin.HandlerFunc {
	files, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	fileServer := http.FileServer(http.FS(files))
	return func(c *gin.Context) {
		p := c.Request.URL.Path
		if strings.HasPrefix(p, "/api/") || p == "/api" {
			writeError(c, http.StatusNotFound, "not_found", "no such endpoint: "+p)
			return
		}
		if c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead {
			writeError(c, http.StatusMethodNotAllowed, "method_not_allowed", "the explorer is read with GET")
			return
		}
		name := strings.TrimPrefix(path.Clean(p), "/")
		if name == "" {
			name = "index.html"
		}
		if st, err := fs.Stat(files, name); err != nil || st.IsDir() {
			name = "index.html"
		}
		if strings.HasPrefix(name, "assets/") {
			// Vite puts a content hash in every asset's name.
			c.Header("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			c.Header("Cache-Control", "no-cache")
		}
		c.Request.URL.Path = "/" + name
		if name == "index.html" {
			c.Request.URL.Path = "/"
		}
		fileServer.ServeHTTP(c.Writer, c.Request)
	}
}
