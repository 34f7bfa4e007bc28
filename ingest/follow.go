package ingest

import "strings"

// What stands between a cue and its content: the one spoken to ("told
// reporters"), phrases of time, place and medium ("said on Tuesday in a
// statement"), the objects of "called" — and the phrases that show a
// stretch is no content at all.

// closingDash returns where a content after a cue ends when the cue stands
// inside a parenthesis opened by a dash: at the dash that closes it ("the
// study -- which notes that … -- should be"), else fb.
func closingDash(toks []token, s sentence, cueA, fa, fb int) int {
	open := false
	for k := s.a; k < cueA; k++ {
		if dashAt(toks, k) {
			open = !open
			if toks[k].text == "-" {
				k++
			}
		}
	}
	if !open {
		return fb
	}
	for k := fa; k < fb; k++ {
		if dashAt(toks, k) {
			return k
		}
	}
	return fb
}

// dashAt reports whether a dash standing apart from words begins at k: "—",
// "--" (or two "-"), never the hyphen inside "pro-growth".
func dashAt(toks []token, k int) bool {
	t := &toks[k]
	if t.inQ || t.kind != tPunct || !isDash(t.text) {
		return false
	}
	if t.text == "-" {
		return k+1 < len(toks) && toks[k+1].text == "-" && toks[k+1].s == t.e
	}
	return true
}

// parenComma returns the comma that closes a parenthetical attribution
// whose cue is followed by a time or place phrase ("X explained earlier in
// the hearing, were well paid"), or -1: the phrase opens with a time word
// or a preposition, holds no quotation, cue or clause, and the sentence
// goes on in lower case after the comma.
func parenComma(toks []token, s sentence, j int) int {
	if j >= s.b || !(timeWords[toks[j].lower] || modPrepositions[toks[j].lower]) || toks[j].is("to", "of", "for") {
		return -1
	}
	if toks[j].is("a", "an", "the") && !(j+1 < s.b && (timeWords[toks[j+1].lower] || timeNouns[toks[j+1].lower])) {
		return -1 // "say the program, built by …, has": the content's subject, no time
	}
	for k := j; k < s.b && k-j <= 10; k++ {
		t := &toks[k]
		if t.inQ || t.kind == tQuote || t.is("that") || finiteAux[t.lower] {
			return -1
		}
		if _, isCue := cueForms[t.lower]; isCue && t.kind == tWord {
			return -1
		}
		if t.text == "," {
			if n := &toks[k+1]; k+1 < s.b && n.kind == tWord && !n.cap() && !n.inQ && !strings.HasSuffix(n.lower, "ing") &&
				!clauseWords[n.lower] && !subordinators[n.lower] && !modSubordinators[n.lower] && !determiners[n.lower] || k+1 < s.b && finiteAux[toks[k+1].lower] {
				return k
			}
			return -1
		}
	}
	return -1
}

// cueEndsClause reports whether the clause of a cue ends with it: only
// its addressee ("told reporters"), modifiers of time, place or manner, or
// punctuation follow.
func cueEndsClause(toks []token, s sentence, f cueForm, j int) bool {
	end := sentenceEnd(toks, s)
	if f.class == cueTell && j < end && toks[j].kind == tWord {
		k := j
		if determiners[toks[k].lower] {
			k++
		}
		for k < end && toks[k].kind == tWord && (toks[k].cap() || nameParticles[toks[k].lower]) {
			k++
		}
		if k == j && (objectPronouns[toks[k].lower] || anonHeads[toks[k].lower] || venueNouns[toks[k].lower]) {
			k++
		} else if k == j+1 && k < end && (anonHeads[toks[k].lower] || venueNouns[toks[k].lower] || toks[k].is("group")) {
			k++ // "told the crowd", "told his supporters"
		}
		j = k
	}
	return modifiersOnly(toks, j, end)
}

// modifiersOnly reports whether toks[j] ends a clause or opens a modifier:
// punctuation, a time word, a preposition, a subordinator, an adverb or a
// participle ("said Tuesday", "said in a statement", "said as he left").
func modifiersOnly(toks []token, j, end int) bool {
	if j >= end {
		return true
	}
	t := &toks[j]
	if t.kind != tWord {
		return true
	}
	w := t.lower
	if w == "to" && j+1 < end && isNounish(&toks[j+1]) && !anonHeads[toks[j+1].lower] && !venueNouns[toks[j+1].lower] {
		return false // "agreed to lend": an infinitive, not "said to reporters"
	}
	return timeWords[w] || subordinators[w] || modSubordinators[w] || modPrepositions[w] || isLyAdverb(w) ||
		strings.HasSuffix(w, "ing") || t.is("about", "as", "and", "but", "who", "which", "then", "so", "sarcastically")
}

// calledComplement reports whether "called" at j-1 names something as
// something: an object (a pronoun, a name or a short noun phrase) and then
// a description ("called him a master", "called Oz a quack", "called the
// charges unsubstantiated"), not a meeting or the police.
func calledComplement(toks []token, s sentence, j int) bool {
	k := j
	switch {
	case k >= s.b || toks[k].kind != tWord:
		return false
	case objectPronouns[toks[k].lower] && toks[k].lower != "reporters":
		k++
	case toks[k].cap():
		for k < s.b && toks[k].kind == tWord && toks[k].cap() {
			k++
		}
	case determiners[toks[k].lower]:
		k++
		for n := 0; n < 3 && k < s.b && isNounish(&toks[k]) && !(n > 0 && describing(&toks[k])); n++ {
			k++
		}
	case isNounish(&toks[k]):
		k++ // "called climate change a hoax"
	default:
		return false
	}
	if k < s.b && k > j && (toks[k].is("a", "an") || describing(&toks[k])) {
		return true
	}
	// a longer object: "called her vote in favor of the Iraq War a mistake"
	for n := 0; k < s.b && n < 14 && objectWord(&toks[k]); n++ {
		k++
		if k < s.b && toks[k].is("a", "an") && k+1 < s.b && isNounish(&toks[k+1]) {
			return true
		}
	}
	return false
}

// objectWord reports whether t may stand inside a noun phrase that is the
// object of "called": nouns, names, determiners and linking prepositions.
func objectWord(t *token) bool {
	if t.inQ || t.kind != tWord {
		return false
	}
	return t.cap() || determiners[t.lower] && !t.is("a", "an") || t.is("of", "in", "for", "on", "to", "and", "across") ||
		isNounish(t) && !subordinators[t.lower]
}

// describing reports whether t is an adjective or participle that
// describes: "unsubstantiated", "outrageous", "irresponsible".
func describing(t *token) bool {
	w := t.lower
	if t.kind != tWord || t.cap() || len(w) < 5 || clauseWords[w] {
		return false
	}
	for _, suf := range []string{"ed", "ous", "ful", "ive", "able", "ible", "ic", "al", "ent", "ant", "less", "ist"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// adverbialStart reports whether a stretch before a speaker opens as an
// adverbial rather than a content: "Asked about …,", "As a phone rang,".
func adverbialStart(t *token) bool {
	w := t.lower
	return modSubordinators[w] || w == "asked" || w == "pressed" || w == "speaking" || w == "for" || w == "in" ||
		t.cap() && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && len(w) > 4
}

// modifierStart reports whether a stretch after a cue opens a modifier
// clause ("said while briefing reporters") rather than a content.
// A preposition opens a modifier only when no quotation or "that" follows.
func modifierStart(toks []token, k, b int) bool {
	t := &toks[k]
	if t.inQ || t.kind != tWord {
		return false
	}
	if modSubordinators[t.lower] {
		return true
	}
	if !modPrepositions[t.lower] {
		return false
	}
	for j := k; j < b; j++ {
		if toks[j].kind == tQuote || toks[j].is("that") {
			return false
		}
	}
	return true
}

var modSubordinators = setOf("while", "after", "before", "when", "as", "because", "since", "though",
	"although", "during", "following", "citing", "adding", "amid", "ahead", "upon", "without", "despite",
	"unless", "until", "once")

var modPrepositions = setOf("in", "at", "on", "to", "with", "from", "via", "outside", "inside", "near", "of", "for", "by")

// followStart returns where the content after a cue starts, or -1 when the
// cue takes none.
func followStart(toks []token, s sentence, f cueForm, j int) int {
	if j >= s.b {
		return -1
	}
	switch f.class {
	case cueAs:
		// "described the deal as …": what is described belongs to the content
		if toks[j].is("as") {
			return j + 1 // "what analysts described as …"
		}
		return j
	case cueCall:
		if j-1 > 0 && toks[j-1].is("for", "on", "upon") {
			return j
		}
		for k := j; k < s.b && k-j < 10; k++ {
			if toks[k].kind == tQuote {
				return j
			}
		}
		if calledComplement(toks, s, j) {
			return j // "called the charges unsubstantiated"
		}
		return -1
	case cueTell:
		if f.lemma == "tell" {
			k := skipObject(toks, s, j)
			if k+1 < s.b && k > j && toks[k].is("to") && infinitive(&toks[k+1]) {
				return j // "told his advisers to figure out …": whom and what
			}
			j = k
		}
	}
	if j >= s.b {
		return -1
	}
	if toks[j].text == ":" || toks[j].text == "," && j+1 < s.b && toks[j+1].kind == tQuote {
		return j + 1
	}
	if q := quoteAfterModifiers(toks, s, j); q >= 0 {
		return q
	}
	return skipModifiers(toks, s, j)
}

// quoteAfterModifiers returns the opening mark of a quotation that follows
// a cue after a comma and a few words of time or place ("said during a
// rally in Kenansville, N.C., \"but …\""), or -1.
func quoteAfterModifiers(toks []token, s sentence, j int) int {
	for k := j; k < s.b && k-j <= 15; k++ {
		t := &toks[k]
		switch {
		case t.kind == tQuote:
			if t.open && k > j && toks[k-1].text == "," {
				return k
			}
			return -1
		case t.text == ":" && k > j && k+1 < s.b && toks[k+1].kind == tQuote && toks[k+1].open:
			return k + 1 // "telling the story of the flood: \"…\""
		case t.is("that") || t.text == ":" || t.text == ";" || isTerminal(t):
			return -1
		case t.kind == tWord && k > j:
			if _, isCue := cueForms[t.lower]; isCue {
				return -1
			}
		}
	}
	return -1
}

// infinitive reports whether t, after "to", reads as a verb: a lower-case
// word that opens no noun phrase.
func infinitive(t *token) bool {
	return t.kind == tWord && !t.cap() && !determiners[t.lower] && !objectPronouns[t.lower] && !clauseWords[t.lower] &&
		personPronouns[t.lower] == 0 && !isNumber(t.lower) && !venueNouns[t.lower] && !anonHeads[t.lower]
}

// skipObject skips the one spoken to after "told": "told reporters",
// "told The Associated Press", "told him".
func skipObject(toks []token, s sentence, j int) int {
	if t := thatWithin(toks, s, j, 10); t >= 0 {
		return t
	}
	k := j
	if k < s.b && determiners[toks[k].lower] {
		k++
	}
	if k < s.b && toks[k].cap() {
		for k < s.b && (toks[k].cap() || nameParticles[toks[k].lower]) && toks[k].kind == tWord {
			k++
		}
		return k
	}
	for n := 0; k < s.b && n < 3 && toks[k].kind == tWord && !toks[k].inQ; n++ {
		w := toks[k].lower
		if n > 0 && determiners[w] && !toks[k-1].is("of", "to", "for", "in", "at", "with", "from", "on") {
			break // "told the committee the harbour was unsafe"
		}
		k++
		if objectPronouns[w] || anonHeads[w] || venueNouns[w] || n > 0 && !determiners[w] {
			break
		}
	}
	return k
}

var objectPronouns = setOf("him", "her", "them", "us", "me", "you", "reporters", "journalists", "it")

// thatWithin returns the index after a "that" which ends a stretch of
// modifiers after a cue ("said on Tuesday in a statement that"), or -1.
func thatWithin(toks []token, s sentence, j, limit int) int {
	for k := j; k < s.b && k-j <= limit; k++ {
		t := &toks[k]
		if t.inQ || t.kind == tQuote || t.text == ";" || t.text == ":" {
			return -1
		}
		if t.is("that") {
			return k + 1
		}
		if _, isCue := cueForms[t.lower]; isCue && k > j {
			return -1
		}
	}
	return -1
}

// skipModifiers skips time and place phrases after a cue ("said on
// Wednesday", "said in a statement") and an optional "that".
func skipModifiers(toks []token, s sentence, j int) int {
	k := j
	for k < s.b {
		t := &toks[k]
		switch {
		case t.is("that"):
			return k + 1
		case t.kind == tWord && !t.inQ && (timeWords[t.lower] && !t.is("on", "in", "a", "an", "the") || isLyAdverb(t.lower) || isNumber(t.lower) && dateNumber(toks, k)):
			k++
		case t.is("to") && !t.inQ && k+1 < s.b && infinitive(&toks[k+1]):
			return k // "pledged to push for …": the infinitive is the content
		case t.kind == tWord && !t.inQ && t.is("after", "before") && k+1 < s.b && determiners[toks[k+1].lower]:
			n := skipPP(toks, s, k)
			if n == k {
				return k
			}
			k = n // "said after the convention he would …"
		case t.kind == tWord && !t.inQ && t.is("in", "at", "on", "during", "to", "via", "through", "from", "with", "for", "by", "over", "outside", "inside", "of"):
			if th := thatWithin(toks, s, k, 16); th >= 0 {
				return th
			}
			n := skipPP(toks, s, k)
			if n == k {
				return k
			}
			k = n
		case t.text == "," && k > j:
			return k + 1
		default:
			return k
		}
	}
	return k
}

// dateNumber reports whether the number at toks[k] is part of a date
// ("said Friday 14 March", "said on May 5") rather than the start of the
// content ("said 40 cars had been towed").
func dateNumber(toks []token, k int) bool {
	if k > 0 && (months[toks[k-1].lower] || timeWords[toks[k-1].lower] && !toks[k-1].is("a", "an", "the", "this", "last", "next")) {
		return true
	}
	return k+1 < len(toks) && months[toks[k+1].lower]
}

var months = setOf("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.",
	"jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.")

// skipPP skips a short phrase of time, place or medium: "on Tuesday", "in a
// statement", "at a news conference", "to reporters", "on CNN".
func skipPP(toks []token, s sentence, k int) int {
	start := k
	k++
	for k < s.b && determiners[toks[k].lower] {
		k++
	}
	n := 0
	for k < s.b && n < 6 && toks[k].kind == tWord && !toks[k].inQ {
		w := toks[k].lower
		if toks[k].cap() || venueNouns[w] || n > 0 && (anonHeads[w] || titleWords[w] && !clauseWords[w]) || timeWords[w] && !determiners[w] && w != "on" && w != "in" || isNumber(w) || w == "news" || w == "press" || w == "phone" || w == "recent" || w == "televised" || w == "written" || w == "joint" || w == "brief" || mediumWords[w] {
			k++
			n++
			continue
		}
		break
	}
	if n == 0 && k > start+1 {
		// a common noun or two before the subject of a clause: "after the
		// convention he would …", "at the hearing that …"
		m := k
		for m < s.b && m-k < 3 && isNounish(&toks[m]) && !venueNouns[toks[m].lower] {
			m++
		}
		if m > k && m < s.b && (personPronouns[toks[m].lower] != 0 && !toks[m].is("who", "which", "it") || toks[m].is("that")) {
			return m
		}
	}
	if n == 0 {
		return start
	}
	return k
}

// mediumWords name where words were posted: "wrote on social media", "said
// on its website".
var mediumWords = setOf("social", "media", "online", "website", "site", "account", "page", "feed", "channel",
	"platform", "official", "personal", "verified")

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}
