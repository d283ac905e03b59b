package store

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/parley-dev/parley/graph"
)

// MaxJSONLLine bounds one line of a JSON Lines file.
const MaxJSONLLine = 16 << 20

// LineError is an input line that was refused.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// JSONLReader reads records, one JSON object per line, in the loader's
// shape (strict: unknown fields and wrong types are errors), validated. A
// bad line is handed to bad with its line number and skipped; blank lines
// are skipped.
type JSONLReader struct {
	r    *bufio.Reader
	line int
	bad  func(*LineError)
}

// NewJSONLReader reads from r; bad may be nil.
func NewJSONLReader(r io.Reader, bad func(*LineError)) *JSONLReader {
	if bad == nil {
		bad = func(*LineError) {}
	}
	return &JSONLReader{r: bufio.NewReaderSize(r, 1<<20), bad: bad}
}

// Next returns the next good record as a BulkItem; ok is false at the end.
// The error is only for failures reading the input.
func (j *JSONLReader) Next() (BulkItem, bool, error) {
	for {
		data, err := j.readLine()
		if err == io.EOF && len(data) == 0 {
			return BulkItem{}, false, nil
		}
		if err != nil && err != io.EOF && !errors.Is(err, errLineTooLong) {
			return BulkItem{}, false, fmt.Errorf("line %d: %w", j.line+1, err)
		}
		j.line++
		if errors.Is(err, errLineTooLong) {
			j.bad(&LineError{Line: j.line, Err: err})
			continue
		}
		data = bytes.TrimSpace(data)
		if len(data) == 0 {
			continue
		}
		rec, derr := DecodeRecordJSON(data)
		if derr != nil {
			j.bad(&LineError{Line: j.line, Err: derr})
			continue
		}
		return BulkItem{Line: j.line, Record: rec}, true, nil
	}
}

var errLineTooLong = fmt.Errorf("line longer than %d MiB", MaxJSONLLine>>20)

// readLine reads one line without its newline; a line longer than
// MaxJSONLLine is consumed and reported as errLineTooLong.
func (j *JSONLReader) readLine() ([]byte, error) {
	var buf []byte
	for {
		chunk, err := j.r.ReadSlice('\n')
		if len(buf)+len(chunk) <= MaxJSONLLine {
			buf = append(buf, chunk...)
		} else {
			buf = buf[:0]
			for err == bufio.ErrBufferFull {
				_, err = j.r.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return []byte{}, errLineTooLong
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return buf[:len(buf)-1], nil
		default:
			return buf, err
		}
	}
}

// DecodeRecordJSON decodes one record strictly and validates it, as the
// loader does for a record file.
func DecodeRecordJSON(data []byte) (graph.Record, error) {
	var rec graph.Record
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		var te *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &te):
			return rec, graph.Invalid(te.Field, fmt.Sprintf("must be %s, not a JSON %s", te.Type, te.Value))
		case errors.As(err, &se):
			return rec, fmt.Errorf("malformed JSON at byte %d: %w", se.Offset, err)
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return rec, errors.New("malformed JSON: the line ends before the record does")
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return rec, graph.Invalid(strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`), "is not a field of a record")
		}
		return rec, fmt.Errorf("malformed JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return rec, errors.New("malformed JSON: data after the record")
	}
	if err := rec.Validate(); err != nil {
		return rec, err
	}
	return rec, nil
}
