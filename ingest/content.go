package ingest

import (
	"sort"
	"strings"
)

// The content of an attribution: what stands after the cue ("X said (that)
// C") or before the speaker ("C, X said"), cut where another attribution of
// the sentence begins.

type tokRange struct{ ca, cb int }

// cutPoints returns the token indices at which a content running to the
// end of a sentence stops: before ", adding", ", and noted", ", X said".
func cutPoints(toks []token, s sentence) []int {
	var cuts []int
	for i := s.a; i < s.b; i++ {
		f, e, ok := cueAt(toks, i)
		if !ok {
			continue
		}
		k := i - 1
		for k >= s.a && toks[k].kind == tWord && (verbAux[toks[k].lower] || isLyAdverb(toks[k].lower)) {
			k--
		}
		switch {
		case k < s.a:
		case toks[k].text == "," || toks[k].kind == tQuote && !toks[k].open && k > s.a && toks[k-1].text == ",":
			cuts = append(cuts, k) // ", adding", `, said X`, ", according to"
		case toks[k].is("and", "but"):
			if k > s.a && toks[k-1].text == "," {
				k--
			}
			cuts = append(cuts, k)
		case f.lemma != "according to":
			if a, _, _, _ := subjectBefore(toks, s.a, i); a > s.a && toks[a-1].text == "," {
				cuts = append(cuts, a-1) // "…, the Xinhua news agency reported"
			} else if a > s.a+1 && toks[a-1].is("and", "but") && (toks[a-2].text == "," || isDash(toks[a-2].text) || toks[a-2].text == ";") {
				cuts = append(cuts, a-2) // "…, and he noted that"
			}
		}
		i = e
	}
	cuts = append(cuts, clauseCuts(toks, s)...)
	sort.Ints(cuts)
	return cuts
}

// clauseCuts returns the commas after which the sentence goes on about
// the speaker rather than the content: ", although he refused …", ", but
// stopped short of …".
func clauseCuts(toks []token, s sentence) []int {
	var cuts []int
	for k := s.a + 1; k+1 < s.b; k++ {
		if !((toks[k].text == "," || toks[k].text == ";") && !toks[k].inQ || toks[k].kind == tQuote && !toks[k].open && toks[k-1].text == ",") {
			continue
		}
		if toks[k].text == ";" {
			cuts = append(cuts, k) // "said X; they only learned …": the second clause is the writer's
			continue
		}
		n, cut := &toks[k+1], k
		if toks[k].kind == tQuote {
			cut = k + 1
		}
		switch {
		case n.is("although", "though", "whereas"):
			cuts = append(cuts, cut)
		case n.is("but") && k+2 < s.b && verbStart(&toks[k+2]):
			cuts = append(cuts, cut)
		}
	}
	return cuts
}

// verbStart reports whether t opens a verb phrase: "stopped", "declined".
func verbStart(t *token) bool {
	w := t.lower
	return t.kind == tWord && !t.cap() && !determiners[w] && personPronouns[w] == 0 && !clauseWords[w] &&
		(strings.HasSuffix(w, "ed") || w == "did" || w == "would" || w == "has" || w == "had" || w == "also" || w == "then" || w == "added" || w == "declined" || w == "refused")
}

// findContent sets the content range of at. extra is a second content of
// the same speaker after the cue when the first stands before it.
func findContent(toks []token, s sentence, f cueForm, at *attribution, cuts []int) (tokRange, bool) {
	subjA := at.m.a
	if at.fronted || at.m.inherit || at.m.b <= at.m.a {
		subjA = at.cueA
	}
	pa, pb := preContent(toks, s, subjA)
	preOK := countWords(toks, pa, pb) >= 2 && !at.m.inherit
	if at.fronted { // inverted: `"…," said X`
		at.ca, at.cb = pa, pb
		return tokRange{}, preOK
	}
	// "C, X said" ends with the cue: an object after it ("At the forum, X
	// called her vote a mistake", "In the end, X agreed to lend") makes the
	// stretch before the speaker an adverbial, not a content.
	preOK = preOK && (cueEndsClause(toks, s, f, at.cueB) || f.class != cueCall && isQuotation(toks, pa, pb))
	fa, fb := -1, -1
	if j := followStart(toks, s, f, at.cueB); j >= 0 {
		fa, fb = j, sentenceEnd(toks, s)
		for _, c := range cuts {
			if c > j && c < fb {
				fb = c
				break
			}
		}
		fb = closingDash(toks, s, at.cueA, fa, fb)
		fa, fb = trimContent(toks, fa, fb)
	}
	folOK := fa >= 0 && countWords(toks, fa, fb) >= 2 && !(modifierStart(toks, fa, fb) && !toks[fa-1].is("that")) &&
		!(fa == at.cueB && finiteAux[toks[fa].lower] && !toks[fa].inQ && !relativeSubject(toks, s, at)) // "everything Trump says is a lie": no subject, no report
	paren := at.cueB < s.b && toks[at.cueB].text == ","
	if c := parenComma(toks, s, at.cueB); !paren && c > 0 {
		paren, fa, folOK = true, c+1, true // "These employees, X explained earlier in the hearing, were …"
		fb = sentenceEnd(toks, s)
	}
	if preOK && paren && !isQuotation(toks, pa, pb) &&
		!(folOK && isQuotation(toks, fa, fb)) && !adverbialStart(&toks[pa]) {
		// a parenthetical attribution: "C, he said, C2" reports the whole
		// sentence unless what follows modifies the cue ("…, referencing")
		at.ca, at.cb, at.fronted = pa, pb, true
		if folOK && !isQuotation(toks, fa, fb) && !strings.HasSuffix(toks[fa].lower, "ing") {
			at.cb = fb
		}
		return tokRange{}, true
	}
	if folOK && f.clause && !clauseLike(toks, at.cueB, fa, fb) {
		if !preOK || !isQuotation(toks, pa, pb) && countWords(toks, fa, fb) >= 2 {
			return tokRange{}, false // "concluded four days of talks"
		}
		folOK = false
	}
	switch {
	case folOK && preOK && isQuotation(toks, pa, pb):
		at.ca, at.cb, at.fronted = pa, pb, true
		if !opensQuotation(toks, fa) {
			// `"…," she said, and soon the balloons were dropping`: after a
			// quotation and its attribution only another quotation goes on
			// with what was said
			return tokRange{}, true
		}
		return tokRange{fa, fb}, true
	case folOK:
		at.ca, at.cb = fa, fb
		return tokRange{}, true
	case preOK:
		at.ca, at.cb, at.fronted = pa, pb, true
		return tokRange{}, true
	}
	return tokRange{}, false
}

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

// relativeSubject reports whether the subject of at follows a relative
// pronoun whose gap the content fills: "donations, which he said were
// accompanied by favors".
func relativeSubject(toks []token, s sentence, at *attribution) bool {
	a := at.m.a
	return a > s.a && a < at.cueA && toks[a-1].is("which", "that", "who", "what")
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

// clauseLike reports whether the content at fa opens as a report does:
// after "that" or a colon, or with a quotation.
func clauseLike(toks []token, cueB, fa, fb int) bool {
	for k := cueB; k < fa; k++ {
		if toks[k].is("that") || toks[k].text == ":" {
			return true
		}
	}
	for k := fa; k < fb; k++ {
		if toks[k].kind == tQuote && k-fa < 2 || k-fa < 6 && toks[k].is("that") {
			return true
		}
		if finiteAux[toks[k].lower] && (k == fa+1 || k == fa+2 && determiners[toks[fa].lower]) && !toks[k-1].is("that", "which", "who") {
			return true // "acknowledged it was unlikely", "admitted the money had run out"
		}
	}
	return toks[fa].is("to") && countWords(toks, fa, fb) >= 3 // "vowed to form a task force"
}

// finiteAux are finite auxiliaries: after a subject they make a clause.
var finiteAux = setOf("is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
	"should", "may", "might", "must", "did", "does")

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

// preContent returns the content before a speaker: from the sentence start
// (after openers such as "However,") to the comma or closing mark before
// the speaker.
func preContent(toks []token, s sentence, subjA int) (int, int) {
	b := subjA
	if b <= s.a {
		return s.a, s.a
	}
	last := &toks[b-1]
	if !(last.text == "," || last.kind == tQuote && !last.open || last.text == "—" || last.text == "--" || last.text == "–") {
		return s.a, s.a
	}
	a := s.a
	for a < b && (toks[a].kind == tPunct || sentenceOpeners[toks[a].lower] && a+1 < b && toks[a+1].text == ",") {
		a++
	}
	return trimContent(toks, a, b)
}

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
		case t.kind == tWord && !t.inQ && (timeWords[t.lower] && !t.is("on", "in", "a", "an", "the") || isLyAdverb(t.lower) || isNumber(t.lower)):
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
		if toks[k].cap() || venueNouns[w] || n > 0 && (anonHeads[w] || titleWords[w] && !clauseWords[w]) || timeWords[w] && !determiners[w] && w != "on" && w != "in" || isNumber(w) || w == "news" || w == "press" || w == "phone" || w == "recent" || w == "televised" || w == "written" || w == "joint" || w == "brief" {
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

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// sentenceEnd is the end of a sentence without its final period.
func sentenceEnd(toks []token, s sentence) int {
	b := s.b
	for b > s.a && isTerminal(&toks[b-1]) {
		b--
	}
	return b
}

// trimContent drops a leading "that" or punctuation and trailing
// punctuation (not closing quotation marks) from a content range.
func trimContent(toks []token, a, b int) (int, int) {
	for a < b && (toks[a].is("that") && !toks[a].inQ || toks[a].kind == tPunct && toks[a].text != "(" && toks[a].text != "[") {
		a++
	}
	for b > a && toks[b-1].kind == tPunct && toks[b-1].text != ")" && toks[b-1].text != "]" && toks[b-1].text != "?" && toks[b-1].text != "!" {
		b--
	}
	return a, b
}

func countWords(toks []token, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// isQuotation reports whether toks[a:b] is one quotation (with its final
// punctuation).
func isQuotation(toks []token, a, b int) bool {
	if a >= b || toks[a].kind != tQuote || !toks[a].open {
		return false
	}
	q := toks[a].qid
	for k := a + 1; k < b; k++ {
		if !toks[k].inQ && !(toks[k].kind == tQuote && toks[k].qid == q) && toks[k].kind != tPunct {
			return false
		}
	}
	return true
}

// dropNested removes attributions whose cue lies inside another's content:
// the inner one when the content follows its cue (reported speech within
// reported speech), the outer one when the content stands before its cue
// or comes from "according to" (the inner attribution is the better one).
func dropNested(toks []token, out []attribution) []attribution {
	for i := range out {
		for j := range out {
			A, B := &out[i], &out[j]
			if i == j || A.dropped || B.dropped || B.cueA < A.ca || B.cueA >= A.cb {
				continue
			}
			if A.fronted || A.accord {
				A.dropped = true
			} else {
				B.dropped = true
			}
		}
	}
	keep := out[:0]
	for _, a := range out {
		if !a.dropped {
			keep = append(keep, a)
		}
	}
	return keep
}
