package extract

import (
	"testing"
	"time"
)

// "A and B put their names to the accord" signs it as "signed" does, and
// those who "watched as" or "looked on as" the signatories signed were
// at the signing (p169, p182, p220). Told with no place, no time and
// nobody looking on, it continues the meeting told before (as "signed"
// does: jointSigning); "put pressure on" and "watched as the rain fell"
// are no meetings. A signing retold with no day of its own takes the
// day of the signing told before it.
func TestWatchedSigning(t *testing.T) {
	pub := time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC) // a Monday
	const head = "Accord signed\nMOMBASA, March 3 — "
	wantHeldOn(t, pub, head+"Foreign Minister Lena Otieno and rebel commander Tomas Akuru put their names to the accord at a beach hotel in Mombasa on Sunday.", "Lena Otieno", "Tomas Akuru", "2019-03-03")
	for _, watcher := range []string{
		"President Saul Keter looked on as Foreign Minister Lena Otieno and rebel commander Tomas Akuru put their names to the accord on Sunday.",
		"President Saul Keter watched as Foreign Minister Lena Otieno and rebel commander Tomas Akuru signed the accord on Sunday.",
		"President Saul Keter stood by as Foreign Minister Lena Otieno and rebel commander Tomas Akuru signed the accord in Mombasa.",
	} {
		wantHeldOn(t, pub, head+watcher, "Saul Keter", "Lena Otieno", "")
		wantHeldOn(t, pub, head+watcher, "Saul Keter", "Tomas Akuru", "")
	}
	// Told after the lead's signing with no day of its own, the signing
	// retold takes the lead's day, not the publication month.
	retold := head + "The two sides signed a truce on Sunday. President Saul Keter watched as Foreign Minister Lena Otieno and rebel commander Tomas Akuru put their names to the text on the hotel lawn."
	wantHeldOn(t, pub, retold, "Saul Keter", "Tomas Akuru", "2019-03-03")
	noneHeld(t, pub, head+"Foreign Minister Lena Otieno put pressure on rebel commander Tomas Akuru on Sunday.", "Lena Otieno", "Tomas Akuru")
	noneHeld(t, pub, head+"President Saul Keter watched as the rain fell on Foreign Minister Lena Otieno on Sunday.", "Saul Keter", "Lena Otieno")
}
