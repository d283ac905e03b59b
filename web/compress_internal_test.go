package web

import (
	"io"
	"net/http"
	"net/http/httptest"
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

// Which clients get gzip under each Compression: by default every client
// but a loopback peer that no proxy speaks for. The peers are tried by
// class of address (loopback, private, link-local, public, IPv4 and IPv6
// and IPv4 in IPv6, unix sockets, malformed), each proxy header alone.
func TestCompressionByClient(t *testing.T) {
	body := strings.Repeat(`{"name":"x"},`, 400)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, body)
	})
	// gzipped says whether the client at remote, with the header a proxy
	// adds if one is given, gets the API's answers and the explorer's
	// files gzipped (both alike, or the test fails).
	gzipped := func(mode Compression, remote string, header string) bool {
		t.Helper()
		var encodings []string
		for _, path := range []string{"/api/met", "/app.js"} {
			req := httptest.NewRequest(http.MethodGet, path, nil)
			req.RemoteAddr = remote
			req.Header.Set("Accept-Encoding", "gzip")
			if header != "" {
				req.Header.Set(header, "203.0.113.7")
			}
			rec := httptest.NewRecorder()
			compressed(h, mode).ServeHTTP(rec, req)
			if mode != CompressNever && !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
				t.Errorf("%s from %q: Vary %q lacks Accept-Encoding", path, remote, rec.Header().Get("Vary"))
			}
			enc := rec.Header().Get("Content-Encoding")
			if enc == "" && rec.Body.String() != body {
				t.Errorf("%s from %q: the plain body differs", path, remote)
			}
			encodings = append(encodings, enc)
		}
		if encodings[0] != encodings[1] {
			t.Errorf("from %q: the API's answer is %q, the files %q", remote, encodings[0], encodings[1])
		}
		return encodings[0] == "gzip"
	}
	loopback := []string{"127.0.0.1:5000", "127.255.255.254:1", "[::1]:8080", "[::ffff:127.0.0.1]:80"}
	elsewhere := []string{"10.0.0.1:5000", "172.16.0.1:5000", "192.168.1.2:5000", "169.254.1.1:5000",
		"203.0.113.9:443", "[fe80::1]:80", "[2001:db8::1]:80", "[::ffff:10.0.0.1]:80", "[::]:80", "0.0.0.0:80",
		"@", "", "127.0.0.1", "localhost:80"}
	proxyHeaders := []string{"Forwarded", "X-Forwarded-For", "X-Real-IP", "Via", "x-forwarded-for"}
	for _, addr := range loopback {
		if gzipped(CompressRemote, addr, "") {
			t.Errorf("remote mode: %q is on this machine, gzipped", addr)
		}
		if !gzipped(CompressAlways, addr, "") {
			t.Errorf("always mode: %q not gzipped", addr)
		}
		for _, hdr := range proxyHeaders {
			if !gzipped(CompressRemote, addr, hdr) {
				t.Errorf("remote mode: %q with %s (a proxy on this machine) not gzipped", addr, hdr)
			}
		}
	}
	for _, addr := range elsewhere {
		if !gzipped(CompressRemote, addr, "") {
			t.Errorf("remote mode: %q not gzipped", addr)
		}
		if gzipped(CompressNever, addr, "") {
			t.Errorf("never mode: %q gzipped", addr)
		}
	}
}

func TestParseCompression(t *testing.T) {
	for name, want := range map[string]Compression{"remote": CompressRemote, "always": CompressAlways, "never": CompressNever} {
		if got, err := ParseCompression(name); err != nil || got != want {
			t.Errorf("ParseCompression(%q) = %v, %v", name, got, err)
		}
		for _, bad := range []string{strings.ToUpper(name), " " + name, name + " ", name[:len(name)-1]} {
			if _, err := ParseCompression(bad); err == nil || !strings.Contains(err.Error(), "remote, always or never") {
				t.Errorf("ParseCompression(%q): error %v", bad, err)
			}
		}
	}
	if _, err := ParseCompression(""); err == nil {
		t.Error(`ParseCompression(""): no error`)
	}
}
