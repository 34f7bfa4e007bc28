package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord   tokKind = iota // letters, digits and the marks inside words
	tPunct                 // any other single character
	tQuote                 // a double quotation mark (straight or curly)
	tSQuote                // a single quotation mark standing alone
)

// token is a word or mark of a paragraph, with byte offsets into the
// article text.
type token struct {
	s, e  int
	text  string
	kind  tokKind
	abbr  bool // a word ending in a period that belongs to it ("Mr.", "U.S.")
	open  bool // for quote marks: opens a quotation
	inQ   bool // inside a double quotation
	qid   int  // index of the quotation it belongs to (when inQ or a mark), -1 otherwise
	lower string
}

func (t *token) isWord() bool { return t.kind == tWord }

// cap reports whether the token starts with an upper-case letter.
func (t *token) cap() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || particleCap(t.text)
}

func (t *token) is(s ...string) bool {
	for _, x := range s {
		if t.lower == x {
			return true
		}
	}
	return false
}

// tokenize splits text[s:e] into tokens with absolute offsets.
func tokenize(text string, s, e int) []token {
	toks := make([]token, 0, (e-s)/5+4)
	i := s
	for i < e {
		r, n := utf8.DecodeRuneInString(text[i:e])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff':
			i += n
		case isWordRune(r):
			j := wordEnd(text, i, e)
			toks = append(toks, newTok(text, i, j, tWord))
			i = j
		case (r == '\'' || r == '`') && i+1 < e && text[i+1] == byte(r):
			// '' and `` stand for double quotation marks in older wire copy
			toks = append(toks, newTok(text, i, i+2, tQuote))
			i += 2
		case r == '"' || r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb':
			toks = append(toks, newTok(text, i, i+n, tQuote))
			i += n
		case r == '\'' || r == '\u2018' || r == '\u2019' || r == '`':
			toks = append(toks, newTok(text, i, i+n, tSQuote))
			i += n
		default:
			toks = append(toks, newTok(text, i, i+n, tPunct))
			i += n
		}
	}
	return markAbbrev(text, toks)
}

func newTok(text string, s, e int, k tokKind) token {
	t := token{s: s, e: e, text: text[s:e], kind: k, qid: -1}
	t.lower = strings.ToLower(t.text)
	return t
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by an apostrophe, hyphen, period, comma or slash when a letter or
// digit follows ("don't", "U.S", "3.5", "144,000", "vice-president").
func wordEnd(text string, i, e int) int {
	j := i
	for j < e {
		r, n := utf8.DecodeRuneInString(text[j:e])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '\'' || r == '\u2019' || r == '-' || r == '.' || r == ',' || r == '/' || r == '&' {
			r2, _ := utf8.DecodeRuneInString(text[j+n : e])
			if j+n < e && isWordRune(r2) {
				if r == ',' && !(isDigitByte(text[j-1]) && unicode.IsDigit(r2)) {
					break
				}
				if r == '&' && !(unicode.IsUpper(r2)) {
					break
				}
				j += n
				continue
			}
		}
		break
	}
	return j
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// markAbbrev attaches a period to the word before it when the word is a
// known abbreviation, an initial or a dotted acronym.
func markAbbrev(text string, toks []token) []token {
	out := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tWord && i+1 < len(toks) && toks[i+1].text == "." && toks[i+1].s == t.e && isAbbrev(t.text) &&
			!(t.lower == "no" && !(i+2 < len(toks) && isNumber(toks[i+2].lower))) { // "No. 5", not "No. We've got"
			t.e++
			t.text = text[t.s:t.e]
			t.lower = strings.ToLower(t.text)
			t.abbr = true
			i++
		}
		toks[out] = t
		out++
	}
	return toks[:out]
}

var abbrevs = setOf("mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col",
	"sgt", "capt", "adm", "maj", "cmdr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon",
	"pres", "atty", "supt", "messrs", "mme", "gens", "calif", "mass", "wis", "ill", "fla", "pa", "va", "mo",
	"tenn", "ky", "ga", "ala", "ariz", "colo", "conn", "del", "ind", "kan", "la", "md", "mich", "minn", "miss",
	"mont", "neb", "nev", "okla", "ore", "wash", "wyo", "vt", "tex", "ark", "approx", "dept", "univ", "est",
	"e.g", "i.e", "a.m", "p.m", "fig", "vol", "op", "cf", "al")

// isAbbrev reports whether w followed by a period is an abbreviation.
func isAbbrev(w string) bool {
	if strings.Contains(w, ".") { // U.S, D.C, N.C
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	lw := strings.ToLower(w)
	if !abbrevs[lw] {
		return false
	}
	// "Ill." is Illinois; "ill." ends a sentence
	return lowerAbbrevs[lw] || upperInitial(w)
}

// lowerAbbrevs are abbreviations written in lower case.
var lowerAbbrevs = setOf("etc", "vs", "approx", "e.g", "i.e", "a.m", "p.m", "cf", "al")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isDash reports whether s is a dash or one half of a "--".
func isDash(s string) bool { return s == "-" || s == "—" || s == "–" || s == "--" }
