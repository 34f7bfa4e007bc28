package ingest

// skipNickname returns where a name that a nickname in quotation marks
// interrupts ends (`Michael "Big Mick" Okafor`, "Michael 'Big Mick'
// Okafor", `Daniel "Dan the Van" Kowalski`), or j when the run at j is not followed by one.
func skipNickname(toks []token, j int) int {
	if j >= len(toks) || j == 0 || toks[j].kind != tQuote && toks[j].kind != tSQuote || !toks[j-1].cap() {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		t := &toks[k]
		if t.kind == toks[j].kind {
			if k == j+1 || k+1 >= len(toks) || toks[k+1].kind != tWord || !toks[k+1].cap() {
				return j
			}
			e := k + 1
			for e < len(toks) && toks[e].kind == tWord && toks[e].cap() {
				e++
			}
			return e
		}
		if t.kind != tWord || !t.cap() && (k == j+1 || !determiners[t.lower] && !nameParticles[t.lower]) {
			return j
		}
	}
	return j
}

// nameWords are the words of a name written in toks[i:j], without a
// nickname in quotation marks.
func nameWords(toks []token, i, j int) []*token {
	var out []*token
	in := false
	for k := i; k < j; k++ {
		switch t := &toks[k]; {
		case t.kind == tQuote || t.kind == tSQuote:
			in = !in
		case t.kind == tWord && !in:
			out = append(out, t)
		}
	}
	return out
}
