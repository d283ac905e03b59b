package web

import (
	"context"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/parley-dev/parley/graph"
)

// apiError is the JSON body of every error response.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// StatusClientClosedRequest is the status logged for a request whose
// client canceled it before the answer (nginx's 499).
const StatusClientClosedRequest = 499

// handle adapts a handler that returns an error, so that every error
// reaches the client through errorStatus and nowhere else.
func (s *Server) handle(h func(*gin.Context) error) gin.HandlerFunc {
	return func(c *gin.Context) {
		err := h(c)
		if err == nil {
			return
		}
		if errors.Is(c.Request.Context().Err(), context.Canceled) {
			// The client went away (closed the tab, brushed again): not a
			// failure of ours. Logged as nginx does, 499, with no body.
			s.log.InfoContext(c.Request.Context(), "request canceled by the client", "path", c.Request.URL.Path)
			c.AbortWithStatus(StatusClientClosedRequest)
			return
		}
		status, code, msg := errorStatus(err)
		if status >= 500 {
			s.log.ErrorContext(c.Request.Context(), "request failed", "path", c.Request.URL.Path, "err", err)
		}
		writeError(c, status, code, msg)
	}
}

// errorStatus is the one table from error kinds to HTTP statuses. Only
// invalid-input and not-found messages are shown to clients; the rest are
// logged.
func errorStatus(err error) (status int, code, msg string) {
	var fe *graph.FieldError
	switch {
	case errors.As(err, &fe):
		return http.StatusBadRequest, "invalid", fe.Error()
	case errors.Is(err, graph.ErrInvalid):
		return http.StatusBadRequest, "invalid", err.Error()
	case errors.Is(err, graph.ErrNotFound):
		return http.StatusNotFound, "not_found", err.Error()
	case errors.Is(err, graph.ErrTimeout):
		return http.StatusGatewayTimeout, "timeout", "the query took too long"
	case errors.Is(err, graph.ErrNoSchema):
		return http.StatusServiceUnavailable, "unavailable", "Neo4j's database lacks Parley's schema (was it emptied or replaced?): restart parley serve, or load records, which creates it"
	case errors.Is(err, graph.ErrUnavailable):
		return http.StatusServiceUnavailable, "unavailable", "Neo4j is unreachable"
	}
	return http.StatusInternalServerError, "internal", "internal error"
}

func writeError(c *gin.Context, status int, code, msg string) {
	var body apiError
	body.Error.Code, body.Error.Message = code, msg
	c.AbortWithStatusJSON(status, body)
}
