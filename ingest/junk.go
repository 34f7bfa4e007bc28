package ingest

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/quotegraph/quotegraph"
)

// Junk speakers: a one-word "name" that the article itself shows is no
// name — a dateline word ("LINDMARK:" opening a paragraph) or a common noun
// the article also writes in lower case ("Fee said" where "the fee" occurs).

// junkName reports whether the named mention m stands for no one.
func (c *coref) junkName(m *mention) bool {
	if m.kind != quotegraph.Person || strings.Contains(m.name, " ") || m.name == "" || m.honorific != "" {
		return false
	}
	if !strings.EqualFold(c.canonicalPerson(m.name, 0), m.name) {
		return false // the article names "X Fee" in full
	}
	return c.datelineWord(m.name) || c.commonNoun(m.name)
}

// datelineWord reports whether an all-capitals word opens a paragraph as a
// dateline: followed by a colon, a dash or a parenthesis.
func (c *coref) datelineWord(w string) bool {
	if strings.IndexFunc(w, unicode.IsLower) >= 0 || len(w) < 3 {
		return false
	}
	re := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(w) + `\s*(:|--|—|–|-\s|\()`)
	return re.MatchString(c.text)
}

// commonNoun reports whether a capitalised singular word is written in
// lower case elsewhere in the article, so is a common noun, not a name.
// Group nouns ("Residents", "Critics") and the heads of organisations and
// anonymous sources are speakers of their own and are left alone.
func (c *coref) commonNoun(w string) bool {
	lw := strings.ToLower(w)
	if lw == w || strings.HasSuffix(lw, "s") || isLyAdverb(lw) || len(lw) < 3 || anonHeads[lw] || orgHeads[lw] ||
		titleWords[lw] || bodyHeads[lw] || businessHeads[lw] || publicHeads[lw] {
		return false
	}
	if w[1:] != lw[1:] {
		return false // "McFee", "NATO": not a plain capitalised word
	}
	re := regexp.MustCompile(`(^|[^\p{L}\p{N}'’-])` + regexp.QuoteMeta(lw) + `([^\p{L}\p{N}'’-]|$)`)
	return re.MatchString(c.text)
}
