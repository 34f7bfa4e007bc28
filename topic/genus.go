package topic

import (
	"slices"
	"strings"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/wordnet"
)

// definitions reaches the concepts WordNet's definition of query sense s
// names as what it is (norm, "a standard or model or pattern regarded as
// typical", reaches {convention, normal, pattern, rule, formula}), and the
// concepts whose definitions name s (weapon reaches weaponry, "weapons
// considered collectively", and its "weapons system"), scored p ×
// genusScore × each word's own sense prior. These links are one step: a
// definition says what a concept is, not what everything near it is. A
// concept too general to stand for the query (information content under
// minBroaderIC) is not reached, as for broader concepts, nor is another
// sense of the query word itself (rule, "a principle or condition …",
// names {principle, rule}): its own prior decides whether it counts.
func (e *expansion) definitions(low string, s wordnet.Synset, p float64) {
	sim := p * genusScore
	if sim < Cutoff {
		return
	}
	db := e.x.db
	q := firstLemma(db, s)
	for _, g := range db.Genus(s) {
		if db.IC(g) >= minBroaderIC && !slices.Contains(db.Lemmas(g), low) {
			e.reach(g, sim, quotegraph.MatchRelated, q+" is defined as "+strings.Join(db.Lemmas(g), ", "))
		}
	}
	for _, d := range db.DefinedAs(s) {
		if db.IC(d) >= minBroaderIC && !slices.Contains(db.Lemmas(d), low) {
			e.reach(d, sim, quotegraph.MatchRelated, strings.Join(db.Lemmas(d), ", ")+" is defined as "+q)
		}
	}
}
