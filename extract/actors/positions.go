package actors

import (
	"slices"
	"strings"

	"github.com/parley-dev/parley/extract/frame"
	"github.com/parley-dev/parley/extract/gazetteer"
	"github.com/parley-dev/parley/extract/mention"
	"github.com/parley-dev/parley/extract/text"
	"github.com/parley-dev/parley/graph"
)

// determiners that may open an apposition: "X, the security adviser to Y".
var appositionDets = lex("appositionDets")

// positions reads the posts people hold: from the title before the name
// ("Qatar's Prime Minister X", "Hamas chief X"), from a title set off by a
// comma before the name ("Ukraine's senior negotiator, X") and from an
// apposition after it ("X, director of Israel's intelligence agency").
func (d *Story) positions() {
	for si := range d.Sents {
		ms := d.Ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Kind != mention.Person || m.Actor < 0 {
				continue
			}
			d.titleBefore(si, mi)
			d.appositionAfter(si, mi)
			// "X of Finland": the state a person is of is their side,
			// which says what they are.
			if a := d.Cast.Actors[m.Actor]; !a.Titled {
				if o := d.ofComplement(si, m.J); o >= 0 && d.Cast.Actors[o].Kind == graph.State {
					a.Titled = true
					if a.Affiliation < 0 {
						a.Affiliation = o
					}
				}
			}
			d.groupOfSide(si, m)
			// "X (Finland)" in a list of delegates (parenstate.go), titled
			// or not: "ministers A (Uganda), B (Ethiopia)".
			if a := d.Cast.Actors[m.Actor]; a.Affiliation < 0 {
				if o := d.parenState(si, m.J); o >= 0 {
					a.Titled = true
					a.Affiliation = o
				}
			}
		}
	}
	d.respectivePosts()
	d.demonymCounterparts()
	d.anaphoricRespectivePosts()
	d.interleavedPosts()
	d.titleRefs()
	d.bareTitleRefs()
	d.bareMajestyRefs()
	d.acronymTitles()
	d.delegations()
	d.knownLeaders()
	// A post granted by a person ("Trump's envoy") is a post in that
	// person's state.
	for _, a := range d.Cast.Actors {
		for k, p := range a.Positions {
			if p.Org >= 0 && d.Cast.Actors[p.Org].Kind == graph.Person {
				a.Positions[k].Org = d.Cast.Actors[p.Org].Affiliation
			}
		}
		if a.Affiliation >= 0 && d.Cast.Actors[a.Affiliation].Kind == graph.Person {
			a.Affiliation = d.Cast.Actors[a.Affiliation].Affiliation
		}
	}
}

// titleBefore handles titles in front of a person's name.
func (d *Story) titleBefore(si, mi int) {
	s := &d.Sents[si]
	toks := s.Toks
	m := &d.Ments[si][mi]
	a := d.Cast.Actors[m.Actor]
	start := m.I
	if m.Title != "" && m.TI < m.I {
		start = m.TI
	} else if m.Titled && m.TI > 0 && m.TI < m.I && toks[m.TI-1].Text == "," {
		// "Kuwait's Prime Minister, Sheikh X": an honorific alone is no
		// post; the post stands before the comma, as without it.
		start = m.TI
	}
	// Lower-case title words: "intelligence chief", "special envoy"; a
	// plural one opens coordinated names ("foreign ministers A and B").
	k := start - 1
	for k >= 0 && (TitleWordLower(toks[k]) || pluralTitleLower(toks[k]) || (toks[k].Text == "-" && toks[k].Glued)) {
		k--
	}
	// "Nigerian head of state X" (headofstate.go): "state" reads as a
	// title word on its own, so the phrase is looked for from the name.
	headOf := false
	if h := headOfStateTitle(toks, start-1); h >= 0 {
		k, headOf = h-1, true
	}
	title := singularTitle(strings.TrimSpace(JoinTokens(s, k+1, start) + " " + m.Title))
	titled := headOf || m.Titled || mention.HasTitleHead(toks, k+1, start) || k+1 < start && pluralTitleLower(toks[start-1])
	if !titled {
		// "Foreign Ministers A and B": B holds the post the plural
		// title gives A.
		if t, ok := d.sharedPluralTitle(si, mi); ok {
			title, titled = t, true
		}
	}
	// "Qatar's Prime Minister and Foreign Minister X": both titles are X's.
	if titled && k > 0 && toks[k].Lower == "and" {
		if tr := d.MentionEndingAt(si, k); tr != nil && tr.Kind == mention.TitleRef {
			d.pendingTitle(si, m.Actor, tr)
			k = tr.I - 1
			for k >= 0 && (TitleWordLower(toks[k]) || (toks[k].Text == "-" && toks[k].Glued)) {
				k--
			}
		}
	}
	descEnd := k + 1
	if k >= 0 && (toks[k].Text == "'s" || toks[k].Text == "'") {
		descEnd = k
	}
	// An honorific alone ("Sheikh", "Dr.") is no post: "Kuwait's Prime
	// Minister, Sheikh X" has its post before the comma, as without it.
	honorificOnly := titled && mention.CleanTitle(title) == ""
	if (!titled || honorificOnly) && k >= 0 && toks[k].Text == "," {
		// "Ukraine's senior negotiator, Rustem Umerov"
		if t, h, o := definiteOfTitle(d, si, k); t >= 0 {
			// "The Minister of Foreign Affairs of X, Mr. Y": the post
			// is the title before its "of" complement, the body the
			// complement names (readouts and UN notes: p375, p399,
			// p402).
			d.Cast.Actors[m.Actor].Titled = true
			d.addPosition(m.Actor, mention.CleanTitle(JoinTokens(s, t, h+1)), o)
			return
		}
		if o := d.counterpartFromState(si, k); o >= 0 {
			// "his counterpart from (neighbouring) X, B": the side, not
			// the post, as "his X counterpart, B" gives it.
			a.Titled = true
			d.addPosition(m.Actor, "counterpart", o)
			return
		}
		if t, e := commaTitle(toks, k); t >= 0 {
			title = JoinTokens(s, t, k)
			titled = true
			descEnd = e
			// "The AU envoy, X" (p214), "the UN special adviser, Y": a
			// body's acronym that reads as a title word opens the title;
			// it names the body the post is in, as "the AU's envoy" does.
			if o := d.mentionStartingAt(si, t); o != nil && o.Actor >= 0 && o.J < k && d.Cast.Actors[o.Actor].Kind != graph.Person {
				title = JoinTokens(s, o.J, k)
				descEnd = o.J
			}
		}
	}
	ofOrg := -1
	if !titled && k == start-1 {
		// "the Prime Minister of Norway X", "the President of the
		// Republic of Latvia X": the state or body of the title's "of"
		// is whose post it is, as a possessor before the title would be.
		if tr, o := d.titleOfBefore(si, start); tr != nil {
			title = JoinTokens(s, tr.I, tr.J)
			titled = true
			descEnd = tr.I
			if tr.I > 0 && (toks[tr.I-1].Text == "'s" || toks[tr.I-1].Text == "'") {
				descEnd = tr.I - 1
			}
			ofOrg = o.Actor
			o.Desc = true
		}
	}
	if !titled && k == start-1 && mention.AfterTitleComplement(toks, start) {
		// "Kenya's Ambassador to Chile X": the title's complement names
		// a state between the title and the name.
		if tr := d.ComplementTitle(si, start); tr != nil {
			title = JoinTokens(s, tr.I, m.I)
			titled = true
			descEnd = tr.I
			if tr.I > 0 && (toks[tr.I-1].Text == "'s" || toks[tr.I-1].Text == "'") {
				descEnd = tr.I - 1
			}
		}
	}
	if !titled {
		// "Egypt's Kamel": the possessor describes the person.
		if desc := d.MentionEndingAt(si, descEnd); desc != nil && descEnd == start-1 && desc.Actor >= 0 && desc.Actor != m.Actor {
			desc.Desc = true
			if a.Affiliation < 0 && d.Cast.Actors[desc.Actor].Kind != graph.Person {
				a.Affiliation = desc.Actor
			}
			// "Serbia's X" says what X is as "X of Serbia" does: the
			// state's man, named once for it (p187, p241, p253, p344).
			// "in the Vatican's Sala Regia" is a place (p230).
			if d.Cast.Actors[desc.Actor].Kind == graph.State && !locativeBefore(toks, desc.I) {
				a.Titled = true
			}
		}
		return
	}
	a.Titled = true
	org := ofOrg
	if org >= 0 {
		// found above
	} else if desc := d.MentionEndingAt(si, descEnd); desc != nil && desc.Actor >= 0 && desc.Actor != m.Actor {
		desc.Desc = true
		org = desc.Actor
	} else if descEnd > 0 && (toks[descEnd-1].Lower == "its" || toks[descEnd-1].Lower == "their") {
		org = d.antecedent(si, descEnd-1)
	} else if o := d.ofComplement(si, m.J); o >= 0 {
		// "Chairman X of the State Council": the title's complement
		// follows the name.
		org = o
	}
	d.addPosition(m.Actor, mention.CleanTitle(title), org)
	for _, t := range d.pending {
		d.addPosition(m.Actor, t, org)
	}
	d.pending = d.pending[:0]
}

// counterpartFromState: the state of "counterpart(s) from (the|
// neighbouring) X" ending at the comma at token comma, -1 when the phrase
// is not there or names no state (issue 14's five-hundred-and-fifty-second
// round: p3348, p442).
func (d *Story) counterpartFromState(si, comma int) int {
	toks := d.Sents[si].Toks
	o := d.MentionEndingAt(si, comma)
	if o == nil || o.Actor < 0 || o.Kind != mention.State {
		return -1
	}
	k := o.I - 1
	for k >= 0 && (toks[k].Lower == "the" || toks[k].Lower == "neighbouring" || toks[k].Lower == "neighboring") {
		k--
	}
	if k < 1 || toks[k].Lower != "from" || (toks[k-1].Lower != "counterpart" && toks[k-1].Lower != "counterparts") {
		return -1
	}
	o.Desc = true
	return o.Actor
}

// titleOfBefore: the title and the state or body of "Title of (the) Org"
// running up to token start, where a name begins; nil when there is none.
func (d *Story) titleOfBefore(si, start int) (tr, o *mention.Mention) {
	toks := d.Sents[si].Toks
	o = d.MentionEndingAt(si, start)
	if !titleBody(o) {
		return nil, nil
	}
	// A nested complement names the body within the body ("the Speaker of
	// the National Assembly of X Y", "Secretary of State of the Ministry
	// of Z of X Y"): step back over each "of (the) Body" to the title. As
	// for "the Chairman of the National Assembly of X" in the gold, the
	// post runs to the last "of" and is in the state or body after it, the
	// one next to the name; the inner bodies describe it.
	name, lastOf := o, -1
	var inner []*mention.Mention
	for range maxNestedBodies {
		k := o.I - 1
		if k >= 0 && toks[k].Lower == "the" {
			k--
		}
		if k < 1 || toks[k].Lower != "of" {
			return nil, nil
		}
		if lastOf < 0 {
			lastOf = k
		}
		tr = d.MentionEndingAt(si, k)
		if tr == nil || tr.Kind != mention.TitleRef {
			tr = bareTitleBefore(d.Sents[si], k)
		}
		if tr != nil {
			if len(inner) == 0 {
				return tr, o
			}
			for _, b := range inner {
				b.Desc = true
			}
			s := &d.Sents[si]
			return &mention.Mention{I: tr.I, J: lastOf, Actor: -1, Kind: mention.TitleRef, Title: JoinTokens(s, tr.I, lastOf), Text: JoinTokens(s, tr.I, lastOf)}, name
		}
		if o = d.MentionEndingAt(si, k); !titleBody(o) {
			return nil, nil
		}
		inner = append(inner, o)
	}
	return nil, nil
}

// maxNestedBodies bounds the "of (the) Body" complements a title may take
// before a name.
const maxNestedBodies = 3

// titleBody: a state or body a title's "of" complement may name.
func titleBody(o *mention.Mention) bool {
	return o != nil && o.Actor >= 0 && (o.Kind == mention.State || o.Kind == mention.Org || o.Kind == mention.Group)
}

// bareTitleBefore: the capitalized title words ending at token e that the
// mention stage read into the body after them ("Speaker of the National
// Assembly" is one institution's run, its title left without a mention of
// its own), as a title mention; nil when the words hold no title head.
func bareTitleBefore(s text.Sentence, e int) *mention.Mention {
	t := e
	for t > 0 && s.Toks[t-1].Cap && mention.IsTitleWord(s.Toks[t-1].Lower) {
		t--
	}
	if t == e || !mention.HasTitleHead(s.Toks, t, e) {
		return nil
	}
	return &mention.Mention{I: t, J: e, Actor: -1, Kind: mention.TitleRef, Title: JoinTokens(&s, t, e), Text: JoinTokens(&s, t, e)}
}

// definiteOfTitle reads a definite title with an "of", "for" or "to"
// complement that ends at the comma before a name: "the Minister of
// Foreign Affairs of X, Mr. Y", "The Special Envoy of the Secretary-General
// for X, Mr. Y", "the Ambassador of X to Z, Mr. Y". It returns the title's
// first and head tokens and the first state or body the complement names
// (-1 when none); start -1 when the words before the comma are no such
// title. The complement holds only capitalized words and the few function
// words of a name ("of", "the", "and", "for", "to"): a clause before the
// comma ("the president of the company said on Monday,") is no title.
func definiteOfTitle(d *Story, si, comma int) (start, head, org int) {
	toks := d.Sents[si].Toks
	head = -1
	for k := comma - 1; k > 0 && comma-k <= 14; k-- {
		t := toks[k]
		if t.Text == "-" && t.Glued {
			continue
		}
		if !t.Word || !t.Cap && !ofTitleGlue[t.Lower] {
			if head >= 0 {
				break // the words before the title: "received by", a dateline
			}
			return -1, -1, -1
		}
		if t.Cap && titleHeads[t.Lower] && k+1 < comma && ofTitleLinks[toks[k+1].Lower] {
			head = k // the leftmost head with a complement
		}
	}
	if head < 0 {
		return -1, -1, -1
	}
	start = head
	for start > 0 && toks[start-1].Cap && toks[start-1].Word && mention.IsTitleWord(toks[start-1].Lower) && !honorificWord(toks[start-1].Lower) {
		if o := d.mentionStartingAt(si, start-1); o != nil && o.Actor >= 0 {
			// "the EU Special Representative for X, Y": a body's
			// acronym opens the title, which commaTitle reads (p110).
			return -1, -1, -1
		}
		start--
	}
	if start == 0 || toks[start-1].Lower != "the" {
		return -1, -1, -1
	}
	org = -1
	for _, o := range d.Ments[si] {
		if o.I > head && o.J <= comma && o.Actor >= 0 && d.Cast.Actors[o.Actor].Kind != graph.Person {
			org = o.Actor
			break
		}
	}
	return start, head, org
}

// ofTitleLinks join a title to its complement: "Minister of", "Envoy for",
// "Ambassador to".
var ofTitleLinks = map[string]bool{"of": true, "for": true, "to": true}

// ofTitleGlue are the lower-case words a title's complement may hold.
var ofTitleGlue = map[string]bool{"of": true, "for": true, "to": true, "the": true, "and": true}

// honorificWord: "Mr", "H.E.", "Dr" — no part of a post.
func honorificWord(lower string) bool { return mention.CleanTitle(lower) == "" }

// pendingTitle queues a coordinated title ("Prime Minister and ...") for
// the person whose possessor is found next.
func (d *Story) pendingTitle(si, p int, tr *mention.Mention) {
	d.pending = append(d.pending, mention.CleanTitle(tr.Title))
	tr.Actor = p
	tr.Desc = true
}

// commaTitle looks back from a comma for a title ending there; it returns
// the title's first token and where a possessor before it would end.
func commaTitle(toks []text.Token, comma int) (start, descEnd int) {
	if comma > 0 && toks[comma-1].Lower == "counterparts" {
		// "his A and B counterparts, X and Y": no one post for X, whose
		// side demonymCounterparts reads; looking further back would take
		// the clause's subject and verb for a title.
		return -1, -1
	}
	head := -1
	k := comma - 1
	for ; k >= 0 && comma-k <= 12; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == "\"" {
			break
		}
		// A possessor before the title's head ends it: "Trump's senior
		// adviser for Africa," (but "the House of People's Representatives"
		// is part of "Speaker of ...").
		if (t.Text == "'s" || t.Text == "'") && head >= 0 {
			break
		}
		// A name or a coordination before the title's head ends it too:
		// "A and her Chilean counterpart, B".
		if head >= 0 && (t.Lower == "and" || t.Lower == "or" || t.Word && t.Cap && !mention.IsTitleWord(t.Lower) || t.Word && !t.Cap && functionWords[t.Lower]) {
			break
		}
		if titleHeads[t.Lower] {
			head = k
		}
	}
	if head < 0 {
		return -1, -1
	}
	start = head
	for start > 0 && (TitleWordLower(toks[start-1]) || (toks[start-1].Cap && mention.IsTitleWord(toks[start-1].Lower)) || toks[start-1].Text == "-") {
		start--
	}
	descEnd = start
	if start > 0 && (toks[start-1].Text == "'s" || toks[start-1].Text == "'") {
		descEnd = start - 1
	}
	return start, descEnd
}

// personAt: token k of sentence si is inside a person's mention.
func (d *Story) personAt(si, k int) bool {
	for _, o := range d.Ments[si] {
		if o.I <= k && k < o.J && o.Kind == mention.Person {
			return true
		}
	}
	return false
}

// appositionAfter handles "X, the security adviser to Y" and "X, a member
// of the central committee of Z".
func (d *Story) appositionAfter(si, mi int) {
	s := &d.Sents[si]
	toks := s.Toks
	m := &d.Ments[si][mi]
	k := m.J
	if k >= len(toks) || toks[k].Text != "," {
		return
	}
	if c := nicknameAfter(toks, k+1); c > 0 {
		k = c // "X, known as Y, the chief of staff": the title is X's
	}
	k++
	if k < len(toks) && appositionDets[toks[k].Lower] {
		k++
	}
	first, head := k, -1
	// The title may hold modifiers no list has ("a liaison officer", "the
	// current chairman"): up to two lowercase words before its head.
	loose := 0
	org := -1
	for ; k < len(toks) && k-first < 6; k++ {
		t := toks[k]
		// A state's or demonym's word in the title says whose post it
		// is: "X, a Chilean diplomat", "X, Chile's top envoy".
		if o := d.mentionStartingAt(si, k); o != nil && head < 0 && (o.Kind == mention.Demonym || o.Kind == mention.State) && o.Actor >= 0 {
			org = o.Actor
			k = o.J - 1
			if k+1 < len(toks) && (toks[k+1].Text == "'s" || toks[k+1].Text == "'") {
				k++
			}
			continue
		}
		// A body's name before the head says whose post it is too: "X,
		// the Y Front leader", "X, the ABC president" (the
		// two-hundred-and-ninety-fifth round: p1804, p179, p499, p946).
		// Only before the head, and only a group (apposedBodyPost).
		if o := d.mentionStartingAt(si, k); o != nil && head < 0 && org < 0 && o.Actor >= 0 && o.J < len(toks) && apposedBodyPost(d.Cast.Actors[o.Actor].Kind) {
			if j := o.J; toks[j].Text == "'s" || toks[j].Text == "'" || TitleWordLower(toks[j]) {
				org = o.Actor
				k = o.J - 1
				if toks[k+1].Text == "'s" || toks[k+1].Text == "'" {
					k++
				}
				continue
			}
		}
		if TitleWordLower(t) || t.Text == "-" || (t.Cap && mention.IsTitleWord(t.Lower)) || (t.Glued && toks[k-1].Text == "-" && (t.Lower == "most" || t.Lower == "ranking" || t.Lower == "level")) {
			if titleHeads[t.Lower] {
				head = k
			}
			continue
		}
		// A verb a person's act is told by ends the apposition: in "X, met
		// Qatar's premier" (a second comma after a fronted "Egypt's spy
		// chief, X,") the title after it is the object's, not X's.
		if t.Word && !t.Cap && !functionWords[t.Lower] && !personVerbs[t.Lower] && loose < 2 && head < 0 {
			loose++
			continue
		}
		break
	}
	if head < 0 {
		return
	}
	// "A, the first official visit by ...": the head word only
	// describes the noun after it, an occasion or thing, not a post of A.
	if k == head+1 && k < len(toks) && !toks[k].Cap && occasionAfterTitle[toks[k].Lower] {
		return
	}
	// "A, Peruvian Foreign Minister B": a title followed by a name is that
	// name's, the next item of a list, not an apposition to A.
	if k == head+1 && k < len(toks) && toks[k].Cap && d.personAt(si, k) {
		return
	}
	if org >= 0 {
		for first < head && !(toks[first].Word && (TitleWordLower(toks[first]) || mention.IsTitleWord(toks[first].Lower))) {
			first++
		}
	}
	title := JoinTokens(s, first, head+1)
	d.Cast.Actors[m.Actor].Titled = true
	if k < len(toks) && (toks[k].Lower == "of" || toks[k].Lower == "to" || toks[k].Lower == "for" || toks[k].Lower == "at") {
		// "A, the President of Estonia B": the title and its complement
		// run straight into a name, so they are that name's, the next
		// item of a list, as above.
		if d.runsIntoName(si, k+1) {
			return
		}
		// "President A, the head of the bureau of the B movement, C, and
		// ...": after a name with its own title before it, a title set off
		// by commas and followed by another name is that name's, the next
		// item of a list (listedTitledName).
		if m.Title != "" && d.listedTitledName(si, k+1) {
			return
		}
		for _, o := range d.Ments[si] {
			if o.I > k && o.I <= k+8 && o.Actor >= 0 && o.Actor != m.Actor {
				if complementBroken(toks, k+1, o.I) || org < 0 && toks[k].Lower == "to" && hostedTitles[toks[head].Lower] {
					// "a member of the Diet and a former Ambassador to
					// Britain": the name lies past another title, so it
					// is no complement of this one; "a former Ambassador
					// to Britain": the state an envoy is sent to is his
					// host, not his own, so with no own state told the
					// post has none (complementBroken, hostedTitles; the
					// hundred-and-eighty-seventh round). "The American
					// ambassador to X" still takes X, as before: the
					// story's own reading of such an envoy's side rests
					// on it (p778).
					break
				}
				if toks[k].Lower == "for" && d.pairedComplement(si, o) {
					// "X, special envoy for A and B peace negotiations":
					// a pair after "for" is the post's remit, the two
					// sides it goes between, not the body it serves
					// (pairedComplement).
					break
				}
				org = o.Actor
				break
			}
		}
	}
	d.addPosition(m.Actor, mention.CleanTitle(title), org)
}

// nicknameAfter is the comma that closes a name's nickname told from k
// ("known as Y,", "popularly known as Y Z,", "nicknamed 'Y',"), a
// capitalized name of up to four words with its quotes, apostrophes and
// hyphens; 0 when none is there.
func nicknameAfter(toks []text.Token, k int) int {
	if k < len(toks) && nicknameAdverbs[toks[k].Lower] {
		k++
	}
	if k >= len(toks) || !nicknameLeads[toks[k].Lower] {
		return 0
	}
	if toks[k].Lower == "known" {
		if k+1 >= len(toks) || toks[k+1].Lower != "as" {
			return 0
		}
		k++
	}
	k++
	words := 0
	for ; k < len(toks) && toks[k].Text != ","; k++ {
		t := toks[k]
		switch {
		case t.Word && (t.Cap || t.Glued && k > 0 && !toks[k-1].Word):
			words++
		case t.Text == "'" || t.Text == "\u2019" || t.Text == "\"" || t.Text == "-":
		default:
			return 0
		}
	}
	if words == 0 || words > 4 || k >= len(toks) {
		return 0
	}
	return k
}

var (
	nicknameLeads   = lex("nicknameLeads")
	nicknameAdverbs = lex("nicknameAdverbs")
)

// runsIntoName: from token k a title's complement (capitalized words,
// "of", "the", "for", "to", hyphens) runs with no break into a person's
// name.
func (d *Story) runsIntoName(si, k int) bool {
	toks := d.Sents[si].Toks
	for i := k; i < len(toks) && i < k+10; i++ {
		if o := d.mentionStartingAt(si, i); o != nil && o.Kind == mention.Person {
			return true
		}
		switch t := toks[i]; {
		case t.Cap, t.Lower == "of", t.Lower == "the", t.Lower == "for", t.Lower == "to", t.Text == "-":
			continue
		}
		return false
	}
	return false
}

// listedTitledName: the complement from token k ends at a comma right
// before a person's name, which a comma, "and" or the sentence's end
// closes: "the head of the bureau of the B movement, C, and ..." (issue
// 14's four-hundred-and-eighty-seventh round, p2913: the chair of the
// ceremony took the movement's post and affiliation, so that when he
// brokered, the movement became a broker).
func (d *Story) listedTitledName(si, k int) bool {
	toks := d.Sents[si].Toks
	lower := 0
	for i := k; i < len(toks) && i < k+12; i++ {
		t := toks[i]
		if t.Text == "," {
			o := d.mentionStartingAt(si, i+1)
			if o == nil || o.Kind != mention.Person {
				return false
			}
			return o.J >= len(toks) || toks[o.J].Text == "," || toks[o.J].Text == "." || toks[o.J].Lower == "and"
		}
		switch {
		case t.Cap, t.Lower == "of", t.Lower == "the", t.Lower == "for", t.Lower == "to", t.Text == "-":
			continue
		case t.Word && !functionWords[t.Lower] && lower < 2:
			lower++ // "the B movement", "the C party"
			continue
		}
		return false
	}
	return false
}

// pluralTitleLower: a lower-case plural title head ("ministers",
// "presidents", "ambassadors"), which a wire sets before the names of the
// post's holders.
func pluralTitleLower(t text.Token) bool {
	return t.Word && !t.Cap && mention.PluralTitle(t.Lower)
}

// singularTitle turns a plural title into the post each holder has:
// "foreign ministers" is each one's "foreign minister".
func singularTitle(title string) string {
	ws := strings.Fields(title)
	for i, w := range ws {
		if mention.PluralTitle(strings.ToLower(w)) {
			ws[i] = w[:len(w)-1]
		}
	}
	return strings.Join(ws, " ")
}

// sharedPluralTitle: the post of a name coordinated after one that a
// plural title opens ("Foreign Ministers A and B", "presidents A of X and
// B of Y"), each conjunct's; false when the name after "and" follows no
// such conjunct.
func (d *Story) sharedPluralTitle(si, mi int) (string, bool) {
	s := &d.Sents[si]
	toks := s.Toks
	ms := d.Ments[si]
	m := ms[mi]
	if m.I < 2 || toks[m.I-1].Lower != "and" {
		return "", false
	}
	end := m.I - 1
	for p := mi - 1; p >= 0; p-- {
		q := ms[p]
		if q.J != end || q.Kind == mention.NonActor {
			continue
		}
		if q.Kind == mention.Person {
			return pluralTitleOf(s, q)
		}
		// The first conjunct's own complement: "A of X and B".
		if (q.Kind == mention.State || q.Kind == mention.Org) && q.I >= 2 && toks[q.I-1].Lower == "of" {
			end = q.I - 1
			continue
		}
		return "", false
	}
	return "", false
}

// pluralTitleOf: the singular post of the plural title right before a
// person's name, capitalized ("Presidents A") or not ("ministers A").
func pluralTitleOf(s *text.Sentence, q mention.Mention) (string, bool) {
	toks := s.Toks
	start := q.I
	if q.Title != "" && q.TI < q.I {
		start = q.TI
	}
	k := start - 1
	for k >= 0 && (TitleWordLower(toks[k]) || pluralTitleLower(toks[k])) {
		k--
	}
	for i := k + 1; i < q.I; i++ {
		if toks[i].Word && mention.PluralTitle(toks[i].Lower) {
			return mention.CleanTitle(singularTitle(JoinTokens(s, k+1, q.I))), true
		}
	}
	return "", false
}

func TitleWordLower(t text.Token) bool {
	return t.Word && !t.Cap && (titleHeads[t.Lower] || titleMods[t.Lower])
}

func (d *Story) addPosition(p int, title string, org int) {
	a := d.Cast.Actors[p]
	title = strings.TrimSpace(title)
	if title == "" || strings.EqualFold(title, "counterpart") {
		// "his Turkish counterpart" says whose side, not which post.
		if title != "" && a.Affiliation < 0 && org >= 0 {
			a.Affiliation = org
		}
		return
	}
	for _, x := range a.Positions {
		if strings.EqualFold(x.Title, title) && x.Org == org {
			return
		}
	}
	a.Positions = append(a.Positions, Position{Title: title, Org: org})
	if a.Affiliation < 0 && org >= 0 {
		o := d.Cast.Actors[org]
		switch {
		case o.Kind == graph.Organization && o.Affiliation >= 0:
			a.Affiliation = o.Affiliation
		default:
			a.Affiliation = org
		}
	}
}

// ComplementTitle: the title whose complement runs up to token e ("Envoy
// to Chile" before "X"); nil when none.
func (d *Story) ComplementTitle(si, e int) *mention.Mention {
	toks := d.Sents[si].Toks
	o := e - 1
	for o > 0 && !(toks[o].Lower == "of" || toks[o].Lower == "for" || toks[o].Lower == "to") {
		o--
	}
	for k := range d.Ments[si] {
		tr := &d.Ments[si][k]
		if tr.Kind == mention.TitleRef && tr.I < o && tr.J >= o && tr.J <= e {
			return tr
		}
	}
	return nil
}

// ofComplement: at token k "of (the)" and an institution or state; its
// actor, -1 when none.
func (d *Story) ofComplement(si, k int) int {
	toks := d.Sents[si].Toks
	if k >= len(toks) || toks[k].Lower != "of" {
		return -1
	}
	k++
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if o := d.mentionStartingAt(si, k); o != nil && o.Actor >= 0 && (o.Kind == mention.Org || o.Kind == mention.State || o.Kind == mention.Group) {
		return o.Actor
	}
	// "Premier X of Communist China": a regime's word before the state's
	// name leaves the post the state's.
	if k+1 < len(toks) && toks[k].Cap && regimeQualifiers[toks[k].Lower] {
		if o := d.mentionStartingAt(si, k+1); o != nil && o.Actor >= 0 && o.Kind == mention.State {
			return o.Actor
		}
	}
	return -1
}

// mentionStartingAt returns the mention of sentence si whose span starts
// at token i.
func (d *Story) mentionStartingAt(si, i int) *mention.Mention {
	ms := d.Ments[si]
	for k := range ms {
		if ms[k].I == i && ms[k].Kind != mention.NonActor {
			return &ms[k]
		}
	}
	return nil
}

// MentionEndingAt returns the mention of sentence si whose span ends at
// token e.
func (d *Story) MentionEndingAt(si, e int) *mention.Mention {
	ms := d.Ments[si]
	for k := range ms {
		if ms[k].J == e && ms[k].Kind != mention.NonActor {
			return &ms[k]
		}
	}
	return nil
}

func JoinTokens(s *text.Sentence, i, j int) string {
	if i < 0 || i >= j || j > len(s.Toks) {
		return ""
	}
	return s.Text[s.Toks[i].Start:s.Toks[j-1].End]
}

// titleRefs resolves a title used without a name after a state, group or
// organization — "Qatar's prime minister", "the Qatari prime minister" —
// to the one person of the story who holds that post (titleHolder). The
// title becomes a mention of that person and the possessor a description,
// so that every later pass reads the person, not the state.
func (d *Story) titleRefs() {
	for si := range d.Sents {
		s := &d.Sents[si]
		toks := s.Toks
		ms := d.Ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Actor < 0 || m.Kind == mention.Person || m.J+1 >= len(toks) {
				continue
			}
			k := m.J + 1
			demonym := false // "the Vietnamese guest": the person's own state
			body := false    // "the UN envoy": a post the body gives
			former := false  // "the former Chilean president": one who left the post
			switch {
			case toks[m.J].Text == "'s" || toks[m.J].Text == "'":
			case (m.Kind == mention.Demonym || m.Kind == mention.State) && definiteBefore(toks, m.I, &former) && (mention.IsTitleWord(toks[m.J].Lower) || personHeads[toks[m.J].Lower]):
				// "the Chilean President", "the US foreign minister"
				k = m.J
				demonym = true
			case m.Kind == mention.Org && m.I > 0 && toks[m.I-1].Lower == "the" && toks[m.J].Word && mention.IsTitleWord(toks[m.J].Lower):
				// "the UN envoy", "the AU special representative": a body's
				// post, read as a possessive title is (bodyPostHolder).
				k = m.J
				body = true
			default:
				continue
			}
			first := k
			head := ""
			for k < len(toks) && (TitleWordLower(toks[k]) || (toks[k].Cap && mention.IsTitleWord(toks[k].Lower)) || demonym && personHeads[toks[k].Lower]) {
				if titleHeads[toks[k].Lower] || personHeads[toks[k].Lower] {
					head = toks[k].Lower
				}
				k++
			}
			if head == "" || (k < len(toks) && toks[k].Cap && toks[k].Word) {
				continue // a name follows: handled as a titled person
			}
			var p int
			if body {
				p = d.bodyPostHolder(si, m.I, m.Actor, head, m.Text)
			} else {
				p = d.titleHolder(si, m.I, m.Actor, head, JoinTokens(s, first, k), former, !demonym)
			}
			if opens := m.I == 0 || m.I == 1 && toks[0].Lower == "the"; p < 0 && !body && !former && opens && titleHeads[head] {
				// "Egypt's intelligence chief arrived in X on Sunday. Y
				// met ...": the person who opens the next sentence,
				// named there first and with no post of his own, is the
				// holder the lead told by the post alone.
				if q := d.namedNextOpener(si); q >= 0 {
					d.addPosition(q, mention.CleanTitle(JoinTokens(s, first, k)), m.Actor)
					p = q
				}
			}
			if p < 0 && demonym && !former && d.Cast.Actors[m.Actor].Kind == graph.State {
				// "the British Prime Minister" when the story gives that
				// post with no state only: "The Prime Minister, Mr X,"
				// (p1671).
				p = d.stateTitleHolder(si, m.I, mention.CleanTitle(JoinTokens(s, first, k)), m.Actor, 3)
			}
			if a := apposedName(toks, ms, k); p >= 0 && a >= 0 && a != p {
				// "Oman's minister of finance, X": the title is X's, not
				// another holder's, and the possessor only describes X.
				m.Desc = true
				continue
			}
			if p < 0 {
				continue
			}
			m.Desc = true
			ms = append(ms, mention.Mention{I: first, J: k, Kind: mention.Person, Actor: p, Text: JoinTokens(s, first, k), TI: first})
		}
		mention.Sort(ms)
		d.Ments[si] = ms
	}
}

// definiteBefore: the determiner of a description starting at token i,
// "the" right before it or before a word saying its holder left the post
// ("the former Chilean president"), which sets *former.
func definiteBefore(toks []text.Token, i int, former *bool) bool {
	switch {
	case i > 0 && toks[i-1].Lower == "the":
		return true
	case i > 1 && formerWords[toks[i-1].Lower] && toks[i-2].Lower == "the" && (i < 3 || toks[i-3].Text != ","):
		// Not in apposition ("X, the retired Ruritanian judge whose
		// mediation ..."): there the description tells of X, and its
		// state keeps its own part.
		*former = true
		return true
	}
	return false
}

// formerly: the story tells that person a left a post — a word saying
// so in the title before a mention of a ("former president X", "Norway's
// retired prime minister X") or opening an apposition after it ("X, the
// former president of Norway,", "X, Norway's retired prime minister,").
func (d *Story) formerly(a int) bool {
	for si, ms := range d.Ments {
		toks := d.Sents[si].Toks
		for _, m := range ms {
			if m.Actor != a || m.Kind != mention.Person {
				continue
			}
			for e := max(0, m.I-4); e < m.I; e++ {
				if formerWords[toks[e].Lower] {
					return true
				}
			}
			for e := m.J + 1; m.J < len(toks) && toks[m.J].Text == "," && e < min(len(toks), m.J+5); e++ {
				if formerWords[toks[e].Lower] {
					return true
				}
			}
		}
	}
	return false
}

// apposedName is the person the title ending at k names in apposition, or -1 —
// "Oman's finance minister, X", "Oman's minister of finance, X", with up
// to three words of the portfolio after "of" — so it is X, not another
// holder of a post with that head the story named before (p259's deputy
// prime minister for its minister of finance).
func apposedName(toks []text.Token, ms []mention.Mention, k int) int {
	if k < len(toks) && toks[k].Lower == "of" {
		e := k + 1
		for e < len(toks) && e <= k+3 && toks[e].Word && toks[e].Text != "," {
			e++
		}
		k = e
	}
	if k+1 >= len(toks) || toks[k].Text != "," {
		return -1
	}
	for _, m := range ms {
		if m.I == k+1 && m.Kind == mention.Person {
			return m.Actor
		}
	}
	return -1
}

// titleHolder is the one person holding the post a title without a name
// refers to in org, or -1 when none or several do: someone with a post in
// org of that title or head word, or affiliated with org and holding a post
// of that head word. People named in the ten sentences up to token i of
// sentence si are preferred, as a reader would; when none of them holds
// the post, anyone in the story may (a headline names the post first).
// A former post ("the former Chilean president") is held only by one the
// story told had left a post (formerly). A possessive title ("Qatar's
// premier") may name the post in the other word (samePremier); a
// demonym's ("the Chinese Premier") may not: the probe's golds count a
// companion "He was accompanied by" brought only when that title stays
// unresolved (p624), so the wider reading was not kept.
func (d *Story) titleHolder(si, i, org int, head, title string, former, possessive bool) int {
	holds := func(a int) bool {
		x := d.Cast.Actors[a]
		if x.Kind != graph.Person {
			return false
		}
		if former && !d.formerly(a) {
			// "the former Chilean president" is one the story told had
			// left a post of that state, never its sitting holder.
			return false
		}
		if personHeads[head] && (x.Affiliation == org || slices.ContainsFunc(x.Positions, func(p Position) bool { return p.Org == org }) || d.titledBy(a, org)) {
			return true // "the Togolese leader": the one Togolese person, whatever the post
		}
		for _, p := range x.Positions {
			t := strings.ToLower(p.Title)
			if (p.Org == org || x.Affiliation == org) && (strings.EqualFold(p.Title, title) || strings.Contains(t, head) || possessive && samePremier(t, head, title)) {
				return true
			}
		}
		return false
	}
	return d.holder(si, i, holds)
}

// namedNextOpener is the person whose name opens sentence si+1, named
// there for the first time, with no post or side of his own, or -1.
func (d *Story) namedNextOpener(si int) int {
	if si+1 >= len(d.Sents) {
		return -1
	}
	var q = -1
	for _, n := range d.Ments[si+1] {
		if n.I == 0 && n.Kind == mention.Person && n.Actor >= 0 {
			q = n.Actor
		}
	}
	if q < 0 {
		return -1
	}
	x := d.Cast.Actors[q]
	if x.Kind != graph.Person || len(x.Positions) > 0 || x.Affiliation >= 0 {
		return -1
	}
	for s := 0; s <= si; s++ {
		for _, n := range d.Ments[s] {
			if n.Actor == q {
				return -1
			}
		}
	}
	if toks := d.Sents[si+1].Toks; len(toks) > 1 && toks[0].Cap && mention.IsTitleWord(toks[0].Lower) {
		return -1
	}
	return q
}

// bodyPostHolder is the one person holding a post of the head word in
// the body org that "the <body> <title>" names ("the UN envoy", "the EU
// special representative"), or -1: someone with a post of that head in
// org, or affiliated with org, or whose post is written with the body's
// name as the mention gives it ("the UN Special Envoy for Yemen", read
// as a post of Yemen's). People named in the ten sentences before are
// preferred; none of them holding it, anyone in the story may.
func (d *Story) bodyPostHolder(si, i, org int, head, form string) int {
	holds := func(a int) bool {
		x := d.Cast.Actors[a]
		if x.Kind != graph.Person {
			return false
		}
		for _, p := range x.Positions {
			if !slices.Contains(strings.Fields(strings.ToLower(p.Title)), head) {
				continue
			}
			if p.Org == org || x.Affiliation == org || slices.Contains(strings.Fields(p.Title), form) {
				return true
			}
		}
		return false
	}
	return d.holder(si, i, holds)
}

// samePremier: a post and a title without a name name one head of
// government in two words, "premier" and "prime minister" — "Qatar's
// premier" after "Qatar's prime minister, X", "the Chinese Prime Minister"
// after "Premier X" — so titleHolder reads the one for the other.
func samePremier(post, head, title string) bool {
	if premierHeads[head] {
		return strings.Contains(post, "prime minister")
	}
	if !strings.Contains(strings.ToLower(title), "prime minister") {
		return false
	}
	for _, w := range strings.Fields(post) {
		if premierHeads[w] {
			return true
		}
	}
	return false
}

// titledBy: a title run right before a mention of person a names org
// ("Maldivian President X", "the visiting President of Togo, X",
// "Chairman of the National Assembly of Vietnam X"), whatever post the
// title was read as.
func (d *Story) titledBy(a, org int) bool {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for _, m := range d.Ments[si] {
			if m.Actor != a {
				continue
			}
			b := m.I
			for b > 0 && m.I-b < 12 && (toks[b-1].Cap || toks[b-1].Lower == "of" || toks[b-1].Lower == "the" || toks[b-1].Text == "," && b == m.I) {
				b--
			}
			for _, n := range d.Ments[si] {
				if n.Actor == org && n.I >= b && n.J <= m.I {
					return true
				}
			}
		}
	}
	return false
}

// antecedent is what "its" at token k refers to: the nearest state, group
// or organization before it, in this sentence or the one before.
//
// A name inside a relative clause closed before "its" is not it: "The
// commission, which A, B and C set up, ... its secretary" (p202), "The
// United States, which has co-mediated with A and B, is sending its envoy"
// (p57) — the clause's head is.
func (d *Story) antecedent(si, k int) int {
	toks := d.Sents[si].Toks
	for s := si; s >= 0 && s >= si-1; s-- {
		ms := d.Ments[s]
		for mi := len(ms) - 1; mi >= 0; mi-- {
			m := ms[mi]
			if s == si && m.J <= k && inClosedRelative(toks, m.I, k) {
				continue
			}
			if (s < si || m.J <= k) && m.Actor >= 0 && d.Cast.Actors[m.Actor].Kind != graph.Person && m.Kind != mention.Demonym {
				return m.Actor
			}
		}
	}
	return -1
}

// inClosedRelative: token i lies in a relative clause opened by ", which"
// (or "who") and closed by a comma before token k.
func inClosedRelative(toks []text.Token, i, k int) bool {
	for r := i - 1; r >= 1; r-- {
		// A comma before a name is a list's ("which A, B and C set up").
		if toks[r].Text == "." || toks[r].Text == "," && !toks[r+1].Cap {
			return false
		}
		if relativeWords[toks[r].Lower] && toks[r-1].Text == "," {
			for c := i + 1; c < k; c++ {
				if toks[c].Text == "," {
					return true
				}
			}
			return false
		}
	}
	return false
}

// delegations reads whom a person represents: "Steve Witkoff from the
// US", "the Russian team was led by X", "X headed the Ukrainian
// delegation".
func (d *Story) delegations() {
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		ms := d.Ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Actor < 0 || d.Cast.Actors[m.Actor].Kind != graph.Person || d.Cast.Actors[m.Actor].Affiliation >= 0 {
				continue
			}
			side := -1
			switch {
			case m.J+1 < len(toks) && toks[m.J].Lower == "from":
				if x := d.FirstActor(si, m.J+1, 2, true); x != nil {
					side = x.Actor
				}
			case m.J+2 < len(toks) && ledVerbs[toks[m.J].Lower]:
				if x := d.FirstActor(si, m.J+1, 3, true); x != nil && x.J < len(toks) && delegationNouns[toks[x.J].Lower] {
					side = x.Actor
				}
			default:
				// "<demonym> delegation (was) led by [title] X"
				for k := m.TI - 1; k >= 0 && k >= m.TI-8; k-- {
					if toks[k].Lower == "by" && k > 0 && ledVerbs[toks[k-1].Lower] {
						for e := k - 1; e >= 0 && e >= k-4; e-- {
							if delegationNouns[toks[e].Lower] {
								if x := d.MentionEndingAt(si, e); x != nil && x.Actor >= 0 {
									side = x.Actor
									if !d.IsCollective(side) {
										side = d.stateBeforeBody(si, x.I, side)
									}
								}
								break
							}
						}
						break
					}
				}
			}
			if side >= 0 && d.IsCollective(side) {
				d.Cast.Actors[m.Actor].Affiliation = side
			}
		}
	}
}

// stateBeforeBody is the state named right before a body's name that is
// no side itself: "a Japanese Agriculture and Forestry Ministry
// delegation led by X" sends X for Japan, the ministry's state, when the
// mention stage read the ministry without its demonym (round 253,
// p1553). The walk back crosses only the capitalized words and "and",
// "of" or "&" of the body's name; body when no state stands there.
func (d *Story) stateBeforeBody(si, i, body int) int {
	toks := d.Sents[si].Toks
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if x := d.MentionEndingAt(si, k+1); x != nil && x.Actor >= 0 && x.Actor != body {
			if d.Cast.Actors[x.Actor].Kind == graph.State {
				return x.Actor
			}
			return body
		}
		if w := toks[k].Lower; !(toks[k].Cap && toks[k].Word || w == "and" || w == "of" || w == "&") {
			break
		}
	}
	return body
}

var ledVerbs = lex("ledVerbs")
var delegationNouns = lex("delegationNouns")

// IsCollective: a state, a group, or a state body such as an army can be
// a side.
func (d *Story) IsCollective(a int) bool {
	x := d.Cast.Actors[a]
	return x.Kind == graph.State || x.Kind == graph.Group || (x.Kind == graph.Organization && x.Affiliation >= 0 && d.Cast.Actors[x.Affiliation].Kind == graph.State)
}

// IsSide: a collective, or an organization whose name makes it the power
// that rules a country or holds its arms — "the Transitional Military
// Council" — which can be a side of a negotiation when the story never ties
// it to a state: its dispute with the opposition is what is negotiated.
// Only the roles stage asks this; meetings keep IsCollective, where such a
// body's delegates already stand for it.
func (d *Story) IsSide(a int) bool {
	x := d.Cast.Actors[a]
	return d.IsCollective(a) || x.Kind == graph.Organization && (rulingBody(x.Name()) || armedUnit(x.Name()) || contestedGovernment(x.Name()))
}

// contestedGovernment: "government" heads the name — its last word, or its
// first with "of" after it — and a word of an interim, rival or
// self-ruling administration stands in it ("National Unity Government",
// "Government of National Accord", "Bougainville Interim Government"):
// such a government is a side of the talks that settle its dispute with a
// state or a rival, not a ministry of one (round 569: p3449, p3294, p420,
// p1912, p2952). "Union Government" or "Press Office of the Federal
// Government" carry no such word and stay bodies.
func contestedGovernment(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	var rest []string
	switch {
	case f[len(f)-1] == "government":
		rest = f[:len(f)-1]
	case f[0] == "government" && f[1] == "of":
		rest = f[2:]
	default:
		return false
	}
	return slices.ContainsFunc(rest, func(w string) bool { return contestedGovernmentWords[w] })
}

var contestedGovernmentWords = lex("contestedGovernmentWords")

// armedUnit: the name ends in an armed unit's noun ("Border Security
// Force"): a body that holds arms, a side of the talks it sits at.
func armedUnit(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) >= 2 && armedUnitHeads[f[len(f)-1]]
}

var armedUnitHeads = lex("armedUnitHeads")

// rulingBody: the name ends in a governing body's noun and a word before it
// says the body holds arms ("Transitional Military Council", "Federal
// Military Government"); "Military Academy" or "National Council" is no
// ruling power.
func rulingBody(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 || !rulingBodyHeads[f[len(f)-1]] {
		return false
	}
	return slices.ContainsFunc(f[:len(f)-1], func(w string) bool { return rulingBodyWords[w] })
}

var rulingBodyWords = lex("rulingBodyWords")
var rulingBodyHeads = lex("rulingBodyHeads")

// FirstActor is the first non-descriptor actor mention starting in
// [k, k+within).
func (d *Story) FirstActor(si, k, within int, allowDesc bool) *mention.Mention {
	for mi := range d.Ments[si] {
		m := &d.Ments[si][mi]
		if m.I >= k && m.I < k+within && m.Actor >= 0 && (allowDesc || !m.Desc) {
			return m
		}
	}
	return nil
}

// Side is who sits at the table for an actor: a person's state or group.
func (d *Story) Side(a int) int {
	if a < 0 {
		return -1
	}
	x := d.Cast.Actors[a]
	if x.Kind == graph.Person {
		return x.Affiliation
	}
	return a
}

// bareTitleRefs resolves a title standing alone after "the", with no
// state, group or name beside it, that opens a sentence or the clause
// after a fronted adjunct — "During the day, the Prime Minister met with
// X", "Earlier, the Minister and Y had breakfast with Z", as readouts
// call their principal — to the person the story gave that post: the one person named in the
// ten sentences before who holds exactly that title, else the one person
// holding a post of that head word whom the headline names (a readout's
// headline names its principal). When neither is one person the title
// stays unresolved.
func (d *Story) bareTitleRefs() {
	for si := range d.Sents {
		s := &d.Sents[si]
		toks := s.Toks
		ms := d.Ments[si]
		for mi := range ms {
			m := &ms[mi]
			if m.Kind != mention.TitleRef || m.Actor >= 0 || m.I == 0 || toks[m.I-1].Lower != "the" {
				continue
			}
			end, state := m.J, -1 // "the Emir of Qatar": the title runs on to its state
			if st := d.ofStateAfter(si, m.J); st != nil {
				if m.I >= 2 && toks[m.I-2].Text == "," {
					continue // "X, the Emir of Qatar,": the apposition's (appositionAfter)
				}
				end, state = st.J, st.Actor
			}
			object := m.I >= 2 && toks[m.I-2].Text != "," && !frontedTimeBefore(toks, m.I-1) && !frontedEventBefore(toks, m.I-1) && !styleOpening(toks, m.I-1) && !subjectTitleConjunct(toks, ms, m.I-1)
			if object && (!meetingObjectLead(toks, m.I-2) && (state < 0 || titlePreps[toks[m.I-2].Lower]) || end+1 < len(toks) && toks[end].Text == "," && toks[end+1].Cap) {
				// A subject only: "ahead of the President" is no one's act;
				// "called on the Prime Minister, Mr X" names its own. A
				// title with its state as a verb's object ("invited the
				// President of Y") names its holder; after a preposition
				// ("an adviser to the President of Y") it tells another's
				// post (p123).
				continue
			}
			if end < len(toks) && (toks[end].Lower == "of" || toks[end].Text == "'s" || toks[end].Cap && toks[end].Word) || state >= 0 && end+1 < len(toks) && toks[end].Text == "," && toks[end+1].Cap {
				continue // "the President of X" of no state, "the Minister's", a name after
			}
			head := toks[m.J-1].Lower
			if k := complementNounHead(toks, m.I, m.J); k >= 0 {
				head = toks[k].Lower
			} else if !titleHeads[head] && !mention.TheTitle(toks, m.J-1) {
				continue
			}
			var p int
			if state >= 0 {
				p = d.stateTitleHolder(si, m.I, m.Title, state, 0)
			} else {
				p = d.bareOrRegnalHolder(si, m.I, head, m.Title)
			}
			if p < 0 {
				continue
			}
			if state >= 0 {
				for k := range ms {
					if ms[k].I == end-1 || ms[k].J == end && ms[k].Actor == state {
						ms[k].Desc = true // the state only says whose post
					}
				}
			}
			if object && slices.ContainsFunc(ms[:mi], func(n mention.Mention) bool { return n.Actor == p }) {
				continue // "X, the Prime Minister, met the Prime Minister": not himself
			}
			m.Kind, m.Actor, m.TI = mention.Person, p, m.I
		}
	}
}

// complementNounHead: the title head of a bare title whose complement
// ends in a continent or a department no name opens with — "the
// Chancellor of the Exchequer was received", "the Minister of State for
// the Middle East and North Africa also met X" — so the title names the
// holder the story gave it (issue 14's five-hundred-and-forty-seventh
// round; p3314, p3315); -1 when the title between i and j is not one.
func complementNounHead(toks []text.Token, i, j int) int {
	if j-i < 3 || !mention.TitleComplementNoun(toks[j-1].Lower) {
		return -1
	}
	for k := i + 1; k < j-1; k++ {
		if l := toks[k].Lower; l == "of" || l == "for" {
			if titleHeads[toks[k-1].Lower] {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// subjectTitleConjunct: the "the" at e opens the second conjunct of a
// subject made of two bare titles — "The Pope and the Archbishop talked
// privately", "Later the Emperor and the President lunched", "HH the
// Emir and the President held talks" — as stories that named both
// holders once tell their meeting by the posts alone. The first title,
// "the" and a title mention right before "and", opens the sentence or
// the clause after a comma, a fronted time or a ruler's style, so the
// second is a subject too, not a verb's object (issue 14's
// four-hundred-and-thirty-seventh round: p2654, p2655).
func subjectTitleConjunct(toks []text.Token, ms []mention.Mention, e int) bool {
	if e < 3 || toks[e-1].Lower != "and" {
		return false
	}
	for _, n := range ms {
		if n.J != e-1 || n.I < 1 || toks[n.I-1].Lower != "the" || n.J-n.I > 3 {
			continue
		}
		if n.Kind != mention.TitleRef && n.Kind != mention.Person {
			continue
		}
		// A title alone, not a name: "the Pope", or "the Emperor" read as
		// the short form of "Emperor X".
		if !titleHeads[toks[n.J-1].Lower] && !mention.TheTitle(toks, n.J-1) && !mention.IsTitleWord(toks[n.J-1].Lower) {
			continue
		}
		f := n.I - 1
		return f == 0 || toks[f-1].Text == "," || frontedTimeBefore(toks, f) || frontedEventBefore(toks, f) || styleOpening(toks, f)
	}
	return false
}

// styleOpening: the words before the "the" at e are a ruler's style
// alone ("His Highness", "Her Majesty"), opening the sentence or the
// clause after a comma, so the bare title after them is the clause's
// subject: "His Highness the Amir arrived in X", "Later, Her Majesty the
// Queen received Y".
func styleOpening(toks []text.Token, e int) bool {
	if e >= 1 && abbreviatedStyles[toks[e-1].Text] {
		// "HH the Emir held talks with X", "Earlier, HE the Minister
		// met Y": Gulf and Arab agencies write the style abbreviated, one
		// upper-case token, before a bare title that is the clause's
		// subject (the three-hundred-and-twenty-seventh round: p672,
		// p1996).
		return e == 1 || toks[e-2].Text == ","
	}
	k := e - 1
	for k >= 0 && toks[k].Word && rulerStyles[toks[k].Lower] {
		k--
	}
	if k >= e-2 || k >= 0 && toks[k].Text != "," {
		return false
	}
	switch toks[k+1].Lower {
	case "his", "her", "their":
	default:
		return false
	}
	return rulerStyleNouns[toks[e-1].Lower]
}

// rulerStyles make up a style; rulerStyleNouns end one.
var (
	rulerStyles     = lex("rulerStyles")
	rulerStyleNouns = lex("rulerStyleNouns")
)

// abbreviatedStyles are a style written as one upper-case token ("HH",
// "HE", "H.E."), matched on the token's text so that the pronoun "he"
// never counts (styleOpening).
var abbreviatedStyles = map[string]bool{"HH": true, "HE": true, "H.H.": true, "H.E.": true}

// meetingObjectLead: the word at e, right before the "the" of a bare
// title, makes the title the one met — "X met the President", "sat down
// with the Prime Minister", "called on the Premier", "was received by the
// King" — so the title names the person the story gave that post as a
// subject title does (bareTitleRefs). "on" and "by" lead only after a
// call or reception verb ("agreed on the", "appointed by the").
func meetingObjectLead(toks []text.Token, e int) bool {
	switch w := toks[e].Lower; {
	case titleObjectLeads[w]:
		return true
	case w == "on" || w == "by":
		return e > 0 && (titleObjectVerbs[toks[e-1].Lower] || w == "by" && receivedPastManner(toks, e))
	}
	return false
}

// receivedPastManner: the "by" at e ends a passive reception whose verb
// stands one or two words back, past how or when the guests were
// received — "were received together by the President", "was received
// jointly by the King", "were welcomed later by the Premier" —, as
// reports of a host receiving several delegations tell it: the bare
// title after "by" is the host, as right after the verb (issue 14's
// three-hundred-and-seventy-second round, p2265).
func receivedPastManner(toks []text.Token, e int) bool {
	for v := e - 1; v >= 1 && v >= e-3; v-- {
		l := toks[v].Lower
		if titleObjectVerbs[l] {
			return v < e-1 && mention.Auxiliaries[toks[v-1].Lower]
		}
		if toks[v].Cap || !toks[v].Word || !receptionManners[l] && !(len(l) > 4 && strings.HasSuffix(l, "ly")) {
			return false
		}
	}
	return false
}

// receptionManners may stand between a passive reception verb and its
// "by" agent (receivedPastManner).
var receptionManners = lex("receptionManners")

var (
	titleObjectLeads = lex("titleObjectLeads")
	titleObjectVerbs = lex("titleObjectVerbs")
)

// frontedTimeBefore: the sentence opens with a short time adjunct set
// off by no comma, ending right before token e — "In the evening the
// Premier had talks with X", "Later the Minister met Y", "On Tuesday the
// President received Z" — so that what starts at e is the subject of the
// main clause, as after a comma.
func frontedTimeBefore(toks []text.Token, e int) bool {
	if e < 1 || e > 4 {
		return false
	}
	timed := false
	for _, t := range toks[:e] {
		if !t.Word || !frame.IsTimeWord(t) {
			return false
		}
		if !frontFillers[t.Lower] {
			timed = true
		}
	}
	return timed
}

// frontedEventBefore: the sentence opens with "After", "Before" or
// "During" and a short event set off by no comma, ending right before
// token e — "After the service the Pope and ...", "During the lunch the
// President ..." — so that what starts at e is the subject of the main
// clause, as after a fronted time (issue 14's
// four-hundred-and-thirty-seventh round, p2654).
func frontedEventBefore(toks []text.Token, e int) bool {
	if e < 3 || e > 4 || !eventLeads[toks[0].Lower] || toks[1].Lower != "the" {
		return false
	}
	for _, t := range toks[2:e] {
		if !t.Word || t.Cap || mention.Auxiliaries[t.Lower] || eventInnerWords[t.Lower] {
			return false // "Before the meeting with the Prime Minister, X": the title is the adjunct's
		}
	}
	return true
}

// eventInnerWords would make the title after them part of the fronted
// event, not the clause's subject (frontedEventBefore).
var eventInnerWords = map[string]bool{"with": true, "of": true, "to": true, "for": true, "by": true, "in": true, "on": true, "at": true, "and": true}

// eventLeads open a fronted event adjunct (frontedEventBefore).
var eventLeads = map[string]bool{"after": true, "before": true, "during": true}

// frontFillers are the prepositions and determiners of a fronted time
// adjunct ("in the", "on a"): no time of their own.
var frontFillers = lex("frontTimeFillers")

// recentHolder is the one actor named in the ten sentences up to token i
// of sentence si for whom ok holds: -1 and several when more than one
// does, -1 when none does.
func (d *Story) recentHolder(si, i int, ok func(int) bool) (found int, several bool) {
	found = -1
	for s := si; s >= 0 && s >= si-10; s-- {
		for _, n := range d.Ments[s] {
			if n.Actor < 0 || s == si && n.I >= i || n.Actor == found || !ok(n.Actor) {
				continue
			}
			if found >= 0 {
				return -1, true
			}
			found = n.Actor
		}
	}
	return found, false
}

// holder is the one person holds accepts among those named in the ten
// sentences up to token i of sentence si, or, when none of them is, the
// one in the whole story; -1 when none or several are.
func (d *Story) holder(si, i int, holds func(int) bool) int {
	found, several := d.recentHolder(si, i, holds)
	if several || found >= 0 {
		return found
	}
	for a := range d.Cast.Actors {
		if holds(a) {
			if found >= 0 {
				return -1
			}
			found = a
		}
	}
	return found
}

// bareTitleHolder is the person a bare title at token i of sentence si
// refers to (bareTitleRefs), or -1.
func (d *Story) bareTitleHolder(si, i int, head, title string) int {
	exact := func(a int) bool {
		x := d.Cast.Actors[a]
		return x.Kind == graph.Person && slices.ContainsFunc(x.Positions, func(p Position) bool { return strings.EqualFold(p.Title, title) })
	}
	found, several := d.recentHolder(si, i, exact)
	if several || found >= 0 {
		return found
	}
	// "the Premier" after "Prime Minister X", "the Prime Minister" after
	// "Premier X": one head of government in either word, as agencies
	// vary them from one sentence to the next (samePremier; issue 14's
	// four-hundred-and-thirty-fourth round, p2639, p1958). Only a recent,
	// single holder: the bare word is never read against the whole story.
	premier := func(a int) bool {
		x := d.Cast.Actors[a]
		return x.Kind == graph.Person && slices.ContainsFunc(x.Positions, func(p Position) bool { return samePremier(strings.ToLower(p.Title), head, title) })
	}
	if found, several = d.recentHolder(si, i, premier); several || found >= 0 {
		return found
	}
	if len(d.Sents) == 0 || !d.Sents[0].Title {
		return d.laterHolder(si, i, exact)
	}
	for _, n := range d.Ments[0] {
		if n.Actor < 0 || n.Actor == found || d.Cast.Actors[n.Actor].Kind != graph.Person {
			continue
		}
		if !slices.ContainsFunc(d.Cast.Actors[n.Actor].Positions, func(p Position) bool { return strings.Contains(strings.ToLower(p.Title), head) }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = n.Actor
	}
	if found < 0 {
		return d.laterHolder(si, i, exact)
	}
	return found
}

// bareOrRegnalHolder is bareTitleHolder's reading, or, when it finds no
// one and the title is a ruler's ("the Pope", "the Pontiff", "the King"),
// the one person of the story named as a ruler is, by a regnal name, and
// given no post: "The Pope welcomed X ... Afterward Y II said", "The
// Pope received the King of Z ... alone with W XVI" (the
// two-hundred-and-seventy-third round, p1035, p1673). The holder takes
// the post.
func (d *Story) bareOrRegnalHolder(si, i int, head, title string) int {
	if p := d.bareTitleHolder(si, i, head, title); p >= 0 || !regnalTitles[head] {
		return p
	}
	found := -1
	for a, x := range d.Cast.Actors {
		if x.Kind != graph.Person || len(x.Names) == 0 || !regnalName(x.Names[0]) {
			continue
		}
		if len(x.Positions) > 0 || found >= 0 {
			return -1
		}
		found = a
	}
	if found >= 0 {
		d.addPosition(found, mention.CleanTitle(title), -1)
	}
	return found
}

// namedFirstWithin: person p is first named after sentence si, within
// the n sentences after it.
func (d *Story) namedFirstWithin(p, si, n int) bool {
	for s := range d.Sents {
		for _, m := range d.Ments[s] {
			if m.Actor == p && m.Kind == mention.Person {
				return s > si && s <= si+n
			}
		}
	}
	return false
}

// titlePreps before "the <title> of <state>" make it part of another's
// description.
var titlePreps = lex("preps")

// regnalTitles are the posts of rulers known by a regnal name.
var regnalTitles = lex("regnalTitles")

// regnalName: a ruler's name, one or two capitalized given names and a
// Roman numeral of two letters or more, or "V" or "X" ("X XVI", "Y Z
// II").
func regnalName(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	num := w[len(w)-1]
	if len(num) < 2 && num != "V" && num != "X" || strings.Trim(num, "IVXL") != "" {
		return false
	}
	for _, g := range w[:len(w)-1] {
		if g == strings.ToUpper(g) || g[0] < 'A' || g[0] > 'Z' {
			return false
		}
	}
	return true
}

// laterHolder: a bare title no one named before holds ("The Taoiseach
// and the Prime Minister signed ... The Taoiseach, Mr X, was
// accompanied by ...", "The Emir received Y ... The Emir, Sheikh Z,")
// names the one person the story gives that very post further on, as a
// lead that tells the principals by their posts and names them in the
// next paragraph does (the two-hundred-and-seventy-third round, p1671,
// p1672). -1 when none or several hold it, or the holder was named
// before token i of sentence si (the nearer reading found no one there).
func (d *Story) laterHolder(si, i int, holds func(int) bool) int {
	found := -1
	for s := si; s < len(d.Sents); s++ {
		for _, n := range d.Ments[s] {
			if s == si && n.I <= i || n.Actor < 0 || n.Actor == found || !holds(n.Actor) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = n.Actor
		}
	}
	if found < 0 {
		return -1
	}
	for s := 0; s <= si; s++ {
		for _, n := range d.Ments[s] {
			if n.Actor == found && (s < si || n.I < i) {
				return -1
			}
		}
	}
	if d.introducedOfState(found) {
		return -1
	}
	return found
}

// introducedOfState: the story first names person a with an apposition
// giving the post with a place of its own, "Sir X, the Prime Minister of
// Y," (a state, a province, a region the cast may not hold) — the way a writer brings in a second holder of a post, so an
// earlier bare "the Prime Minister" was the home one, not him: "The
// Prime Minister received Mr A ... Sir X, the Prime Minister of Y, is
// to see ..." (the three-hundred-and-seventy-third round: p2183, p2273).
func (d *Story) introducedOfState(a int) bool {
	for s := range d.Sents {
		for _, n := range d.Ments[s] {
			if n.Actor != a {
				continue
			}
			toks := d.Sents[s].Toks
			k := n.J
			if k+2 >= len(toks) || toks[k].Text != "," || toks[k+1].Lower != "the" {
				return false
			}
			for e := k + 2; e < len(toks) && e <= k+5; e++ {
				if toks[e].Lower == "of" {
					return e > k+2 && e+1 < len(toks) && toks[e+1].Cap && toks[e+1].Word
				}
				if !toks[e].Cap || !toks[e].Word {
					return false
				}
			}
			return false
		}
	}
	return false
}

// ofStateAfter: at token k "of (the)" and a state's name with nothing
// of its own after it; the state's mention, nil when none.
func (d *Story) ofStateAfter(si, k int) *mention.Mention {
	toks := d.Sents[si].Toks
	if k >= len(toks) || toks[k].Lower != "of" {
		return nil
	}
	k++
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	o := d.mentionStartingAt(si, k)
	if o == nil || o.Actor < 0 || o.Kind != mention.State || d.Cast.Actors[o.Actor].Kind != graph.State {
		return nil
	}
	return o
}

// stateTitleHolder is the person "the <title> of <state>" names with no
// name of its own ("met the Emir of Qatar", "received the King of
// Ruritania"), or -1: the one holder of that very post in that state, or
// of the post with no state, the story naming him only as "The Emir,
// Sheikh X," so that the title alone tells his state (the
// two-hundred-and-seventy-third round, p1673; p1131, p1167). The
// holder's post takes the state.
//
// A holder of the post with no state is taken only when first named in
// the three sentences after si, the lead's title naming the principals
// the next paragraphs name ("The Prime Minister, Mr X,"; p1671, p1673):
// a holder named before is another ruler ("King X arrived ... Y welcomed
// the King of Z"), one named far on may be another state's ("the Soviet
// President" and "President Y" of a later paragraph; p1035). ahead > 0
// (a demonym's title) takes no holder of the post in the state itself:
// that reading is titleHolder's.
func (d *Story) stateTitleHolder(si, i int, title string, state, ahead int) int {
	holds := func(a int) bool {
		x := d.Cast.Actors[a]
		if x.Kind != graph.Person || x.Affiliation >= 0 && x.Affiliation != state {
			return false
		}
		return slices.ContainsFunc(x.Positions, func(p Position) bool {
			return strings.EqualFold(p.Title, title) && (p.Org == state && ahead == 0 || p.Org < 0 && d.namedFirstWithin(a, si, 3) && (ahead == 0 || d.namedAfterBareTitle(a, si)))
		})
	}
	p := d.holder(si, i, holds)
	if p < 0 {
		return -1
	}
	x := d.Cast.Actors[p]
	for k := range x.Positions {
		if strings.EqualFold(x.Positions[k].Title, title) && x.Positions[k].Org < 0 {
			x.Positions[k].Org = state
		}
	}
	if x.Affiliation < 0 {
		x.Affiliation = state
	}
	return p
}

// namedAfterBareTitle: person a is first named, after sentence si, in
// apposition to the bare title the story used ("The Prime Minister, Mr
// X,"), so that a demonym's title before ("the British Prime Minister")
// is his (p1671). A holder first named with the title run on before his
// name ("President X, who ordered ...") is named by a post of his own,
// as another state's head is: "the Iraqi president" in an envoy's
// talks is not the other side's President named in the next paragraph
// (the three-hundred-and-sixty-second round, p2208; p1035's "the Soviet
// President" and a later "President Y").
func (d *Story) namedAfterBareTitle(a, si int) bool {
	for s := si + 1; s < len(d.Sents); s++ {
		toks := d.Sents[s].Toks
		for _, m := range d.Ments[s] {
			if m.Actor != a || m.Kind != mention.Person {
				continue
			}
			k := m.I
			for k > 0 && honorifics[strings.TrimSuffix(toks[k-1].Lower, ".")] {
				k--
			}
			return k >= 2 && toks[k-1].Text == "," && (TitleWordLower(toks[k-2]) || mention.IsTitleWord(toks[k-2].Lower))
		}
	}
	return false
}

// locativeBefore: a locative preposition, perhaps with "the", stands
// before toks[i]: "in the Vatican's", "at Egypt's".
func locativeBefore(toks []text.Token, i int) bool {
	if i > 0 && toks[i-1].Lower == "the" {
		i--
	}
	return i > 0 && locativeBeforeName[toks[i-1].Lower]
}

// acronymTitles reads a title's initials standing for the one person the
// story gave that title before a name, as readouts shorten their
// principal's post ("External Affairs Minister X visited ... EAM called
// on Y", "the PM"): an acronym of two to five capitals, with no name
// after it ("PM X" is a title before a name) and no actor of its own,
// stands for that person when the story writes, once or more, capitalized
// words with just those initials, the last a title head, right before the
// name of one person only (honorifics between, "Minister Dr. X").
func (d *Story) acronymTitles() {
	holders := map[string]int{} // acronym -> person, -2 when several
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for _, m := range d.Ments[si] {
			if m.Actor < 0 || m.Kind != mention.Person || d.Cast.Actors[m.Actor].Kind != graph.Person {
				continue
			}
			e := m.I
			for e > 0 && e > m.I-3 && (honorifics[toks[e-1].Lower] || toks[e-1].Text == ".") {
				e--
			}
			for n := 2; n <= 5 && e-n >= 0; n++ {
				if !titleHeads[toks[e-1].Lower] {
					break
				}
				acr, ok := "", true
				for j := e - n; j < e; j++ {
					if !toks[j].Cap || !toks[j].Word || toks[j].Acronym {
						ok = false
						break
					}
					acr += toks[j].Text[:1]
				}
				if !ok {
					break
				}
				if h, seen := holders[acr]; seen && h != m.Actor {
					holders[acr] = -2
				} else {
					holders[acr] = m.Actor
				}
			}
		}
	}
	if len(holders) == 0 {
		return
	}
	for si := range d.Sents {
		toks := d.Sents[si].Toks
		for k, t := range toks {
			if !t.Acronym || strings.Contains(t.Text, ".") || len(t.Text) > 5 {
				continue
			}
			p, ok := holders[t.Text]
			if !ok || p < 0 || k+1 < len(toks) && toks[k+1].Cap && toks[k+1].Word || k > 0 && mention.IsNumber(toks[k-1].Lower) {
				continue // "PM X" titles X; "at 5 PM" is an hour
			}
			mi := slices.IndexFunc(d.Ments[si], func(m mention.Mention) bool { return m.I <= k && k < m.J })
			if mi >= 0 {
				m := &d.Ments[si][mi]
				if m.Actor >= 0 || m.I != k || m.J != k+1 {
					continue
				}
				m.Kind, m.Actor, m.TI = mention.Person, p, k
				continue
			}
			at := slices.IndexFunc(d.Ments[si], func(m mention.Mention) bool { return m.I > k })
			if at < 0 {
				at = len(d.Ments[si])
			}
			d.Ments[si] = slices.Insert(d.Ments[si], at, mention.Mention{I: k, J: k + 1, Kind: mention.Person, Actor: p, Text: t.Text, TI: k})
		}
	}
}

// hostedTitles are posts held in another state: the name after "to" is
// the host ("Ambassador to Britain"), not the post's own state.
var hostedTitles = lex("hostedTitles")

// complementBroken: between a title's "of" and the name at e another
// noun phrase opens ("of the Diet and a former ..."): an indefinite
// article after "and" or a comma starts a second apposition, so the name
// is that one's complement, not this title's. A comma then "and" closes
// the apposition and opens the list's next item ("X, Minister
// Responsible for Trade, and on the other side Y"): a state
// past it is no complement of this title (issue 14's
// four-hundred-and-seventh round; p1992).
func complementBroken(toks []text.Token, b, e int) bool {
	for j := b; j+1 < e; j++ {
		if (toks[j].Lower == "and" || toks[j].Text == ",") && (toks[j+1].Lower == "a" || toks[j+1].Lower == "an") {
			return true
		}
		if toks[j].Text == "," && toks[j+1].Lower == "and" {
			return true
		}
		if toks[j].Text == "," && clauseConjunctions[toks[j+1].Lower] {
			// "X, chairman of the commission, while the B side was
			// led by Y": the name lies in the next clause (issue 14's
			// four-hundred-and-fifty-fourth round, p2756).
			return true
		}
	}
	return false
}

// clauseConjunctions, after a comma, open a clause of their own: a name
// past them is no title's complement (complementBroken). The roles
// package reads the same list to end a body's members.
var clauseConjunctions = lex("clauseConjunctions")

// pairedComplement: the mention o is the first of two actors joined by
// "and" ("for Serbia and Kosovo", "for the Sudan and South Sudan"): a
// title's "for" complement so told names the two sides the post deals
// with (an envoy for two parties), none of them the holder's own body
// (the two-hundred-and-thirty-fourth round; p1439).
func (d *Story) pairedComplement(si int, o mention.Mention) bool {
	toks := d.Sents[si].Toks
	n := o.J
	if n >= len(toks) || toks[n].Lower != "and" {
		return false
	}
	n++
	if n < len(toks) && toks[n].Lower == "the" {
		n++
	}
	for _, m := range d.Ments[si] {
		if m.I == n && m.Actor >= 0 && m.Actor != o.Actor && m.Kind != mention.Person && m.Kind != mention.NonActor && m.Kind != mention.TitleRef {
			return true
		}
	}
	return false
}

// knownLeaders ties a person the text ties to no state to the state the
// gazetteer's leaders know them by (gazetteer.Leaders), when the story
// names that state: "Putin and Erdogan spoke" in a story of Russia and
// Türkiye is a Russian and a Turkish leader, as any reader knows. A state
// the story never names is not brought in: a leader of one country may
// act for another body in it (a former president as an envoy).
func (d *Story) knownLeaders() {
	for _, a := range d.Cast.Actors {
		if a.Kind != graph.Person || a.Affiliation >= 0 {
			continue
		}
		if code, ok := d.G.Leaders[gazetteer.LeaderKey(a.Name())]; ok {
			if st, ok := d.Cast.byCode[code]; ok {
				a.Affiliation = st
			}
		}
	}
}

// apposedBodyPost: a body named before the head of an apposed title
// ("X, the Y Front leader") is the organization of the post when it is a
// group (a movement, party, front or union). An organization is left
// out: "the UN mediator", "the State Department's adviser" are posts the
// actors stage already gives to the state or body a mediator serves, and
// taking the organization there made it, not the state, the mediator
// (p1400, p459).
func apposedBodyPost(k graph.Kind) bool {
	return k == graph.Group
}
