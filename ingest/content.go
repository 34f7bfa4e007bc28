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
			} else if a > s.a+1 && toks[a-1].kind == tQuote && !toks[a-1].open && toks[a-2].text == "," {
				cuts = append(cuts, a-1) // `as "an open area," a characterization Haugen said was`
			} else if a > s.a+1 && toks[a-1].is("and", "but") && (toks[a-2].text == "," || isDash(toks[a-2].text) || toks[a-2].text == ";" ||
				toks[a-2].kind == tQuote && !toks[a-2].open && a > s.a+2 && toks[a-3].text == ",") {
				cuts = append(cuts, a-2) // "…, and he noted that", `"…," but he said that`
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
		if toks[k].is("but", "and") && !toks[k].inQ && speakerAct(toks, k+1, s.b) {
			cuts = append(cuts, k) // "said the state would study it but stopped short of …"
			continue
		}
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
		case n.is("while", "as", "before", "after", "when") && toks[k].kind == tQuote:
			cuts = append(cuts, cut) // `said the package "puts recovery first," while Evanko did not say …`
		case n.is("but") && k+2 < s.b && verbStart(&toks[k+2]):
			cuts = append(cuts, cut)
		}
	}
	return cuts
}

// speakerAct reports whether toks[k] opens what a speaker did besides
// speaking: "stopped short of", "declined to", "refused to", "gave no
// details", "did not say".
func speakerAct(toks []token, k, end int) bool {
	if k+1 >= end || toks[k].inQ {
		return false
	}
	switch {
	case toks[k].is("stopped") && toks[k+1].is("short"):
		return true
	case toks[k].is("declined", "refused") && toks[k+1].is("to"):
		return true
	case toks[k].is("gave", "offered", "provided") && toks[k+1].is("no"):
		return true
	case toks[k].is("did", "would") && toks[k+1].is("not") && k+2 < end && toks[k+2].is("say", "elaborate", "comment", "specify", "give", "provide", "disclose", "name", "answer"):
		return true
	}
	return false
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
	preWords := countWords(toks, pa, pb)
	preOK := (preWords >= 2 || preWords == 1 && isQuotation(toks, pa, pb)) && !at.m.inherit && !participleAside(toks, pa, pb) // not "Asked if she would resign, X replied"
	if at.fronted {                                                                                                           // inverted: `"…," said X`
		at.ca, at.cb = pa, pb
		if k := quoteAfterSpeaker(toks, s, at.cueB); preOK && k > 0 && isQuotation(toks, pa, pb) {
			fa, fb := trimContent(toks, k, sentenceEnd(toks, s))
			if countWords(toks, fa, fb) >= 1 {
				return tokRange{fa, fb}, true // `"…," said X, "…"`
			}
		}
		return tokRange{}, preOK
	}
	// "C, X said" ends with the cue: an object after it ("At the forum, X
	// called her vote a mistake", "In the end, X agreed to lend") makes the
	// stretch before the speaker an adverbial, not a content.
	preOK = preOK && (cueEndsClause(toks, s, f, at.cueB) || f.class != cueCall && isQuotation(toks, pa, pb))
	fa, fb, folOK := followContent(toks, s, f, at, cuts)
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
		if !opensQuotation(toks, fa) || fa > 0 && toks[fa-1].text != "," && toks[fa-1].text != ":" && !toks[fa-1].is("but", "and") {
			// `"…," she said, and soon the balloons were dropping`: after a
			// quotation and its attribution only another quotation goes on
			// with what was said; `said on Fox News's "Fox and Friends."`
			// quotes a title
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

// quoteAfterSpeaker returns where a quotation opens after an inverted
// attribution and a comma (`"…," said Anna Berg, "but …"`), or -1: only
// the speaker's words stand between the cue and the comma.
func quoteAfterSpeaker(toks []token, s sentence, j int) int {
	for k := j; k < s.b && k < j+30; k++ {
		t := &toks[k]
		if t.kind == tQuote {
			if t.open && k > j && toks[k-1].text == "," {
				return k
			}
			return -1
		}
		if t.inQ || t.kind == tPunct && (isTerminal(t) || t.text == ";" || t.text == ":") {
			return -1
		}
	}
	return -1
}

// followContent returns the content after the cue of at and whether it
// can be one: two words or more, not a modifier ("said while …"), not a
// predicate without a subject ("everything Trump says is a lie").
func followContent(toks []token, s sentence, f cueForm, at *attribution, cuts []int) (int, int, bool) {
	j := followStart(toks, s, f, at.cueB)
	if j < 0 {
		return -1, -1, false
	}
	fa, fb := j, sentenceEnd(toks, s)
	for _, c := range cuts {
		if c > j && c < fb {
			fb = c
			break
		}
	}
	fb = closingDash(toks, s, at.cueA, fa, fb)
	fa, fb = trimContent(toks, fa, fb)
	prev := fa - 1
	for prev > at.cueB && toks[prev].kind == tPunct {
		prev-- // "say that, in addition to Scott, he would"
	}
	words := countWords(toks, fa, fb)
	if f.lemma == "ask" && fa < fb && toks[fa].is("about") {
		return fa, fb, false // "a reporter who asked about finances": a topic, not words
	}
	ok := (words >= 2 || words == 1 && toks[prev].text == ":" && isQuotation(toks, fa, fb)) && !(modifierStart(toks, fa, fb) && !toks[prev].is("that")) &&
		!(fa == at.cueB && finiteAux[toks[fa].lower] && !toks[fa].inQ && !relativeSubject(toks, s, at))
	return fa, fb, ok
}

// relativeSubject reports whether the subject of at follows a relative
// pronoun whose gap the content fills: "donations, which he said were
// accompanied by favors".
func relativeSubject(toks []token, s sentence, at *attribution) bool {
	a := at.m.a
	if a > s.a && a < at.cueA && toks[a-1].is("which", "that", "who", "what") {
		return true
	}
	// "a characterization Haugen said was …": a noun, then the name, with no
	// relative pronoun between them
	b := at.m.b
	return b-a >= 3 && determiners[toks[a].lower] && isNounish(&toks[a+1]) && !toks[a+1].cap() && toks[b-1].cap()
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
		if finiteAux[toks[k].lower] && (k == fa+1 || k == fa+2 && determiners[toks[fa].lower] || k == fa+3 && determiners[toks[fa].lower] && clauseAdverbs[toks[k-1].lower]) && !toks[k-1].is("that", "which", "who") {
			return true // "acknowledged it was unlikely", "admitted the money had run out", "admitted the win still had not"
		}
	}
	return toks[fa].is("to") && countWords(toks, fa, fb) >= 3 // "vowed to form a task force"
}

// clauseAdverbs stand between a subject and its auxiliary: "the win still
// had not sunk in".
var clauseAdverbs = setOf("still", "also", "never", "already", "just", "now", "only", "really", "probably", "certainly")

// finiteAux are finite auxiliaries: after a subject they make a clause.
var finiteAux = setOf("is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
	"should", "may", "might", "must", "did", "does")

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
	for k := a; k+1 < b; k++ {
		if toks[k].inQ || toks[k].kind == tQuote {
			break
		}
		if toks[k].text == ":" && toks[k+1].kind == tQuote && toks[k+1].open {
			a = k + 1 // `X scolded him: "…," she said`: the quotation, not its lead
			break
		}
	}
	return trimContent(toks, a, b)
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
	for b > a && toks[b-1].kind == tPunct && toks[b-1].text != ")" && toks[b-1].text != "]" && toks[b-1].text != "?" && toks[b-1].text != "!" && toks[b-1].text != "%" {
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
