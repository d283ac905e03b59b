package extract

// General English knowledge the rules rely on: honorifics, titles of office,
// head nouns that tell organizations from groups and documents, meeting
// vocabulary and function words. None of it names an entity from a
// particular article.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// honorifics precede a name without being part of it.
var honorifics = set("mr", "mrs", "ms", "messrs", "dr", "sheikh", "sir", "dame", "professor", "prof",
	"rev", "lord", "lady", "h.e", "excellency")

// titleHeads end a title of office: "Foreign Minister", "army chief".
var titleHeads = set("president", "minister", "secretary", "director", "chief", "emir", "king", "queen",
	"prince", "princess", "chancellor", "speaker", "envoy", "ambassador", "negotiator", "spokesperson",
	"spokesman", "spokeswoman", "adviser", "advisor", "aide", "commander", "chairman", "chairwoman",
	"chair", "head", "leader", "coordinator", "mediator", "general", "marshal", "governor", "mayor",
	"premier", "representative", "delegate", "counterpart", "vice-president", "emissary", "sultan",
	"monarch", "colonel", "lieutenant", "admiral", "brigadier", "major", "deputy", "senator",
	"congressman", "congresswoman", "lawmaker", "member", "official", "officer", "diplomat", "founder",
	"ceo", "administrator", "commissioner", "secretary-general", "president-elect", "prosecutor",
	"judge", "justice", "attorney", "staff", "mufti", "imam", "patriarch", "pope", "cardinal",
	"archbishop", "bishop", "crown")

// titleMods may precede a title head inside a title.
var titleMods = set("senior", "top", "chief", "special", "deputy", "vice", "former", "acting", "foreign",
	"defence", "defense", "interior", "prime", "intelligence", "army", "security", "presidential",
	"then-president", "national", "state", "high-level", "high-ranking", "lead", "assistant", "executive",
	"first", "second", "military", "finance", "economy", "justice", "health", "field", "war", "cabinet",
	"supreme", "general", "political", "crown", "opposition", "rebel", "then", "interim", "transitional",
	"de", "facto", "permanent", "regional", "personal", "nuclear", "peace", "humanitarian",
	"central", "committee", "trade", "energy", "oil", "council", "information", "media",
	"press", "communications", "agriculture", "education", "labour", "labor",
	"transport", "culture", "youth", "tourism", "industry", "water", "environment", "planning",
	"legal", "policy", "people", "representatives", "strategic", "economic", "armed", "forces", "middle", "east", "west", "north", "south", "us",
	"u.s", "un", "eu", "au", "house", "majority", "minority", "party", "ruling", "federal", "provincial",
	"new", "incoming", "outgoing", "longtime", "veteran", "ex", "elder", "grand")

// orgHeads end the name of an organization.
var orgHeads = set("council", "commission", "ministry", "department", "agency", "union", "organization",
	"organisation", "committee", "court", "fund", "office", "authority", "service", "services",
	"news", "media", "tv", "times", "post", "tribune", "press", "radio", "broadcasting", "corporation",
	"company", "institute", "university", "parliament", "assembly", "presidency", "government",
	"secretariat", "mission", "league", "network", "journal", "herald", "guardian", "telegraph",
	"reuters", "ap", "afp", "bbc", "cnn", "cbs", "nbc", "abc", "channel", "foundation", "program",
	"programme", "cross", "crescent", "embassy", "consulate", "senate", "congress", "inc", "ltd",
	"group", "house", "kremlin", "pentagon", "daily", "gazette", "review", "monitor", "observer", "watch",
	"international", "brotherhood", "board", "directorate", "bureau", "cabinet")

// groupHeads end the name of an armed group, movement or party.
var groupHeads = set("front", "forces", "movement", "army", "party", "brigade", "brigades", "militia",
	"militias", "alliance", "coalition", "rebels", "guard", "guards", "resistance", "jihad",
	"battalion", "battalions", "legion", "congress")

// nonActorHeads end names that are neither actors nor places: documents,
// events, buildings.
var nonActorHeads = set("agreement", "declaration", "accord", "accords", "treaty", "plan", "action",
	"deal", "strip", "crossing", "point", "square", "palace", "street", "road", "airport", "hotel",
	"day", "week", "prize", "cup", "summit", "conference", "war", "initiative", "process", "act", "law",
	"resolution", "ceasefire", "talks", "forum", "dialogue", "games", "olympics", "award", "protocol", "republic",
	"charter", "convention", "framework", "memorandum", "roadmap", "road-map", "deal", "pact", "bridge",
	"river", "sea", "ocean", "gulf", "mountains", "valley", "region", "province", "state", "county",
	"district", "city", "island", "islands", "desert", "border", "zone", "corridor", "complex",
	"building", "buildings", "center", "centre", "hall", "stadium", "residence", "base", "camp", "port", "canal",
	"lake", "peninsula", "heights", "bank", "coast", "hills", "prison", "hospital", "school", "church",
	"mosque", "temple", "cathedral", "avenue", "boulevard", "quarter", "program", "project", "strategy",
	"doctrine", "budget", "bill", "fm", "am", "gmt", "utc", "offensive", "operation", "attack", "crisis",
	"revolution", "uprising", "election", "elections", "referendum", "budget", "index")

// functionWords are capitalized only at the start of a sentence and never
// begin a name.
var functionWords = set("the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
	"we", "i", "you", "his", "her", "their", "our", "my", "your", "in", "on", "at", "for", "but", "and", "or",
	"as", "after", "before", "during", "since", "while", "according", "citing", "under", "inside", "outside",
	"speaking", "meanwhile", "separately", "later", "earlier", "recently", "last", "next", "one", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "if", "when", "where", "who", "what", "which",
	"why", "how", "there", "here", "then", "also", "still", "yet", "so", "thus", "however", "although",
	"though", "despite", "with", "without", "from", "by", "to", "of", "about", "over", "between", "among",
	"amid", "against", "into", "onto", "upon", "both", "all", "some", "many", "most", "several", "each",
	"every", "no", "not", "other", "another", "such", "only", "even", "just", "more", "less", "few",
	"first", "second", "third", "new", "old", "is", "are", "was", "were", "be", "has", "have", "had",
	"will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did", "said",
	"says", "yes", "now", "today", "yesterday", "tomorrow", "once", "again", "well", "because",
	"until", "unless", "whether", "let", "let's", "please", "thank", "thanks", "dear", "hello", "oh")

// initialWords open sentences capitalized but are ordinary words; they are
// dropped from a name only at the start of a sentence.
var initialWords = set("read", "see", "photo", "video", "watch", "live", "update", "updated",
	"breaking", "exclusive", "analysis", "opinion", "editor", "note", "sources", "officials", "reporting",
	"writing", "editing", "additional", "following", "including", "regarding", "talks",
	"negotiations", "direct", "regional", "military", "high", "ranking", "federal",
	"government", "mr", "mrs", "ms", "dr", "western", "eastern", "northern", "southern", "international",
	"local", "senior", "top", "police", "security", "officials", "residents", "witnesses", "israeli")

// particles join the parts of a name in lower case: "bin", "al-", "de".
var particles = set("bin", "ibn", "bint", "al", "el", "de", "da", "du", "del", "della", "der", "den", "van",
	"von", "la", "le", "di", "dos", "das", "ould", "ag", "abu", "ben", "y", "ter", "zu")

// Weekdays and months, lower case.
var weekdays = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2,
	"mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// abbreviations end with a period that does not end the sentence.
var abbreviations = set("mr", "mrs", "ms", "messrs", "dr", "st", "gen", "lt", "col", "sgt", "sen", "rep",
	"gov", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"no", "vs", "jr", "sr", "inc", "ltd", "co", "corp", "maj", "capt", "adm", "brig", "rev", "hon", "pres",
	"approx", "dept", "est", "fig", "mt", "ft", "ave", "etc", "e.g", "i.e", "u.s", "u.n", "u.k", "d.c")

// personVerbs follow a person far more often than an organization; a lone
// unknown capitalized word before one of them is taken for a surname.
var personVerbs = set("said", "says", "told", "added", "tweeted", "wrote", "offered", "called", "met",
	"meets", "spoke", "speaks", "arrived", "urged", "insisted", "stressed", "warned", "confirmed",
	"vowed", "pledged", "promised", "declared", "argued", "noted", "explained", "recalled", "visited",
	"travelled", "traveled", "phoned", "hosted", "received", "signed", "thanked", "praised",
	"criticised", "criticized", "remarked", "admitted", "denied", "accused", "welcomed")

// groupNouns after an unknown name mark it as a collective actor:
// "M23 group", "Hamas delegation".
var groupNouns = set("group", "militants", "fighters", "rebels", "movement", "militia", "delegation",
	"delegates", "negotiators", "leadership", "leaders", "officials", "spokesman", "spokesperson",
	"chief", "leader", "commander", "commanders", "members", "forces", "government", "authorities",
	"statement", "official", "team", "negotiator", "politburo")

// demonymStateNouns after a demonym make it stand for the state:
// "Sudanese government", "Ukrainian representatives".
var demonymStateNouns = set("government", "delegation", "officials", "official", "representatives",
	"negotiators", "team", "side", "presidency", "authorities", "leaders", "leader", "administration",
	"counterparts", "diplomats", "envoys", "mediators", "mediation", "delegations", "ministry")

// demonymOrgNouns after a demonym name a state body of its own:
// "Sudanese army".
var demonymOrgNouns = set("army", "military", "navy", "police", "parliament")
