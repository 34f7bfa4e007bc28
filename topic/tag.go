package topic

import (
	"slices"
	"strings"
	"unicode"

	"github.com/quotegraph/quotegraph/wordnet"
)

const (
	lexPerson = 18 // noun.person
	lexTime   = 28 // noun.time
)

// tag merges multi-word nouns and assigns every token a class and, for
// nouns, a lemma. WordNet's lexicon gives each word's possible parts of
// speech; the neighbours choose among them.
func (x *Index) tag(toks []token) []token {
	toks = x.merge(toks)
	for i := range toks {
		t := &toks[i]
		if t.cls == cPunct || t.cls == cPoss || t.cls == cNoun || t.cls == cProper {
			continue
		}
		if c, ok := closed[t.low]; ok && !(t.cap && !t.initial && t.low == "us") {
			// "US" written in capitals is the country, not the pronoun.
			t.cls = c
			continue
		}
		if isNumber(t.low) {
			t.cls = cNum
			continue
		}
		if t.cap && x.tagCapitalised(toks, i) {
			continue
		}
		x.tagCommon(toks, i)
	}
	// A second pass for words whose class depends on the next word's.
	for i := range toks {
		if toks[i].cls == cNone {
			x.tagAmbiguous(toks, i)
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.cls == cNoun || t.cls == cMod {
			x.nounInfo(t)
		}
		// A hyphenated compound WordNet lacks before a noun is an
		// adjective: "win-win cooperation", "high-level talks".
		if t.cls == cNoun && strings.Contains(t.low, "-") && x.db.POS(t.low) == 0 && i+1 < len(toks) {
			if c := toks[i+1].cls; c == cNoun || c == cMod {
				t.cls = cAdj
			}
		}
	}
	// A capitalised title before a name is part of the name: "President Xi".
	for i := len(toks) - 2; i >= 0; i-- {
		if t := &toks[i]; t.cap && toks[i+1].cls == cName && (t.cls == cNoun || t.cls == cProper || t.cls == cAdj) {
			t.cls = cName
		}
	}
	// Months and weekdays are not topics.
	for i := range toks {
		if t := &toks[i]; t.cls == cProper {
			if ss := x.db.NounSenses(strings.ToLower(t.lemma)); len(ss) > 0 && x.db.LexFile(ss[0].Synset) == lexTime {
				t.cls = cName
			}
		}
	}
	return toks
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' && r != '%' && r != '-' {
			return false
		}
	}
	return true
}

// merge joins runs of words that WordNet lists as one noun ("trade
// secrets", "United States", "law enforcement", "cyber space") and compounds
// of a bound prefix with a noun ("cyber attacks"), longest first.
func (x *Index) merge(toks []token) []token {
	out := toks[:0:0]
	for i := 0; i < len(toks); i++ {
		if !toks[i].isWord() || closed[toks[i].low] != cNone {
			out = append(out, toks[i])
			continue
		}
		merged := false
		for n := 4; n >= 2 && !merged; n-- {
			if i+n > len(toks) {
				continue
			}
			ok := true
			parts := make([]string, n)
			caps := 0
			for k := 0; k < n; k++ {
				tk := toks[i+k]
				if !tk.isWord() || (k > 0 && closed[tk.low] != cNone) || strings.Contains(tk.low, "-") {
					ok = false
					break
				}
				if tk.cap {
					caps++
				}
				parts[k] = tk.low
			}
			if !ok {
				continue
			}
			// Capitalisation must agree: all capitalised or none after the first.
			if caps != 0 && caps != n && !(caps == 1 && toks[i].cap && toks[i].initial) {
				continue
			}
			phrase := strings.Join(parts, " ")
			lemma := ""
			if ls := x.db.MorphNoun(phrase); len(ls) > 0 {
				lemma = ls[0]
			} else if n == 2 {
				lemma = x.joinParts(parts)
			}
			if lemma == "" {
				continue
			}
			t := token{text: joinText(toks[i : i+n]), low: phrase, cap: toks[i].cap, initial: toks[i].initial, cls: cNoun, lemma: lemma}
			if caps == n {
				if f := x.properForm(t.text); f != "" {
					if x.isPersonName(f) {
						t.cls = cName
					} else {
						t.cls, t.lemma = cProper, f
					}
				}
			}
			if t.cls == cNoun {
				x.nounInfo(&t)
			}
			out = append(out, t)
			i += n - 1
			merged = true
		}
		if !merged {
			out = append(out, toks[i])
		}
	}
	return out
}

func joinText(ts []token) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.text
	}
	return strings.Join(s, " ")
}

// isPersonName reports whether a capitalised WordNet form names a person
// in its first sense ("Rice", "Washington" is a person only in a later
// sense).
func (x *Index) isPersonName(form string) bool {
	for _, s := range x.db.NounSenses(strings.ToLower(form)) {
		for _, f := range x.db.Forms(s.Synset) {
			if f == form {
				return x.db.LexFile(s.Synset) == lexPerson && x.db.IsInstance(s.Synset)
			}
		}
	}
	return false
}

// known reports whether WordNet knows a lower-case word in any part of
// speech, directly, by inflection or as a prefix compound.
func (x *Index) known(low string) bool {
	if x.db.POS(low) != 0 || len(x.db.MorphNoun(low)) > 0 || len(x.db.MorphVerb(low)) > 0 {
		return true
	}
	if len(x.db.Exceptions(wordnet.Adj, low)) > 0 {
		return true
	}
	if p, _ := x.splitPrefix(low); p != "" {
		return true
	}
	parts := strings.Split(low, "-")
	if len(parts) > 1 {
		if x.joinParts(parts) != "" {
			return true
		}
		for _, p := range parts {
			if !x.known(p) {
				return false
			}
		}
		return true
	}
	return false
}

// tagCapitalised classifies a capitalised word: a person's name (never a
// topic), a proper noun WordNet has ("China"), or an ordinary word
// capitalised by position or style ("Internet", "Cybersecurity will …").
// It reports whether it decided.
func (x *Index) tagCapitalised(toks []token, i int) bool {
	t := &toks[i]
	// A run of capitalised words with one WordNet does not know is a name:
	// "Barack Obama", "Assistant Foreign Minister Zheng Zeguang".
	lo, hi := i, i
	for lo > 0 && toks[lo-1].cap && toks[lo-1].isWord() && !toks[lo-1].initial {
		lo--
	}
	if lo > 0 && toks[lo-1].cap && toks[lo-1].isWord() {
		lo--
	}
	for hi+1 < len(toks) && toks[hi+1].cap && toks[hi+1].isWord() && !toks[hi+1].initial {
		hi++
	}
	for k := lo; k <= hi; k++ {
		tk := &toks[k]
		if tk.cls == cProper || (tk.initial && closed[tk.low] != cNone) {
			continue
		}
		if !x.known(tk.low) {
			t.cls = cName
			return true
		}
	}
	if strings.Contains(t.low, "-") && x.joinParts(strings.Split(t.low, "-")) == "" {
		// "China-US", "Sino-US": a pairing of proper names.
		allCap := true
		for _, p := range strings.Split(t.text, "-") {
			if r := []rune(p); len(r) == 0 || !unicode.IsUpper(r[0]) {
				allCap = false
			}
		}
		if allCap {
			t.cls = cName
			return true
		}
	}
	if f := x.properForm(t.text); f != "" {
		if x.isPersonName(f) {
			t.cls = cName
			return true
		}
		// A nationality before a noun is an adjective: "Chinese hackers".
		if x.db.POS(t.low)&wordnet.Adj != 0 && i+1 < len(toks) && toks[i+1].isWord() && closed[toks[i+1].low] == cNone {
			t.cls = cAdj
			return true
		}
		if t.initial && x.db.POS(t.low)&(wordnet.Verb|wordnet.Adj|wordnet.Adv) != 0 && len(x.db.MorphNoun(t.low)) == 0 {
			return false
		}
		t.cls, t.lemma = cProper, f
		return true
	}
	if !t.initial {
		// A common noun capitalised mid-sentence is a name when it is very
		// short ("Xi") or follows a capitalised title ("President Rice").
		if len(t.low) <= 2 {
			t.cls = cName
			return true
		}
		if i > 0 && toks[i-1].cap && toks[i-1].cls == cNoun && toks[i-1].person {
			t.cls = cName
			return true
		}
	}
	return false
}

// tagCommon classifies a lower-case (or incidentally capitalised) word
// when its parts of speech leave no choice, else leaves it for
// tagAmbiguous.
func (x *Index) tagCommon(toks []token, i int) {
	t := &toks[i]
	w := t.low
	noun := len(x.db.MorphNoun(w)) > 0
	verb := len(x.db.MorphVerb(w)) > 0
	pos := x.db.POS(w)
	adj := x.isAdj(w)
	adv := pos&wordnet.Adv != 0
	if !noun && !verb && !adj && !adv {
		if p, _ := x.splitPrefix(w); p != "" {
			noun = true
		} else if x.known(w) {
			// A hyphenated word of known parts: "win-win", "high-level".
			t.cls = cAdj
			if k := strings.LastIndexByte(w, '-'); k >= 0 && len(x.db.MorphNoun(w[k+1:])) > 0 {
				t.cls = cNoun
			}
			return
		} else {
			switch {
			case strings.HasSuffix(w, "ly"):
				t.cls = cAdv
			case strings.HasSuffix(w, "ing"), strings.HasSuffix(w, "ed"):
				t.cls = cVerb
			default:
				t.cls = cNoun // an unknown word is most likely a new noun
			}
			return
		}
	}
	if strings.HasSuffix(w, "ing") && verb {
		return // gerund or participle: decided by context
	}
	switch {
	case adv && strings.HasSuffix(w, "ly") && !noun:
		t.cls = cAdv
	case noun && !verb && !adj:
		t.cls = cNoun
	case verb && !noun && !adj:
		t.cls = cVerb
	case adj && !noun && !verb:
		t.cls = cAdj
	case adv && !noun && !verb && !adj:
		t.cls = cAdv
	}
}

// tagAmbiguous decides between noun, verb and adjective from the
// neighbours.
func (x *Index) tagAmbiguous(toks []token, i int) {
	t := &toks[i]
	w := t.low
	prev, next := cPunct, cPunct
	var prevTok *token
	// Quotation marks are transparent: `"face common challenges"`.
	j := i - 1
	for j >= 0 && toks[j].low == "\"" {
		j--
	}
	if j >= 0 {
		prevTok = &toks[j]
		prev = prevTok.cls
	}
	k := i + 1
	for k < len(toks) && toks[k].low == "\"" {
		k++
	}
	nextLow := ""
	if k < len(toks) {
		next = toks[k].cls
		nextLow = toks[k].low
		if next == cNone {
			next = x.guess(toks[k].low)
		}
	}
	noun := len(x.db.MorphNoun(w)) > 0
	verb := len(x.db.MorphVerb(w)) > 0
	adj := x.isAdj(w)
	nounNext := x.nounFollows(toks, k)
	verbFirst := func() bool { return x.verbCount(w) > x.nounCount(x.Lemma(w)) }

	if strings.HasSuffix(w, "ing") && verb {
		pluralPrev := prevTok != nil && prevTok.cls == cNoun && strings.HasSuffix(prevTok.low, "s") && prevTok.lemma != prevTok.low
		switch {
		case prev == cDet || prev == cPoss:
			// "a meeting", "their hacking": a gerund used as a noun.
			if nounNext && !adj {
				t.cls = cMod
			} else if adj && nounNext {
				t.cls = cAdj
			} else {
				t.cls = cNoun
				t.lemma = x.gerundLemma(w)
			}
		case prev == cAux && !(prevTok != nil && prevTok.low == "'s"):
			t.cls = cVerb // progressive: "what it's doing"
		case adj && nounNext:
			t.cls = cAdj // "growing concerns", "countervailing actions"
		case next == cDet || next == cPron || next == cNum || next == cAdj || next == cProper || next == cName ||
			next == cSub || next == cAdv || nextLow == "to" || nextLow == "up" || nextLow == "out":
			t.cls = cVerb // takes an object or complement: "setting international standards"
		case pluralPrev:
			t.cls = cVerb // "systems containing designs": a noun compound's modifier is singular
		case next == cNoun || next == cMod:
			if prev == cDet || prev == cAdj || prev == cNoun || prev == cMod || prev == cProper || prev == cPoss || len(x.db.MorphNoun(w)) == 0 {
				t.cls = cMod // "Internet hacking attacks", "hacking activities"
			} else {
				t.cls = cVerb
			}
		default:
			t.cls = cNoun // "act against China over hacking"
			t.lemma = x.gerundLemma(w)
		}
		return
	}
	switch prev {
	case cDet, cPoss, cNum, cAdj:
		if adj && nounNext {
			t.cls = cAdj
		} else if noun {
			t.cls = cNoun
		} else if adj {
			t.cls = cAdj
		} else {
			t.cls = cVerb
		}
		return
	case cPrep:
		switch {
		case prevTok.low == "to" && verb && slices.Contains(x.db.MorphVerb(w), w) && (!noun || !(next == cPrep || next == cPunct || next == cConj) || verbFirst()):
			t.cls = cVerb
		case adj && nounNext:
			t.cls = cAdj
		case noun:
			t.cls = cNoun
		case adj:
			t.cls = cAdj
		default:
			t.cls = cVerb
		}
		return
	case cVerb:
		// Two verbs rarely follow each other: "gained access", "made clear".
		if adj {
			t.cls = cAdj
			return
		}
		if noun {
			t.cls = cNoun
			return
		}
	case cModal, cNeg, cPron:
		if verb {
			t.cls = cVerb
			return
		}
	case cAux:
		if verb && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || x.db.Exceptions(wordnet.Verb, w) != nil) && !adj {
			t.cls = cVerb
			return
		}
		if adj && !nounNext {
			t.cls = cAdj
			return
		}
	case cNoun, cProper, cName, cMod:
		if verb {
			subjectLike := prev == cProper || prev == cName || (prevTok != nil && prevTok.person)
			// A coordinated subject takes a plural verb: "Beijing and Washington face".
			coordinated := subjectLike && j >= 2 && toks[j-1].low == "and" && (toks[j-2].cls == cProper || toks[j-2].cls == cName)
			inflected := strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || x.db.Exceptions(wordnet.Verb, w) != nil
			if (subjectLike && inflected) || coordinated || !noun || next == cDet || next == cPron || nextLow == "to" || next == cAdv ||
				next == cNum || next == cSub || (next == cAdj && !nounAfterAdj(toks, k)) || (next == cAdj && inflected) {
				t.cls = cVerb
				return
			}
		}
		if noun {
			t.cls = cNoun
			return
		}
	case cConj:
		// Coordination is parallel: "the government and military".
		if j > 0 && noun && (toks[j-1].cls == cNoun || toks[j-1].cls == cProper) && !(verb && (next == cDet || next == cPron || nextLow == "to")) {
			t.cls = cNoun
			return
		}
	}
	// Clause start, after a verb or conjunction.
	switch {
	case adj && (nounNext || !noun || !verbFirst()):
		t.cls = cAdj
	case verb && (next == cDet || next == cPron || nextLow == "to" || next == cNum || !noun || verbFirst()):
		t.cls = cVerb
	case noun:
		t.cls = cNoun
	case adj:
		t.cls = cAdj
	default:
		t.cls = cVerb
	}
}

// nounFollows reports whether a noun follows position k, past adjectives,
// commas and conjunctions: "a frank and open exchange".
func (x *Index) nounFollows(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		t := &toks[k]
		switch c := t.cls; {
		case c == cNoun || c == cMod || c == cProper || t.low == "one" || t.low == "ones":
			return true
		case c == cAdj || t.low == "," || t.low == "and" || t.low == "or" || c == cAdv:
			continue
		case c == cNone:
			if len(x.db.MorphNoun(t.low)) > 0 && !x.isAdj(t.low) {
				return true
			}
			if x.isAdj(t.low) {
				continue
			}
			return false
		default:
			return false
		}
	}
	return false
}

// nounAfterAdj reports whether the adjective at k is followed by a noun.
func nounAfterAdj(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k+1].cls == cNoun || toks[k+1].cls == cNone)
}

// guess is the likeliest class of an untagged lower-case word, for
// looking ahead.
func (x *Index) guess(w string) class {
	if x.isAdj(w) {
		return cAdj
	}
	if len(x.db.MorphNoun(w)) > 0 {
		return cNoun
	}
	if len(x.db.MorphVerb(w)) > 0 {
		return cVerb
	}
	return cNoun
}

// isAdj reports whether w is an adjective, comparatives and superlatives
// included ("largest").
func (x *Index) isAdj(w string) bool {
	if x.db.POS(w)&wordnet.Adj != 0 || len(x.db.Exceptions(wordnet.Adj, w)) > 0 {
		return true
	}
	for _, sf := range [][2]string{{"est", ""}, {"est", "e"}, {"er", ""}, {"er", "e"}, {"iest", "y"}, {"ier", "y"}} {
		if strings.HasSuffix(w, sf[0]) && len(w) > len(sf[0])+2 {
			b := w[:len(w)-len(sf[0])] + sf[1]
			if x.db.POS(b)&wordnet.Adj != 0 {
				return true
			}
			if n := len(b); n > 2 && b[n-1] == b[n-2] && x.db.POS(b[:n-1])&wordnet.Adj != 0 {
				return true // "biggest"
			}
		}
	}
	return false
}

// gerundLemma is the topic name of a gerund used as a noun: WordNet's noun
// when it has one ("meeting"), else the gerund itself ("hacking").
func (x *Index) gerundLemma(w string) string {
	if ls := x.db.MorphNoun(w); len(ls) > 0 {
		return ls[0]
	}
	return w
}

// nounInfo fills in a noun token's lemma, head and flags.
func (x *Index) nounInfo(t *token) {
	if t.lemma == "" {
		if t.cls == cMod {
			t.lemma = x.gerundLemma(t.low)
		} else {
			t.lemma = x.Lemma(t.low)
		}
	}
	if p, h := x.splitPrefix(t.lemma); p != "" {
		t.head = h
	} else if k := strings.IndexByte(t.lemma, '-'); k > 0 && x.db.POS(t.lemma) == 0 {
		t.head = x.Lemma(t.lemma[k+1:])
	} else if k := strings.IndexByte(t.lemma, ' '); k > 0 && x.db.POS(t.lemma) == 0 {
		t.head = x.Lemma(t.lemma[strings.LastIndexByte(t.lemma, ' ')+1:])
	}
	t.light = lightNouns[t.lemma]
	if ss := x.db.NounSenses(strings.ToLower(t.lemma)); len(ss) > 0 {
		t.person = x.db.LexFile(ss[0].Synset) == lexPerson
	}
}
