package extract

import (
	"testing"
	"time"
)

// Issue 14's three-hundred-and-eleventh round: an untargeted stranger's
// batch (p1898-p1903: a 2023 agency readout on two foreign ministers'
// meeting in a third capital, a 2021 agency on a Gulf summit, a 2025
// agency on indirect talks hosted by a foreign minister, a 2021 agency on
// a crown prince's reception of a prime minister, a 2023 daily on a
// five-party security meeting, a 2021 daily on a pontiff's visit to a
// cleric); each rule with sentences of its own.

// An airport called after its city puts a reception there in that city,
// before a place the sentence names later ("X, who received Z at Y
// International Airport on Friday, spoke after the W meeting"): airportNouns
// close a seat's name in seatCityAt (meeting/places.go; p1903). An airport
// named for a person names no city and leaves the place as it was.
func TestAirportCity(t *testing.T) {
	pub := time.Date(2022, 6, 4, 0, 0, 0, 0, time.UTC)
	lead := "Visit\n\nKARBALA — Bishop Aldo Ferrant met Sayyid Kamil Rahal in Karbala, in central Iraq, on Saturday.\n\n"
	for _, airport := range []string{"Mosul International Airport", "Mosul airport"} {
		rec := recordAt(t, lead+"Deputy Prime Minister Tarek Nouri, who received Ferrant at "+airport+" on Friday, spoke to reporters after the Karbala meeting.", pub)
		if m := meetingWith(rec, "Tarek Nouri", "Aldo Ferrant"); m == nil || m.Place != "Mosul" {
			t.Errorf("%s: want the reception in Mosul: %s", airport, dump(rec))
		}
	}
	rec := recordAt(t, lead+"Deputy Prime Minister Tarek Nouri, who received Ferrant at Queen Nadia International Airport on Friday, spoke to reporters after the Karbala meeting.", pub)
	if m := meetingWith(rec, "Tarek Nouri", "Aldo Ferrant"); m != nil && m.Place == "Mosul" {
		t.Errorf("want no city read from an airport named for a person: %s", dump(rec))
	}
}

// A title word closing a name after the Arabic article is the family name,
// with or without the hyphen: "Karim Al Sheikh", "Karim al-Sheikh" name a
// person who met (articleFamilyWord, mention/classify.go; p1902, p1241).
func TestArticleFamilyWord(t *testing.T) {
	pub := time.Date(2022, 3, 8, 0, 0, 0, 0, time.UTC)
	for _, name := range []string{"Karim Al Sheikh", "Karim al-Sheikh", "Karim Al-Sheikh"} {
		rec := recordAt(t, "Talks\n\nAMMAN — Minister "+name+" met the envoy Dan Porat on Monday to discuss the crossings.", pub)
		if meetingWith(rec, name, "Dan Porat") == nil {
			t.Errorf("%s: want the minister met: %s", name, dump(rec))
		}
	}
}
