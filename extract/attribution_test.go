package extract

import (
	"testing"

	"github.com/parley-dev/parley/graph"
)

// attrCase is a golden sentence: the meeting of two participants it
// states, whose claim it is and its status.
type attrCase struct {
	text   string
	a, b   string
	attr   string
	status graph.Status
}

func checkAttr(t *testing.T, cases []attrCase) {
	t.Helper()
	for _, c := range cases {
		rec := run(t, c.text, "2025-05-15")
		m := meetingOf(rec, c.a, c.b)
		if m == nil {
			t.Errorf("%q: no meeting of %s and %s in %s", c.text, c.a, c.b, dump(rec))
			continue
		}
		if m.Attribution != c.attr || m.Status != c.status {
			t.Errorf("%q:\n got attribution %q, %s\nwant attribution %q, %s", c.text, m.Attribution, m.Status, c.attr, c.status)
		}
	}
}

func TestAttribution(t *testing.T) {
	checkAttr(t, []attrCase{
		// Source, verb, claim.
		{"The White House said Friday that President Mark Ellison had discussed the hostage deal with Egyptian President Karim Adel el-Masri.",
			"Mark Ellison", "Karim Adel el-Masri", "the White House", graph.Held},
		{"Regional sources said progress was made during Friday's Paris talks between CIA Director Harold Vance and Mossad chief Eitan Shaul.",
			"Harold Vance", "Eitan Shaul", "regional sources", graph.Held},
		{"An Ellison administration official told CBS News that CIA Director Harold Vance met Mossad chief Eitan Shaul in Paris.",
			"Harold Vance", "Eitan Shaul", "an Ellison administration official", graph.Held},
		{"Egypt's foreign ministry said in a statement that Foreign Minister Sameh Nabil met Qatari Prime Minister Khalid bin Nasser Al Mansour in Cairo.",
			"Sameh Nabil", "Khalid bin Nasser Al Mansour", "Egypt's foreign ministry", graph.Held},
		{"The Kremlin confirmed that President Pavel Orlov met US envoy Glen Porter in Moscow on Tuesday.",
			"Pavel Orlov", "Glen Porter", "the Kremlin", graph.Held},
		{"Two US officials said Secretary of State Dan Whitaker would meet Russian Foreign Minister Oleg Kuznetsov in Riyadh next week.",
			"Dan Whitaker", "Oleg Kuznetsov", "two US officials", graph.Planned},
		{"Media reports said Foreign Minister Hamid Sadeghi met US envoy Glen Porter in Muscat.",
			"Hamid Sadeghi", "Glen Porter", "media reports", graph.Held},
		// Claim, then source.
		{"Talks between Hamas and Israel are set to resume next week, two sources familiar with the matter told CBS News on Saturday, and will involve negotiators from Qatar.",
			"Israel", "Hamas", "two sources familiar with the matter", graph.Planned},
		{"EU coordinator Pablo Ortega held talks in Tehran on Wednesday with Iranian chief negotiator Reza Karimi, state media reported.",
			"Pablo Ortega", "Reza Karimi", "state media", graph.Held},
		{"Iranian Foreign Minister Hamid Sadeghi and US envoy Glen Porter met in Muscat, Iranian state television reported on Saturday.",
			"Hamid Sadeghi", "Glen Porter", "Iranian state television", graph.Held},
		{"Russian Foreign Minister Oleg Kuznetsov met Secretary of State Dan Whitaker in Riyadh, the two sides said in a joint statement.",
			"Oleg Kuznetsov", "Dan Whitaker", "the two sides", graph.Held},
		{"Foreign Minister Sameh Nabil met Qatari Prime Minister Khalid bin Nasser Al Mansour in Cairo on Monday, said Egypt's foreign ministry.",
			"Sameh Nabil", "Khalid bin Nasser Al Mansour", "Egypt's foreign ministry", graph.Held},
		{"The meeting between Foreign Minister Sameh Nabil and Qatari Prime Minister Khalid bin Nasser Al Mansour, the ministry said, lasted two hours.",
			"Sameh Nabil", "Khalid bin Nasser Al Mansour", "the ministry", graph.Held},
		// According to.
		{"CIA Director Harold Vance met Qatar's Prime Minister Khalid bin Nasser Al Mansour in Doha on Friday, according to Axios.",
			"Harold Vance", "Khalid bin Nasser Al Mansour", "Axios", graph.Held},
		{"According to Axios, CIA Director Harold Vance met Qatar's Prime Minister Khalid bin Nasser Al Mansour in Doha on Friday.",
			"Harold Vance", "Khalid bin Nasser Al Mansour", "Axios", graph.Held},
		// Quoted as saying; a statement by someone; a participle.
		{"Oman's state news agency quoted Foreign Minister Salim Al-Harthy as saying that Iranian Foreign Minister Hamid Sadeghi met US envoy Glen Porter in Muscat.",
			"Hamid Sadeghi", "Glen Porter", "Foreign Minister Salim Al-Harthy", graph.Held},
		{"A later statement by Hamas on Thursday said that Hamas chief Yasin Harb spoke with Egypt's intelligence chief Tarek Mansour.",
			"Yasin Harb", "Tarek Mansour", "Hamas", graph.Held},
		{"Hamas issued a statement on Thursday, saying Hamas chief Yasin Harb spoke by phone with Egypt's intelligence chief Tarek Mansour.",
			"Yasin Harb", "Tarek Mansour", "Hamas", graph.Held},
		// The reporting clause on the line before.
		{"The Egyptian foreign ministry said in a statement:\nForeign Minister Sameh Nabil met Qatari Prime Minister Khalid bin Nasser Al Mansour in Cairo.",
			"Sameh Nabil", "Khalid bin Nasser Al Mansour", "the Egyptian foreign ministry", graph.Held},
		// The speaker is a participant.
		{"Russian President Pavel Orlov announced on Tuesday that he would meet US President Paul Kerrigan in Budapest.",
			"Pavel Orlov", "Paul Kerrigan", "Russian President Pavel Orlov", graph.Planned},
	})
}

func TestNoAttribution(t *testing.T) {
	checkAttr(t, []attrCase{
		// The article's own voice.
		{"CIA Director Harold Vance met Qatar's Prime Minister Khalid bin Nasser Al Mansour in Doha on Friday.",
			"Harold Vance", "Khalid bin Nasser Al Mansour", "", graph.Held},
		// "said" in a quotation about something else.
		{`"Our allies said we must keep talking," Israeli Prime Minister Reuven Dagan recalled, and on Sunday he met Israeli President Yosef Adler in Jerusalem.`,
			"Reuven Dagan", "Yosef Adler", "", graph.Held},
		// A report of something else, in a clause of its own.
		{"Israeli Prime Minister Reuven Dagan met Israeli President Yosef Adler on Sunday, and the White House said sanctions would follow.",
			"Reuven Dagan", "Yosef Adler", "", graph.Held},
		{"At least 35,000 Palestinians have been killed in Gaza, according to the Health Ministry, while CIA Director Harold Vance met Mossad chief Eitan Shaul in Paris.",
			"Harold Vance", "Eitan Shaul", "", graph.Held},
		// "according to" a document.
		{"CIA Director Harold Vance met Mossad chief Eitan Shaul in Paris, according to the plan agreed last week.",
			"Harold Vance", "Eitan Shaul", "", graph.Held},
		// A denial of something said about the meeting is no denial of it.
		{"The White House denied that the meeting between President Mark Ellison and Chinese President Zhou Ming had been tense.",
			"Mark Ellison", "Zhou Ming", "", graph.Held},
		{"Russian President Pavel Orlov did not deny meeting US envoy Glen Porter in Moscow.",
			"Pavel Orlov", "Glen Porter", "", graph.Held},
	})
	// A meeting framing what a speaker says is stated in the article's
	// voice: no attribution, whatever the meeting found.
	for _, text := range []string{
		`"We are ready for a deal," Israeli Prime Minister Reuven Dagan said after meeting Israeli President Yosef Adler in Jerusalem.`,
		`"We want a deal," Israeli Prime Minister Reuven Dagan said on Sunday while meeting Israeli President Yosef Adler in Jerusalem.`,
		"US President Paul Kerrigan said during his meeting with Turkish President Kemal Aydin on Thursday that the war must end.",
	} {
		for _, m := range run(t, text, "2025-05-15").Meetings {
			if m.Attribution != "" {
				t.Errorf("%q: attribution %q", text, m.Attribution)
			}
		}
	}
}

func TestCancelledAndDenied(t *testing.T) {
	checkAttr(t, []attrCase{
		{"US President Paul Kerrigan cancelled his planned summit with Russian President Pavel Orlov in Budapest.",
			"Paul Kerrigan", "Pavel Orlov", "", graph.Cancelled},
		{"The planned meeting between US President Paul Kerrigan and Russian President Pavel Orlov in Budapest has been called off, the White House said.",
			"Paul Kerrigan", "Pavel Orlov", "the White House", graph.Cancelled},
		{"The summit between US President Paul Kerrigan and Russian President Pavel Orlov, which was scheduled for Friday, has been cancelled.",
			"Paul Kerrigan", "Pavel Orlov", "", graph.Cancelled},
		{"A meeting between Israeli Prime Minister Reuven Dagan and US President Paul Kerrigan was postponed indefinitely.",
			"Reuven Dagan", "Paul Kerrigan", "", graph.Cancelled},
		{"The Kremlin denied that President Pavel Orlov met US envoy Glen Porter in Moscow.",
			"Pavel Orlov", "Glen Porter", "the Kremlin", graph.Denied},
		{"Russian President Pavel Orlov denied meeting US envoy Glen Porter in Moscow.",
			"Pavel Orlov", "Glen Porter", "Russian President Pavel Orlov", graph.Denied},
		{"Iranian Foreign Minister Hamid Sadeghi denied holding direct talks with US envoy Glen Porter in Muscat.",
			"Hamid Sadeghi", "Glen Porter", "Iranian Foreign Minister Hamid Sadeghi", graph.Denied},
		{"The Kremlin denied reports that a meeting between President Pavel Orlov and US envoy Glen Porter took place in Moscow.",
			"Pavel Orlov", "Glen Porter", "the Kremlin", graph.Denied},
		// Hedges and negations are no cancellation or denial.
		{"The summit between US President Paul Kerrigan and Russian President Pavel Orlov was not cancelled.",
			"Paul Kerrigan", "Pavel Orlov", "", graph.Held},
		{"The summit between US President Paul Kerrigan and Russian President Pavel Orlov in Budapest could be called off.",
			"Paul Kerrigan", "Pavel Orlov", "", graph.Held},
		{"Israeli Prime Minister Reuven Dagan and US President Paul Kerrigan postponed their meeting until next week.",
			"Reuven Dagan", "Paul Kerrigan", "", graph.Planned},
	})
	rec := run(t, "US President Paul Kerrigan threatened to cancel his summit with Russian President Pavel Orlov in Budapest.", "2025-05-15")
	for _, m := range rec.Meetings {
		if m.Status == graph.Cancelled || m.Status == graph.Denied {
			t.Errorf("a threat is no cancellation: %+v", m)
		}
	}
}

func TestSeedAttributions(t *testing.T) {
	text := "Regional sources said progress was made during Friday's Paris talks between Messrs. Vance and Shaul and Qatar's Prime Minister Khalid bin Nasser bin Hamad Al Mansour. CIA Director Harold Vance visited Paris last week. Eitan Shaul, director of Israel's national intelligence agency, Mossad, was there.\n" +
		"The White House said Friday that President Ellison had discussed \"renewed efforts\" with Egyptian President Karim Adel el-Masri to secure the release of hostages."
	rec := run(t, text, "2024-05-25")
	for _, m := range rec.Meetings {
		if m.Status != graph.Held || m.Attribution == "" {
			t.Errorf("meeting %+v", m)
		}
	}
}
