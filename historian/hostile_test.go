package historian

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode"
)

// Every white-space character of Unicode, at every position of a remark:
// the grammar never panics, and every name it returns is trimmed.
func TestMetWithEveryUnicodeSpaceEverywhere(t *testing.T) {
	remark := "Met with President Nayib Bukele and Foreign Minister Alexandra Hill Tinoco."
	var spaces []rune
	for _, r16 := range unicode.White_Space.R16 {
		for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
			spaces = append(spaces, r)
		}
	}
	for _, r32 := range unicode.White_Space.R32 {
		for r := rune(r32.Lo); r <= rune(r32.Hi); r += rune(r32.Stride) {
			spaces = append(spaces, r)
		}
	}
	c := Context{State: "El Salvador", Day: "2025-02-03", Terms: NewTerms(nil)}
	for _, sp := range spaces {
		for i := 0; i <= len(remark); i++ {
			s := remark[:i] + string(sp) + remark[i:]
			for _, p := range Met(s, c) {
				if p.Name == "" || strings.TrimSpace(p.Name) != p.Name || (sp != ' ' && strings.ContainsRune(p.Name, sp)) {
					t.Fatalf("%q: name %q", s, p.Name)
				}
			}
		}
	}
	// With ordinary spaces, the two are found however the text is wrapped.
	if ps := Met(strings.ReplaceAll(remark, " ", "\n\t "), c); len(ps) != 2 {
		t.Errorf("wrapped remark: %+v", ps)
	}
}

// The fixture cut at every byte: a file is either read or refused with a
// line number, never a panic, never a record from the cut element.
func TestReadFileCutAnywhere(t *testing.T) {
	data, err := os.ReadFile("testdata/visits.xml")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(data); i++ {
		f, err := ReadFile(bytes.NewReader(data[:i]), "cut.xml", nil)
		if err == nil && i < len(data)-1 && f.Format != "" && len(f.Visits) == 5 {
			continue // cut after the last element: all read
		}
		if err != nil {
			re, ok := err.(*ReadError)
			if !ok || re.File != "cut.xml" || re.Line < 1 {
				t.Fatalf("cut at %d: %v", i, err)
			}
		}
		for _, v := range f.Visits {
			if v.ID == "" || v.Start == "" {
				t.Fatalf("cut at %d: half a visit %+v", i, v)
			}
		}
	}
}
