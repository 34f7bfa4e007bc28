package ingest

import "strings"

// Quotations introduced by a colon with no cue verb before it: "Morrow was
// blunter: “…”", "Said Greer: “…”", "Then, more seriously: “…”".

// colonVerbs stand between a speaker and a colon that opens what the
// speaker said: "X was blunter:", "X put it simply:".
var colonVerbs = setOf("was", "is", "were", "sounded", "put", "had", "has", "went", "got", "struck", "took",
	"kept", "offered", "gave", "summed", "chimed")

// colonAdverbs make up a colon lead that names no one and so continues the
// current speaker: "Then, more seriously:", "And later:".
var colonAdverbs = setOf("then", "and", "but", "later", "again", "more", "less", "most", "once", "still", "finally",
	"also", "now", "so", "yet", "earlier", "afterwards", "elsewhere", "at", "one", "point", "another", "time")

// colonQuotes returns the attributions of the quotations of sentences of p
// that open right after a colon no cue reports; prev are the attributions
// found so far in the article.
func colonQuotes(text string, p *paragraph, pi int, prev []attribution, n int) []attribution {
	var out []attribution
	for _, s := range p.sents {
		c := colonBeforeQuote(p, s)
		if c < 0 || coveredFrom(prev[n:], pi, c+1) {
			continue
		}
		qb := quoteEnd(p, c+1)
		if at, ok := colonSpeaker(text, p.toks, s, c); ok {
			at.para, at.ca, at.cb = pi, c+1, qb
			out = append(out, at)
		} else if k := lastSpeaker(prev); k >= 0 && adverbsOnly(p.toks, s.a, c) {
			o := prev[k]
			o.para, o.ca, o.cb, o.orphan, o.fronted, o.dropped = pi, c+1, qb, true, false, false
			o.m.inherit = true
			if o.para != prev[k].para {
				o.cueA = c
			}
			out = append(out, o)
		}
	}
	return out
}

// colonBeforeQuote returns the colon of s that an opening quotation mark
// follows, with no cue word before it in s, or -1.
func colonBeforeQuote(p *paragraph, s sentence) int {
	for k := s.a; k+1 < s.b; k++ {
		t := &p.toks[k]
		if t.inQ || t.kind == tQuote {
			return -1
		}
		if t.text == ":" {
			if q := &p.toks[k+1]; q.kind == tQuote && q.open && k > s.a {
				return k
			}
			return -1
		}
		if f, _, ok := cueAt(p.toks, k); ok && k > s.a && !(f.ing && k == s.a) {
			return -1
		}
	}
	return -1
}

func coveredFrom(atts []attribution, pi, k int) bool {
	for _, at := range atts {
		if at.para == pi && at.ca <= k && k < at.cb+1 {
			return true
		}
	}
	return false
}

// quoteEnd returns the token after the quotation that opens at k, or the
// paragraph's end when it does not close.
func quoteEnd(p *paragraph, k int) int {
	for _, q := range p.quotes {
		if q.open == k {
			if q.close < 0 {
				return len(p.toks)
			}
			return q.close + 1
		}
	}
	return len(p.toks)
}

// colonSpeaker reads the speaker before the colon at c: the subject of a
// colon verb ("Morrow was blunter:") or the name after an opening cue
// ("Said Greer:").
func colonSpeaker(text string, toks []token, s sentence, c int) (attribution, bool) {
	at := attribution{cue: ":", cueA: c, cueB: c + 1}
	if f, e, ok := cueAt(toks, s.a); ok && f.cueInfo.class == cueSay && !f.ing && e+1 < c && toks[e+1].cap() {
		at.cueA, at.cueB, at.cue = s.a, e+1, joinText(text, toks, s.a, e+1)
		at.m = readMention(text, toks, e+1, c, -1, -1)
		return at, at.m.name != ""
	}
	a, b := sentenceSubject(toks, s, c)
	v := skipAppositives(toks, b, c) // "Tom Baker, 64, a retired driver, laughed:"
	if a >= b || v >= c || !(colonVerbs[toks[v].lower] && c-v <= 5 || v+1 == c && mannerVerb(&toks[v])) {
		return at, false
	}
	appA, appB := -1, -1
	if v > b+1 && toks[b].text == "," {
		appA, appB = b+1, nextComma(toks, b+1, v) // "Her neighbour, Joe Banks, disagreed:"
	}
	at.m = readMention(text, toks, a, b, appA, appB)
	person := at.m.kind == "person" && at.m.name != ""
	source := at.m.kind == "anonymous" && b > a && anonHeads[toks[b-1].lower] && !strings.HasSuffix(toks[b-1].lower, "s") // "Another aide was less sure:"
	return at, person || source || at.m.pronoun != 0 && !toks[a].is("it", "this", "that")
}

// skipAppositives returns where the words after a subject go on past
// descriptions set off by commas ("Tom Baker, 64, a retired driver,"), or
// b when none follows.
func skipAppositives(toks []token, b, c int) int {
	if b >= c || toks[b].text != "," {
		return b
	}
	last := -1
	for k := b; k < c && k-b < 30; k++ {
		t := &toks[k]
		if t.kind == tQuote || t.inQ || isTerminal(t) {
			return b
		}
		if t.text == "," {
			last = k
		}
	}
	if last <= b {
		return b
	}
	return last + 1
}

// nextComma returns the next comma in toks[a:b], or b.
func nextComma(toks []token, a, b int) int {
	for k := a; k < b; k++ {
		if toks[k].text == "," {
			return k
		}
	}
	return b
}

// mannerVerb reports whether t is a past tense that may introduce what
// someone said with a colon: "laughed:", "recalled:", "shrugged:".
func mannerVerb(t *token) bool {
	return t.kind == tWord && !t.cap() && (strings.HasSuffix(t.lower, "ed") || irregularPast[t.lower])
}

// adverbsOnly reports whether toks[a:c] holds only adverbs and
// connectives: a lead that names no one.
func adverbsOnly(toks []token, a, c int) bool {
	words := 0
	for k := a; k < c; k++ {
		t := &toks[k]
		if t.kind != tWord {
			continue
		}
		words++
		if !colonAdverbs[t.lower] && !sentenceOpeners[t.lower] && !isLyAdverb(t.lower) {
			return false
		}
	}
	return words > 0 && words <= 5
}

// lastSpeaker returns the last attribution with a speaker of its own, or -1.
func lastSpeaker(atts []attribution) int {
	for k := len(atts) - 1; k >= 0; k-- {
		if atts[k].m.label == 0 && (atts[k].m.name != "" || atts[k].m.pronoun != 0 || atts[k].m.inherit) {
			return k
		}
	}
	return -1
}

// introducedSpeaker reads the person a paragraph with no attribution
// introduces as the subject of its last sentence ("Ruth Kale disagreed."),
// to whom a quotation-only paragraph after it belongs. The attribution it
// returns is a placeholder with no content.
func introducedSpeaker(text string, p *paragraph, pi int) (attribution, bool) {
	if len(p.sents) == 0 || len(p.quotes) > 0 {
		return attribution{}, false
	}
	s := p.sents[len(p.sents)-1]
	for v := s.a + 1; v < s.b && v-s.a <= 8; v++ {
		t := &p.toks[v]
		if t.kind != tWord || t.cap() || !p.toks[v-1].cap() || titleWords[t.lower] {
			continue
		}
		if !pastVerb(t.lower) {
			break
		}
		a, b, appA, appB := subjectBefore(p.toks, s.a, v)
		m := readMention(text, p.toks, a, b, appA, appB)
		if m.kind != "person" || !strings.Contains(m.name, " ") {
			break
		}
		return attribution{para: pi, cueA: a, cueB: a, m: m, dropped: true}, true
	}
	return attribution{}, false
}

// pastVerb reports whether w reads as a verb in the past: "disagreed".
func pastVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularPast[w] || w == "was"
}
