package ingest

// What stands between a name and its cue, peeled off from the right to
// find the subject: appositives, an age, a town and state, asides, a
// stretch between dashes; and the shapes of names set off after a
// description (an organisation's, a described person's).

// peelSubject finds the subject before the separator (a comma or a dash)
// at toks[k] by peeling off, from the right, what may stand between a name
// and its cue: appositives, an age, a place ("of Springfield, Va."),
// asides, a stretch between dashes. It reports the subject's range, the
// appositive nearest the name, and whether a name was found.
func peelSubject(toks []token, s, k int) (a, b, appA, appB int, ok bool) {
	appA, appB = -1, -1
	peeled := 0
	nameA, nameB := -1, -1
	for n := 0; n < 4; n++ {
		c := prevSeparator(toks, s, k)
		if c < 0 {
			break
		}
		if c > s && toks[c-1].is("name") && placeSegment(toks, c+1, k) {
			nameA, nameB = c+1, k // "who gave only his first name, Mehmet,"
		}
		switch {
		case isAppositive(toks, c+1, k) && k-c-1 <= 45:
			appA, appB = c+1, k
		case k-c-1 == 1 && isNumber(toks[c+1].lower), placeSegment(toks, c+1, k) && !(appA >= 0 && toks[appA].is("who")), isAside(toks, c+1, k), participleAside(toks, c+1, k):
			// a town, not the name a "who" clause follows
		case isDash(toks[k].text) && isDash(toks[c].text) && k-c-1 <= 45:
			if appA < 0 {
				appA, appB = c+1, k
			}
		default:
			n = 4 // toks[c+1:k] is no aside: the subject ends at k
			continue
		}
		k = c
		peeled++
	}
	b = k
	a = npStart(toks, s, b)
	if nameA >= 0 && a < b {
		return nameA, nameB, a, b, true // the name the source gave, described by the phrase before it
	}
	if peeled == 0 || a >= b || !toks[b-1].cap() || b-a > 6 {
		return 0, 0, -1, -1, false
	}
	return a, b, appA, appB, true
}

// prevSeparator returns the separator that opens the stretch ending at
// toks[k]: the matching dash for a dash, else the nearest comma or dash
// before it in the sentence; -1 when there is none.
func prevSeparator(toks []token, s, k int) int {
	if isDash(toks[k].text) {
		if d := prevDash(toks, s, k); d >= 0 {
			return d
		}
	}
	for j := k - 1; j > s && k-j <= 46; j-- {
		t := &toks[j]
		if t.inQ || t.kind == tQuote || isTerminal(t) {
			return -1
		}
		if t.text == "," || isDash(t.text) {
			return j
		}
	}
	return -1
}

// prevDash returns the dash of the same kind before the one at k in the
// sentence, or -1.
func prevDash(toks []token, s, k int) int {
	for j := k - 1; j > s && k-j <= 46; j-- {
		if toks[j].text == toks[k].text && !toks[j].inQ {
			return j
		}
		if toks[j].kind == tQuote || isTerminal(&toks[j]) {
			return -1
		}
	}
	return -1
}

// placeSegment reports whether toks[a:b] is a place set off by commas:
// "of Springfield", "Va.", "New York".
func placeSegment(toks []token, a, b int) bool {
	if a < b && toks[a].is("of", "from", "in") {
		a++
	}
	if a >= b || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if toks[k].kind != tWord || !toks[k].cap() {
			return false
		}
	}
	return true
}

// describedNameEnd reports whether toks[a:b] is a description that ends in
// a lower-case noun for a person and then a name: "former Danish Davis Cup
// player Mads Holm".
func describedNameEnd(toks []token, a, b int) bool {
	if b-a == 4 && toks[a].cap() && toks[a+1].is("and") && toks[a+2].cap() && toks[a+3].cap() {
		return true // "The couple, Ana and Luis Perez, said"
	}
	k := b
	for k > a && toks[k-1].kind == tWord && toks[k-1].cap() {
		k--
	}
	if k == a || b-k < 2 || !personHead(&toks[k-1]) {
		return false
	}
	for j := a; j < k; j++ {
		if toks[j].kind != tWord || toks[j].inQ || clauseWords[toks[j].lower] && !toks[j].is("of") {
			return false
		}
	}
	return true
}

// orgRunEnd returns where the name of an organisation that fills toks[a:b]
// ends: capitalised words and the words that join them ("of", "des"), with
// a short form in brackets after it; or a when toks[a:b] is no such name.
func orgRunEnd(toks []token, a, b int) int {
	e := b
	if b-a > 3 && toks[b-1].text == ")" {
		if o := openParen(toks, a, b-1); o > a+1 {
			e = o
		}
	}
	if e-a < 2 || !toks[a].cap() || !toks[e-1].cap() {
		return a
	}
	for k := a; k < e; k++ {
		t := &toks[k]
		if t.kind != tWord || !t.cap() && !t.is("of", "for", "and", "de", "des", "du", "la", "le", "les", "der", "di", "del", "et") {
			return a
		}
	}
	return e
}

// capList reports whether the comma at toks[c] separates the capitalised
// words of one name's list ("Works, Transport and Infrastructure
// Committee"): a capitalised word on each side, and "and" with a
// capitalised word on either side further on before b.
func capList(toks []token, s, c, b int) bool {
	if c <= s || c+1 >= b || !toks[c-1].cap() || !toks[c+1].cap() || toks[c-1].kind != tWord {
		return false
	}
	for k := c + 2; k < b-1 && k < c+6; k++ {
		if toks[k].kind != tWord {
			return false
		}
		if toks[k].is("and", "&") {
			return toks[k-1].cap() && toks[k+1].cap() && orgHeadAfter(toks, k+1, b)
		}
	}
	return false
}

// orgHeadAfter reports whether a capitalised organisation head stands in
// toks[k:b].
func orgHeadAfter(toks []token, k, b int) bool {
	for ; k < b; k++ {
		if toks[k].cap() && orgHeads[toks[k].lower] {
			return true
		}
	}
	return false
}
