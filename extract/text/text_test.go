package text

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The contract of the text stage on any input: valid UTF-8 sentences,
// every token a span of its sentence with its lower-case form, no sentence
// longer than the bound, one quoted flag per token.
func TestReadContract(t *testing.T) {
	classes := [][]string{
		{"Mr.", "U.S.", "al-", "O'Brien", "'s", "Dr.", "St."},
		{"(", ")", "\"", "'", "\u201c", "\u201d", "-", "\u2014", ";", ",", ".", "?", "!", "\n", "\n\n", "\t", "\r\n"},
		{"\xff\xfe", "\x00", "\u00e9", "\u0130", "\u00df", "\u200b", "\u202e", "\u00ad", "\u4e2d"},
		{"met", "talks", "Minister", "Lima", "on", "Friday", "2024", "by", "By"},
	}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 500; n++ {
		var b strings.Builder
		for k := r.Intn(80); k >= 0; k-- {
			c := classes[r.Intn(len(classes))]
			b.WriteString(c[r.Intn(len(c))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		in := b.String()
		for _, s := range Read(in).Sentences {
			if !utf8.ValidString(s.Text) || len(s.Toks) == 0 || len(s.Toks) > maxSentenceTokens || len(s.Quoted) != len(s.Toks) {
				t.Fatalf("%q: bad sentence %q (%d tokens)", in, s.Text, len(s.Toks))
			}
			for _, tk := range s.Toks {
				if tk.Start < 0 || tk.End > len(s.Text) || s.Text[tk.Start:tk.End] != tk.Text || tk.Lower != strings.ToLower(tk.Text) {
					t.Fatalf("%q: token %+v is not a span of %q", in, tk, s.Text)
				}
			}
		}
	}
}

func TestSplitKeepsAbbreviationsAndInitials(t *testing.T) {
	ss := Split("Mr. Pavel J. Horak met Dr. Lina Ortiz in the U.S. capital. They talked for an hour.\nA new line")
	var got []string
	for _, s := range ss {
		got = append(got, s.Text)
	}
	want := []string{"Mr. Pavel J. Horak met Dr. Lina Ortiz in the U.S. capital.", "They talked for an hour.", "A new line"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences %q, want %q", got, want)
	}
	if ss[2].Line != 2 {
		t.Errorf("line %d, want 2", ss[2].Line)
	}
}

func TestTokens(t *testing.T) {
	var got []string
	for _, tk := range Tokenize("O'Brien's U.S. talks - al-Amin") {
		got = append(got, tk.Text)
	}
	if strings.Join(got, " ") != "O'Brien 's U.S. talks - al - Amin" {
		t.Errorf("tokens %q", got)
	}
	u := Tokenize("UN")[0]
	if !u.Cap || !u.Acronym || !u.Word {
		t.Errorf("UN: %+v", u)
	}
}

// Read drops credit lines, cuts the dateline from the first sentence but
// keeps it in Lead (credit lines left out of it), takes a short unpunctuated first line for a headline,
// and marks quoted tokens.
func TestRead(t *testing.T) {
	got := Read("Envoys meet in Lima\nBy Jane Roe\nLIMA, May 3 (Wire) - Ana Ruiz met Omar Haddad.\nShe said \"we agreed\" on Monday.")
	if len(got.Sentences) != 3 || !got.Sentences[0].Title {
		t.Fatalf("sentences %+v", got.Sentences)
	}
	if got.Sentences[1].Text != "Ana Ruiz met Omar Haddad." {
		t.Errorf("dateline not cut: %q", got.Sentences[1].Text)
	}
	// The credit line is no lead sentence (the two-hundred-and-fourth
	// round): the headline, the dateline's sentence and the next.
	if len(got.Lead) != 3 || !strings.HasPrefix(got.Lead[1].Text, "LIMA, May 3") {
		t.Errorf("lead %+v", got.Lead)
	}
	q := got.Sentences[2]
	for k, tk := range q.Toks {
		if want := tk.Lower == "we" || tk.Lower == "agreed"; q.Quoted[k] != want {
			t.Errorf("%q quoted %v", tk.Text, q.Quoted[k])
		}
	}
}

// Clause bounds stop at clause breaks.
func TestClause(t *testing.T) {
	s := NewSentence("Ana Ruiz said that the talks failed", 1)
	cs, ce := s.Clause(0)
	if cs != 0 || ce >= len(s.Toks) || s.Toks[ce].Lower != "said" && s.Toks[ce].Lower != "that" {
		t.Errorf("clause of token 0: [%d,%d)", cs, ce)
	}
}

// The style and letters styledNames drops take their quoted marks with
// them, in a plain sentence and in one a dateline is cut from, so that
// Quoted stays one mark per token: "we" and "agreed" are the quoted ones.
func TestStyledNamesKeepQuotedMarks(t *testing.T) {
	for _, in := range []string{
		"Talks in Leeds\nThe Rt Hon Ana Ruiz MP said \"we agreed\" on Monday.",
		"Talks in Leeds\nLEEDS, May 3 (Wire) - The Rt Hon Ana Ruiz MP said \"we agreed\" on Monday.",
	} {
		got := Read(in)
		s := got.Sentences[len(got.Sentences)-1]
		if len(s.Quoted) != len(s.Toks) {
			t.Fatalf("%q: %d marks for %d tokens", in, len(s.Quoted), len(s.Toks))
		}
		for k, tk := range s.Toks {
			if tk.Lower == "rt" || tk.Lower == "mp" {
				t.Errorf("%q: %q not dropped", in, tk.Text)
			}
			if want := tk.Lower == "we" || tk.Lower == "agreed"; s.Quoted[k] != want {
				t.Errorf("%q: %q quoted %v", in, tk.Text, s.Quoted[k])
			}
		}
	}
}

// Tokens cut their lower-case form from one lowered copy of the sentence
// (lowerInPlace); that holds only while every rune keeps its byte length.
// Every rune whose lower case is shorter or longer, alone and paired with
// one that changes the other way (the sentence's length then unchanged, its
// offsets shifted), at the start, middle and end of a sentence, must still
// give each token the lower case of its own text.
func TestTokenLowerWithRunesChangingLength(t *testing.T) {
	var shrink, grow []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		switch d := utf8.RuneLen(unicode.ToLower(r)) - utf8.RuneLen(r); {
		case d < 0:
			shrink = append(shrink, r)
		case d > 0:
			grow = append(grow, r)
		}
	}
	if len(shrink) == 0 || len(grow) == 0 {
		t.Fatalf("no runes changing length on lowering (%d shorter, %d longer)", len(shrink), len(grow))
	}
	check := func(s string) {
		t.Helper()
		for _, tk := range Tokenize(s) {
			if tk.Lower != strings.ToLower(tk.Text) {
				t.Fatalf("%q: token %q lowered to %q, want %q", s, tk.Text, tk.Lower, strings.ToLower(tk.Text))
			}
		}
	}
	for k, r := range append(append([]rune{}, shrink...), grow...) {
		other := grow[k%len(grow)]
		if k >= len(shrink) {
			other = shrink[k%len(shrink)]
		}
		for _, s := range []string{
			string(r) + "ABEL Met Lima",
			"Met " + string(r) + "ABEL in Lima",
			"Met in Lima " + string(r),
			string(r) + "X met " + string(other) + "Y in OSLO",
			"OSLO " + string(other) + "Y and " + string(r) + "X TALKED",
		} {
			check(s)
		}
	}
	check("Met \xffABEL in LIMA \xc4\xb0X")
}
