// Package topic finds the concepts a statement is about and the concepts a
// topic query reaches, through WordNet 3.0 (package wordnet, embedded).
//
// Extract turns a statement into weighted topics: lemmatised nouns and noun
// compounds ("internet standard" and its head "standard"), weighted by how
// central they are to the statement. Expand turns a query ("norms") into the
// topic names it reaches (synonyms, broader and narrower concepts, related
// ones through derivation), each with a closeness score, in the same form
// Extract produces, so that a store can intersect the two by exact name.
//
// Both are heuristic: there is no part-of-speech tagger, only WordNet's
// lexicon, a closed-class word list and a few patterns. See Extract and
// Expand for the rules and the cut-off.
package topic

import (
	"fmt"
	"sync"

	"github.com/quotegraph/quotegraph/wordnet"
)

// Index holds one loaded WordNet table and caches derived from it. It is
// safe for concurrent use.
type Index struct {
	db       *wordnet.DB
	prefixes sync.Map // string → bool, see isBoundPrefix
}

// New loads the embedded WordNet table (about 0.1 s; do it once and share
// the Index).
func New() (*Index, error) {
	db, err := wordnet.Load()
	if err != nil {
		return nil, fmt.Errorf("topic.New: %w", err)
	}
	return &Index{db: db}, nil
}
