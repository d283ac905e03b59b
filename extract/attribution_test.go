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
		{"The White House said Friday that President Joe Biden had discussed the hostage deal with Egyptian President Abdel Fattah el-Sisi.",
			"Joe Biden", "Abdel Fattah el-Sisi", "the White House", graph.Held},
		{"Regional sources said progress was made during Friday's Paris talks between CIA Director William Burns and Mossad chief David Barnea.",
			"William Burns", "David Barnea", "regional sources", graph.Held},
		{"A Biden administration official told CBS News that CIA Director William Burns met Mossad chief David Barnea in Paris.",
			"William Burns", "David Barnea", "a Biden administration official", graph.Held},
		{"Egypt's foreign ministry said in a statement that Foreign Minister Badr Abdelatty met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Cairo.",
			"Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani", "Egypt's foreign ministry", graph.Held},
		{"The Kremlin confirmed that President Vladimir Putin met US envoy Steve Witkoff in Moscow on Tuesday.",
			"Vladimir Putin", "Steve Witkoff", "the Kremlin", graph.Held},
		{"Two US officials said Secretary of State Marco Rubio would meet Russian Foreign Minister Sergei Lavrov in Riyadh next week.",
			"Marco Rubio", "Sergei Lavrov", "two US officials", graph.Planned},
		{"Media reports said Foreign Minister Abbas Araghchi met US envoy Steve Witkoff in Muscat.",
			"Abbas Araghchi", "Steve Witkoff", "media reports", graph.Held},
		// Claim, then source.
		{"Talks between Israel and Hamas are set to resume next week, two sources familiar with the matter told CBS News on Saturday, and will involve negotiators from Qatar.",
			"Israel", "Hamas", "two sources familiar with the matter", graph.Planned},
		{"EU coordinator Enrique Mora held talks in Tehran on Wednesday with Iranian chief negotiator Ali Bagheri Kani, state media reported.",
			"Enrique Mora", "Ali Bagheri Kani", "state media", graph.Held},
		{"Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff met in Muscat, Iranian state television reported on Saturday.",
			"Abbas Araghchi", "Steve Witkoff", "Iranian state television", graph.Held},
		{"Russian Foreign Minister Sergei Lavrov met Secretary of State Marco Rubio in Riyadh, the two sides said in a joint statement.",
			"Sergei Lavrov", "Marco Rubio", "the two sides", graph.Held},
		{"Foreign Minister Badr Abdelatty met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Cairo on Monday, said Egypt's foreign ministry.",
			"Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani", "Egypt's foreign ministry", graph.Held},
		{"The meeting between Foreign Minister Badr Abdelatty and Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, the ministry said, lasted two hours.",
			"Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani", "the ministry", graph.Held},
		// According to.
		{"CIA Director William Burns met Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Friday, according to Axios.",
			"William Burns", "Mohammed bin Abdulrahman Al Thani", "Axios", graph.Held},
		{"According to Axios, CIA Director William Burns met Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Friday.",
			"William Burns", "Mohammed bin Abdulrahman Al Thani", "Axios", graph.Held},
		// Quoted as saying; a statement by someone; a participle.
		{"Oman's state news agency quoted Foreign Minister Badr Albusaidi as saying that Iranian Foreign Minister Abbas Araghchi met US envoy Steve Witkoff in Muscat.",
			"Abbas Araghchi", "Steve Witkoff", "Foreign Minister Badr Albusaidi", graph.Held},
		{"Another statement by Hamas on Thursday said that Hamas chief Ismail Haniyeh spoke with Egypt's intelligence chief Abbas Kamel.",
			"Ismail Haniyeh", "Abbas Kamel", "Hamas", graph.Held},
		{"Hamas issued a statement on Thursday, saying Hamas chief Ismail Haniyeh spoke by phone with Egypt's intelligence chief Abbas Kamel.",
			"Ismail Haniyeh", "Abbas Kamel", "Hamas", graph.Held},
		// The reporting clause on the line before.
		{"The Egyptian foreign ministry said in a statement:\nForeign Minister Badr Abdelatty met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Cairo.",
			"Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani", "the Egyptian foreign ministry", graph.Held},
		// The speaker is a participant.
		{"Russian President Vladimir Putin announced on Tuesday that he would meet US President Donald Trump in Budapest.",
			"Vladimir Putin", "Donald Trump", "Russian President Vladimir Putin", graph.Planned},
	})
}

func TestNoAttribution(t *testing.T) {
	checkAttr(t, []attrCase{
		// The article's own voice.
		{"CIA Director William Burns met Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Friday.",
			"William Burns", "Mohammed bin Abdulrahman Al Thani", "", graph.Held},
		// "said" in a quotation about something else.
		{`"Our allies said we must keep talking," Israeli Prime Minister Benjamin Netanyahu recalled, and on Sunday he met Israeli President Isaac Herzog in Jerusalem.`,
			"Benjamin Netanyahu", "Isaac Herzog", "", graph.Held},
		// A report of something else, in a clause of its own.
		{"Israeli Prime Minister Benjamin Netanyahu met Israeli President Isaac Herzog on Sunday, and the White House said sanctions would follow.",
			"Benjamin Netanyahu", "Isaac Herzog", "", graph.Held},
		{"At least 35,000 Palestinians have been killed in Gaza, according to the Health Ministry, while CIA Director William Burns met Mossad chief David Barnea in Paris.",
			"William Burns", "David Barnea", "", graph.Held},
		// "according to" a document.
		{"CIA Director William Burns met Mossad chief David Barnea in Paris, according to the plan agreed last week.",
			"William Burns", "David Barnea", "", graph.Held},
		// A denial of something said about the meeting is no denial of it.
		{"The White House denied that the meeting between President Joe Biden and Chinese President Xi Jinping had been tense.",
			"Joe Biden", "Xi Jinping", "", graph.Held},
		{"Russian President Vladimir Putin did not deny meeting US envoy Steve Witkoff in Moscow.",
			"Vladimir Putin", "Steve Witkoff", "", graph.Held},
	})
	// A meeting framing what a speaker says is stated in the article's
	// voice: no attribution, whatever the meeting found.
	for _, text := range []string{
		`"We are ready for a deal," Israeli Prime Minister Benjamin Netanyahu said after meeting Israeli President Isaac Herzog in Jerusalem.`,
		`"We want a deal," Israeli Prime Minister Benjamin Netanyahu said on Sunday while meeting Israeli President Isaac Herzog in Jerusalem.`,
		"US President Donald Trump said during his meeting with Turkish President Recep Tayyip Erdogan on Thursday that the war must end.",
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
		{"US President Donald Trump cancelled his planned summit with Russian President Vladimir Putin in Budapest.",
			"Donald Trump", "Vladimir Putin", "", graph.Cancelled},
		{"The planned meeting between US President Donald Trump and Russian President Vladimir Putin in Budapest has been called off, the White House said.",
			"Donald Trump", "Vladimir Putin", "the White House", graph.Cancelled},
		{"The summit between US President Donald Trump and Russian President Vladimir Putin, which was scheduled for Friday, has been cancelled.",
			"Donald Trump", "Vladimir Putin", "", graph.Cancelled},
		{"A meeting between Israeli Prime Minister Benjamin Netanyahu and US President Donald Trump was postponed indefinitely.",
			"Benjamin Netanyahu", "Donald Trump", "", graph.Cancelled},
		{"The Kremlin denied that President Vladimir Putin met US envoy Steve Witkoff in Moscow.",
			"Vladimir Putin", "Steve Witkoff", "the Kremlin", graph.Denied},
		{"Russian President Vladimir Putin denied meeting US envoy Steve Witkoff in Moscow.",
			"Vladimir Putin", "Steve Witkoff", "Russian President Vladimir Putin", graph.Denied},
		{"Iranian Foreign Minister Abbas Araghchi denied holding direct talks with US envoy Steve Witkoff in Muscat.",
			"Abbas Araghchi", "Steve Witkoff", "Iranian Foreign Minister Abbas Araghchi", graph.Denied},
		{"The Kremlin denied reports that a meeting between President Vladimir Putin and US envoy Steve Witkoff took place in Moscow.",
			"Vladimir Putin", "Steve Witkoff", "the Kremlin", graph.Denied},
		// Hedges and negations are no cancellation or denial.
		{"The summit between US President Donald Trump and Russian President Vladimir Putin was not cancelled.",
			"Donald Trump", "Vladimir Putin", "", graph.Held},
		{"The summit between US President Donald Trump and Russian President Vladimir Putin in Budapest could be called off.",
			"Donald Trump", "Vladimir Putin", "", graph.Held},
		{"Israeli Prime Minister Benjamin Netanyahu and US President Donald Trump postponed their meeting until next week.",
			"Benjamin Netanyahu", "Donald Trump", "", graph.Planned},
	})
	rec := run(t, "US President Donald Trump threatened to cancel his summit with Russian President Vladimir Putin in Budapest.", "2025-05-15")
	for _, m := range rec.Meetings {
		if m.Status == graph.Cancelled || m.Status == graph.Denied {
			t.Errorf("a threat is no cancellation: %+v", m)
		}
	}
}

func TestSeedAttributions(t *testing.T) {
	text := "Regional sources said progress was made during Friday's Paris talks between Messrs. Burns and Barnea and Qatar's Prime Minister Mohammed bin Abdulrahman bin Jassim Al Thani. CIA Director William Burns visited Paris last week. David Barnea, director of Israel's national intelligence agency, Mossad, was there.\n" +
		"The White House said Friday that President Biden had discussed \"renewed efforts\" with Egyptian President Abdel Fattah el-Sisi to secure the release of hostages."
	rec := run(t, text, "2024-05-25")
	for _, m := range rec.Meetings {
		if m.Status != graph.Held || m.Attribution == "" {
			t.Errorf("meeting %+v", m)
		}
	}
}
