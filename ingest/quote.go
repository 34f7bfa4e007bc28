package ingest

import "unicode/utf8"

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
		opening := cur < 0
		switch r {
		case '\u201c', '\u201e', '\u00ab':
			if cur >= 0 && !closerContext(toks, i) {
				// a second opening mark: the first was never closed
				qs[len(qs)-1].close = i - 1
				cur = -1
			}
			opening = cur < 0
		case '\u201d', '\u00bb':
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
