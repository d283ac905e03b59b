package web

import (
	stdjson "encoding/json"
	"io"

	"github.com/bytedance/sonic"
	ginjson "github.com/gin-gonic/gin/codec/json"
)

// The API's answers are encoded by sonic (ByteDance's JIT-compiled JSON
// encoder, which gin supports behind its "sonic" build tag) in its
// standard-library-compatible configuration: the same bytes as
// encoding/json — HTML characters and line separators escaped, invalid
// UTF-8 replaced, map keys sorted; only backspace and form feed are
// written \u0008 and \u000c where encoding/json writes \b and \f, the
// same JSON (TestCodecMatchesEncodingJSON) — at about a
// third of the CPU on the largest answers (a depth-1 /api/graph of 200
// nodes is ~370 KB; BenchmarkEncodeAnswer). On a machine whose cores
// Neo4j shares, that CPU is latency. Set here rather than with the build
// tag so that every build of Parley, `go test` included, encodes alike.
//
// Request bodies are still decoded by encoding/json: they come from
// clients, and the standard library's decoder is the one whose handling
// of hostile input the tests pin down.
func init() { ginjson.API = codec{} }

var encoder = sonic.ConfigStd

type codec struct{}

func (codec) Marshal(v any) ([]byte, error) { return encoder.Marshal(v) }

func (codec) MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	return encoder.MarshalIndent(v, prefix, indent)
}

func (codec) NewEncoder(w io.Writer) ginjson.Encoder { return encoder.NewEncoder(w) }

func (codec) Unmarshal(data []byte, v any) error { return stdjson.Unmarshal(data, v) }

func (codec) NewDecoder(r io.Reader) ginjson.Decoder { return stdjson.NewDecoder(r) }
