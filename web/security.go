package web

import (
	"fmt"
	"math"
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
// request gets a CORS header and browsers refuse them.
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
		c.Next()
	}
}

// limitBody bounds a request body.
func limitBody(c *gin.Context, n int64) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, n)
}

// authenticate puts the caller's session in the context: from the session
// cookie or an `Authorization: Bearer` token; 401 without one. With no
// users configured the caller is the local editor.
func (s *Server) authenticate() gin.HandlerFunc {
	return func(c *gin.Context) {
		if s.opts.Users == nil {
			c.Set("session", auth.Session{User: "local", Role: auth.Editor})
			c.Next()
			return
		}
		token := ""
		if h := c.GetHeader("Authorization"); strings.HasPrefix(h, "Bearer ") {
			token = strings.TrimPrefix(h, "Bearer ")
		} else if ck, err := c.Cookie(sessionCookie); err == nil {
			token = ck
		}
		sess, err := s.opts.Tokens.Verify(token)
		if err != nil {
			writeError(c, http.StatusUnauthorized, "unauthenticated", "sign in first: POST /api/login")
			return
		}
		c.Set("session", sess)
		c.Next()
	}
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
	http.SetCookie(c.Writer, &http.Cookie{
		Name: sessionCookie, Value: token, Path: "/", Expires: sess.Expires,
		HttpOnly: true, Secure: s.opts.SecureCookies, SameSite: http.SameSiteStrictMode,
	})
	s.log.InfoContext(c.Request.Context(), "signed in", "user", req.User, "role", role)
	c.JSON(http.StatusOK, gin.H{"user": sess.User, "role": sess.Role, "expires": sess.Expires, "token": token, "auth": true})
	return nil
}

// logout: POST /api/logout — clears the session cookie.
func (s *Server) logout(c *gin.Context) error {
	http.SetCookie(c.Writer, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.opts.SecureCookies, SameSite: http.SameSiteStrictMode})
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
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
