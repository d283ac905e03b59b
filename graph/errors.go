package graph

import (
	"errors"
	"fmt"
)

// Error kinds, classified where the error happens; the web layer maps each
// to one HTTP status.
var (
	ErrInvalid     = errors.New("invalid input")
	ErrNotFound    = errors.New("not found")
	ErrUnavailable = errors.New("database unavailable")
	ErrTimeout     = errors.New("timed out")
	// ErrNoSchema is a database without Parley's indexes: emptied or
	// replaced under a running server. Starting the server, or loading
	// records, creates them.
	ErrNoSchema = errors.New("the database lacks Parley's schema")
)

// FieldError is bad input in a named field. It matches ErrInvalid with
// errors.Is.
type FieldError struct {
	Field   string
	Problem string
}

func (e *FieldError) Error() string { return fmt.Sprintf("%s %s", e.Field, e.Problem) }

// Is makes FieldError match ErrInvalid.
func (e *FieldError) Is(target error) bool { return target == ErrInvalid }

func invalid(field, problem string) error { return &FieldError{Field: field, Problem: problem} }

// Invalid returns a FieldError for field.
func Invalid(field, problem string) error { return invalid(field, problem) }
