package extract

import (
	"slices"
	"testing"
	"time"
)

// Issue 14's hundred-and-fifty-sixth round: met pairs missed although both
// people are found, each shape with sentences of its own.

// A signing by two people is their meeting also when its object stands
// past the place and day told between verb and object, past the name the
// text bears, or is a statement told "joint" (meeting.signedText,
// meeting/meetings.go; p970-p973). The negative cases: a letter "to" a
// treaty body signed by two people, and a plain statement, sign no accord
// together.
func TestSignedTextPastPlaceAndName(t *testing.T) {
	const head = "Accord signed\nACCRA, May 5 - "
	for _, text := range []string{
		head + "President Ada Lind and President Kofi Mensah signed in Accra on Monday the final accord on the shared border.",
		head + "President Ada Lind and President Kofi Mensah on Monday signed the Seven Rivers Declaration at the state house, ending the dispute.",
		head + "President Ada Lind and President Kofi Mensah signed a joint statement at the state house on Monday, pledging to reopen the border.",
	} {
		if got := pairsOf(t, text); !slices.Contains(got, "Ada Lind|Kofi Mensah") {
			t.Errorf("%q: pairs %v, want Ada Lind|Kofi Mensah", text, got)
		}
	}
	for _, text := range []string{
		head + "Former presidents Ada Lind and Kofi Mensah signed in Accra a letter to the treaty secretariat, urging a review.",
		head + "Former presidents Ada Lind and Kofi Mensah signed a statement on Monday calling for calm in the capital.",
	} {
		if got := pairsOf(t, text); slices.Contains(got, "Ada Lind|Kofi Mensah") {
			t.Errorf("%q: pairs %v, want no Ada Lind|Kofi Mensah", text, got)
		}
	}
}

// "A and the minister, B, who drafted the text, also attended the
// ceremony": a relative clause after a coordinated subject sets apart the
// people it names, not the subject's second person (merge.go namedBefore;
// p968). The negative case: a person named inside the relative clause
// stays out of the signing.
func TestAttendanceSubjectBeforeRelative(t *testing.T) {
	const head = "Accord signed\nACCRA, May 5 - President Ada Lind and President Kofi Mensah signed the border accord in Accra on Monday. "
	text := head + "Foreign Minister Rosa Quint and the trade minister, Tomas Akuru, who drafted the text over the winter, also attended the ceremony."
	got := pairsOf(t, text)
	for _, want := range []string{"Ada Lind|Rosa Quint", "Ada Lind|Tomas Akuru", "Kofi Mensah|Tomas Akuru"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q: pairs %v, want %s", text, got, want)
		}
	}
	text = head + "Foreign Minister Rosa Quint and the trade minister, Tomas Akuru, who had travelled with envoy Saul Keter, also attended the ceremony."
	for _, p := range pairsOf(t, text) {
		if p == "Ada Lind|Saul Keter" || p == "Kofi Mensah|Saul Keter" {
			t.Errorf("%q: pairs include %s", text, p)
		}
	}
}

// "in July, 1955": a month with its year after a comma is that month of
// that year, as "in July 1955" is, not the month nearest the publication
// (frame.commaYear, frame/dates.go; p969). The negative cases: a figure
// after the comma ("In July, 1,500 troops") and a list of years ("in May,
// 2021 and 2022") leave the month to the publication's year.
func TestMonthCommaYear(t *testing.T) {
	pub := time.Date(1959, 9, 15, 0, 0, 0, 0, time.UTC)
	const head = "Talks\nBERNE, Sept. 15 - "
	wantHeldOn(t, pub, head+"Premier Olaf Brandt and President Ada Lind first met in Geneva in July, 1955, when both were ministers.", "Olaf Brandt", "Ada Lind", "1955-07")
	wantHeldOn(t, pub, head+"Premier Olaf Brandt met President Ada Lind at the canal conference in Geneva in July, 1955.", "Olaf Brandt", "Ada Lind", "1955-07")
	wantHeldOn(t, pub, head+"Premier Olaf Brandt and President Ada Lind met in Geneva in July, 1,500 delegates attending.", "Olaf Brandt", "Ada Lind", "1959-07")
	wantHeldOn(t, pub, head+"Premier Olaf Brandt and President Ada Lind met in Geneva in May, 1955 and 1957 being the years of the canal talks.", "Olaf Brandt", "Ada Lind", "1959-05")
}
