package web

import (
	"strings"
	"testing"
)

// Images and fonts are compressed already; SVG, JSON, CSV, scripts and
// style sheets are text. Every case of each kind is tried in the forms a
// Content-Type header takes (parameters, upper case, spaces).
func TestCompressible(t *testing.T) {
	kinds := map[bool][]string{
		true:  {"application/json", "text/csv", "text/html", "text/javascript", "application/javascript", "text/css", "image/svg+xml", "text/plain", ""},
		false: {"image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "font/woff2", "font/woff", "application/zip", "application/gzip", "video/mp4", "audio/mpeg"},
	}
	for want, types := range kinds {
		for _, ct := range types {
			for _, form := range []string{ct, ct + "; charset=utf-8", " " + ct + " ", strings.ToUpper(ct)} {
				if got := compressible(form); got != want {
					t.Errorf("compressible(%q) = %v, want %v", form, got, want)
				}
			}
		}
	}
}
