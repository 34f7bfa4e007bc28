package ingest

import (
	"unicode"
	"unicode/utf8"
)

// sentence is a token range [a, b) of a paragraph.
type sentence struct{ a, b int }

// splitSentences cuts a paragraph's tokens into sentences. A sentence ends
// at . ? or ! outside quotation marks (closing marks and brackets after it
// belong to it) when what follows starts a new sentence. A quotation of
// several sentences stays in the sentence that attributes it.
func splitSentences(toks []token) []sentence {
	var out []sentence
	start := 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !isTerminal(t) || t.inQ && !(i+1 < len(toks) && toks[i+1].kind == tQuote && !toks[i+1].open) {
			if t.abbr && !t.inQ && abbrevEndsSentence(toks, i) {
				out = append(out, sentence{start, i + 1})
				start = i + 1
			}
			continue
		}
		j := i + 1
		for j < len(toks) && (isCloser(&toks[j]) || isTerminal(&toks[j])) {
			j++
		}
		if j < len(toks) && !startsSentence(toks, j) {
			i = j - 1
			continue
		}
		out = append(out, sentence{start, j})
		start = j
		i = j - 1
	}
	if start < len(toks) {
		out = append(out, sentence{start, len(toks)})
	}
	return out
}

func isTerminal(t *token) bool {
	return t.kind == tPunct && (t.text == "." || t.text == "?" || t.text == "!" || t.text == "…")
}

// isCloser reports whether t closes something: a closing quotation mark or
// bracket.
func isCloser(t *token) bool {
	if t.kind == tQuote {
		return !t.open
	}
	if t.kind == tSQuote {
		return t.text == "'" || t.text == "\u2019"
	}
	return t.text == ")" || t.text == "]"
}

// startsSentence reports whether toks[j] can start a sentence.
func startsSentence(toks []token, j int) bool {
	t := &toks[j]
	if t.kind == tQuote || t.kind == tSQuote || t.text == "(" || t.text == "[" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

var sentenceStarters = setOf("the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an",
	"this", "that", "there", "his", "her", "their", "its", "on", "at", "as", "after", "while", "for", "if",
	"when", "however", "meanwhile", "still", "yet", "some", "many", "officials", "asked", "so", "last", "next")

// abbrevEndsSentence reports whether the abbreviation at i ("U.S.", "Inc.")
// also ends its sentence: it is not a title and a sentence opener follows.
func abbrevEndsSentence(toks []token, i int) bool {
	if i+1 >= len(toks) || titleAbbrev[toks[i].lower] {
		return false
	}
	n := &toks[i+1]
	if n.kind == tQuote && n.open {
		return true
	}
	return n.isWord() && n.cap() && sentenceStarters[n.lower]
}

var titleAbbrev = setOf("mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "sens.", "rep.", "reps.", "gov.",
	"gen.", "lt.", "col.", "sgt.", "capt.", "adm.", "maj.", "st.", "rev.", "hon.", "pres.", "atty.", "no.",
	"messrs.", "mme.", "cmdr.", "supt.", "gens.")
