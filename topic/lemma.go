package topic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotegraph/quotegraph/wordnet"
)

// Lemma returns the noun lemma of a word or phrase in the form topic names
// take: lower case ("norms" → "norm"), WordNet's own form for proper nouns
// ("China"), multi-word lemmas with single spaces ("trade secrets" → "trade
// secret"), and compounds of a bound prefix written solid whichever way
// the text wrote them ("cyber-attacks", "cyber attacks" → "cyberattack").
// A word WordNet does not know as a noun is returned lower-cased, with a
// plural -s removed when what is left decomposes into known parts.
func (x *Index) Lemma(word string) string {
	word = strings.Join(strings.Fields(strings.ReplaceAll(word, "’", "'")), " ")
	if word == "" {
		return ""
	}
	if p := x.properForm(word); p != "" {
		return p
	}
	low := strings.ToLower(word)
	// Try the whole phrase first, then compounds.
	if l := x.nounLemma(low); l != "" {
		return l
	}
	parts := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == '-' })
	if len(parts) > 1 {
		if l := x.joinParts(parts); l != "" {
			return l
		}
		// Otherwise a spaced compound: lemmatise the last word.
		last := x.nounLemma(parts[len(parts)-1])
		if last == "" {
			last = x.unknownLemma(parts[len(parts)-1])
		}
		return strings.Join(parts[:len(parts)-1], " ") + " " + last
	}
	return x.unknownLemma(low)
}

// nounLemma is WordNet's noun lemma of a lower-case form, with the
// spelling variants WordNet lists ("cyber-terrorism", "cyberterrorism"),
// or "".
func (x *Index) nounLemma(low string) string {
	if ls := x.db.MorphNoun(low); len(ls) > 0 {
		// WordNet lists some plurals as nouns of their own ("talks",
		// "leaders", "things"); prefer the singular unless the plural is the
		// more frequent noun in the tagged corpus ("arms" stays "arms").
		if len(ls) > 1 && ls[0] == low && x.nounCount(ls[0]) <= x.nounCount(ls[1]) {
			return ls[1]
		}
		return ls[0]
	}
	if strings.Contains(low, " ") {
		if ls := x.db.MorphNoun(strings.ReplaceAll(low, " ", "-")); len(ls) > 0 {
			return ls[0]
		}
	}
	return ""
}

// joinParts handles compounds split by spaces or hyphens whose solid form
// is a known noun ("cyber space" → "cyberspace") or whose first part is a
// bound prefix that does not stand alone ("cyber attacks" →
// "cyberattack").
func (x *Index) joinParts(parts []string) string {
	solid := strings.Join(parts, "")
	if l := x.nounLemma(solid); l != "" {
		return l
	}
	if l := x.nounLemma(strings.Join(parts, "-")); l != "" {
		return l
	}
	if len(parts) == 2 && x.isBoundPrefix(parts[0]) {
		head := x.nounLemma(parts[1])
		if head == "" {
			head = x.unknownLemma(parts[1])
		}
		return parts[0] + head
	}
	return ""
}

// unknownLemma lemmatises a word WordNet does not have as a noun: a solid
// compound of a bound prefix and a noun ("cyberattacks" → "cyberattack"),
// or a plural -s on a word that is otherwise unknown.
func (x *Index) unknownLemma(low string) string {
	if p, h := x.splitPrefix(low); p != "" {
		return p + h
	}
	if x.db.POS(low) == 0 && len(low) > 4 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") && !strings.HasSuffix(low, "us") && !strings.HasSuffix(low, "is") {
		return strings.TrimSuffix(low, "s")
	}
	return low
}

// splitPrefix splits a solid word WordNet lacks into a bound prefix and the
// lemma of a known noun: "cybersecurity" → ("cyber", "security"). It
// returns "", "" when there is no such split.
func (x *Index) splitPrefix(low string) (prefix, head string) {
	if x.db.POS(low) != 0 || strings.ContainsAny(low, " -") {
		return "", ""
	}
	for i := 3; i <= len(low)-3; i++ {
		p, rest := low[:i], low[i:]
		if !x.isBoundPrefix(p) {
			continue
		}
		if h := x.nounLemma(rest); h != "" {
			return p, h
		}
	}
	return "", ""
}

// isBoundPrefix reports whether p is a combining form that WordNet uses
// to build several solid nouns from other nouns ("cyber" in "cyberspace",
// "cyberwar", "cybercrime") but that is not itself a noun or verb.
func (x *Index) isBoundPrefix(p string) bool {
	if len(p) < 3 {
		return false
	}
	if v, ok := x.prefixes.Load(p); ok {
		return v.(bool)
	}
	ok := false
	if x.db.POS(p) == 0 {
		n := 0
		x.db.WithPrefix(p, 400, func(w string) bool {
			rest := strings.TrimPrefix(strings.TrimPrefix(w, p), "-")
			if len(rest) >= 3 && !strings.Contains(rest, " ") && x.db.POS(rest)&wordnet.Noun != 0 {
				n++
			}
			return n < 2
		})
		ok = n >= 2
	}
	x.prefixes.Store(p, ok)
	return ok
}

func (x *Index) nounCount(w string) int {
	n := 0
	for _, s := range x.db.NounSenses(w) {
		n += int(s.Count)
	}
	return n
}

func (x *Index) verbCount(w string) int {
	n := 0
	for _, v := range x.db.MorphVerb(w) {
		for _, s := range x.db.VerbSenses(v) {
			n += int(s.Count)
		}
	}
	return n
}

// properForm returns WordNet's capitalised form when word, as written, is a
// capitalised noun WordNet has ("China", "United States"), else "".
func (x *Index) properForm(word string) string {
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) {
		return ""
	}
	low := strings.ToLower(word)
	for _, l := range x.db.MorphNoun(low) {
		for _, s := range x.db.NounSenses(l) {
			for _, f := range x.db.Forms(s.Synset) {
				// The form must be capitalised as written ("Xi" is not the
				// numeral "XI"), bar an all-lower-case rest at a sentence
				// start.
				if f != strings.ToLower(f) && (f == word || (strings.EqualFold(f, l) && f == capitalise(l) && word == capitalise(l))) {
					return f
				}
			}
		}
	}
	return ""
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
