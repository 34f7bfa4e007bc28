package ingest

import "strings"

// The subject of a sentence, read when a cue has none of its own ("…,
// saying", "and said"), and the shapes a subject takes in news: a group of
// unnamed people, an organisation's officer, a long name after its office.

// sentenceSubject finds the subject of the sentence's main clause for a
// participle cue with no attribution before it: "He welcomed …, saying".
func sentenceSubject(toks []token, s sentence, limit int) (int, int) {
	a := s.a
	if h := runInHead(toks, s.a, limit); h > a {
		a = h // "CONGRESS HAS INVESTIGATED HIM — Oz's advice …"
	}
	for a < limit && (toks[a].kind != tWord || sentenceOpeners[toks[a].lower]) {
		a++
	}
	for n := 0; n < 3 && a < limit && (subordinators[toks[a].lower] || modSubordinators[toks[a].lower] || openingParticiple(toks, a, limit) || frontedPlace(toks, a, limit)); n++ {
		// "During a speech on Monday, Trump attacked …, saying"
		for a < limit && toks[a].text != "," {
			a++
		}
		for a < limit && toks[a].kind != tWord {
			a++
		}
	}
	if a < limit && personPronouns[toks[a].lower] != 0 && !toks[a].is("who", "which") {
		return a, a + 1
	}
	b := a
	for b < limit && (toks[b].kind == tWord && (toks[b].cap() || determiners[toks[b].lower] || nameParticles[toks[b].lower]) ||
		toks[b].kind == tSQuote && b > a && toks[b].s == toks[b-1].e && b+1 < limit && toks[b+1].cap()) {
		b++ // "the Karnataka Bus Workers' Union"
	}
	if e := titledNameAfter(toks, b, limit); b > a && e > b {
		b = e // "Flour Mills Association chairman Aamir Iqbal"
	}
	if b < limit && toks[b].kind == tWord && !toks[b].cap() && b > a && determiners[toks[a].lower] {
		b++ // "the official"
		for n := 0; n < 3 && b < limit && toks[b].kind == tWord && !toks[b].cap() && isNounish(&toks[b]) && !verbAux[toks[b].lower] && !verbStart(&toks[b]) && !clauseWords[toks[b].lower]; n++ {
			b++ // "The former factory worker"
		}
	}
	return a, b
}

// runInHead returns where the sentence goes on after a run-in head in
// capitals and a dash ("FELLOW DOCTORS DON'T WANT HIM —"), or a.
func runInHead(toks []token, a, limit int) int {
	for k := a; k < limit && k < a+12; k++ {
		t := &toks[k]
		if isDash(t.text) || t.text == ":" {
			if k > a+1 {
				return k + 1
			}
			return a
		}
		if t.kind == tWord && (t.text != strings.ToUpper(t.text) || !t.cap()) {
			return a
		}
	}
	return a
}

// titledNameAfter returns where a name ends that one to three lower-case
// words of office at toks[b] introduce ("chairman | Aamir Iqbal", "chief
// executive | Jo Lee"), or b when there is none.
func titledNameAfter(toks []token, b, limit int) int {
	k := b
	for k < limit && k < b+3 && (personHead(&toks[k]) || businessHeads[toks[k].lower] && !toks[k].cap()) {
		k++ // "chairman", "biologist", "(E-commerce) platform"
	}
	if k == b || k >= limit || !toks[k].cap() || k+1 < limit && !toks[k+1].cap() && !businessHeads[toks[k-1].lower] {
		return b
	}
	e := k
	for e < limit && toks[e].kind == tWord && (toks[e].cap() || nameParticles[toks[e].lower]) {
		e++
	}
	return e
}

// frontedPlace reports whether the sentence opens with a short phrase of
// place or time closed by a comma: "Back on Kratzville Road,", "At the
// hearing,", "In Nashua,".
func frontedPlace(toks []token, a, limit int) bool {
	if !toks[a].is("back", "at", "in", "on", "outside", "inside", "across", "later", "earlier", "there", "here") {
		return false
	}
	for k := a + 1; k < limit && k < a+8; k++ {
		if toks[k].text == "," {
			return k+1 < limit
		}
		if toks[k].kind != tWord || toks[k].inQ {
			return false
		}
	}
	return false
}

// openingParticiple reports whether a participle clause opens the sentence
// at toks[a] and a comma closes it before limit: "Speaking to reporters on
// the South Lawn, he offered only this:".
func openingParticiple(toks []token, a, limit int) bool {
	w := toks[a].lower
	if !toks[a].cap() || len(w) < 6 || !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return false
	}
	for k := a + 1; k < limit && k < a+25; k++ {
		if toks[k].text == "," {
			return k+1 < limit
		}
		if toks[k].kind == tQuote || isTerminal(&toks[k]) {
			return false
		}
	}
	return false
}

// withName reports whether the participle cue at toks[i] follows "with"
// and a name: "…, with Chief Minister Nagesh Rao insisting that", which
// reports what the named one said.
func withName(toks []token, s sentence, i int) bool {
	k := i - 1
	if k <= s.a || !toks[k].cap() {
		return false
	}
	for k > s.a && toks[k].cap() && i-k < 8 {
		k--
	}
	return toks[k].is("with")
}

// timePhraseEnd reports whether toks[k] ends a phrase of time before a
// participle cue ("at one point telling", "at times saying"): the
// participle goes with the sentence's subject.
func timePhraseEnd(toks []token, s sentence, k int) bool {
	switch {
	case toks[k].is("times") && k > s.a && toks[k-1].is("at"):
		return true
	case toks[k].is("point", "stage", "moment") && k > s.a+1 && toks[k-1].is("one", "another", "some", "that", "this") && toks[k-2].is("at"):
		return true
	}
	return false
}

// relativeCue reports whether an attribution's cue stands in a relative
// clause ("an architect who said he was stiffed"): a later ", saying" goes
// with the sentence's subject, not with it.
func relativeCue(toks []token, s sentence, at attribution) bool {
	for k := at.cueA - 1; k >= s.a && k >= at.cueA-3; k-- {
		if toks[k].is("who", "which", "that") {
			return true
		}
		if toks[k].kind != tWord || !verbAux[toks[k].lower] && !isLyAdverb(toks[k].lower) {
			return false
		}
	}
	return false
}

// relativeClauseSubject returns the subject a relative clause with no
// commas stands between and its cue ("A European Union envoy | who attended
// the talks as an observer | said"), or an empty range: "who" within twelve
// words before the cue, a verb right after it, a noun for a person or a
// name before it.
func relativeClauseSubject(toks []token, s sentence, k int) (int, int) {
	for j := k; j > s.a && k-j < 12; j-- {
		t := &toks[j]
		if t.kind != tWord || t.inQ {
			return 0, 0
		}
		if !t.is("who") {
			continue
		}
		if j+1 > k || !verbAfter(&toks[j+1]) && !strings.HasSuffix(toks[j+1].lower, "s") {
			return 0, 0
		}
		a := npStart(toks, s.a, j)
		if a >= j || !(toks[j-1].cap() || personHead(&toks[j-1])) {
			return 0, 0
		}
		return a, j
	}
	return 0, 0
}

// groupSubject returns the whole subject of a sentence that opens with a
// group of unnamed people and a phrase after it joined by "and", which the
// subject found before the cue only ends ("Developers and supporters in
// Congress say", "Experts on Korea and nuclear nonproliferation said"),
// or an empty range. The group is a plural noun for people or "those";
// nothing between it and the cue reads as a verb or a clause.
func groupSubject(toks []token, s sentence, a, b int) (int, int) {
	g := s.a
	for g < a && toks[g].kind == tWord && (sentenceOpeners[toks[g].lower] || toks[g].is("even", "only")) {
		g++
	}
	if g > a || b-g > 14 || b <= a {
		return 0, 0
	}
	h := g
	for h < g+2 && h+1 < b && !peopleNoun(&toks[h]) {
		h++ // "Political | observers"
	}
	if !peopleNoun(&toks[h]) {
		return 0, 0
	}
	if h+1 < b && toks[h+1].cap() {
		return 0, 0 // "Senators Ada Brook and Karl Weiss": named people
	}
	and := toks[h].is("those") // "Those close to him say"
	for k := h + 1; k < b; k++ {
		t := &toks[k]
		if t.kind != tWord || t.inQ || verbAux[t.lower] || t.is("that", "which", "who", "when", "while", "if", "because", "as") || verbStart(t) {
			return 0, 0
		}
		and = and || t.is("and")
	}
	if !and {
		return 0, 0
	}
	return g, b
}

// peopleNoun reports whether t is a plural noun for people: "experts",
// "developers", "those".
func peopleNoun(t *token) bool {
	w := t.lower
	if t.kind != tWord || !strings.HasSuffix(w, "s") && w != "people" && w != "those" && w != "police" {
		return false
	}
	if anonHeads[w] || w == "those" || w == "people" || w == "police" {
		return true
	}
	db := lexicon()
	return db != nil && personNoun(db, strings.TrimSuffix(w, "s"))
}

// endsInName reports whether a long subject ends in a person's name after
// a lower-case office: "Municipal Workers' Alliance of South Africa (Mwasa)
// regional secretary Sipho Ndlovu".
func endsInName(toks []token, a, b int) bool {
	return b-a >= 3 && toks[b-1].cap() && toks[b-2].cap() && personHead(&toks[b-3])
}

// titleInside reports whether a title stands among toks[a:b] after their
// first word: "Argyll and | Bute MSP Morag Henderson" is one constituency's
// member, not two speakers.
func titleInside(toks []token, a, b int) bool {
	for k := a; k < b-1; k++ {
		if toks[k].kind == tWord && isTitle(toks[k].lower) && !toks[k].is("the", "of") && !honorifics[toks[k].lower] {
			return true
		}
	}
	return false
}
