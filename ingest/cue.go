package ingest

import "strings"

// A cue is the word that reports speech: "said", "told", "according to".

// cueClass says how a cue verb takes its content.
type cueClass uint8

const (
	cueSay    cueClass = iota // X said (that) C; C, X said
	cueTell                   // X told Y (that) C: an addressee comes first
	cueAs                     // X described Y as "…"; Z quoted X as saying
	cueCall                   // X called Y "…"; X called for C
	cueAccord                 // according to X, C
)

type cueInfo struct {
	lemma  string
	class  cueClass
	strong bool // takes a bare clause as content: "X said the plan failed"
	clause bool // reports speech only before "that", a quotation or a colon
}

// cueVerbs maps lemmas to their class and strength. Weak cues report
// speech only when what follows looks like a report ("that", a quotation,
// a colon) or when the content stands before them ("…, X noted").
var cueVerbs = map[string]cueInfo{
	"say": {class: cueSay, strong: true}, "tell": {class: cueTell, strong: true},
	"write": {class: cueSay, strong: true}, "add": {class: cueSay}, "note": {class: cueSay},
	"stress": {class: cueSay}, "reiterate": {class: cueSay}, "warn": {class: cueTell}, "argue": {class: cueSay, strong: true},
	"insist": {class: cueSay, strong: true}, "claim": {class: cueSay}, "urge": {class: cueTell}, "accuse": {class: cueTell},
	"acknowledge": {class: cueSay}, "explain": {class: cueSay}, "declare": {class: cueSay}, "announce": {class: cueSay},
	"report": {class: cueSay}, "state": {class: cueSay}, "comment": {class: cueSay}, "remark": {class: cueSay},
	"observe": {class: cueSay}, "assert": {class: cueSay, strong: true}, "contend": {class: cueSay, strong: true},
	"suggest": {class: cueSay}, "recall": {class: cueSay}, "respond": {class: cueSay}, "reply": {class: cueSay},
	"emphasize": {class: cueSay}, "emphasise": {class: cueSay}, "tweet": {class: cueSay}, "vow": {class: cueSay},
	"promise": {class: cueSay}, "predict": {class: cueSay}, "admit": {class: cueSay}, "concede": {class: cueSay},
	"confirm": {class: cueSay}, "deny": {class: cueSay}, "complain": {class: cueSay}, "caution": {class: cueSay},
	"testify": {class: cueSay}, "counter": {class: cueSay}, "conclude": {class: cueSay}, "describe": {class: cueAs},
	"call": {class: cueCall}, "ask": {class: cueTell}, "charge": {class: cueSay}, "allege": {class: cueSay},
	"joke": {class: cueSay}, "boast": {class: cueSay}, "lament": {class: cueSay}, "pledge": {class: cueSay},
	"propose": {class: cueSay}, "proclaim": {class: cueSay}, "quip": {class: cueSay}, "recount": {class: cueSay},
	"reveal": {class: cueSay}, "underscore": {class: cueSay}, "underline": {class: cueSay}, "affirm": {class: cueSay},
	"continue": {class: cueSay}, "mention": {class: cueSay}, "point": {class: cueSay}, "quote": {class: cueAs},
	"cite": {class: cueAs}, "assure": {class: cueTell}, "remind": {class: cueTell}, "inform": {class: cueTell},
	"signal": {class: cueSay}, "estimate": {class: cueSay}, "speculate": {class: cueSay}, "maintain": {class: cueSay},
	"highlight": {class: cueSay}, "demand": {class: cueSay}, "threaten": {class: cueSay}, "post": {class: cueSay},
	"blast": {class: cueSay}, "criticize": {class: cueSay}, "criticise": {class: cueSay}, "praise": {class: cueSay},
	"exclaim": {class: cueSay}, "shout": {class: cueSay}, "whisper": {class: cueSay}, "agree": {class: cueSay},
	"opine": {class: cueSay}, "fume": {class: cueSay},
}

// clauseCues report speech only with a clause or quotation after them, or
// with the content before them: "concluded that …" but "concluded talks".
var clauseCues = setOf("opine", "write", "conclude", "estimate", "signal", "maintain", "agree", "post", "reveal", "confirm",
	"predict", "promise", "highlight", "underline", "underscore", "charge", "counter", "continue",
	"mention", "demand", "threaten", "blast", "criticize", "criticise", "praise", "propose", "pledge", "recall",
	"observe", "state", "report", "add", "comment", "remark", "reply", "respond", "lament", "complain",
	"testify", "caution", "concede", "admit", "declare", "explain",
	"reveal", "affirm", "boast", "joke", "quip", "recount", "proclaim", "shout", "whisper", "exclaim", "tweet",
	"speculate", "allege", "claim", "vow", "fume")

// irregular forms of cue verbs.
var cueIrregular = map[string]string{
	"said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
	"wrote": "write", "written": "write", "writes": "write", "writing": "write",
}

// cueForm is one written form of a cue verb.
type cueForm struct {
	cueInfo
	ing  bool // "saying", "adding": a participle that shares its subject
	base bool // "say": needs an auxiliary or plural subject
	s    bool // "says", "notes": may be a plural noun
}

var cueForms = buildCueForms()

func buildCueForms() map[string]cueForm {
	m := map[string]cueForm{}
	for lemma, info := range cueVerbs {
		info.lemma = lemma
		info.clause = clauseCues[lemma]
		for _, f := range inflect(lemma) {
			if _, irregular := cueIrregular[f.word]; irregular {
				continue
			}
			m[f.word] = cueForm{cueInfo: info, ing: f.ing, base: f.word == lemma, s: f.s}
		}
	}
	for w, lemma := range cueIrregular {
		info := cueVerbs[lemma]
		info.lemma = lemma
		info.clause = clauseCues[lemma]
		m[w] = cueForm{cueInfo: info, ing: strings.HasSuffix(w, "ing"), s: strings.HasSuffix(w, "s")}
	}
	return m
}

type inflected struct {
	word   string
	ing, s bool
}

// inflect returns the regular forms of an English verb.
func inflect(v string) []inflected {
	out := []inflected{{word: v}}
	last := v[len(v)-1]
	switch {
	case strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		stem := v[:len(v)-1]
		out = append(out, inflected{word: stem + "ies", s: true}, inflected{word: stem + "ied"}, inflected{word: v + "ing", ing: true})
	case last == 'e':
		out = append(out, inflected{word: v + "s", s: true}, inflected{word: v + "d"}, inflected{word: v[:len(v)-1] + "ing", ing: true})
	default:
		s := v + "s"
		if strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") {
			s = v + "es"
		}
		stem := v
		if doubles(v) {
			stem = v + string(last)
		}
		out = append(out, inflected{word: s, s: true}, inflected{word: stem + "ed"}, inflected{word: stem + "ing", ing: true})
	}
	return out
}

// doubles reports whether a verb doubles its last consonant ("admit" ->
// "admitted"): a short stressed syllable ending consonant-vowel-consonant.
func doubles(v string) bool {
	n := len(v)
	if n < 3 {
		return false
	}
	c1, vw, c2 := v[n-3], v[n-2], v[n-1]
	isV := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	if isV(c1) || !isV(vw) || isV(c2) || strings.IndexByte("wxy", c2) >= 0 {
		return false
	}
	return v == "admit" || v == "quip" || v == "allot" || n <= 4
}

// negators make a cue report that something was not said.
var negators = setOf("not", "never", "n't", "didn't", "don't", "doesn't", "won't", "wouldn't", "couldn't",
	"can't", "cannot", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "aren't", "weren't", "shouldn't",
	"didn’t", "don’t", "doesn’t", "won’t", "wouldn’t", "couldn’t", "can’t", "hasn’t", "haven’t", "hadn’t",
	"isn’t", "wasn’t", "aren’t", "weren’t", "shouldn’t", "neither", "nor", "no")

var refusals = setOf("declined", "refused", "declines", "refuses", "declining", "refusing", "failed", "unwilling", "reluctant")

// passives before a past participle make the subject the one spoken to or
// about ("was told", "is said to be").
var passives = setOf("was", "were", "is", "are", "been", "be", "being", "am", "get", "got", "gets")

// verbAux are auxiliaries and adverbs that may stand between a subject and
// its cue: "has said", "also noted", "later told".
var verbAux = setOf("has", "have", "had", "also", "later", "earlier", "previously", "again", "then", "repeatedly",
	"publicly", "privately", "recently", "once", "would", "will", "may", "might", "could", "can", "should",
	"reportedly", "further", "now", "often", "still", "just", "first", "last", "already", "even", "simply",
	"quickly", "bluntly", "flatly", "openly", "frankly", "calmly", "angrily", "forcefully", "strongly", "firmly",
	"clearly", "explicitly", "specifically", "subsequently", "separately", "initially", "ultimately", "finally",
	"did", "does", "do", "is", "was", "are", "were", "has\u00a0", "always", "frequently", "herself", "himself",
	"themselves", "itself", "personally", "long", "directly", "indirectly", "only", "likewise", "similarly", "emphatically")

// cueAt reports whether toks[i] is a cue and returns its form and the index
// of the cue's last token ("according to", "pointed out", "called for").
func cueAt(toks []token, i int) (cueForm, int, bool) {
	t := &toks[i]
	if t.kind != tWord || t.inQ {
		return cueForm{}, i, false
	}
	if t.lower == "according" && i+1 < len(toks) && toks[i+1].lower == "to" {
		return cueForm{cueInfo: cueInfo{lemma: "according to", class: cueAccord, strong: true}}, i + 1, true
	}
	f, ok := cueForms[t.lower]
	if !ok || t.cap() && i > 0 && toks[i-1].kind != tQuote {
		return f, i, false // "the United States", "State Department"
	}
	end := i
	if f.lemma == "point" {
		if i+1 >= len(toks) || toks[i+1].lower != "out" {
			return f, i, false
		}
		end = i + 1
	}
	if f.lemma == "call" && i+1 < len(toks) && toks[i+1].is("for", "on", "upon") {
		end = i + 1
	}
	if (f.s || f.base) && i > 0 && (determiners[toks[i-1].lower] || toks[i-1].is("of", "in", "on", "for", "with", "from", "to", "by", "about", "among", "between", "across")) {
		return f, i, false // "those states", "of claims": a plural noun
	}
	if (f.s || f.base) && i > 0 && (isPossessive(toks[i-1].lower) || toks[i-1].is("last", "latest", "new", "first", "previous", "recent", "own", "initial", "final", "earlier")) {
		return f, i, false // "the IMF's last estimate", "its own report": a noun
	}
	if f.lemma == "state" && f.base {
		return f, i, false // "state Sen. Ada Brook", "state troopers": an adjective
	}
	if (f.lemma == "ask" || f.lemma == "speak") && end+2 < len(toks) && toks[end+1].is("not") && toks[end+2].is("to") {
		return f, i, false // "asked not to be identified": a condition of the source, not speech
	}
	if (f.lemma == "continue" || f.lemma == "agree") && end+1 < len(toks) && toks[end+1].is("to", "with") {
		return f, i, false // "continued to ignore", "agreed to lend": what is done, not said
	}
	if f.lemma == "call" && calledLabel(toks, i) {
		return f, i, false // "what he called a “brazen breach”": a label in the writer's sentence
	}
	if negated(toks, i) || venueParticiple(toks, i) || saidNothing(toks, f, end) {
		return f, i, false
	}
	return f, end, true
}

// quantityObjects after "said" tell how much was said, not what: "said
// little when asked", "said nothing about the cost" — unless a verb follows
// ("said little had changed").
var quantityObjects = setOf("little", "nothing", "much", "anything", "something", "less", "more")

var afterQuantity = setOf("about", "of", "on", "when", "while", "during", "in", "at", "to", "after", "before", "beyond",
	"else", "new", "further", "publicly", "specific", "since", "as", "than", "and", "but", "so", "yet")

func saidNothing(toks []token, f cueForm, end int) bool {
	if f.lemma != "say" || end+1 >= len(toks) || !quantityObjects[toks[end+1].lower] || toks[end+1].inQ {
		return false
	}
	if end+2 >= len(toks) || toks[end+2].kind != tWord {
		return true
	}
	n := toks[end+2].lower
	if toks[end+1].is("more", "less") {
		return n == "about" || n == "on" // "said more than 100 people died"
	}
	return afterQuantity[n]
}

// calledLabel reports whether the form of "call" at i follows "what" and
// its subject: "what multiple lawmakers called “fraud”".
func calledLabel(toks []token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 7; k-- {
		t := &toks[k]
		if t.is("what") {
			return true
		}
		if t.kind != tWord || t.inQ || clauseWords[t.lower] && !t.is("the") {
			return false
		}
	}
	return false
}

// venueParticiple reports whether the -ed form at i modifies the medium
// before it rather than reports speech: "a message posted Friday", "a
// statement released by the ministry".
func venueParticiple(toks []token, i int) bool {
	w := toks[i].lower
	if i == 0 || !strings.HasSuffix(w, "ed") || !venueNouns[toks[i-1].lower] || i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	return n.is("by", "on", "in", "at", "earlier", "last", "this", "late", "early") || timeWords[n.lower] && n.cap()
}

// negated reports whether the cue at i is negated, infinitive or passive:
// "did not say", "declined to say", "was told".
func negated(toks []token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		w := toks[k].lower
		if negators[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if w == "to" {
			return k > 0 && !toks[k-1].is("according")
		}
		if passives[w] && !strings.HasSuffix(toks[i].lower, "ing") { // "was told", "was once asked"
			return true
		}
		if !verbAux[w] && !passives[w] && !refusals[w] {
			break
		}
	}
	return false
}
