package web

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
)

// Query parameters are parsed here, each refusal naming the parameter.

const maxLimit = 1000

// page reads limit and offset: limit 1..1000 (default def), offset ≥ 0.
func page(c *gin.Context, def int) (limit, offset int, err error) {
	limit, err = intParam(c, "limit", def, 1, maxLimit)
	if err != nil {
		return 0, 0, err
	}
	offset, err = intParam(c, "offset", 0, 0, 1_000_000)
	return limit, offset, err
}

// given says whether the request sets the parameter to something.
func given(c *gin.Context, name string) bool {
	v, ok := c.GetQuery(name)
	return ok && v != ""
}

func intParam(c *gin.Context, name string, def, lo, hi int) (int, error) {
	v, ok := c.GetQuery(name)
	if !ok || v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, graph.Invalid(name, fmt.Sprintf("must be a whole number from %d to %d", lo, hi))
	}
	return n, nil
}

// text reads a free-text parameter, trimmed and bounded in length. Absent
// or empty means "any"; a value of spaces only or one holding control
// characters or broken UTF-8 is refused rather than read as "any" or sent
// on to a search that cannot match it.
func text(c *gin.Context, name string) (string, error) {
	raw := c.Query(name)
	if !utf8.ValidString(raw) {
		return "", graph.Invalid(name, "is not valid UTF-8")
	}
	if strings.ContainsFunc(raw, unicode.IsControl) {
		return "", graph.Invalid(name, "holds a control character")
	}
	v := strings.TrimSpace(raw)
	if v == "" && raw != "" {
		return "", graph.Invalid(name, "is blank")
	}
	if len(v) > 200 {
		return "", graph.Invalid(name, "is longer than 200 bytes")
	}
	return v, nil
}

// dateBound reads a from/to parameter (YYYY-MM-DD, YYYY-MM or YYYY) as the
// first (from) or last (to) day it may mean.
func dateBound(c *gin.Context, name string, last bool) (string, error) {
	v := strings.TrimSpace(c.Query(name))
	if v == "" {
		return "", nil
	}
	d, err := graph.ParseDate(v)
	if err != nil {
		return "", graph.Invalid(name, err.Error())
	}
	if last {
		return d.End.Format("2006-01-02"), nil
	}
	return d.Start.Format("2006-01-02"), nil
}

// oneOf reads an enumerated parameter.
func oneOf(c *gin.Context, name string, allowed ...string) (string, error) {
	v := strings.TrimSpace(c.Query(name))
	if v == "" {
		return "", nil
	}
	for _, a := range allowed {
		if v == a {
			return v, nil
		}
	}
	return "", graph.Invalid(name, fmt.Sprintf("must be one of %s", strings.Join(allowed, ", ")))
}
