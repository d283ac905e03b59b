package gazetteer

import (
	"github.com/parley-dev/parley/extract/lexicon"
	"github.com/parley-dev/parley/graph"
)

// KnownOrg is a widely known international or national body. The list is
// general knowledge (institutions any newsroom style guide names), not taken
// from any article.
type KnownOrg struct {
	Name    string
	Kind    graph.Kind
	Aliases []string
	Country string // ISO code of the state it belongs to, if any
}

// Seats are bodies named after a building in the capital: a meeting "at
// the Kremlin" is in Moscow; so is one at a foreign ministry known by a
// name of its own ("was received at the State Department", p367; "then
// lunched at the Quai d'Orsay", p363). "the Foreign Office" is left out:
// Pakistan's ministry is called so too (p148), as is Britain's (p69).
//
// Seoul's presidential compound is one too: Korean and Japanese copy
// tells a visitor received "at Cheong Wa Dae" (older romanization "Chong
// Wa Dae") or "at the Blue House" with no city beside it (p2800, p1522).
var Seats = lexicon.Set("White House", "Pentagon", "Kremlin", "Downing Street", "Elysee", "State Department", "Quai d'Orsay", "Cheong Wa Dae")

// HeadquartersDatelines are bodies whose headquarters wire copy uses as
// a dateline of its own, keyed by the name in lower case, with the city
// the story is then filed from: "UNITED NATIONS, N.Y. (AP) -", "UNITED
// NATIONS, Oct. 26 -" are New York (the stylebooks' dateline for the
// world body's seat).
var HeadquartersDatelines = map[string]string{"united nations": "new york"}

// HeadquartersCities are international bodies whose headquarters stand in
// one city that copy takes as known, keyed by the name in lower case as
// it stands before "'s headquarters": a meeting "at the Commission's
// headquarters" is in Brussels, where the story may name no city at all
// (issue 14's four-hundred-and-sixty-sixth round, p2831, p2762). Bare
// "Commission" is the European one: news copy names other commissions in
// full.
var HeadquartersCities = map[string]string{
	"commission": "Brussels", "european commission": "Brussels", "eu": "Brussels", "nato": "Brussels",
	"african union": "Addis Ababa", "au": "Addis Ababa", "arab league": "Cairo",
	"united nations": "New York", "un": "New York", "u.n.": "New York",
}

var knownOrgs = []KnownOrg{
	{"United Nations", graph.Organization, []string{"UN", "U.N."}, ""},
	{"United Nations Security Council", graph.Organization, []string{"UN Security Council", "U.N. Security Council", "UNSC", "Security Council"}, ""},
	{"African Union", graph.Organization, []string{"AU"}, ""},
	{"European Union", graph.Organization, []string{"EU", "E.U."}, ""},
	{"NATO", graph.Organization, []string{"North Atlantic Treaty Organization"}, ""},
	{"Arab League", graph.Organization, []string{"League of Arab States"}, ""},
	{"Gulf Cooperation Council", graph.Organization, []string{"GCC"}, ""},
	// The Americas' regional body, which brokers the hemisphere's disputes
	// (the two-hundred-and-ninety-seventh round): without it the
	// demonym inside "Organization of American States" was read as the
	// United States (p1817, p1137).
	{"Organization of American States", graph.Organization, []string{"OAS", "Organisation of American States"}, ""},
	{"Organisation of Islamic Cooperation", graph.Organization, []string{"OIC", "Organization of Islamic Cooperation"}, ""},
	{"Intergovernmental Authority on Development", graph.Organization, []string{"IGAD"}, ""},
	{"Economic Community of West African States", graph.Organization, []string{"ECOWAS"}, ""},
	{"Southern African Development Community", graph.Organization, []string{"SADC"}, ""},
	{"East African Community", graph.Organization, []string{"EAC"}, ""},
	{"Association of Southeast Asian Nations", graph.Organization, []string{"ASEAN"}, ""},
	{"Organization for Security and Co-operation in Europe", graph.Organization, []string{"OSCE"}, ""},
	// The OSCE's group that mediates over Nagorno-Karabakh, a body of its own.
	{"OSCE Minsk Group", graph.Organization, []string{"Minsk Group"}, ""},
	{"International Atomic Energy Agency", graph.Organization, []string{"IAEA"}, ""},
	{"International Committee of the Red Cross", graph.Organization, []string{"ICRC", "Red Cross"}, ""},
	{"International Criminal Court", graph.Organization, []string{"ICC"}, ""},
	{"International Court of Justice", graph.Organization, []string{"ICJ"}, ""},
	{"International Monetary Fund", graph.Organization, []string{"IMF"}, ""},
	{"World Bank", graph.Organization, nil, ""},
	{"World Health Organization", graph.Organization, []string{"WHO"}, ""},
	{"OPEC", graph.Organization, []string{"Organization of the Petroleum Exporting Countries"}, ""},
	{"White House", graph.Organization, nil, "US"},
	{"State Department", graph.Organization, []string{"U.S. State Department", "US State Department", "Department of State"}, "US"},
	{"Pentagon", graph.Organization, []string{"Department of Defense"}, "US"},
	{"CIA", graph.Organization, []string{"Central Intelligence Agency"}, "US"},
	{"FBI", graph.Organization, []string{"Federal Bureau of Investigation"}, "US"},
	{"Kremlin", graph.Organization, nil, "RU"},
	{"Cheong Wa Dae", graph.Organization, []string{"Chong Wa Dae", "Blue House"}, "KR"},
	{"Mossad", graph.Organization, nil, "IL"},
	{"Shin Bet", graph.Organization, nil, "IL"},
	{"MI6", graph.Organization, []string{"Secret Intelligence Service"}, "GB"},
	{"FSB", graph.Organization, []string{"Federal Security Service"}, "RU"},
	{"Downing Street", graph.Organization, nil, "GB"},
	{"Elysee", graph.Organization, []string{"Élysée"}, "FR"},
	{"Quai d'Orsay", graph.Organization, nil, "FR"},
	// Taipei's five branches of government are each a "yuan" (council):
	// the last word alone is also a surname, so "the Legislative Yuan"
	// was read as a person "Yuan" and an adjective (p2980, p1424).
	{"Legislative Yuan", graph.Organization, nil, "TW"},
	{"Executive Yuan", graph.Organization, nil, "TW"},
	{"Control Yuan", graph.Organization, nil, "TW"},
	{"Judicial Yuan", graph.Organization, nil, "TW"},
	{"Examination Yuan", graph.Organization, nil, "TW"},
	{"Reuters", graph.Organization, nil, ""},
	{"Associated Press", graph.Organization, []string{"AP"}, ""},
	{"Agence France-Presse", graph.Organization, []string{"AFP"}, ""},
	{"BBC", graph.Organization, nil, "GB"},
	{"CNN", graph.Organization, nil, "US"},
	{"CBS News", graph.Organization, []string{"CBS"}, "US"},
	{"Al Jazeera", graph.Organization, nil, "QA"},
}

// DemonymExtras are common English demonyms the country data lacks: it
// gives one form per country, where news names Central Asian states by
// the people's name ("Kazakh President", "the Uzbek side"), and it joins
// Bosnia's two demonyms in one cell.
var DemonymExtras = map[string][]string{
	"KZ": {"Kazakh"},
	"UZ": {"Uzbek"},
	"TJ": {"Tajik"},
	"KG": {"Kyrgyz"},
	"BA": {"Bosnian"},
	"CV": {"Cape Verdean"}, // the data spells it "Cape Verdian" (p170, p301, p302)
	"SR": {"Surinamese"},   // the data gives "Surinamer" only (p392, p457, p530)
	// The adjective news uses for a state's government and delegation
	// where the data gives only the people's name ("Filipino", "Nepalese")
	// or another spelling: "the Philippine government", "the Rwandese
	// delegation" were read as a group of their own, not the state, so
	// the side went unread or doubled (ninety-first round: p349, p580).
	"PH": {"Philippine"},
	"RW": {"Rwandese"},
	"AZ": {"Azeri"},
	"MV": {"Maldivian"},
	"SI": {"Slovenian"},
	"AR": {"Argentinian"},
	"NP": {"Nepali"},
	"LA": {"Lao"},
	// "Korean" alone, as Seoul's and its partners' copy writes it, is the
	// Republic of Korea's adjective, as "Korea" alone is its name; the
	// North is "North Korean" or "DPRK". "the Korean President" was read
	// as a group "Korean" and the visit lost its guest (issue 14's
	// two-hundred-and-fifty-eighth round, p1580).
	"KR": {"Korean"},
}

// CountryExtras are common English short forms the country data lacks.
var CountryExtras = map[string][]string{
	"US": {"US", "U.S.", "U.S.A.", "America", "United States"},
	"GB": {"Britain", "U.K."},
	"CD": {"D.R. Congo"},
	"TR": {"Turkey"},
	"CZ": {"Czech Republic"},
	"MM": {"Burma"},
	"CI": {"Ivory Coast", "Côte d'Ivoire"},
	"PS": {"Palestinian territories"},
	"KR": {"South Korea"},
	"KP": {"North Korea"},
	"SY": {"Syria"},
	"NL": {"Holland"},
	"VA": {"Holy See"}, // the state that treats and mediates ("asked the Holy See to mediate")
	"LA": {"Lao PDR"},  // the official short form of Lao and ASEAN texts (p429, p500)
	// The initials Pacific and Australian copy uses for the state all
	// along ("PNG and Indonesia", "the PNG Government"); read alone they
	// were a group of their own beside the state (p1563, p1606, p2983).
	"PG": {"PNG"},
}
