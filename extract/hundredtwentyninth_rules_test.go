package extract

import "testing"

// Issue 14's hundred-and-twenty-ninth round: met pairs missed although
// both people are found, in group shapes (a delegation's listed members,
// a round of talks whose negotiators are named in other sentences, people
// "accompanied by" others), with sentences of its own.

// A person an apposition ties to a listed member by a preposition ("X,
// the adviser to President Y", "B, the sister of leader Z") is not one of
// the delegation's members (roster.go rosters, ofPrepositions; p809,
// p806): the list skips Y and Z. The negative case: a list opened by
// "consisted of" keeps its first member, whose "of" is the list's own.
func TestRosterSkipsPersonOfApposition(t *testing.T) {
	text := "Chad and Niger held talks on their border in Kassala on Monday. The Chadian delegation was led by Moussa Faki, the adviser to President Idriss Deby, and included Defence Minister Ali Mahamat."
	if hasHeld(t, text, "Idriss Deby", "Moussa Faki") {
		t.Errorf("%q: held %v, want no Deby at the talks", text, heldPairs(t, text))
	}
	if !hasHeld(t, text, "Ali Mahamat", "Moussa Faki") {
		t.Errorf("%q: held %v, want Faki with Mahamat", text, heldPairs(t, text))
	}
	// Negative: an "of" inside a capitalized title ("Minister of State
	// Secretary Y") ties Y to no member.
	text = "President Kalla Moutari received Prime Minister Albert Pahimi of Chad in Niamey on Monday. President Moutari was accompanied by Minister of Foreign Affairs Moussa Faki and Minister of State Secretary Ali Mahamat."
	if !hasHeld(t, text, "Ali Mahamat", "Kalla Moutari") {
		t.Errorf("%q: held %v, want Moutari with Mahamat", text, heldPairs(t, text))
	}
	// Negative: "consisted of" opens the list with its own "of".
	text = "President Kalla Moutari received a Chadian delegation in Niamey on Monday. The delegation consisted of Foreign Minister Moussa Faki and Defence Minister Ali Mahamat."
	if !hasHeld(t, text, "Kalla Moutari", "Moussa Faki") || !hasHeld(t, text, "Ali Mahamat", "Kalla Moutari") {
		t.Errorf("%q: held %v, want Moutari with Faki and Mahamat", text, heldPairs(t, text))
	}
}

// A relative clause set off by commas between a delegation noun and its
// verb ("The delegation, which arrived on Friday, was headed by X and
// included Y") still lets the verb open the delegation's member list
// (roster.go relativeClauseBefore; p806). The negative case: a clause
// that is no relative one ("The delegation, Chad said, was headed by")
// lists nobody.
func TestDelegationListAfterRelativeClause(t *testing.T) {
	text := "President Kalla Moutari received a Chadian delegation in Niamey on Monday. The delegation, which arrived on Sunday evening, was headed by Foreign Minister Moussa Faki and included Defence Minister Ali Mahamat."
	if !hasHeld(t, text, "Kalla Moutari", "Moussa Faki") || !hasHeld(t, text, "Ali Mahamat", "Kalla Moutari") {
		t.Errorf("%q: held %v, want Moutari with Faki and Mahamat", text, heldPairs(t, text))
	}
	// Negative: a parenthetical report is no relative clause.
	text = "President Kalla Moutari received a Chadian delegation in Niamey on Monday. The delegation, Chadian radio said on Sunday, was headed by Foreign Minister Moussa Faki."
	if hasHeld(t, text, "Kalla Moutari", "Moussa Faki") {
		t.Errorf("%q: held %v, want no list read", text, heldPairs(t, text))
	}
}

// "The round, which is expected to last a month, is chaired by X": the
// chair of talks the story has told sat at them (roster.go
// chairedTalksSubject; p809). The negative case: a future chair ("will be
// chaired by") joins no held meeting.
func TestChairOfTalksJoins(t *testing.T) {
	lead := "Chad and Niger resumed talks on their border in Kassala on Monday. The Chadian delegation is led by Foreign Minister Moussa Faki. The Niger team is headed by Defence Minister Kalla Moutari. "
	text := lead + "The round, which is expected to last two weeks, is chaired by Ambassador Rose Kamau, the regional envoy."
	if !hasHeld(t, text, "Moussa Faki", "Rose Kamau") || !hasHeld(t, text, "Kalla Moutari", "Rose Kamau") {
		t.Errorf("%q: held %v, want Kamau with Faki and Moutari", text, heldPairs(t, text))
	}
	// Negative: the next round's chair.
	text = lead + "The next round will be chaired by Ambassador Rose Kamau, the regional envoy."
	if hasHeld(t, text, "Moussa Faki", "Rose Kamau") {
		t.Errorf("%q: held %v, want no Kamau at the talks", text, heldPairs(t, text))
	}
}

// "X and Y also attended on the Z side": an attendance with no object
// but a side phrase ("on the X side", "for the Y delegation") puts its
// people at the meeting just told (merge.go onSide; p806). The negative
// case: "attended on Monday" followed by no side noun adds nobody to a
// meeting of the week before.
func TestAttendedOnSide(t *testing.T) {
	lead := "President Kalla Moutari received Foreign Minister Moussa Faki of Chad in Niamey on Monday. The talks lasted three hours. "
	text := lead + "Defence Minister Ali Mahamat and Interior Minister Hassan Issa also attended on the Niger side."
	if !hasHeld(t, text, "Ali Mahamat", "Moussa Faki") || !hasHeld(t, text, "Hassan Issa", "Moussa Faki") {
		t.Errorf("%q: held %v, want Mahamat and Issa with Faki", text, heldPairs(t, text))
	}
	// Negative: an attendance elsewhere, with no side phrase.
	text = lead + "Defence Minister Ali Mahamat and Interior Minister Hassan Issa attended on Friday a funeral in Zinder for the victims of the floods."
	if hasHeld(t, text, "Ali Mahamat", "Moussa Faki") {
		t.Errorf("%q: held %v, want no Mahamat at the talks", text, heldPairs(t, text))
	}
}

// At a gathering, leaders who "took their seats at the table" were
// there (merge.go partials, tookSeat; p808). The negative cases: "took his
// seat in parliament" is a post; and a host who "welcomed the
// delegations" in a statement is not read as present (a host's welcome
// is often given apart from the talks).
func TestSeatsTakenAtTable(t *testing.T) {
	lead := "President Kalla Moutari of Niger and President Moussa Faki of Chad met at a summit of coastal states in Accra on Monday. "
	text := lead + "Prime Minister Hassan Issa of Togo and President Rose Kamau of Kenya also took their seats at the round table."
	for _, p := range [][2]string{{"Hassan Issa", "Moussa Faki"}, {"Kalla Moutari", "Rose Kamau"}, {"Hassan Issa", "Rose Kamau"}} {
		if !hasHeld(t, text, p[0], p[1]) {
			t.Errorf("%q: held %v, want %v", text, heldPairs(t, text), p)
		}
	}
	// Negative: a seat in parliament; a welcome in a statement.
	text = lead + "President Ali Mahamat of Ghana welcomed the delegations in a statement. Prime Minister Hassan Issa of Togo took his seat in parliament the same day."
	for _, p := range [][2]string{{"Ali Mahamat", "Kalla Moutari"}, {"Hassan Issa", "Moussa Faki"}} {
		if hasHeld(t, text, p[0], p[1]) {
			t.Errorf("%q: held %v, want no %v", text, heldPairs(t, text), p)
		}
	}
}

// A dateline of a city in capitals and a weekday, closed by a double
// hyphen as papers typed the dash ("KASSALA, Wednesday -- ..."), is cut
// like one closed by a dash (text.datelineDashRE; p809): left in, its
// words ran into the lead's subject and the talks it reports were lost,
// with the rosters that name their people. The negative case: a lead that
// opens with names and a dash-set aside keeps its meeting.
func TestWeekdayDatelineDoubleHyphen(t *testing.T) {
	text := "KASSALA, Wednesday -- Chad and Niger held talks on their border in Kassala yesterday. The Chadian delegation was led by Foreign Minister Moussa Faki. The Niger team was headed by Defence Minister Kalla Moutari."
	if !hasHeld(t, text, "Kalla Moutari", "Moussa Faki") {
		t.Errorf("%q: held %v, want Faki with Moutari", text, heldPairs(t, text))
	}
	// Negative: no dateline; the names before the dash stay in the lead.
	text = "Foreign Minister Moussa Faki and Defence Minister Kalla Moutari -- old rivals -- held talks in Kassala on Monday."
	if !hasHeld(t, text, "Kalla Moutari", "Moussa Faki") {
		t.Errorf("%q: held %v, want Faki with Moutari", text, heldPairs(t, text))
	}
}
