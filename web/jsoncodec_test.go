package web

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	ginjson "github.com/gin-gonic/gin/codec/json"

	"github.com/parley-dev/parley/graph"
)

// hostileStrings generates strings by class, each class at the start, in
// the middle and at the end of a word: every C0 and C1 control and DEL,
// the characters HTML and JavaScript treat specially, every Unicode space,
// the non-characters and the extremes of the code space, and malformed
// UTF-8 (every lone continuation or lead byte, truncated sequences,
// overlong forms, encoded surrogates). Article text reaches the answers
// as names and evidence, so any of these can.
func hostileStrings() []string {
	var pieces []string
	for r := rune(0); r < 0x20; r++ {
		pieces = append(pieces, string(r))
	}
	for r := rune(0x7f); r <= 0x9f; r++ {
		pieces = append(pieces, string(r))
	}
	pieces = append(pieces, "<", ">", "&", `"`, `\`, "/", "'", "</script>", "\u2028", "\u2029",
		"\ufeff", "\ufffd", "\ufffe", "\uffff", string(utf8.MaxRune), "😀")
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) {
			pieces = append(pieces, string(r))
		}
	}
	for b := 0x80; b <= 0xff; b++ {
		pieces = append(pieces, string([]byte{byte(b)}))
	}
	pieces = append(pieces, "\xe2\x82", "\xf0\x9f\x98", "\xc0\x80", "\xe0\x80\xaf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xf4\x90\x80\x80")
	var out []string
	for _, p := range pieces {
		out = append(out, p, p+"Doha", "Al"+p+"Thani", "Burns"+p)
	}
	return out
}

// The codec must write what encoding/json writes — the explorer, other
// clients and the OpenAPI contract were built against it — byte for byte
// but for backspace and form feed, which encoding/json writes \b and \f
// and sonic \u0008 and \u000c: the same JSON string. Whatever the input,
// both decode to the same value and no HTML-significant character or line
// separator is written raw.
func TestCodecMatchesEncodingJSON(t *testing.T) {
	same := func(t *testing.T, v any, shortEscapes bool) {
		t.Helper()
		want, wantErr := json.Marshal(v)
		got, gotErr := ginjson.API.Marshal(v)
		if (wantErr == nil) != (gotErr == nil) {
			t.Fatalf("%#v: encoding/json error %v, codec error %v", v, wantErr, gotErr)
		}
		if !shortEscapes && !bytes.Equal(got, want) {
			t.Fatalf("%#v:\ncodec         %q\nencoding/json %q", v, got, want)
		}
		var wantV, gotV any
		if err := json.Unmarshal(want, &wantV); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(got, &gotV); err != nil {
			t.Fatalf("%#v: the codec wrote invalid JSON %q: %v", v, got, err)
		}
		if !reflect.DeepEqual(gotV, wantV) {
			t.Fatalf("%#v: codec %q decodes to %#v, encoding/json's to %#v", v, got, gotV, wantV)
		}
		if i := bytes.IndexAny(got, "<>&\u2028\u2029"); i >= 0 {
			t.Fatalf("%#v: raw %q in %q", v, got[i:], got)
		}
	}
	for _, s := range hostileStrings() {
		short := strings.ContainsAny(s, "\b\f")
		same(t, graph.Edge{ID: s, Source: s, Target: s, Type: "met", Places: []string{s, "Paris"}, Last: s}, short)
		same(t, map[string]any{s: s, "b" + s: []any{s, 1.5, nil, true}, "a": s}, short)
		same(t, graph.Counterpart{Actor: graph.ActorRef{ID: s, Name: s, Kind: graph.Person},
			Latest: &graph.PairLatest{Report: graph.Report{Evidence: s, URL: "https://x.example/?q=" + s}}}, short)
	}
	// Zero values: nil slices, nil pointers, omitempty fields.
	for _, v := range []any{graph.MetResult{}, graph.Subgraph{}, []graph.Node(nil), map[string]int(nil)} {
		same(t, v, false)
	}
}

// The codec is what gin renders with: a handler's c.JSON goes through it.
func TestCodecIsGinsEncoder(t *testing.T) {
	if _, ok := ginjson.API.(codec); !ok {
		t.Fatalf("gin encodes with %T, want web.codec", ginjson.API)
	}
}

// Answers are decoded too (request bodies); the codec decodes as
// encoding/json does, rejecting what it rejects.
func TestCodecDecodesAsEncodingJSON(t *testing.T) {
	for _, in := range []string{`{"keep":"a","gone":"b"}`, `{"keep":"a\u0000"}`, `{"keep":`, `{"keep":"\xff"}`, `[1,2]`, `{"keep":1e999}`} {
		var want, got struct{ Keep, Gone string }
		wantErr := json.Unmarshal([]byte(in), &want)
		gotErr := ginjson.API.Unmarshal([]byte(in), &got)
		if (wantErr == nil) != (gotErr == nil) || want != got {
			t.Errorf("%q: encoding/json %+v, %v; codec %+v, %v", in, want, wantErr, got, gotErr)
		}
	}
}

// The API's two largest answers encoded by encoding/json and by the codec:
// go test -bench EncodeAnswer -run - ./web/
func BenchmarkEncodeAnswer(b *testing.B) {
	for _, a := range []struct {
		name string
		v    any
	}{{"met", metResult(b)}, {"graph", graphAnswer(b)}} {
		for _, enc := range []struct {
			name    string
			marshal func(any) ([]byte, error)
		}{{"encoding-json", json.Marshal}, {"codec", ginjson.API.Marshal}} {
			b.Run(a.name+"/"+enc.name, func(b *testing.B) {
				out, err := enc.marshal(a.v)
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(len(out)))
				for b.Loop() {
					if _, err := enc.marshal(a.v); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
