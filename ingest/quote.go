package ingest

import (
	"strings"
	"unicode/utf8"
)

// quotation is a span of quoted words in a paragraph: toks[open] is the
// opening mark, toks[close] the closing one (close == -1 when the quotation
// runs to the end of the paragraph, as a quotation continued in the next
// paragraph does).
type quotation struct {
	open, close int
}

// pairQuotes finds the double quotations of a paragraph, marks the tokens
// inside them and returns them in order. Curly marks say which way they
// face; a straight mark opens when none is open and closes otherwise.
func pairQuotes(toks []token) []quotation {
	var qs []quotation
	cur := -1
	for i := range toks {
		t := &toks[i]
		if t.kind != tQuote {
			if cur >= 0 {
				t.inQ = true
				t.qid = len(qs) - 1
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if r == '\'' && len(t.text) == 1 { // a single mark promoted by promoteSingles
			r = '\u2019'
			if openerContext(toks, i) {
				r = '\u2018'
			}
		}
		opening := cur < 0
		switch r {
		case '\u201c', '\u201e', '\u00ab', '\u2018':
			if cur >= 0 && !closerContext(toks, i) {
				// a second opening mark: the first was never closed
				qs[len(qs)-1].close = i - 1
				cur = -1
			}
			opening = cur < 0
		case '\u201d', '\u00bb', '\u2019':
			if cur < 0 {
				if openerContext(toks, i) {
					opening = true
				} else {
					continue // a stray closing mark
				}
			}
		}
		if opening {
			t.open = true
			t.qid = len(qs)
			qs = append(qs, quotation{open: i, close: -1})
			cur = i
		} else {
			t.qid = len(qs) - 1
			qs[len(qs)-1].close = i
			cur = -1
		}
	}
	return qs
}

// closerContext reports whether the mark at i stands where a closing mark
// would: right after a word or punctuation and before a space or the end.
func closerContext(toks []token, i int) bool {
	if i == 0 || toks[i-1].e != toks[i].s {
		return false
	}
	return i+1 == len(toks) || toks[i+1].s > toks[i].e || toks[i+1].kind == tPunct
}

// openerContext reports whether the mark at i stands where an opening mark
// would: after a space (or first) and right before a word.
func openerContext(toks []token, i int) bool {
	if i > 0 && toks[i-1].e == toks[i].s {
		return false
	}
	return i+1 < len(toks) && toks[i+1].s == toks[i].e && toks[i+1].kind == tWord
}

// inner returns the token range [a, b) strictly inside quotation q.
func (q quotation) inner(n int) (int, int) {
	if q.close < 0 {
		return q.open + 1, n
	}
	return q.open + 1, q.close
}

// singleQuoteStyle reports whether an article marks its quotations with
// single marks ('…' or ‘…’, as British and Commonwealth papers do): it has
// no double marks, and some paragraph has a single mark that opens a
// quotation and a later one that closes it.
func singleQuoteStyle(paras [][]token) bool {
	pairs := 0
	for _, toks := range paras {
		opened := false
		for i := range toks {
			switch {
			case toks[i].kind == tQuote:
				return false
			case toks[i].kind != tSQuote:
			case openerContext(toks, i):
				opened = true
			case opened && singleCloser(toks, i):
				pairs++
				opened = false
			}
		}
	}
	return pairs > 0
}

// promoteSingles makes the single marks of a paragraph that open or close
// a quotation quotation marks, leaving apostrophes ("the nurses' union",
// "'90s") as they are.
func promoteSingles(toks []token) {
	for i := range toks {
		if toks[i].kind == tSQuote && (openerContext(toks, i) || singleCloser(toks, i)) {
			toks[i].kind = tQuote
		}
	}
}

// singleCloser reports whether the single mark at i may close a quotation:
// in a closer's place, and not the apostrophe of a plural possessive ("the
// nurses' union").
func singleCloser(toks []token, i int) bool {
	if !closerContext(toks, i) {
		return false
	}
	prev := &toks[i-1]
	possessive := prev.kind == tWord && strings.HasSuffix(prev.lower, "s") && i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].cap()
	return !possessive
}
