package topic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a statement.
type token struct {
	text    string // as written (a merged multi-word token joins with spaces)
	low     string // lower case
	cap     bool   // starts with an upper-case letter
	initial bool   // first word of a sentence or quotation
	cls     class
	lemma   string // the topic name when this is a noun
	head    string // for compounds: the head noun's lemma ("attack" in "cyberattack")
	person  bool   // a noun whose first sense is a person ("official", "hacker")
	light   bool   // a light noun (see lightNouns)
}

// tokenize splits text into words and punctuation. Words keep internal
// hyphens, apostrophes and the dots of abbreviations ("U.S."); a possessive
// 's becomes its own token.
func tokenize(text string) []token {
	text = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "—", " - ", "–", " - ").Replace(text)
	var toks []token
	initial := true
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case isWord(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWord(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '.' {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if j+n2 < len(text) && isWord(r3) {
						j += n2
						continue
					}
					// Abbreviation: "U.S." keeps its final dot.
					if r2 == '.' && strings.Count(text[i:j], ".") >= 1 && j-i <= 5 {
						j += n2
					}
				}
				break
			}
			w := text[i:j]
			i = j
			poss := ""
			if lw := strings.ToLower(w); strings.HasSuffix(lw, "'s") && closed[lw] == cNone {
				w, poss = w[:len(w)-2], w[len(w)-2:]
			} else if strings.HasSuffix(w, "s'") {
				w, poss = w[:len(w)-1], "'"
			}
			first, _ := utf8.DecodeRuneInString(w)
			toks = append(toks, token{text: w, low: strings.ToLower(w), cap: unicode.IsUpper(first), initial: initial})
			if poss != "" {
				toks = append(toks, token{text: poss, low: poss, cls: cPoss})
			}
			initial = false
		default:
			toks = append(toks, token{text: string(r), low: string(r), cls: cPunct})
			if strings.ContainsRune(".!?:;\"", r) {
				initial = true
			}
			i += n
		}
	}
	return toks
}

func (t *token) isWord() bool { return t.cls != cPunct && t.cls != cPoss }

// isNP reports whether t can be part of a noun phrase.
func (t *token) isNP() bool {
	switch t.cls {
	case cNoun, cMod, cAdj, cProper, cName, cNum:
		return true
	}
	return false
}
