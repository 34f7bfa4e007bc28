package ingest

// Word lists of English news writing: titles, nationalities, the heads of
// organisation names and of descriptions of unnamed sources.

// titleWords are words of titles and offices that stand before a name:
// "Assistant Foreign Minister Zheng Zeguang", "Sen. Bernie Sanders".
var titleWords = setOf("president", "vice", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
	"ambassador", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "gov.", "governor",
	"mayor", "chairman", "chairwoman", "chair", "ceo", "director", "chief", "general", "gen.", "admiral", "adm.",
	"judge", "justice", "attorney", "prosecutor", "commissioner", "premier", "chancellor", "king", "queen",
	"prince", "princess", "pope", "sheikh", "lord", "sir", "dame", "dr.", "prof.", "professor", "mr.", "mrs.",
	"ms.", "miss", "mr", "mrs", "ms", "assistant", "deputy", "foreign", "defense", "defence", "state",
	"interior", "finance", "treasury", "national", "security", "adviser", "advisor", "press", "leader", "speaker",
	"majority", "minority", "whip", "candidate", "nominee", "former", "acting", "executive", "officer",
	"president-elect", "lt.", "col.", "capt.", "sgt.", "maj.", "rev.", "reverend", "father", "bishop", "cardinal",
	"rabbi", "imam", "sister", "brother", "emir", "crown", "senior", "junior", "associate", "special", "envoy",
	"first", "lady", "sgt", "lt", "col", "capt", "gov", "sen", "rep", "house", "senate", "foreign", "affairs",
	"trade", "commerce", "justice", "labor", "energy", "health", "education", "homeland", "agriculture",
	"transportation", "economy", "economic", "prime", "supreme", "commander", "head", "founder", "co-founder",
	"manager", "editor", "analyst", "economist", "coach", "detective", "inspector", "superintendent", "sheriff",
	"officer", "pastor", "counsel", "solicitor", "auditor", "comptroller", "treasurer", "clerk", "provost",
	"dean", "rector", "principal", "chancellor", "lawmaker", "legislator", "councilman", "councilwoman",
	"alderman", "delegate", "consul", "general", "attaché", "commentator", "columnist", "correspondent",
	"reporter", "host", "anchor", "pollster", "strategist", "activist", "candidate", "vice-president",
	"vice-premier", "undersecretary", "under", "republican", "democratic", "democrat", "independent",
	"presidential", "campaign", "manager", "official", "spokesman", "member", "mp", "mep", "hon.", "del.", "senators", "sens.", "reps.", "representatives", "assemblyman", "assemblywoman", "councillor", "councilor", "the", "of")

// honorifics tell a person's gender.
var honorificGender = map[string]byte{"mr.": 'm', "mr": 'm', "mrs.": 'f', "mrs": 'f', "ms.": 'f', "ms": 'f',
	"miss": 'f', "sir": 'm', "lord": 'm', "dame": 'f', "lady": 'f', "king": 'm', "queen": 'f', "prince": 'm',
	"princess": 'f', "congressman": 'm', "congresswoman": 'f', "spokesman": 'm', "spokeswoman": 'f',
	"chairman": 'm', "chairwoman": 'f', "councilman": 'm', "councilwoman": 'f', "father": 'm', "sister": 'f',
	"brother": 'm', "businessman": 'm', "businesswoman": 'f'}

// nationalities are adjectives of nations and places that stand before
// titles ("Chinese President", "U.S. officials").
var nationalities = setOf("american", "chinese", "u.s.", "us", "u.k.", "uk", "british", "french", "german",
	"russian", "japanese", "indian", "israeli", "iranian", "syrian", "iraqi", "afghan", "pakistani", "mexican",
	"canadian", "european", "korean", "north", "south", "turkish", "saudi", "egyptian", "italian", "spanish",
	"ukrainian", "australian", "brazilian", "palestinian", "lebanese", "jordanian", "cuban", "venezuelan",
	"colombian", "argentine", "nigerian", "kenyan", "african", "asian", "arab", "western", "eastern", "dutch",
	"swedish", "norwegian", "danish", "finnish", "polish", "greek", "irish", "scottish", "welsh", "swiss",
	"austrian", "belgian", "portuguese", "vietnamese", "thai", "indonesian", "filipino", "malaysian",
	"singaporean", "taiwanese", "tibetan", "mongolian", "kazakh", "uzbek", "georgian", "armenian", "hungarian",
	"czech", "slovak", "romanian", "bulgarian", "serbian", "croatian", "bosnian", "libyan", "tunisian",
	"algerian", "moroccan", "ethiopian", "somali", "sudanese", "yemeni", "qatari", "emirati", "kuwaiti",
	"bahraini", "omani", "un", "u.n.", "eu", "e.u.", "nato", "state", "federal", "local", "white", "chinese-american")

// orgHeads end the names of organisations: "White House", "Foreign
// Ministry", "The Washington Post", "Reuters". They are generic head nouns;
// news organisations named by a single proper name are in wireServices.
var orgHeads = setOf("house", "ministry", "department", "agency", "post", "times", "journal", "news",
	"committee", "council", "board", "party", "campaign", "commission", "office", "bureau", "institute",
	"university", "college", "center", "centre", "foundation", "association", "union", "court", "congress",
	"senate", "parliament", "pentagon", "kremlin", "bank", "fund", "group", "corp.", "inc.", "co.", "company",
	"network", "tribune", "daily", "herald", "press", "magazine", "service", "administration", "government",
	"police", "army", "navy", "organization", "organisation", "coalition", "alliance", "federation", "league",
	"caucus", "society", "club", "authority", "assembly", "cabinet", "embassy", "consulate", "guardian",
	"telegraph", "gazette", "review", "monitor", "chronicle", "observer", "economist", "examiner", "inquirer",
	"globe", "sun", "star", "mail", "express", "independent", "wire", "radio", "television", "tv", "channel",
	"ministry", "services", "terminals", "foods", "brands", "stores", "mills", "logistics", "mutual", "airways", "air", "treasury", "judiciary", "legislature", "customs", "coastguard", "military", "secretariat", "prefecture", "municipality", "gendarmerie", "directorate", "inspectorate", "tribunal", "council", "forces", "force", "corps", "command", "academy", "school", "hospital",
	"clinic", "firm", "corporation", "industries", "holdings", "partners", "llc", "ltd.", "plc", "airlines",
	"motors", "systems", "technologies", "labs", "laboratory", "project", "initiative", "program", "programme",
	"council", "dialogue", "summit", "conference", "tribunal", "commission", "watch", "international",
	"foundation", "trust", "institution", "agency", "fbi", "cia", "nsa", "pentagon", "nasa", "who", "imf",
	"opec", "nato", "eu", "un", "blog", "website", "site", "poll", "survey", "report", "study", "statement",
	"data", "analysis", "index", "census", "court", "legislature", "state", "states", "republic", "kingdom",
	"nation", "nations", "union", "commonwealth", "assembly", "senate", "police", "broadcaster", "broadcasting",
	"newspaper", "newswire", "media", "weekly", "courier", "mirror", "pravda",
	"zeitung", "nachrichten", "presse", "agence", "agencia", "notizie")

// outletHeads end the names of news outlets: "The Korea Herald", "Sky
// News", "Radio Free Asia".
var outletHeads = setOf("news", "times", "post", "journal", "press", "radio", "tv", "television", "herald",
	"tribune", "daily", "gazette", "telegraph", "chronicle", "observer", "examiner", "inquirer", "globe", "mail",
	"express", "wire", "channel", "magazine", "review", "monitor", "broadcaster", "broadcasting", "newspaper",
	"newswire", "courier", "mirror", "agency", "network", "weekly")

// wireServices are the international news agencies and broadcasters that
// news in English cites by a bare proper name ("Reuters reported", "told
// AFP"), whose names carry no head noun that would mark them as
// organisations. It is meant as a general gazetteer of the world's
// agencies and public and global broadcasters, continent by continent, not
// as the outlets of any one set of articles; outlets with a head noun in
// their name ("The Korea Times", "Sky News") need no entry. Big platforms
// that speak as companies are listed too.
var wireServices = setOf(
	// wire services
	"ap", "afp", "reuters", "upi", "dpa", "efe", "ansa", "apa", "anp", "belga", "ntb", "ritzau", "stt",
	"pap", "ctk", "mti", "hina", "tanjug", "bta", "agerpres", "lusa", "ana-mpa", "anadolu", "tass", "itar-tass",
	"ria", "interfax", "ukrinform", "unian", "belta", "kazinform", "xinhua", "kyodo", "jiji", "yonhap", "kcna",
	"vna", "bernama", "antara", "pna", "tna", "pti", "ians", "ani", "bss", "irna", "isna", "tasnim",
	"fars", "mehr", "wafa", "mena", "wam", "qna", "kuna", "petra", "sana", "aap", "nzpa", "cp", "apf",
	"kna", "sapa", "aps", "bloomberg", "dow jones", "prnewswire", "business wire",
	"globenewswire",
	// broadcasters
	"bbc", "cnn", "al jazeera", "aljazeera", "al arabiya", "nhk", "kbs", "mbc", "sbs", "cctv", "cgtn", "rt",
	"dw", "deutsche welle", "france 24", "rfi", "rai", "zdf", "ard", "rtve", "rte", "cbc", "abc", "nbc",
	"cbs", "fox", "msnbc", "npr", "pbs", "c-span", "voa", "rfe/rl", "ndtv", "doordarshan", "trt",
	"euronews", "channel newsasia", "cna", "arirang", "tvb", "sabc", "nrk", "svt", "yle", "dr",
	// platforms
	"twitter", "facebook", "google", "apple", "microsoft", "amazon", "meta", "youtube", "tiktok", "instagram")

// anonHeads are nouns that describe a source without naming it: "a senior
// official", "people familiar with the matter", "analysts".
var anonHeads = setOf("official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson",
	"person", "people", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts",
	"expert", "experts", "diplomat", "diplomats", "observer", "observers", "critic", "critics", "officer",
	"officers", "insider", "insiders", "executive", "executives", "lawmaker", "lawmakers", "member", "members",
	"staffer", "staffers", "voter", "voters", "resident", "residents", "witness", "witnesses", "supporter",
	"supporters", "opponent", "opponents", "leader", "leaders", "economist", "economists", "scientist",
	"scientists", "researcher", "researchers", "investigator", "investigators", "prosecutors", "prosecutor",
	"authorities", "police", "doctor", "doctors", "democrats", "republicans", "reports", "report", "poll",
	"polls", "survey", "surveys", "study", "studies", "statement", "statements", "newspaper", "agency",
	"ministry", "government", "campaign", "company", "administration", "data", "figures", "statistics",
	"documents", "records", "account", "analysis", "website", "letter", "group", "groups", "organizers",
	"organisers", "protesters", "activists", "students", "parents", "teachers", "workers", "employees",
	"users", "fans", "man", "woman", "men", "women", "someone", "one", "others", "many", "some", "most",
	"several", "all", "both", "few", "colleague", "colleagues", "friend", "friends", "spokespeople",
	"representatives", "representative", "negotiators", "delegates", "legislators", "senators", "governors",
	"commentators", "pundits", "strategists", "pollsters", "consultants", "lawyers", "lawyer", "attorneys",
	"attorney", "questioner", "moderator", "candidate", "candidates", "nominee", "host", "participants",
	"respondents", "americans", "citizens", "leaders", "chiefs", "heads", "allies", "partners", "officials'")

// personPronouns are the pronouns a speaker may be named by.
var personPronouns = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "i": 'x', "we": 'p', "it": 'n', "who": 'r', "which": 'r'}

// determiners open a description: "a senior official", "the newspaper".
var determiners = setOf("a", "an", "the", "another", "some", "many", "several", "his", "her", "their", "its",
	"our", "my", "your", "two", "three", "four", "five", "other", "most", "few", "one", "both", "all", "this",
	"these", "those", "that", "each", "every", "no", "more", "numerous", "various", "certain", "multiple")

// clauseWords begin a clause and so end a subject looked for backwards.
var clauseWords = setOf("that", "which", "when", "while", "after", "before", "because", "since", "although",
	"though", "if", "as", "but", "or", "where", "whether", "so", "than", "until", "unless", "and", "once",
	"whereas", "whom", "whose", "what", "how", "why", "then", "also", "even", "yet", "nor", "for", "to", "in",
	"on", "at", "with", "by", "from", "about", "into", "over", "during", "against", "without", "under",
	"between", "through", "is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "said", "says")

// nameParticles may stand lower-case inside a name: "Ludwig van Beethoven".
var nameParticles = setOf("van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al",
	"el", "y", "dos", "das", "ter", "al-", "ten", "te", "op", "zu", "vom", "af")

// subordinators start a modifier clause after a cue: "said while briefing
// reporters", "said after a meeting".
var subordinators = setOf("while", "after", "before", "when", "as", "because", "during", "in", "at", "on",
	"to", "with", "following", "citing", "adding", "since", "though", "although", "amid", "ahead", "from",
	"via", "through", "for", "of", "by", "without", "upon", "near", "outside", "inside", "under", "over")

// timeWords may follow a cue before its content: "said Tuesday that".
var timeWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "tonight", "tomorrow", "earlier", "later", "recently", "again", "also", "then", "now", "once",
	"last", "this", "next", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
	"previously", "repeatedly", "publicly", "privately", "separately", "too", "further", "late", "early",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "ago", "days", "weeks",
	"months", "years", "day", "on", "in", "a", "an", "the", "past", "recent")

// venueNouns end the phrases that say where or how something was said: "in
// a statement", "at a news conference", "on Twitter".
var venueNouns = setOf("statement", "statements", "interview", "interviews", "briefing", "conference",
	"speech", "rally", "release", "letter", "post", "tweet", "tweets", "email", "e-mail", "op-ed", "appearance",
	"hearing", "meeting", "event", "call", "phone", "hall", "radio", "television", "tv", "broadcast", "debate",
	"program", "show", "message", "video", "remarks", "address", "session", "forum", "panel", "discussion",
	"column", "essay", "article", "blog", "podcast", "reporters", "journalists", "lawmakers", "audience",
	"crowd", "supporters", "summit", "gathering", "ceremony", "testimony", "filing", "court", "documents",
	"memo", "note", "report", "book", "editorial", "commentary", "visit", "trip", "stop", "telephone",
	"media", "sidelines", "network", "channel", "page", "website", "account", "newspaper", "magazine", "station")

// places are countries and capitals that speak as organisations in news
// writing ("China reiterated", "Washington said").
var places = setOf("china", "beijing", "washington", "russia", "moscow", "japan", "tokyo", "india", "iran",
	"tehran", "israel", "syria", "iraq", "afghanistan", "pakistan", "mexico", "canada", "britain", "london",
	"france", "paris", "germany", "berlin", "italy", "spain", "ukraine", "kiev", "kyiv", "turkey", "ankara",
	"egypt", "cairo", "brussels", "europe", "taiwan", "taipei", "korea", "seoul", "pyongyang", "vietnam",
	"hanoi", "australia", "brazil", "america", "the united states", "united states", "u.s.", "us", "uk",
	"u.k.", "saudi arabia", "riyadh", "qatar", "jerusalem", "cuba", "havana", "venezuela", "caracas",
	"nigeria", "kenya", "libya", "yemen", "lebanon", "jordan", "philippines", "manila", "indonesia",
	"jakarta", "thailand", "bangkok", "greece", "athens", "poland", "warsaw", "sweden", "norway", "denmark",
	"hong kong", "singapore", "nato", "the eu", "eu", "the un", "un", "u.n.", "the kremlin", "kremlin",
	"pentagon", "the pentagon", "congress", "vatican", "the vatican", "tehran", "islamabad", "kabul",
	"baghdad", "damascus", "new delhi", "delhi", "ottawa", "canberra", "madrid", "rome", "viet nam", "laos",
	"cambodia", "myanmar", "bangladesh", "nepal", "sri lanka", "new zealand", "south africa", "south korea",
	"north korea", "ethiopia", "ghana", "tanzania", "uganda", "argentina", "chile", "peru", "colombia",
	"ecuador", "bolivia", "new york", "hanoi", "ha noi", "phnom penh", "vientiane", "dhaka", "nairobi",
	"abuja", "lagos", "pretoria", "johannesburg", "buenos aires", "brasilia", "mexico city", "bogota", "lima",
	"santiago", "kuala lumpur", "malaysia", "netherlands", "the netherlands", "belgium", "austria",
	"switzerland", "portugal", "ireland", "finland", "hungary", "romania", "serbia", "czech republic",
	"united kingdom", "the united kingdom", "united arab emirates", "uae", "kuwait", "oman", "bahrain",
	"algeria", "morocco", "tunisia", "sudan", "somalia", "zimbabwe", "zambia", "senegal", "mali")
