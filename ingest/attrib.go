package ingest

// Attributions: a cue, its speaker and the content it reports, found
// sentence by sentence.

import (
	"strings"

	"github.com/quotegraph/quotegraph"
)

// attribution is one reported content with the cue and speaker mention
// that report it; ca, cb is the token range of the content.
type attribution struct {
	para       int
	cueA, cueB int
	cue        string
	m          mention
	ca, cb     int
	others     []mention // further speakers: "Mr. King and Mr. Morial said"
	fronted    bool      // the content stands before the cue: "…, X said"
	accord     bool
	orphan     bool // a quotation given to the speaker nearby
	src        pos  // for an orphan, where the cue of the attribution it goes with stands
	speaker    *entity
	co         []*entity // the speakers of others
	dropped    bool
	tail       tokRange // the rest of a split quotation joined to this one
}

// paragraph is one body paragraph, tokenized.
type paragraph struct {
	toks   []token
	quotes []quotation
	sents  []sentence
}

// sentenceAttributions finds the attributions of one sentence.
func sentenceAttributions(text string, p *paragraph, pi int, s sentence) []attribution {
	toks := p.toks
	var out []attribution
	cuts := cutPoints(toks, s)
	for i := s.a; i < s.b; i++ {
		f, e, ok := cueAt(toks, i)
		if !ok || !reports(f) && !(f.ing && ingCues[f.lemma] && withName(toks, s, i)) {
			continue
		}
		if f.lemma == "according to" {
			if at, ok := according(text, toks, s, i, e, pi); ok {
				out = append(out, at)
			}
			i = e
			continue
		}
		at := attribution{para: pi, cueA: i, cueB: e + 1, cue: joinText(text, toks, i, e+1)}
		if !findSpeaker(text, toks, s, f, &at, out) {
			continue
		}
		extra, ok := findContent(toks, s, f, &at, cuts)
		if !ok {
			continue
		}
		out = append(out, at)
		if extra.ca < extra.cb { // `"…," X said, "…"`
			x := at
			x.ca, x.cb, x.fronted = extra.ca, extra.cb, false
			x.m.inherit = true
			out = append(out, x)
		}
		i = e
	}
	return dropNested(toks, out)
}

// ingCues are the cues whose participle after a comma reports speech of the
// clause's subject: "…, adding that", "…, saying".
var ingCues = setOf("say", "tell", "add", "note", "write", "argue", "insist", "explain", "claim", "stress", "ask",
	"declare", "acknowledge", "reiterate", "emphasize", "emphasise", "contend", "assert")

// reports reports whether a cue form reports what someone said. Some cue
// verbs only bound a content ("…, arguing that", "and accused X of"):
// verbs that judge someone rather than report words (accuse, criticize,
// blast, praise), that report an analysis or gesture (estimate, highlight,
// signal), acts rather than words (propose, threaten), and participles of
// verbs other than the plain verbs of saying — "…, arguing that" and "is
// stressing that" characterise what the subject does; "…, saying" and
// "…, adding" report what was said.
func reports(f cueForm) bool {
	if nonReporting[f.lemma] || f.lemma == "quote" || f.lemma == "cite" {
		return false
	}
	return !f.ing || sayingParticiples[f.lemma]
}

var nonReporting = setOf("accuse", "criticize", "criticise", "blast", "praise", "estimate", "highlight", "signal",
	"propose", "threaten")

var sayingParticiples = setOf("say", "tell", "add", "ask", "call")

// colonLead returns the attribution of a paragraph that ends in a cue and a
// colon ("Caddell continued:"), whose content is the next paragraph.
func colonLead(text string, p *paragraph, pi int) *attribution {
	n := len(p.toks)
	if n < 3 || p.toks[n-1].text != ":" || len(p.sents) == 0 {
		return nil
	}
	s := p.sents[len(p.sents)-1]
	for i := n - 2; i >= s.a && i >= n-8; i-- {
		f, e, ok := cueAt(p.toks, i)
		if !ok || f.lemma == "according to" || !reports(f) {
			continue
		}
		at := attribution{para: pi, cueA: i, cueB: e + 1, cue: joinText(text, p.toks, i, e+1)}
		if findSpeaker(text, p.toks, s, f, &at, nil) && !at.fronted {
			return &at
		}
		return nil
	}
	return nil
}

// findSpeaker sets the speaker mention of the cue in at, or the attribution
// it shares a speaker with. It reports false when the cue has no speaker.
func findSpeaker(text string, toks []token, s sentence, f cueForm, at *attribution, prev []attribution) bool {
	i := at.cueA
	k := i - 1
	for k >= s.a && toks[k].kind == tWord && (verbAux[toks[k].lower] || isLyAdverb(toks[k].lower)) {
		k--
	}
	// "Z quoted X as saying", "X was quoted as saying"
	if f.ing && k >= s.a && toks[k].is("as") {
		return asSaying(text, toks, s, k, at)
	}
	if f.ing && k > s.a && venueNouns[toks[k].lower] {
		return issuerSpeaker(text, toks, s, k, at) // "X issued a statement saying"
	}
	comma := k >= s.a && (toks[k].text == "," || toks[k].kind == tQuote && !toks[k].open && k > s.a && toks[k-1].text == ",")
	if f.ing && !ingCues[f.lemma] && (k < s.a || comma) {
		return false // "…, suggesting he may have been sabotaged" reports no speech
	}
	inherit := f.ing && (k < s.a || comma || toks[k].is("and", "while", "before", "after", "when", "by") || timePhraseEnd(toks, s, k))
	inherit = inherit || f.ing && k > s.a && toks[k].is("of", "for", "without") && toks[k-1].kind == tWord && !toks[k-1].cap() && !objectPronouns[toks[k-1].lower] &&
		!toks[k-1].is("goes", "go", "went", "gone") // "it goes without saying" is no one's speech
	inherit = inherit || k >= s.a && toks[k].is("and", "but") && !(k > s.a && toks[k-1].cap() && toks[k+1].cap())
	if inherit {
		if len(prev) > 0 && !relativeCue(toks, s, prev[len(prev)-1]) {
			at.m = prev[len(prev)-1].m
			at.m.inherit = true
			return true
		}
		a, b := sentenceSubject(toks, s, i)
		if a >= b || timeNouns[toks[b-1].lower] && onlyTime(toks, a, b) {
			return false // "Four days after telling …": a time, no subject
		}
		appA, appB := -1, -1
		if b < i && toks[b].text == "," {
			if e := nextComma(toks, b+1, i); e < i && (isNameRun(toks, b+1, e) || isAppositive(toks, b+1, e)) {
				appA, appB = b+1, e // "The Speaker, Sir Alun Price, …, at one point telling"
			}
		}
		at.m = readMention(text, toks, a, b, appA, appB)
		at.m.inherit = true
		return at.m.name != "" || at.m.pronoun != 0
	}
	if k >= s.a && (toks[k].text == "," || toks[k].kind == tQuote && !toks[k].open) && !appositiveSubject(toks, s, i) {
		a, b, appA, appB := subjectAfter(toks, at.cueB, s.b)
		if rest := max(b, appB); a < b && !modifiersOnly(toks, rest, sentenceEnd(toks, s)) && !toks[rest].is("of", "said") {
			b = a // "X, a developer, said many of the examples failed": no inversion
		}
		if a < b {
			at.m = readMention(text, toks, a, b, appA, appB)
			at.fronted = true
			if at.m.name != "" || at.m.pronoun != 0 {
				return true
			}
			at.m, at.fronted = mention{}, false // `…, R-Ky., said Tuesday`
		}
	}
	if r := relativeBefore(toks, s, k); r >= 0 {
		return relativeSpeaker(text, toks, s, r, at) // "the department which reported", "McConnell, who in 2010 said"
	}
	if a, b := relativeClauseSubject(toks, s, k); a < b {
		at.m = readMention(text, toks, a, b, -1, -1) // "A European Union envoy who attended the talks as an observer said"
		return at.m.name != ""
	}
	if f.ing && k > s.a && toks[k].cap() {
		if n := npStart(toks, s.a, k+1); n < k+1 {
			for j := n; j < k; j++ {
				if toks[j].is("of", "with") && toks[j+1].cap() {
					// "footage of Hillary Clinton asking", "with Chief Minister X insisting that"
					at.m = readMention(text, toks, j+1, k+1, -1, -1)
					return at.m.name != ""
				}
			}
		}
	}
	return subjectSpeaker(text, toks, s, f, at)
}

// subjectSpeaker reads the subject before the cue of at as its speaker,
// with the others of a joint subject ("Mr. King and Mr. Morial said").
func subjectSpeaker(text string, toks []token, s sentence, f cueForm, at *attribution) bool {
	a, b, appA, appB := subjectBefore(toks, s.a, at.cueA)
	if a > s.a && a < b && toks[a-1].is("what", "how", "whatever") && !toks[a-1].inQ && f.class != cueAs && f.class != cueCall {
		return false // "the confusion over what Trump says his plan would do": a noun clause, not a report
	}
	if ga, gb := groupSubject(toks, s, a, b); ga < gb {
		// "Experts on North Korea and nuclear nonproliferation said"
		at.m = mention{a: ga, b: gb, text: joinText(text, toks, ga, gb), kind: quotegraph.Anonymous, plural: true}
		at.m.name = at.m.text
		if toks[ga].is("those") {
			at.m.name = strings.ToLower(at.m.name[:1]) + at.m.name[1:]
		}
		return true
	}
	if a >= b || b-a > 12 && !(b-a <= 18 && endsInName(toks, a, b)) || !plausibleSubject(toks, a, b, f, andSplit(toks, a, b) > 0) {
		return false
	}
	if and := andSplit(toks, a, b); and > 0 {
		at.others = append(at.others, readMention(text, toks, and+1, b, -1, -1))
		b = and
	}
	if appA >= 0 && appB <= a && appA-2 >= s.a && toks[appA-1].is("and") && toks[appA-2].cap() {
		// "Lund and his deputy, Marisol Quint, told": Lund speaks too
		if oa := npStart(toks, s.a, appA-1); oa < appA-1 {
			at.others = append(at.others, readMention(text, toks, oa, appA-1, -1, -1))
		}
	}
	at.m = readMention(text, toks, a, b, appA, appB)
	if len(at.others) == 1 && at.m.kind == quotegraph.Person && !strings.Contains(at.m.name, " ") && givenGender(at.m.name) != 0 {
		if o := at.others[0]; o.kind == quotegraph.Person && strings.Contains(o.name, " ") {
			at.m.name += " " + lastWord(o.name) // "Ana and Luis Perez": Ana Perez and Luis Perez
		}
	}
	if at.m.pronoun == 'r' { // "…, who said": the phrase before the comma
		ra, rb := relativeAntecedent(toks, s, a)
		if ra >= rb {
			return false
		}
		at.m = readMention(text, toks, ra, rb, -1, -1)
	}
	return at.m.name != "" || at.m.pronoun != 0
}

// andSplit returns the index of an "and" joining two names in toks[a:b]
// ("Mr. King and Mr. Morial"), or -1.
func andSplit(toks []token, a, b int) int {
	for k := a + 1; k < b-1; k++ {
		if toks[k].is("and", "&") && toks[k-1].cap() && toks[k+1].cap() && !isOrgRun(words(toks, a, b), 0) && !inOffice(toks, a, k) &&
			(toks[b-1].cap() || toks[b-1].text == ")") && !titleInside(toks, k+2, b) {
			return k
		}
	}
	return -1
}

// appositiveSubject reports whether the cue at i follows "X, a …," — a
// subject with an appositive — rather than a content and a comma.
func appositiveSubject(toks []token, s sentence, i int) bool {
	a, b, appA, _ := subjectBefore(toks, s.a, i)
	return appA >= 0 && a < b && (toks[a].cap() || determiners[toks[a].lower]) || asideSubject(toks, s.a, i)
}

// plausibleSubject reports whether toks[a:b] can be the subject of cue f:
// it ends in a name, a pronoun or a noun of person or source, and agrees in
// number with the cue's form ("officials say", not "pay state visits").
func plausibleSubject(toks []token, a, b int, f cueForm, joint bool) bool {
	last := &toks[b-1]
	if last.kind != tWord && last.text != ")" {
		return false
	}
	allDet := true
	for k := a; k < b; k++ {
		if toks[k].kind == tWord && !determiners[toks[k].lower] {
			allDet = false
		}
	}
	if allDet && !(b-a == 1 && last.cap() && !determiners[last.lower]) {
		return false
	}
	w := last.lower
	if isPossessive(w) && personPronouns[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] == 0 {
		return false // "Donald Trump's tweet", "Politifact's claim": the cue is a noun
	}
	if f.base && toks[a].is("a", "an", "one", "this", "that") {
		return false // "a New York Times report"
	}
	if f.base {
		for k := a + 1; k < b-1; k++ {
			if toks[k].is("of") && toks[k-1].kind == tWord {
				if h := toks[k-1].lower; !determiners[h] && !isNumber(h) && !numberWords[h] {
					w = h // "members of Congress say", not "in the wake of the Times report"
				}
				break
			}
		}
	}
	if timeNouns[w] && onlyTime(toks, a, b) {
		return false // "Four days after telling investors …": a time, no speaker
	}
	plural := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "people" || w == "police" || joint
	pron := personPronouns[w]
	if f.base && !(plural || pron == 'p' || pron == 'x' || w == "you" || w == "i") {
		return false
	}
	if last.cap() || pron != 0 || last.text == ")" {
		return true
	}
	if anonHeads[w] || titleWords[w] || strings.HasSuffix(w, "'s") {
		return true
	}
	// a common noun: "the commission says", "the ad's narrator says"
	handle := a > 0 && toks[a-1].text == "@" && toks[a-1].e == toks[a].s // "@nycsouthpaw"
	if !determiners[toks[a].lower] && !toks[a].cap() && !plural && !handle && !isNumber(toks[a].lower) && !numberWords[toks[a].lower] {
		return false // "cited derogatory comments": a noun phrase, no subject
	}
	return !clauseWords[w] && !nameParticles[w] && !isLyAdverb(w) && !strings.HasSuffix(w, "ing") &&
		!strings.HasSuffix(w, "ed") && !verbAux[w] && !objectPronouns[w] && (a < b-1 || plural)
}

// issuerSpeaker reads the speaker of "X issued a statement saying …" or
// "X posted a video calling …": the subject of the verb before the venue.
func issuerSpeaker(text string, toks []token, s sentence, k int, at *attribution) bool {
	for v := k - 1; v > s.a && k-v <= 5; v-- {
		w := toks[v].lower
		if toks[v].kind != tWord || toks[v].cap() {
			return false
		}
		if strings.HasSuffix(w, "ed") || w == "sent" || w == "put" || w == "gave" || w == "wrote" || w == "made" {
			a, b, appA, appB := subjectBefore(toks, s.a, v)
			if a >= b || b-a > 12 {
				return false
			}
			at.m = readMention(text, toks, a, b, appA, appB)
			return at.m.name != "" || at.m.pronoun != 0
		}
	}
	return false
}

// relativeBefore returns the index of a relative pronoun that opens the
// clause of a cue whose subject ends at k: "which said", "who in 2010
// said", "many of whom say" (the quantifier's index). It returns -1 when
// there is none.
func relativeBefore(toks []token, s sentence, k int) int {
	for n := 0; n < 4 && k > s.a && !toks[k].inQ; n, k = n+1, k-1 {
		t := &toks[k]
		switch {
		case t.is("which", "who"):
			return k
		case t.is("whom") && k-2 > s.a && toks[k-1].is("of") && (determiners[toks[k-2].lower] || numberWords[toks[k-2].lower]):
			return k - 2 // "many of whom say"
		case n == 0 && t.is("whom"):
			return -1
		case t.kind == tWord && (timeWords[t.lower] || isNumber(t.lower) || t.is("in", "on", "at", "last")):
		default:
			return -1
		}
	}
	return -1
}

// relativeSpeaker reads the antecedent of the relative pronoun at k as the
// speaker: "the European Union, which contended that …".
func relativeSpeaker(text string, toks []token, s sentence, k int, at *attribution) bool {
	ra, rb := relativeAntecedent(toks, s, k)
	if ra >= rb || rb-ra > 12 {
		return false
	}
	at.m = readMention(text, toks, ra, rb, -1, -1)
	return at.m.name != "" || at.m.pronoun != 0
}

// relativeAntecedent finds the phrase a relative pronoun at a refers to:
// "echoed by Zheng, who said".
func relativeAntecedent(toks []token, s sentence, a int) (int, int) {
	b := a
	for b > s.a && toks[b-1].kind == tPunct && (toks[b-1].text == "," || isDash(toks[b-1].text)) {
		b--
	}
	ra := npStart(toks, s.a, b)
	for k := b - 1; k > ra; k-- {
		if toks[k].is("a", "an", "the") && !toks[k-1].cap() && !toks[k-1].is("of") {
			ra = k // "not paying | an architect who said"
			break
		}
	}
	c := ra
	if c-1 > s.a && toks[c-1].is("now", "then", "also", "formerly") {
		c--
	}
	if ra < b && c-1 > s.a && toks[c-1].text == "," && determiners[toks[ra].lower] {
		// "McConnell, now the Senate majority leader, who said": the name
		na := c - 1
		for na > s.a && toks[na-1].kind == tWord && toks[na-1].cap() && c-1-na < 5 {
			na--
		}
		if na < c-1 && !isPossessive(toks[c-2].lower) && toks[b].text == "," && !sentenceOpeners[toks[na].lower] && !adverbialStart(&toks[na]) {
			return na, c - 1
		}
	}
	return ra, b
}

// asSaying reads "Z quoted X as saying" and "X was quoted as saying":
// the speaker is X.
func asSaying(text string, toks []token, s sentence, asIdx int, at *attribution) bool {
	for v := asIdx - 1; v >= s.a && asIdx-v <= 14; v-- {
		f, ok := cueForms[toks[v].lower]
		if !ok || (f.lemma != "quote" && f.lemma != "cite") {
			continue
		}
		if v+1 < asIdx {
			a, b := v+1, asIdx
			for a < b && determiners[toks[a].lower] && b-a > 1 {
				a++
			}
			at.m = readMention(text, toks, v+1, trimReportWord(toks, a, b), -1, -1)
		} else { // passive: "X was quoted as saying"
			k := v - 1
			for k >= s.a && (passives[toks[k].lower] || verbAux[toks[k].lower]) {
				k--
			}
			a, b, appA, appB := subjectBefore(toks, s.a, k+1)
			if a >= b {
				return false
			}
			at.m = readMention(text, toks, a, b, appA, appB)
		}
		return at.m.name != "" || at.m.pronoun != 0
	}
	return false
}

// trimReportWord drops a trailing "report", "statement" from "a Defense
// Science Board report" so that the board is the speaker.
func trimReportWord(toks []token, a, b int) int {
	if b-a > 1 && toks[b-1].is("report", "study", "statement", "survey", "analysis", "memo", "document") && toks[b-2].cap() {
		return b - 1
	}
	return b
}

var numberWords = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
	"hundreds", "thousands", "millions", "half", "third", "quarter", "majority", "minority", "number", "percent")

var sentenceOpeners = setOf("but", "and", "however", "still", "meanwhile", "moreover", "also", "yet", "so", "say", "suppose", "imagine",
	"now", "then", "later", "earlier", "instead", "indeed", "separately", "similarly", "likewise", "thus")

// objectCase are the pronouns "according to" takes, with the values of
// their subject forms in personPronouns.
var objectCase = map[string]byte{"him": 'm', "her": 'f', "them": 'p', "it": 'n'}

// plannedNouns follow "according to" as a course of events, not a source.
var plannedNouns = setOf("plan", "plans", "schedule", "script", "protocol", "tradition", "custom", "design",
	"expectations", "form", "procedure", "precedent", "routine", "instructions")

// plannedCourse reports whether "according to" at j names a course rather
// than a source: "according to plan", "according to the schedule".
func plannedCourse(toks []token, j int) bool {
	if j+1 < len(toks) && toks[j].is("the") {
		j++
	}
	return plannedNouns[toks[j].lower] && !toks[j].cap() && (j+1 >= len(toks) || toks[j+1].kind != tWord || toks[j+1].is("and", "or"))
}

// venueSource skips the medium before a source: "according to a statement
// from the ministry", "according to a report by Reuters".
func venueSource(toks []token, s sentence, j int) int {
	k := j
	if k < s.b && determiners[toks[k].lower] {
		k++
	}
	if k+2 >= s.b || !venueNouns[toks[k].lower] {
		return j
	}
	k++
	if toks[k].is("issued", "released", "published") {
		k++
	}
	if !toks[k].is("from", "by", "in") || k+1 >= s.b || toks[k+1].kind != tWord {
		return j
	}
	return k + 1
}

// according reads "according to X, C" and "C, according to X".
func according(text string, toks []token, s sentence, i, e, pi int) (attribution, bool) {
	at := attribution{para: pi, cueA: i, cueB: e + 1, cue: joinText(text, toks, i, e+1), accord: true}
	j := e + 1
	if j < s.b && plannedCourse(toks, j) {
		return at, false // "according to plan": no source
	}
	j = venueSource(toks, s, j)
	b := j
	for b < s.b && !(toks[b].kind == tPunct && (toks[b].text == "," || isTerminal(&toks[b]) || toks[b].text == ";")) && toks[b].kind != tQuote && b-j < 16 {
		b++
	}
	if b == j {
		return at, false
	}
	at.m = readMention(text, toks, j, b, -1, -1)
	if p, ok := objectCase[toks[j].lower]; ok && b == j+1 {
		at.m.pronoun, at.m.plural = p, p == 'p' // "According to him, …"
	}
	if at.m.name == "" && at.m.pronoun == 0 {
		return at, false
	}
	pre := s.a
	for pre < i && (toks[pre].kind != tWord || sentenceOpeners[toks[pre].lower]) {
		pre++
	}
	if pre >= i { // "According to X, C."
		at.ca, at.cb = b, sentenceEnd(toks, s)
		if at.ca < at.cb && toks[at.ca].text == "," {
			at.ca++
		}
	} else {
		at.ca, at.cb = pre, i
		at.fronted = true
		if bb := sentenceEnd(toks, s); b+1 < bb && toks[b].text == "," && bb-b > i-pre {
			at.ca, at.cb, at.fronted = b+1, bb, false // "X, according to Y, has …"
		}
	}
	at.ca, at.cb = trimContent(toks, at.ca, at.cb)
	return at, countWords(toks, at.ca, at.cb) >= 2
}
