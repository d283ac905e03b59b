package web

import (
	"fmt"
	"math"
	"mime"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/auth"
	"github.com/parley-dev/parley/graph"
)

// sessionCookie carries the signed session token.
const sessionCookie = "parley_session"

// contentSecurityPolicy allows only the server's own scripts (no inline
// script, no eval), its own styles (sigma and CodeMirror set style
// attributes from script), images from itself and blobs (PNG export),
// workers from itself (the layout worker), and no framing.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func securityHeaders() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		c.Next()
	}
}

// cors answers only the configured origins; with none, no cross-origin
// request gets a CORS header and browsers refuse them. It also answers
// every preflight (OPTIONS) itself, so that no route needs one.
func (s *Server) cors() gin.HandlerFunc {
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		if origin != "" && slices.Contains(s.opts.CORSOrigins, origin) {
			h := c.Writer.Header()
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Allow-Credentials", "true")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-ID")
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Add("Vary", "Origin")
		}
		if c.Request.Method == http.MethodOptions && strings.HasPrefix(c.Request.URL.Path, "/api/") {
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}

// allowedHost refuses requests whose Host header names a server Parley
// is not: a page that rebinds its own domain name to this machine's
// address (DNS rebinding) sends its own name as Host, and is refused
// here before it can read or write anything. Allowed are IP literals (a
// request addressed by IP cannot be a rebinding), "localhost" and the
// names in Options.AllowedHosts ("*" allows any).
func (s *Server) allowedHost() gin.HandlerFunc {
	allowed := map[string]bool{"localhost": true}
	anyHost := false
	for _, h := range s.opts.AllowedHosts {
		h = normalHost(h)
		allowed[h] = true
		anyHost = anyHost || h == "*"
	}
	return func(c *gin.Context) {
		host := normalHost(c.Request.Host)
		if anyHost || host == "" || allowed[host] || net.ParseIP(host) != nil {
			c.Next()
			return
		}
		writeError(c, http.StatusMisdirectedRequest, "unknown_host",
			fmt.Sprintf("this server does not answer to the host name %q: add it to PARLEY_ALLOWED_HOSTS", host))
	}
}

// normalHost is a Host header's name without port, brackets, case or
// final dot.
func normalHost(h string) string {
	h = strings.TrimSpace(h)
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return strings.TrimSuffix(strings.ToLower(h), ".")
}

// sameOrigin refuses state-changing requests (every method but GET,
// HEAD and OPTIONS) that a browser sends on behalf of another site, with
// or without users: with Sec-Fetch-Site, anything but same-origin or none
// (typed by the user) is refused; without it, an Origin whose host is not
// the request's Host is. A named PARLEY_CORS_ORIGINS origin is allowed.
// Requests carrying neither header (curl, scripts, other servers) are not
// from a browser page and pass: they cannot ride on a browser's cookie.
// The check is net/http's CrossOriginProtection.
func (s *Server) sameOrigin() gin.HandlerFunc {
	p := http.NewCrossOriginProtection()
	for _, o := range s.opts.CORSOrigins {
		if err := p.AddTrustedOrigin(o); err != nil {
			s.log.Warn("PARLEY_CORS_ORIGINS: ignoring an origin", "origin", o, "err", err)
		}
	}
	return func(c *gin.Context) {
		if err := p.Check(c.Request); err != nil {
			s.log.WarnContext(c.Request.Context(), "cross-origin write refused", "path", c.Request.URL.Path,
				"origin", c.GetHeader("Origin"), "sec_fetch_site", c.GetHeader("Sec-Fetch-Site"))
			writeError(c, http.StatusForbidden, "cross_origin", "a request from another site may not change anything here")
			return
		}
		c.Next()
	}
}

// bodyType refuses a request body of any media type but want (415). JSON
// endpoints want application/json, which a page on another site cannot
// send without a CORS preflight that Parley does not grant.
func bodyType(want string) gin.HandlerFunc {
	return func(c *gin.Context) {
		mt, params, err := mime.ParseMediaType(c.GetHeader("Content-Type"))
		cs, hasCharset := params["charset"]
		if err != nil || mt != want || (hasCharset && !strings.EqualFold(cs, "utf-8")) {
			writeError(c, http.StatusUnsupportedMediaType, "unsupported_media_type",
				"send the body as Content-Type: "+want+" (UTF-8)")
			return
		}
		c.Next()
	}
}

// limitBody bounds a request body.
func limitBody(c *gin.Context, n int64) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, n)
}

// authenticate puts the caller's session in the context: from the session
// cookie or an `Authorization: Bearer` token; 401 without one. A token is
// honoured only while its session is recorded in the database (sign-out
// removes it, on every replica at once) and its user is still in the users
// file (re-read when it changes); a user whose role was lowered since
// signing in acts with the lower role. With no users configured the
// caller is the local editor.
func (s *Server) authenticate() gin.HandlerFunc {
	return func(c *gin.Context) {
		if s.opts.Users == nil {
			c.Set("session", auth.Session{User: "local", Role: auth.Editor})
			c.Next()
			return
		}
		sess, err := s.opts.Tokens.Verify(bearerOrCookie(c))
		if err != nil {
			writeError(c, http.StatusUnauthorized, "unauthenticated", "sign in first: POST /api/login")
			return
		}
		role, ok := s.opts.Users.Role(sess.User)
		if !ok {
			writeError(c, http.StatusUnauthorized, "unauthenticated", "this account no longer exists")
			return
		}
		if !role.Allows(sess.Role) {
			sess.Role = role
		}
		active, err := s.store.SessionActive(c.Request.Context(), sess.ID)
		if err != nil {
			status, code, msg := errorStatus(err)
			s.log.ErrorContext(c.Request.Context(), "checking the session failed", "err", err)
			writeError(c, status, code, msg)
			return
		}
		if !active {
			writeError(c, http.StatusUnauthorized, "unauthenticated", "this session has ended: sign in again")
			return
		}
		c.Set("session", sess)
		c.Next()
	}
}

// bearerOrCookie is the session token a request carries.
func bearerOrCookie(c *gin.Context) string {
	if h := c.GetHeader("Authorization"); strings.HasPrefix(h, "Bearer ") {
		return strings.TrimPrefix(h, "Bearer ")
	}
	if ck, err := c.Cookie(sessionCookie); err == nil {
		return ck
	}
	return ""
}

func session(c *gin.Context) auth.Session {
	v, _ := c.Get("session")
	s, _ := v.(auth.Session)
	return s
}

// requireRole refuses callers whose role does not allow need.
func requireRole(need auth.Role) gin.HandlerFunc {
	return func(c *gin.Context) {
		if !session(c).Role.Allows(need) {
			writeError(c, http.StatusForbidden, "forbidden", "this needs the "+string(need)+" role")
			return
		}
		c.Next()
	}
}

type loginRequest struct {
	User     string `json:"user"`
	Password string `json:"password"`
}

// login: POST /api/login {"user", "password"} — sets the session cookie
// and returns the token for scripts.
func (s *Server) login(c *gin.Context) error {
	if s.opts.Users == nil {
		c.JSON(http.StatusOK, gin.H{"user": "local", "role": auth.Editor, "auth": false})
		return nil
	}
	limitBody(c, 4<<10)
	var req loginRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		return graph.Invalid("body", `is not {"user": "...", "password": "..."}`)
	}
	now := time.Now()
	if wait := s.logins.Wait(c.ClientIP(), req.User, now); wait > 0 {
		secs := int(math.Ceil(wait.Seconds()))
		c.Header("Retry-After", strconv.Itoa(secs))
		s.log.WarnContext(c.Request.Context(), "sign-in throttled", "user", req.User, "addr", c.ClientIP())
		writeError(c, http.StatusTooManyRequests, "too_many_attempts", fmt.Sprintf("too many failed sign-ins: try again in %d s", secs))
		return nil
	}
	role, err := s.opts.Users.Check(req.User, req.Password)
	if err != nil {
		s.logins.Failed(c.ClientIP(), req.User, now)
		time.Sleep(200 * time.Millisecond) // slows guessing a little more
		writeError(c, http.StatusUnauthorized, "unauthenticated", err.Error())
		return nil
	}
	token, sess := s.opts.Tokens.Issue(req.User, role)
	if err := s.store.CreateSession(c.Request.Context(), sess.ID, sess.User, sess.Expires); err != nil {
		return err
	}
	http.SetCookie(c.Writer, &http.Cookie{
		Name: sessionCookie, Value: token, Path: "/", Expires: sess.Expires,
		HttpOnly: true, Secure: s.opts.SecureCookies, SameSite: http.SameSiteStrictMode,
	})
	s.log.InfoContext(c.Request.Context(), "signed in", "user", req.User, "role", role)
	c.JSON(http.StatusOK, gin.H{"user": sess.User, "role": sess.Role, "expires": sess.Expires, "token": token, "auth": true})
	return nil
}

// logout: POST /api/logout — ends the session the request carries (cookie
// or bearer token) on every replica, and clears the cookie.
func (s *Server) logout(c *gin.Context) error {
	http.SetCookie(c.Writer, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.opts.SecureCookies, SameSite: http.SameSiteStrictMode})
	if s.opts.Users != nil {
		if sess, err := s.opts.Tokens.Verify(bearerOrCookie(c)); err == nil {
			if err := s.store.RevokeSession(c.Request.Context(), sess.ID); err != nil {
				return err
			}
			s.log.InfoContext(c.Request.Context(), "signed out", "user", sess.User)
		}
	}
	c.Status(http.StatusNoContent)
	return nil
}

// me: GET /api/me — who the session speaks for.
func (s *Server) me(c *gin.Context) error {
	sess := session(c)
	c.JSON(http.StatusOK, gin.H{"user": sess.User, "role": sess.Role, "auth": s.opts.Users != nil})
	return nil
}

// IsLoopback reports whether a listen address serves only this machine.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	return err == nil && host == "localhost" || loopbackIP(addr)
}

// loopbackIP reports whether addr (host:port) is a loopback IP address.
func loopbackIP(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
