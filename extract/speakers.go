package extract

import (
	"strings"

	"github.com/parley-dev/parley/extract/actors"
	"github.com/parley-dev/parley/extract/args"
	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/meeting"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// Speakers. SCHEMA.md: people only quoted in passing are not actors unless
// they act in the story. A person every one of whose mentions is the
// speaker of a reported claim — the subject of a speech verb ("X said",
// "X, a spokesman for Y, told reporters", "X was quoted as saying"), its
// inverted subject ("..., said X") or the source after "according to (a
// statement by) X" — and who takes part in no meeting and no negotiation
// is dropped from the record, however titled.

// quoteVerbs make their subject the speaker of a claim.
var quoteVerbs = lex("quoteVerbs")

// speakerFillers may stand between a speaker and the speech verb: "X also
// said", "X had earlier described", "X was quoted as saying".
var speakerFillers = lex("speakerFillers")

// markSpeakers counts, per actor, the mentions that are not in a speaker's
// slot.
func (d *doc) markSpeakers() {
	for si := range d.Sents {
		s := &d.Sents[si]
		for mi := range d.Ments[si] {
			m := &d.Ments[si][mi]
			if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			if !speakerSlot(s.Toks, m) || d.inCompany(si, m.I) || meetingSource(s.Toks, m) || meeting.SpokeOut(s.Toks) || titledSpokesperson(s.Toks, m) {
				d.Cast.Actors[m.Actor].Acts = true
			}
		}
	}
}

// speakerSlot: the person at m is the speaker of a reported claim.
func speakerSlot(toks []text.Token, m *mention.Mention) bool {
	start := m.PhraseStart()
	// The title words and possessor before the name belong to its phrase:
	// "the ministry's spokeswoman X said".
	for start > 0 && (actors.TitleWordLower(toks[start-1]) || (toks[start-1].Cap && toks[start-1].Word) ||
		toks[start-1].Text == "'s" || toks[start-1].Text == "-" || appositionDets[toks[start-1].Lower]) {
		start--
	}
	// Inverted: `..., said X` / `" said X`.
	if start > 0 && trailingVerbs[toks[start-1].Lower] && toks[start-1].Lower != "told" && (start < 2 || toks[start-2].Text == "," || toks[start-2].Text == "\"") {
		return true
	}
	// "according to (a statement by) X".
	for k := start - 1; k >= 0 && start-k <= 6; k-- {
		if toks[k].Lower == "to" && k > 0 && toks[k-1].Lower == "according" {
			return true
		}
		if toks[k].Text == "," || toks[k].Text == "." || quoteVerbs[toks[k].Lower] {
			break
		}
	}
	// Subject: X [, apposition ,] [fillers] verb.
	k := m.J
	if k < len(toks) && toks[k].Text == "," {
		e := k + 1
		for e < len(toks) && e-k <= 20 && toks[e].Text != "," && toks[e].Text != "." && toks[e].Text != "\"" {
			e++
		}
		if e >= len(toks) || toks[e].Text != "," {
			return false
		}
		k = e + 1
	}
	for k < len(toks) && speakerFillers[toks[k].Lower] {
		k++
	}
	// "X had insisted on the meeting": a demand for something done, no
	// claim reported (p104).
	if k+1 < len(toks) && strings.HasPrefix(toks[k].Lower, "insist") && (toks[k+1].Lower == "on" || toks[k+1].Lower == "upon") {
		return false
	}
	return k < len(toks) && quoteVerbs[toks[k].Lower]
}

// meetingSource: the titled source who briefed reporters at the close of
// a sentence that tells a meeting ("A met B, the ministry spokesman X told
// reporters") is no participant (args.IsSpeaker) but a named official of
// the story, kept in the cast as he was while he was read as one.
func meetingSource(toks []text.Token, m *mention.Mention) bool {
	// A named person (given and family name), not a body read as one
	// ("..., the Presidency said"), who briefed an audience ("told
	// reporters"): one who only "said" or "stated" is a source in passing.
	if m.J-m.I < 2 || m.J >= len(toks) || toks[m.J].Lower != "told" || !args.TitledTrailingSpeaker(toks, m) {
		return false
	}
	for e := 0; e < m.I; e++ {
		if frame.Triggers[toks[e].Lower] > 0 {
			return true
		}
	}
	return false
}

// A speaker of a sentence that tells a public stand ("X said ... and
// accused Y of failing to speak up for Z") acts in the story: he is kept
// in the cast as he was while the stand was read as a conversation
// (meeting.SpokeOut).

// companyPreps put someone beside the subject: "Speaking alongside B, A
// said" tells A and B appearing together, which is acting in the story.
var companyPreps = lex("companyPreps")

// inCompany: before token e the sentence sets another person beside the
// speaker with a company preposition.
func (d *doc) inCompany(si, e int) bool {
	toks := d.Sents[si].Toks
	for _, o := range d.Ments[si] {
		if o.I >= e || o.Actor < 0 || d.Cast.Actors[o.Actor].Kind != graph.Person {
			continue
		}
		for k := o.I - 1; k >= 0 && o.I-k <= 5; k-- {
			if companyPreps[toks[k].Lower] {
				return true
			}
			if toks[k].Text == "," || toks[k].Text == "." {
				break
			}
		}
	}
	return false
}

// spokespersonTitles name the post of one who speaks for a leader or body.
var spokespersonTitles = lex("spokespersonTitles")

// titledSpokesperson: the person at m is named by the spokesperson's post
// right before the name ("Presidential spokesman X said the meeting was
// held in a positive atmosphere"): the official voice of a side, who
// briefs on its meetings, acts in the story as the papers report it
// (issue 14's five-hundred-and-forty-first round, p3279, p3282, p2492,
// p1270, p2008).
func titledSpokesperson(toks []text.Token, m *mention.Mention) bool {
	return m.I > 1 && spokespersonTitles[toks[m.I-1].Lower] && leaderVoiceMods[toks[m.I-2].Lower]
}

// leaderVoiceMods, before the spokesperson's post, make him the voice of a
// head of state or government: "Presidential spokesman X", "Kremlin
// spokesman X". A ministry's or a party's spokesman only comments.
var leaderVoiceMods = lex("leaderVoiceMods")
