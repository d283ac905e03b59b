package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// Issue 14's two-hundred-and-fifty-eighth round: a stranger's batch on
// persons in other name orders and styles (p1580-p1585: a state agency on
// a state visit to Hanoi, 2018; a Budapest daily writing Hungarian names
// family name first, 1991; a Gulf daily on a power-sharing deal signed in
// Riyadh, 2019; a Malaysian agency on a leaders' retreat, 2019; a Latin
// American daily on two presidents with double surnames, 2010; a
// government readout with Shri, Smt., Daw and U, 2016); each rule with
// sentences of its own.

// twohundredfiftyeighthPersons lists the person actors of rec.
func twohundredfiftyeighthPersons(rec graph.Record) []string {
	var out []string
	for _, a := range rec.Actors {
		if a.Kind == graph.Person {
			out = append(out, a.Name)
		}
	}
	return out
}

// "Secretary-General to the Government Datuk Seri Dr X Y": the honorific
// "Dr" opens a run of its own, leaving "Datuk Seri" at the end of the
// title's run; that prefix is the honoured person's, so the run names no
// one (mention danglingPrefix; p1583). The negative case: a prefix before
// the name itself keeps the name.
func TestDanglingHonourPrefixNamesNoOne(t *testing.T) {
	lead := "Retreat in Sarawan\nSARAWAN, April 9 (Wire) -- "
	rec := corefRecord(t, lead+"Prime Minister Tun Dr Amran Sulong hosted Prime Minister Lee Kah Meng. Also present was Secretary-General to the Government Datuk Seri Dr Haris Jamil.")
	for _, n := range twohundredfiftyeighthPersons(rec) {
		if n == "Government Datuk Seri" || n == "Datuk Seri" {
			t.Errorf("the title's run read as a person %q: %s", n, dump(rec))
		}
	}
	if actorNamed(rec, "Haris Jamil") == nil {
		t.Errorf("want Haris Jamil: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Prime Minister Tun Dr Amran Sulong hosted Prime Minister Lee Kah Meng. Also present was Secretary-General to the Government Datuk Seri Haris Jamil.")
	if a := actorNamed(rec, "Haris Jamil"); a == nil || a.Kind != graph.Person {
		t.Errorf("want Haris Jamil a person: %s", dump(rec))
	}
}

// "who studied at Lady Shri Ram College": a school's name ends in its own
// noun, so the honorifics that open it do not leave a person "Ram
// College" (lexicon orgHeads; p1585). The negative case: a person whose
// title is followed by a name stays a person.
func TestCollegeEndsBodyName(t *testing.T) {
	lead := "Talks in Norvik\nNORVIK, 12 March - "
	rec := corefRecord(t, lead+"President Ana Brel, who studied at Lady Shri Tarun College, met Minister Kofi Banda on Tuesday.")
	if a := actorNamed(rec, "Tarun College"); a != nil && a.Kind == graph.Person {
		t.Errorf("a school read as a person: %s", dump(rec))
	}
	if !metPair(rec, "Ana Brel", "Kofi Banda") {
		t.Errorf("want Ana Brel met Kofi Banda: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"President Ana Brel met Smt. Tara Devi on Tuesday.")
	if a := actorNamed(rec, "Tara Devi"); a == nil || a.Kind != graph.Person {
		t.Errorf("want Tara Devi a person: %s", dump(rec))
	}
}

// "On the Coastal Rail Link between X and Y, A and B met": a name that
// "the" opens and "between" follows is a link's or a treaty's, not a
// person's (lexicon theNameFollowers; p1583). The negative case: a
// person's name before "between" with no article stays a person.
func TestNameBeforeBetweenIsNoPerson(t *testing.T) {
	lead := "Talks in Norvik\nNORVIK, 12 March - "
	rec := corefRecord(t, lead+"On the Coastal Rail Link between Norvik and Balta, Transport Minister Jon Alda and Minister Tomas Varo met on the sidelines of the summit.")
	if a := actorNamed(rec, "Coastal Rail Link"); a != nil && a.Kind == graph.Person {
		t.Errorf("a rail link read as a person: %s", dump(rec))
	}
	if !metPair(rec, "Jon Alda", "Tomas Varo") {
		t.Errorf("want Jon Alda met Tomas Varo: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Mediator Jon Alda shuttled between the two delegations and met President Tomas Varo.")
	if a := actorNamed(rec, "Jon Alda"); a == nil || a.Kind != graph.Person {
		t.Errorf("want Jon Alda a person: %s", dump(rec))
	}
}

// "A signed on behalf of the cabinet and B on behalf of the council":
// a person who signs for a side acts in the story and is kept, though
// named once and untitled (extract signatories.go, lexicon
// signatoryVerbs; p1582, and p1344 gains). The negative case: a name
// dropped once in passing, signing nothing, is still left out.
func TestSignatoryOnBehalfKept(t *testing.T) {
	lead := "Deal signed in Sarawan\nSARAWAN, 5 November - "
	rec := corefRecord(t, lead+"The accord was signed at the palace in the presence of President Ali Haddad. Omar Al-Kabir signed on behalf of the cabinet and Nasser Al-Hudi on behalf of the council.")
	for _, n := range []string{"Omar Al-Kabir", "Nasser Al-Hudi"} {
		if a := actorNamed(rec, n); a == nil || a.Kind != graph.Person {
			t.Errorf("want signatory %s a person: %s", n, dump(rec))
		}
	}
	rec = corefRecord(t, lead+"The accord was signed at the palace in the presence of President Ali Haddad. The palace was designed by Omar Al-Kabir in the last century.")
	if actorNamed(rec, "Omar Al-Kabir") != nil {
		t.Errorf("a name in passing kept: %s", dump(rec))
	}
}

// "Lee Sang-min": "min" and "sun" close Korean given names as "in" and
// "un" do, though English words; glued to a hyphen after a capitalized
// syllable they stay in the name, which was cut to "Lee Sang" (lexicon
// romanizedSyllables). The negative case: a longer hyphenated compound
// ("a Ryu Sang-min-led team") is no given name.
func TestRomanizedSyllableMin(t *testing.T) {
	lead := "Talks in Norvik\nNORVIK, 12 March - "
	rec := corefRecord(t, lead+"Foreign Minister Ana Brel met the Korean Foreign Minister Lee Sang-min on Tuesday.")
	if !metPair(rec, "Ana Brel", "Lee Sang-min") {
		t.Errorf("want Ana Brel met Lee Sang-min: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Foreign Minister Ana Brel met Minister Kim Eun-sun on Tuesday.")
	if !metPair(rec, "Ana Brel", "Kim Eun-sun") {
		t.Errorf("want Ana Brel met Kim Eun-sun: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"Foreign Minister Ana Brel met a Ryu Sang-min-led team on Tuesday.")
	if actorNamed(rec, "Ryu Sang-min") != nil {
		t.Errorf("a compound read as a given name: %s", dump(rec))
	}
}

// "X called on the State Counsellor": "counsellor" heads a title of
// office (Myanmar's State Counsellor, China's State Councilor), so the
// bare title names the one person the story gave it and the visit is
// read (lexicon titleHeads; p1585, and p1206, p1348 gain). The negative
// case: the title with no holder in the story names no one.
func TestStateCounsellorTitle(t *testing.T) {
	lead := "Visit to Norvik\nNORVIK, 12 March 2016 - "
	rec := corefRecord(t, lead+"The State Counsellor of Tarland, Mya Thet, arrived on Friday. The Vice President of Norvia, Arjun Rao, called on the State Counsellor at the guest house.")
	if !metPair(rec, "Arjun Rao", "Mya Thet") {
		t.Errorf("want Arjun Rao met Mya Thet: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"The Vice President of Norvia, Arjun Rao, met President Ana Brel. He later called on the State Counsellor.")
	for _, n := range twohundredfiftyeighthPersons(rec) {
		if n == "State Counsellor" || n == "Counsellor" {
			t.Errorf("a bare title read as a person: %s", dump(rec))
		}
	}
}

// "had a meeting with the Korean President": "Korean" alone is the
// Republic of Korea's adjective, as "Korea" alone is its name, so the
// title after it names the Republic of Korea's President the story gave
// (gazetteer DemonymExtras; p1580, and p105, p1104 gain). The negative
// case: "the North Korean leader" is still the North's.
func TestKoreanAloneIsTheRepublic(t *testing.T) {
	lead := "Visit to Hanoi\nHanoi (VNA) - "
	rec := corefRecord(t, lead+"President Tran Van Binh received President of the Republic of Korea Park Tae-won in Hanoi on March 23. Later, National Assembly Chairwoman Le Thi Hoa had a meeting with the Korean President.")
	if !metPair(rec, "Le Thi Hoa", "Park Tae-won") {
		t.Errorf("want Le Thi Hoa met Park Tae-won: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"President Tran Van Binh received President of the Republic of Korea Park Tae-won in Hanoi on March 23. North Korean leader Ri Chol Su met Le Thi Hoa in Hanoi on March 24.")
	if metPair(rec, "Le Thi Hoa", "Park Tae-won") {
		t.Errorf("the North's leader read as the Republic's president: %s", dump(rec))
	}
}

// "the estate where Simón Varela died in 1830", "in 1335 King Karl
// Robert invited the kings ...": a person named only in sentences dated a
// century or more before the publication (and in the headline) is
// history recalled for colour, not an actor, and no encounter of theirs
// is the story's (extract historical.go; p1581, p1584). The negative
// cases: a person who also acts in the story is kept, and a year within
// the century leaves a recalled meeting alone.
func TestHistoricalFiguresDropped(t *testing.T) {
	lead := "Varela's estate hosts summit\nSANTA RITA, Aug. 10 -- "
	body := "President Ana Brel met President Jon Alda on Tuesday at the estate where Simón Varela died in 1830. In 1335 King Karl Robert invited King Otto Lenz to the same castle, which still stands."
	rec := corefRecord(t, lead+body)
	for _, n := range []string{"Simón Varela", "Karl Robert", "Otto Lenz"} {
		if actorNamed(rec, n) != nil {
			t.Errorf("a historical figure %s kept: %s", n, dump(rec))
		}
	}
	if !metPair(rec, "Ana Brel", "Jon Alda") {
		t.Errorf("want Ana Brel met Jon Alda: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"President Ana Brel met President Jon Alda on Tuesday. In 1950 President Pedro Varela met King Otto Lenz in the same castle.")
	if !metPair(rec, "Pedro Varela", "Otto Lenz") {
		t.Errorf("a meeting within the century dropped: %s", dump(rec))
	}
	rec = corefRecord(t, lead+"In 1830 the estate was built. President Ana Brel met President Jon Alda there on Tuesday.")
	if !metPair(rec, "Ana Brel", "Jon Alda") {
		t.Errorf("want Ana Brel met Jon Alda: %s", dump(rec))
	}
}

// "Sarvár, 15 February - ...": a town the gazetteer lacks, in title case,
// a comma, the day and the dash that closes a dateline is the place the
// report is filed from, and of the meeting it tells "here" (mention
// titleCaseDateline; p1581). The negative case: a word that is no town
// ("Yesterday, 15 February - ...") gives no place.
func TestTitleCaseUnlistedDateline(t *testing.T) {
	body := " Prime Minister Tamas Bolya received President Jan Havelka of Norvia on Friday in the palace."
	rec := corefRecord(t, "Leaders meet\nSarvár, 15 February -"+body)
	if p, ok := heldPairPlace(rec, "Tamas Bolya", "Jan Havelka"); !ok || p != "Sarvár" {
		t.Errorf("want the meeting in Sarvár, got %q: %s", p, dump(rec))
	}
	rec = corefRecord(t, "Leaders meet\nYesterday, 15 February -"+body)
	if p, ok := heldPairPlace(rec, "Tamas Bolya", "Jan Havelka"); ok && p == "Yesterday" {
		t.Errorf("a common word read as the dateline's town: %s", dump(rec))
	}
}
