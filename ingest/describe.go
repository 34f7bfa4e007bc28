package ingest

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quotegraph/quotegraph/wordnet"
)

// WordNet tells a capitalised description that opens a name ("Grandmother
// Jane Doe", "Public Defender Sam Cole", "Fisherman Abu Bakar") from the
// name: the description is made of common words and ends in a noun that
// WordNet knows as a kind of person. One table is loaded, on first use, and
// shared by every extraction.
var (
	wnOnce sync.Once
	wnDB   *wordnet.DB
)

func lexicon() *wordnet.DB {
	wnOnce.Do(func() {
		if db, err := wordnet.Load(); err == nil {
			wnDB = db
		}
	})
	return wnDB
}

const lexPerson = 18 // noun.person

// personNoun reports whether a word is a common noun for a kind of person
// ("grandmother", "resident", "defender", "fisherman"): a non-instance
// noun.person sense, and not a given name.
func personNoun(db *wordnet.DB, w string) bool {
	if givenGender(w) != 0 {
		return false
	}
	for _, s := range db.NounSenses(w) {
		if !db.IsInstance(s.Synset) && db.LexFile(s.Synset) == lexPerson {
			return true
		}
	}
	return false
}

// firstSensePerson reports whether a word's first and commonest noun sense
// is a kind of person: "grandmother", "worker", not "authority".
func firstSensePerson(db *wordnet.DB, w string) bool {
	ss := db.NounSenses(w)
	return len(ss) > 0 && givenGender(w) == 0 && !db.IsInstance(ss[0].Synset) && db.LexFile(ss[0].Synset) == lexPerson
}

// commonWord reports whether a word is a WordNet common noun, adjective or
// number that is not a given name or a proper noun only.
func commonWord(db *wordnet.DB, w string) bool {
	if givenGender(w) != 0 {
		return false
	}
	if db.POS(w)&(wordnet.Adj|wordnet.Verb|wordnet.Adv) != 0 {
		return true
	}
	for _, s := range db.NounSenses(w) {
		if !db.IsInstance(s.Synset) {
			return true
		}
	}
	return false
}

// compoundDescription reports whether a word is a hyphenated compound of
// common lower-case words ("Two-goal", "Long-serving"), which describes and
// never names.
func compoundDescription(db *wordnet.DB, t *token) bool {
	i := strings.IndexByte(t.text, '-')
	if i <= 0 || i == len(t.text)-1 || t.text[i+1] < 'a' || t.text[i+1] > 'z' {
		return false
	}
	if p := strings.Split(t.lower, "-"); len(p) == 3 && p[1] == "of" && (isNumber(p[2]) || numberWords[p[2]] || smallNumbers[p[2]]) {
		return true // "Gran-of-four", "Mum-of-two": a parent of so many
	}
	for _, p := range strings.Split(t.lower, "-") {
		if !commonWord(db, p) {
			return false
		}
	}
	return true
}

// descriptionEnd returns how many words at the start of a capitalised name
// run are a description rather than the name: common words ending in a
// person noun, with a name of two or more words after them ("Resident | Li
// Wei", "City Controller | Ray Ode"), or a hyphenated description before a
// name ("Two-goal | Smith").
func descriptionEnd(run []*token) int {
	if len(run) < 2 {
		return 0
	}
	db := lexicon()
	if db == nil {
		return 0
	}
	if compoundDescription(db, run[0]) {
		return 1
	}
	end := 0
	for k := 0; k+2 < len(run); k++ {
		w := strings.TrimSuffix(run[k].lower, ".")
		if !commonWord(db, w) || strings.ContainsAny(w, "'’") || run[k].text == strings.ToUpper(run[k].text) {
			break
		}
		if personNoun(db, w) && upperInitial(run[k+1].text) {
			end = k + 1
		}
	}
	return end
}

var smallNumbers = setOf("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

func upperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
