package ingest

import (
	"strings"

	"github.com/quotegraph/quotegraph"
)

// Finding the words that name a speaker around a cue, and reading them:
// the name, the title or description (role), the organisation
// (affiliation) and the kind of speaker.

// mention is how a speaker is named at one cue.
type mention struct {
	a, b      int    // token range of the head noun phrase, b == a when none
	text      string // as written: "Assistant Foreign Minister Zheng Zeguang"
	name      string // the name in it: "Zheng Zeguang"
	role      string // "Assistant Foreign Minister", "a professor of …"
	affil     string // "Renmin University of China"
	kind      quotegraph.SpeakerKind
	pronoun   byte // personPronouns value when the mention is a pronoun
	gender    byte // 'm', 'f' from an honorific or title, else 0
	plural    bool
	honorific string // "Mr." when written with one
	inherit   bool   // no subject of its own: "…, adding that"
	verbish   bool   // one word that may be a verb form ("Husted", "Speaking"): a name only if the article has it in full
	label     byte   // a transcript label: labelAnswer, labelName, or 0
	described bool   // a description whose capitalised words only modify its head: "the Vermont senator"
}

// subjectBefore finds the noun phrase that ends right before the cue at i
// (skipping auxiliaries and adverbs), within the sentence starting at s.
// It returns the phrase's range [a, b) and the range of an appositive
// between the phrase and the cue, if any.
func subjectBefore(toks []token, s, i int) (a, b, appA, appB int) {
	k := i - 1
	for k >= s && toks[k].kind == tWord && (verbAux[toks[k].lower] || isLyAdverb(toks[k].lower) || toks[k].is("today", "yesterday", "also", "earlier", "again", "now")) {
		k--
	}
	appA, appB = -1, -1
	if k > s && isDash(toks[k].text) && !toks[k].inQ {
		if a, b, appA, appB, ok := peelSubject(toks, s, k); ok {
			return a, b, appA, appB // "Kall -- co-editor of a book on the debates -- said"
		}
	}
	if k >= s && toks[k].text == "," && !toks[k].inQ {
		if c := prevComma(toks, s, k); c > s && isAside(toks, c+1, k) {
			if forBody(toks, c+1, k) {
				return npStart(toks, s, c), c, c + 1, k // "Ruth Kale, for the Water Agency, said"
			}
			k = c - 1 // "Varga, for his part, said", "Officials, on condition of anonymity, said"
		}
	}
	if k >= s && toks[k].text == "," && !toks[k].inQ {
		// "X, a professor at Y, said" / "X, who …, said"
		c := prevComma(toks, s, k)
		n := c + 1
		if c > s && n < k && toks[n].is("the") && toks[c-1].kind == tWord && !toks[c-1].cap() {
			n++ // "The nurses' union, the Health Workers Alliance, said"
		}
		r := nameRunEnd(toks, n, k)
		if r == n && k-n >= 3 && k-n <= 10 && toks[k-1].cap() && toks[k-2].cap() && (!toks[n].cap() || toks[n+1].is("and")) && describedNameEnd(toks, n, k) {
			r = k // "Her coach, former Danish Davis Cup player Mads Holm, said"
		}
		if r == n && c > s && !toks[c-1].cap() && (bodyHeads[toks[c-1].lower] || businessHeads[toks[c-1].lower]) {
			r = orgRunEnd(toks, n, k) // "The main farmers' union, the Federation of Rural Farmers, said"
		}
		if c > s && r > n && toks[c-1].kind == tWord {
			// "The state's campaign chairman, Phil Lovas, said",
			// "Her co-author, Rahim Siddiqui of the Institute for X, said"
			d := npStart(toks, s, c)
			if d < c && (titleWords[toks[c-1].lower] || anonHeads[toks[c-1].lower] || isNounish(&toks[c-1]) || officeDescription(toks, d, c)) {
				return n, r, d, c
			}
		}
		if c < 0 || k-c-1 > 25 && !(k-c-1 <= 45 && toks[c+1].is("who")) || !isAppositive(toks, c+1, k) {
			if a, b, appA, appB, ok := peelSubject(toks, s, k); ok {
				return a, b, appA, appB // "Nell Parker, of Springfield, Va., said"
			}
			return k + 1, k + 1, -1, -1
		}
		appA, appB = c+1, k
		k = c - 1
		// "X, a developer for Y, which is made of …, said": two appositives
		if c2 := prevComma(toks, s, c); toks[c+1].is("which", "who", "whose") && c2 > s && isAppositive(toks, c2+1, c) {
			if n := npStart(toks, s, c2); n < c2 && toks[n].cap() && isNameRun(toks, n, c2) {
				return n, c2, c2 + 1, appB
			}
		} else if c2 > s && (determiners[toks[c+1].lower] || isPossessive(toks[c+1].lower)) && isAppositive(toks, c2+1, c) {
			// "Hamad Al Kaabi, chief executive of Qurm Water, the plant's operator, said"
			if n := npStart(toks, s, c2); n < c2 && toks[n].cap() && isNameRun(toks, n, c2) {
				return n, c2, c2 + 1, c
			}
		}
	}
	b = k + 1
	a = npStart(toks, s, b)
	if b-a == 1 && isNumber(toks[a].lower) && a-1 > s && toks[a-1].text == "," {
		if pa := npStart(toks, s, a-1); pa < a-1 && toks[a-2].cap() {
			return pa, a - 1, appA, appB // "Kline, 56, who has served on the committee, told"
		}
	}
	return a, b, appA, appB
}

// npStart walks back from b over the words of a noun phrase and returns
// where it starts.
func npStart(toks []token, s, b int) int {
	a := b
	for a > s {
		t := &toks[a-1]
		if t.inQ || t.kind == tQuote {
			break
		}
		if t.kind == tPunct && t.text != "." && t.text != "&" && t.text != "'" && t.text != "’" {
			if t.text == "," && capList(toks, s, a-1, b) {
				a-- // "The state Works, Transport and Infrastructure Committee chairman"
				continue
			}
			if t.text == ")" { // "Sen. Bernie Sanders (D-Vt.)"
				if o := openParen(toks, s, a-1); o > s {
					a = o
					continue
				}
			}
			break
		}
		if t.kind == tSQuote && !(a-1 > s && toks[a-2].e == t.s) {
			break
		}
		if t.kind == tWord && (clauseWords[t.lower] || sentenceOpeners[t.lower]) && (!t.cap() || a-1 == s) {
			if t.lower == "and" && a < b && a-1 > s && toks[a].cap() && toks[a-2].cap() {
				a-- // "Mr. King and Mr. Morial said"
				continue
			}
			if t.lower == "and" && a+1 < b && a-1 > s && toks[a].is("the") && toks[a+1].cap() && toks[a-2].cap() && inOffice(toks, a, a-1) {
				a-- // "Minister for Sustainability and the Environment Lim Wei Ling said"
				continue
			}
			if (t.lower == "of" || t.lower == "to" || t.lower == "for" || t.lower == "at" || t.lower == "on" || t.lower == "in" || t.lower == "with" || t.lower == "from") && a < b && a-1 > s && (toks[a].cap() || determiners[toks[a].lower]) && (toks[a-2].cap() || anonHeads[toks[a-2].lower] || titleWords[toks[a-2].lower] || isNounish(&toks[a-2]) || toks[a-2].text == ")" || strings.HasSuffix(toks[a-2].lower, "-year-old")) {
				a-- // "Representative Charles Rangel of New York", "advisers to Mr. Obama", "(DCE) for Wassa East"
				continue
			}
			break
		}
		if b-a >= 14 {
			break
		}
		a--
	}
	return a
}

// isNounish reports whether a lower-case word may end a noun phrase: not a
// function word, adverb or verb form.
func isNounish(t *token) bool {
	w := t.lower
	return t.kind == tWord && !t.cap() && !clauseWords[w] && !determiners[w] && !verbAux[w] && !isLyAdverb(w) &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && personPronouns[w] == 0 && !objectPronouns[w]
}

func openParen(toks []token, s, k int) int {
	for j := k - 1; j >= s && k-j < 8; j-- {
		if toks[j].text == "(" {
			return j
		}
	}
	return -1
}

func isLyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ply") && w != "family" && w != "italy" && w != "only"
}

// prevComma returns the index of the comma before k in [s, k), or s-1 when
// the appositive runs from the sentence start.
func prevComma(toks []token, s, k int) int {
	for j := k - 1; j >= s; j-- {
		if toks[j].inQ || toks[j].kind == tQuote {
			return -1
		}
		if toks[j].text == "," {
			return j
		}
	}
	return -1
}

// nameRunEnd returns where a name that fills toks[a:b] ends: b for a
// short run of capitalised words, or the end of such a run followed by a
// prepositional phrase ("Rahim Siddiqui of the Institute for X"); a when
// there is none.
func nameRunEnd(toks []token, a, b int) int {
	if isNameRun(toks, a, b) {
		return b
	}
	if b-a > 3 && toks[b-1].text == ")" {
		if o := openParen(toks, a, b-1); o > a+1 && isNameRun(toks, a, o) {
			return o // "the Fédération des Exploitants Ruraux (FER)"
		}
	}
	for r := a + 2; r < b && r <= a+5; r++ {
		if toks[r].is("of", "from", "at", "with") && isNameRun(toks, a, r) {
			return r
		}
	}
	return a
}

// participleAside reports whether toks[a:b] is a short participle phrase
// of the circumstances of speaking: "asked about the warning", "when asked
// about the proposal", "speaking to reporters", "responding to a question".
func participleAside(toks []token, a, b int) bool {
	if b-a < 2 || b-a > 16 {
		return false
	}
	k := a
	if toks[k].is("when", "while", "after", "before", "if") {
		k++
	}
	if !toks[k].is("asked", "pressed", "questioned", "quizzed", "interviewed", "reached", "contacted", "speaking", "responding", "reacting", "replying", "commenting", "addressing", "writing", "talking") {
		return false
	}
	for ; k < b; k++ {
		if toks[k].kind != tWord || toks[k].inQ {
			return false
		}
	}
	return true
}

// isAside reports whether toks[a:b], set off by commas between a subject
// and its cue, is a short prepositional aside: "for his part", "on
// condition of anonymity", "in turn".
func isAside(toks []token, a, b int) bool {
	if b-a == 1 && discourseAdverbs[toks[a].lower] {
		return true // "He, however, said"
	}
	if participleAside(toks, a, b) {
		return true // "Harwick, asked about the warning, said", "X, when asked about it, said"
	}
	if b-a < 2 || b-a > 9 || !toks[a].is("for", "on", "in", "at", "by", "under", "after", "as", "from") {
		return false
	}
	det := false
	for k := a; k < b; k++ {
		_, cue := cueForms[toks[k].lower]
		if toks[k].kind != tWord || cue && !det || toks[k].inQ {
			return false // a cue after a determiner is a noun: "from a member state"
		}
		det = det || determiners[toks[k].lower]
	}
	return true
}

// forBody reports whether the aside toks[a:b] names the body the subject
// speaks for ("for the Water Agency"), which is the subject's role.
func forBody(toks []token, a, b int) bool {
	if !toks[a].is("for") {
		return false
	}
	for k := a + 1; k < b; k++ {
		if toks[k].cap() {
			return true
		}
	}
	return false
}

var discourseAdverbs = setOf("however", "though", "meanwhile", "too", "moreover", "nevertheless", "nonetheless",
	"instead", "likewise", "similarly", "therefore", "meantime", "separately", "furthermore", "still")

// asideSubject reports whether the subject before the cue at i is set off
// from it by an aside: "He, however, said", "Varga, for his part, said".
func asideSubject(toks []token, s, i int) bool {
	k := i - 1
	for k >= s && toks[k].kind == tWord && (verbAux[toks[k].lower] || isLyAdverb(toks[k].lower)) {
		k--
	}
	if k <= s || toks[k].text != "," || toks[k].inQ {
		return false
	}
	c := prevComma(toks, s, k)
	return c > s && toks[c-1].kind == tWord && isAside(toks, c+1, k)
}

// isNameRun reports whether toks[a:b] is a short run of capitalised words.
func isNameRun(toks []token, a, b int) bool {
	if b-a < 2 || b-a > 5 {
		return false
	}
	for k := a; k < b; k++ {
		if toks[k].kind != tWord || !toks[k].cap() && !nameParticles[toks[k].lower] || sentenceOpeners[toks[k].lower] || clauseWords[toks[k].lower] {
			return false
		}
	}
	return true
}

// isAppositive reports whether toks[a:b] reads as a description or a
// relative clause set off by commas: "a professor at …", "who …",
// "citing …", "vice-president of …", "the newspaper's editor".
func isAppositive(toks []token, a, b int) bool {
	if a >= b {
		return false
	}
	w := &toks[a]
	if determiners[w.lower] || w.is("who", "which", "whose", "citing", "quoting", "himself", "herself", "itself", "themselves", "speaking", "writing", "referring", "according", "both", "now", "then", "formerly", "once", "like", "also") {
		return true
	}
	if !w.cap() && (titleWords[w.lower] || anonHeads[w.lower] || strings.HasSuffix(w.lower, "ing")) {
		return true // "a professor", "dedicating the museum on Saturday"
	}
	if !w.cap() && b-a >= 2 && (personHead(&toks[a+1]) || b-a >= 3 && personHead(&toks[a+2])) {
		return true // "medical director of …", "senior policy adviser at …"
	}
	if b-a == 1 && isNumber(w.lower) {
		return true // an age: "Mr. King, 82, said"
	}
	if b-a <= 2 && len(w.text) > 2 && strings.IndexByte("RDI", w.text[0]) >= 0 && w.text[1] == '-' {
		return true // party and state: "Mitch McConnell, R-Ky., said"
	}
	return w.cap() && titleWords[w.lower] && (b-a) <= 12
}

// subjectAfter finds the speaker named after a cue in an inverted
// attribution: `"…," said Donna Brazile, the chairwoman of …`.
func subjectAfter(toks []token, j, end int) (a, b, appA, appB int) {
	appA, appB = -1, -1
	if j >= end {
		return j, j, -1, -1
	}
	t := &toks[j]
	desc := describedNameAfter(toks, j, end) // "said lead author Ines Vidal"
	if !(t.cap() || determiners[t.lower] || personPronouns[t.lower] != 0 || desc > j) || t.inQ || t.kind != tWord {
		return j, j, -1, -1
	}
	b = max(j, desc)
	det := determiners[t.lower]
	for b < end {
		x := &toks[b]
		if x.kind == tPunct && x.text == "(" { // "(D-N.C.)"
			k := b
			for k < end && toks[k].text != ")" {
				k++
			}
			if k < end && k-b < 8 {
				b = k + 1
				continue
			}
		}
		if x.kind != tWord || x.inQ {
			break
		}
		title := titleWords[x.lower] && !x.is("the", "of") && b+1 < end && toks[b+1].cap() // "MSNBC host Chris Matthews"
		if !x.cap() && !title && !nameParticles[x.lower] && !(det && !clauseWords[x.lower] && !venueNouns[x.lower]) && !(x.is("of") && b+1 < end && toks[b+1].cap()) {
			break
		}
		if _, isCue := cueForms[x.lower]; isCue && b > j {
			break
		}
		b++
	}
	if b < end && toks[b].text == "," && b+1 < end && isAppositive(toks, b+1, end) {
		appA, appB = b+1, appositiveEnd(toks, b+1, end)
	} else if e := appositiveEnd(toks, b+1, end); det && b < end && toks[b].text == "," && isNameRun(toks, b+1, e) {
		appA, appB = b+1, e // "said the Senate majority leader, Carol Whitfield"
	}
	return j, b, appA, appB
}

// describedNameAfter returns where a name starts after one to three
// lower-case words describing its bearer ("lead author Ines Vidal", "team
// captain Joe Hart"), or j when the words at j are no such description.
func describedNameAfter(toks []token, j, end int) int {
	for k := j; k < end && k < j+4; k++ {
		t := &toks[k]
		if t.kind != tWord || t.inQ {
			return j
		}
		if t.cap() {
			if k > j && k+1 < end && toks[k+1].kind == tWord && toks[k+1].cap() {
				return k
			}
			return j
		}
		if !isNounish(t) || timeWords[t.lower] || nameParticles[t.lower] || venueNouns[t.lower] {
			return j
		}
		if _, cue := cueForms[t.lower]; cue {
			return j
		}
	}
	return j
}

// appositiveEnd returns where an appositive after a name ends: at the next
// comma or the end of the sentence.
func appositiveEnd(toks []token, a, end int) int {
	for k := a; k < end; k++ {
		if toks[k].kind == tPunct && (toks[k].text == "," || isTerminal(&toks[k]) || toks[k].text == ";") || toks[k].kind == tQuote {
			return k
		}
	}
	return end
}

// joinText returns the text covered by toks[a:b].
func joinText(text string, toks []token, a, b int) string {
	if a >= b {
		return ""
	}
	return text[toks[a].s:toks[b-1].e]
}
