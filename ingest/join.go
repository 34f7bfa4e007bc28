package ingest

// A quotation split around its attribution — `"A," X said. "B."` or `"A,"
// X said, "b…"`. A Span is one range, so when each part is a whole sentence
// the two are kept apart as two statements of the same speaker, and the
// text of neither holds the attribution; only a sentence the attribution
// interrupts (`"My hope," he said, "is that …"`, the first part breaking off
// at a comma and the second going on in lower case) is joined, its span then
// running over the attribution between them.

// joinSplitQuotes joins the second part of a split quotation to the first
// when the attribution interrupts one sentence.
func joinSplitQuotes(paras []paragraph, atts []attribution) {
	for i := range atts {
		A := &atts[i]
		if A.dropped || !A.fronted || A.accord {
			continue
		}
		toks := paras[A.para].toks
		if !isQuotation(toks, A.ca, A.cb) {
			continue
		}
		j := nextContent(atts, i)
		if j < 0 {
			continue
		}
		B := &atts[j]
		if B.cueA != A.cueA || B.speaker != A.speaker || !opensQuotation(toks, B.ca) || !attributionBetween(toks, A, B) {
			continue
		}
		if !fragmentOf(toks, A.ca, A.cb, B.ca, B.cb) {
			continue
		}
		A.tail = tokRange{B.ca, B.cb}
		B.dropped = true
	}
}

// nextContent returns the attribution of the same paragraph whose content
// comes first after atts[i]'s, or -1.
func nextContent(atts []attribution, i int) int {
	A := &atts[i]
	best := -1
	for j := range atts {
		B := &atts[j]
		if j == i || B.dropped || B.para != A.para || B.ca < A.cb {
			continue
		}
		if best < 0 || B.ca < atts[best].ca {
			best = j
		}
	}
	return best
}

// attributionBetween reports whether only A's attribution clause stands
// between the two quotations: no other quotation and at most a long
// appositive ("said Peter Morgan, a lawyer for the Sierra Club, who …").
func attributionBetween(toks []token, A, B *attribution) bool {
	if B.ca-A.cb > 40 || A.cueA < A.cb || A.cueA >= B.ca {
		return false
	}
	for k := A.cb; k < B.ca; k++ {
		if toks[k].kind == tQuote || toks[k].inQ {
			return false
		}
	}
	return true
}

// fragmentOf reports whether the first part of a split quotation breaks
// off mid-sentence and the second goes on in lower case: one sentence the
// attribution interrupts. Two whole sentences, however short one of them,
// are two statements.
func fragmentOf(toks []token, a1, b1, a2, b2 int) bool {
	k := a2
	for k < b2 && toks[k].kind == tQuote {
		k++
	}
	if midSentence(toks, a1, b1) && k < b2 && toks[k].kind == tWord && !toks[k].cap() {
		return true // "but" or a lower-case word goes on with the sentence
	}
	return false
}

// opensQuotation reports whether a content starts with an opening mark.
func opensQuotation(toks []token, a int) bool {
	if a+1 < len(toks) && toks[a].is("but", "and") {
		a++ // `"…," she said, but "…"`
	}
	return a < len(toks) && toks[a].kind == tQuote && toks[a].open
}

// midSentence reports whether the quotation toks[a:b] ends in a comma or
// with no punctuation: a sentence the attribution interrupts.
func midSentence(toks []token, a, b int) bool {
	for k := b - 1; k > a; k-- {
		if toks[k].kind == tQuote {
			continue
		}
		return toks[k].text == "," || toks[k].kind == tWord
	}
	return false
}

// tailEnd returns where the joined rest of a split quotation ends: before
// its closing mark and any comma, as a direct quotation does.
func tailEnd(toks []token, t tokRange) int {
	b := t.cb
	for b > t.ca && (toks[b-1].kind == tQuote || toks[b-1].kind == tPunct && !isTerminal(&toks[b-1]) && toks[b-1].text != ")") {
		b--
	}
	if b <= t.ca {
		return -1
	}
	return toks[b-1].e
}
