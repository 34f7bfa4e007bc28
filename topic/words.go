package topic

// Closed-class English words, by the role the tagger gives them. These are
// general English, not drawn from any article.
type class uint8

const (
	cNone   class = iota
	cDet          // determiners, possessive pronouns, quantifiers
	cPron         // personal and indefinite pronouns
	cPrep         // prepositions
	cConj         // coordinating conjunctions
	cSub          // subordinating conjunctions and relatives
	cAux          // forms of be, have, do
	cModal        // modal verbs
	cNeg          // negation
	cAdv          // frequent adverbs and particles
	cNum          // numerals
	cNoun         // a noun (head or modifier)
	cMod          // a gerund used as a noun modifier ("hacking attacks")
	cAdj          // an adjective
	cVerb         // a verb
	cProper       // a proper noun kept as a topic (a country, an organisation)
	cName         // a name of a person: never a topic
	cPunct        // punctuation
	cPoss         // possessive 's
)

var closed = map[string]class{}

func init() {
	add := func(c class, words ...string) {
		for _, w := range words {
			closed[w] = c
		}
	}
	add(cDet, "a", "an", "the", "this", "these", "those", "each", "every", "any", "some",
		"all", "both", "no", "another", "such", "whose", "either", "neither", "several",
		"many", "much", "more", "most", "few", "fewer", "less", "least", "its", "his",
		"her", "their", "our", "my", "your", "own", "certain", "various", "other", "same",
		"enough", "further")
	add(cPron, "i", "me", "we", "us", "you", "he", "him", "she", "it", "they", "them",
		"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself",
		"who", "whom", "what", "something", "anything", "everything", "nothing",
		"somebody", "anybody", "everybody", "nobody", "someone", "anyone", "everyone",
		"one", "ones", "there", "here", "mine", "ours", "theirs", "hers", "yours", "others",
		"each other", "it's", "that's", "we're", "they're", "we've", "they've", "i'm", "he's", "she's")
	add(cPrep, "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto",
		"about", "over", "under", "against", "between", "among", "amongst", "through",
		"throughout", "during", "after", "before", "within", "without", "across", "along",
		"around", "toward", "towards", "upon", "via", "despite", "like", "than", "per",
		"amid", "including", "regarding", "concerning", "beyond", "behind", "near", "off",
		"out", "up", "down", "beside", "besides", "inside", "outside", "until", "till",
		"unlike", "versus", "whether")
	add(cConj, "and", "or", "but", "nor", "yet", "plus")
	add(cSub, "that", "which", "if", "because", "although", "though", "while", "whereas",
		"when", "where", "once", "unless", "since", "as", "how", "why", "so", "whenever",
		"wherever", "whereby")
	add(cAux, "be", "is", "are", "was", "were", "been", "being", "am", "have", "has",
		"had", "having", "do", "does", "did", "'s", "'re", "'ve", "'d", "'m")
	add(cModal, "will", "would", "can", "could", "shall", "should", "may", "might",
		"must", "'ll", "cannot", "won't", "can't", "wouldn't", "shouldn't", "couldn't",
		"don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't")
	add(cNeg, "not", "n't", "never")
	add(cAdv, "also", "too", "very", "just", "only", "even", "still", "already",
		"always", "often", "again", "now", "then", "soon", "almost", "maybe", "perhaps",
		"ever", "rather", "quite", "really", "well", "however", "therefore", "thus",
		"instead", "yet", "indeed", "far", "away", "back", "together", "ahead", "else",
		"least", "mostly", "much", "especially", "certainly", "probably", "sometimes",
		"meanwhile", "moreover", "furthermore", "otherwise", "hence", "anyway", "ago",
		"later", "earlier", "tonight", "today", "yesterday", "tomorrow", "recently", "currently")
	add(cNum, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
		"million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands",
		"millions", "billions", "first", "second", "third", "fourth", "fifth", "last", "next",
		"half", "twice")
}

// lightNouns are nouns that carry little meaning on their own: they are
// never topics, and an "of" phrase after them inherits their weight
// ("a range of issues", "types of cyberattacks").
var lightNouns = map[string]bool{}

func init() {
	for _, w := range []string{
		"way", "thing", "time", "issue", "matter", "type", "kind", "sort", "range", "set",
		"number", "lot", "part", "fact", "case", "point", "example", "side", "term", "one",
		"people", "person", "year", "day", "week", "month", "hour", "minute", "percent",
		"place", "area", "aspect", "manner", "means", "instance", "level", "degree", "extent",
		"amount", "series", "variety", "bit", "piece", "deal", "end", "beginning", "start",
		"whole", "rest", "couple", "pair", "total", "majority", "stuff", "form", "sense",
		"regard", "step", "position", "stop", "order", "addition", "attention", "lack",
		"basis", "context", "situation", "question", "problem", "thinking", "doing", "making",
		"having", "getting", "everybody", "anything", "something", "nothing", "everything",
		"other", "others", "role", "use", "kinds", "name", "word", "light", "front", "top",
		"bottom", "middle", "behalf", "account", "spite", "face", "view", "line", "hand",
		"need", "effort", "while", "moment", "date", "age", "ground", "focus",
		"average", "dozen",
	} {
		lightNouns[w] = true
	}
}

// argumentPreps introduce what a statement is about ("talks on
// cybersecurity", "act against hacking"); other prepositions mostly
// introduce adjuncts of time, place, manner and framework ("under the
// principle of …", "during their meeting"), whose nouns are peripheral.
var argumentPreps = map[string]float64{
	"of": 0.8, "on": 0.85, "about": 0.9, "over": 0.8, "against": 0.85, "for": 0.75,
	"to": 0.75, "regarding": 0.9, "concerning": 0.9, "toward": 0.7, "towards": 0.7,
	"into": 0.7, "including": 0.8, "like": 0.6, "than": 0.6, "versus": 0.8,
}

const adjunctWeight = 0.5
