package extract

import (
	"testing"
	"time"
)

// FuzzExtract: no input makes the extractor panic or emit a record the
// loader would refuse.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"CIA Director William Burns met Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Friday.",
		"Talks between Messrs. Burns and Barnea and Egypt, mediated by Oman, are set to resume next week.",
		"Hamas chief Ismail Haniyeh held separate phone calls with Egypt's Kamel and Qatar's prime minister.",
		"Rapid Support Forces (RSF) - \"the RSF\" met 'U.S.' officials in Port Sudan on 2 November",
		"\xff\xfe\x00 Mr. . 's - al- bin ( ) \" ; Messrs. and",
	} {
		f.Add(s, int64(0))
		f.Add(s, time.Date(2024, 5, 25, 0, 0, 0, 0, time.UTC).Unix())
	}
	f.Fuzz(func(t *testing.T, text string, pub int64) {
		var p time.Time
		if pub > 0 && pub < 1<<34 {
			p = time.Unix(pub, 0).UTC().Truncate(24 * time.Hour)
		}
		rec, err := Extract(Article{ID: "fuzz", Text: text, Published: p})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		if err := rec.Validate(); err != nil {
			t.Fatalf("Validate: %v\n%q", err, text)
		}
	})
}
