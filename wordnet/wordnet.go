// Package wordnet is a compact, read-only, embedded copy of the parts of
// WordNet 3.0 that quotegraph's topic layer needs: the lemmas of all four
// parts of speech, the noun synsets with their hypernyms (including instance
// hypernyms), derivational links between nouns and verbs, sense order and
// SemCor tag counts, the exception lists used to lemmatise irregular
// forms, and genus links read from the definitions (see Genus). Hyponyms,
// depths and the like are derived on first use.
//
// The table, wordnet.bin.gz, is generated from the WordNet 3.0 database
// files and committed, so that users install nothing. To regenerate it:
//
//	apt-get install wordnet-base && go generate ./wordnet
//
// The table is 2.59 MB gzip-compressed (4.6 MB raw: 147k lemmas, 82k noun
// and 14k verb synsets, 12.8k genus links; the genus links add 36 kB);
// Load decodes it in about 0.1 s on a 2-core machine (BenchmarkLoad), and
// the derived hyponym lists, depths, reverse genus links and information
// content take a further 10 ms on first use.
//
// The table is derived from WordNet 3.0, Copyright 2006 by Princeton
// University, redistributed under the WordNet 3.0 licence reproduced in
// LICENSE-WordNet beside this file.
package wordnet

//go:generate go run ./gen -src /usr/share/wordnet -out wordnet.bin.gz

import (
	"bytes"
	_ "embed"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
)

//go:embed wordnet.bin.gz
var table []byte

// Synset identifies a noun synset (or, where documented, a verb synset).
type Synset int32

// Sense is one sense of a lemma: its synset and the number of times it was
// tagged in the SemCor corpus. Senses are returned in WordNet's sense order.
type Sense struct {
	Synset Synset
	Count  int32
}

// POS is a set of parts of speech.
type POS uint8

const (
	Noun POS = 1 << iota
	Verb
	Adj
	Adv
)

// Link is a derivational link between two words: from member Src of a
// synset to member Dst of Target (1-based; 0 for the whole synset).
type Link struct {
	Target Synset
	Verb   bool // Target is a verb synset
	Src    int
	Dst    int
}

type link struct {
	target int32
	verb   bool
	src    uint8
	dst    uint8
}

type senseList struct {
	start  []uint32
	senses []Sense
}

// DB is a loaded table. It is safe for concurrent use.
type DB struct {
	words   string // lemmas, lower case, concatenated in sorted order
	wordOff []uint32
	pos     []uint8
	forms   []string

	lexfile                      []uint8
	memStart, hypStart, derStart []uint32
	memWord, memForm             []int32
	hyp                          []uint32 // synset<<1 | instance
	der                          []link

	vmemStart, vderStart []uint32
	vmemWord             []int32
	vder                 []link

	nounSenses, verbSenses senseList
	exc                    [3]map[string][]string // noun, verb, adj

	genStart []uint32 // genus links, see Genus
	gen      []int32

	once      sync.Once
	hypoStart []uint32
	hypo      []Synset
	depth     []uint8
	ic        []float32
	defStart  []uint32 // reverse genus links, see DefinedAs
	def       []Synset
}

// Load decodes the embedded table. Each call returns a new, independent DB;
// callers keep the one they need (topic.New loads one per Index).
func Load() (*DB, error) { return decode(bytes.NewReader(table)) }

// Read decodes a table written by the generator from r.
func Read(r io.Reader) (*DB, error) { return decode(r) }

// NumSynsets is the number of noun synsets.
func (db *DB) NumSynsets() int { return len(db.lexfile) }

func (db *DB) word(i int) string { return db.words[db.wordOff[i]:db.wordOff[i+1]] }

// lookup finds the word id of a lower-case lemma (spaces between words).
func (db *DB) lookup(w string) (int, bool) {
	n := len(db.wordOff) - 1
	i := sort.Search(n, func(i int) bool { return db.word(i) >= w })
	if i < n && db.word(i) == w {
		return i, true
	}
	return 0, false
}

// WithPrefix calls f with the lemmas that start with p, in sorted order,
// at most limit of them, until f returns false.
func (db *DB) WithPrefix(p string, limit int, f func(lemma string) bool) {
	n := len(db.wordOff) - 1
	i := sort.Search(n, func(i int) bool { return db.word(i) >= p })
	for ; i < n && limit > 0; i, limit = i+1, limit-1 {
		w := db.word(i)
		if !strings.HasPrefix(w, p) || !f(w) {
			return
		}
	}
}

// POS reports the parts of speech a lower-case lemma has in WordNet.
func (db *DB) POS(lemma string) POS {
	if i, ok := db.lookup(lemma); ok {
		return POS(db.pos[i])
	}
	return 0
}

// NounSenses returns the noun senses of a lower-case lemma in sense order.
func (db *DB) NounSenses(lemma string) []Sense { return db.senses(&db.nounSenses, lemma) }

// VerbSenses returns the verb senses of a lower-case lemma in sense order;
// their Synsets are verb synsets.
func (db *DB) VerbSenses(lemma string) []Sense { return db.senses(&db.verbSenses, lemma) }

func (db *DB) senses(sl *senseList, lemma string) []Sense {
	i, ok := db.lookup(lemma)
	if !ok {
		return nil
	}
	return sl.senses[sl.start[i]:sl.start[i+1]:sl.start[i+1]]
}

// LexFile is the lexicographer file number of a noun synset
// (3 noun.Tops … 28 noun.time; 18 is noun.person).
func (db *DB) LexFile(s Synset) int { return int(db.lexfile[s]) }

// Lemmas returns the lower-case member lemmas of a noun synset.
func (db *DB) Lemmas(s Synset) []string {
	out := make([]string, 0, db.memStart[s+1]-db.memStart[s])
	for _, w := range db.memWord[db.memStart[s]:db.memStart[s+1]] {
		out = append(out, db.word(int(w)))
	}
	return out
}

// Forms returns the member words of a noun synset as WordNet writes them
// ("China", "internet", "People's Republic of China").
func (db *DB) Forms(s Synset) []string {
	out := make([]string, 0, db.memStart[s+1]-db.memStart[s])
	for j := db.memStart[s]; j < db.memStart[s+1]; j++ {
		if f := db.memForm[j]; f != 0 {
			out = append(out, db.forms[f])
		} else {
			out = append(out, db.word(int(db.memWord[j])))
		}
	}
	return out
}

// VerbLemmas returns the member lemmas of a verb synset.
func (db *DB) VerbLemmas(v Synset) []string {
	var out []string
	for _, w := range db.vmemWord[db.vmemStart[v]:db.vmemStart[v+1]] {
		out = append(out, db.word(int(w)))
	}
	return out
}

// Hypernyms returns the hypernyms and instance hypernyms of a noun synset.
func (db *DB) Hypernyms(s Synset) []Synset {
	hs := db.hyp[db.hypStart[s]:db.hypStart[s+1]]
	out := make([]Synset, len(hs))
	for i, h := range hs {
		out[i] = Synset(h >> 1)
	}
	return out
}

// IsInstance reports whether s is an instance (a named individual: a
// person, a city) rather than a kind.
func (db *DB) IsInstance(s Synset) bool {
	for _, h := range db.hyp[db.hypStart[s]:db.hypStart[s+1]] {
		if h&1 == 1 {
			return true
		}
	}
	return false
}

// Derivations returns the derivational links of a noun synset, to nouns and
// verbs.
func (db *DB) Derivations(s Synset) []Link {
	return toLinks(db.der[db.derStart[s]:db.derStart[s+1]])
}

// VerbDerivations returns the derivational links of verb synset v to nouns.
func (db *DB) VerbDerivations(v Synset) []Link {
	return toLinks(db.vder[db.vderStart[v]:db.vderStart[v+1]])
}

func toLinks(ls []link) []Link {
	out := make([]Link, len(ls))
	for i, l := range ls {
		out[i] = Link{Target: Synset(l.target), Verb: l.verb, Src: int(l.src), Dst: int(l.dst)}
	}
	return out
}

// Hyponyms returns the hyponyms and instances of a noun synset.
func (db *DB) Hyponyms(s Synset) []Synset {
	db.derive()
	return db.hypo[db.hypoStart[s]:db.hypoStart[s+1]:db.hypoStart[s+1]]
}

// Depth is the length of the shortest hypernym path from s to a root, plus
// one: "entity" has depth 1.
func (db *DB) Depth(s Synset) int {
	db.derive()
	return int(db.depth[s])
}

// IC is the intrinsic information content of a noun synset, from the
// size of its hyponym tree (Seco, Veale and Hayes 2004): 1 for a leaf,
// falling towards 0 for "entity". It measures how specific a concept is
// without corpus counts.
func (db *DB) IC(s Synset) float64 {
	db.derive()
	return float64(db.ic[s])
}

// derive builds the hyponym lists, depths and information content once
// per DB.
func (db *DB) derive() {
	db.once.Do(func() {
		n := len(db.lexfile)
		cnt := make([]uint32, n+1)
		for _, h := range db.hyp {
			cnt[h>>1]++
		}
		db.hypoStart = make([]uint32, n+1)
		for i := 0; i < n; i++ {
			db.hypoStart[i+1] = db.hypoStart[i] + cnt[i]
		}
		db.hypo = make([]Synset, len(db.hyp))
		fill := append([]uint32(nil), db.hypoStart[:n]...)
		for s := 0; s < n; s++ {
			for _, h := range db.hyp[db.hypStart[s]:db.hypStart[s+1]] {
				p := h >> 1
				db.hypo[fill[p]] = Synset(s)
				fill[p]++
			}
		}
		// Breadth-first from the roots gives shortest depths.
		db.depth = make([]uint8, n)
		var queue []Synset
		for s := 0; s < n; s++ {
			if db.hypStart[s] == db.hypStart[s+1] {
				db.depth[s] = 1
				queue = append(queue, Synset(s))
			}
		}
		for k := 0; k < len(queue); k++ {
			s := queue[k]
			for _, c := range db.hypo[db.hypoStart[s]:db.hypoStart[s+1]] {
				if db.depth[c] == 0 {
					db.depth[c] = db.depth[s] + 1
					queue = append(queue, c)
				}
			}
		}
		// Hyponym tree sizes; a concept reached by two paths counts twice,
		// as in Seco et al.
		size := make([]float64, n)
		done := make([]bool, n)
		var count func(s Synset) float64
		count = func(s Synset) float64 {
			if !done[s] {
				done[s] = true
				for _, c := range db.hypo[db.hypoStart[s]:db.hypoStart[s+1]] {
					size[s] += count(c) + 1
				}
			}
			return size[s]
		}
		for s := 0; s < n; s++ {
			count(Synset(s))
		}
		db.deriveDefined()
		db.ic = make([]float32, n)
		logN := math.Log(float64(n))
		for s := range size {
			db.ic[s] = float32(1 - math.Log(size[s]+1)/logN)
		}
	})
}

// Exceptions returns the base forms WordNet lists for an irregular
// inflected form ("mice" → "mouse") of the given part of speech (Noun, Verb
// or Adj).
func (db *DB) Exceptions(p POS, word string) []string {
	switch p {
	case Noun:
		return db.exc[0][word]
	case Verb:
		return db.exc[1][word]
	case Adj:
		return db.exc[2][word]
	}
	return nil
}

var nounSuffixes = [][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}
var verbSuffixes = [][2]string{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}

// MorphNoun returns the noun lemmas a lower-case word form can be an
// inflection of, by WordNet's morphy rules: the form itself if it is a
// noun, exceptions, then regular suffixes. Multi-word forms inflect their
// last word.
func (db *DB) MorphNoun(word string) []string {
	return db.morph(word, Noun, nounSuffixes, db.exc[0])
}

// MorphVerb is MorphNoun for verbs ("hacking" → "hack", "broke" → "break"),
// also undoing a doubled final consonant ("setting" → "set").
func (db *DB) MorphVerb(word string) []string {
	return db.morph(word, Verb, verbSuffixes, db.exc[1])
}

func (db *DB) morph(word string, p POS, suffixes [][2]string, exc map[string][]string) []string {
	var out []string
	add := func(w string) {
		for _, o := range out {
			if o == w {
				return
			}
		}
		out = append(out, w)
	}
	if db.POS(word)&p != 0 {
		add(word)
	}
	for _, b := range exc[word] {
		if db.POS(b)&p != 0 {
			add(b)
		}
	}
	head, last := "", word
	if i := strings.LastIndexByte(word, ' '); i >= 0 {
		head, last = word[:i+1], word[i+1:]
	}
	if strings.HasSuffix(last, "ss") && p == Noun {
		return out
	}
	for _, sf := range suffixes {
		if !strings.HasSuffix(last, sf[0]) || len(last) <= len(sf[0])+1 {
			continue
		}
		stem := last[:len(last)-len(sf[0])] + sf[1]
		if c := head + stem; db.POS(c)&p != 0 {
			add(c)
		}
		// Doubled consonant before -ing/-ed: "setting" → "set".
		if p == Verb && sf[1] == "" && (sf[0] == "ing" || sf[0] == "ed") {
			n := len(stem)
			if n >= 3 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiouslz", rune(stem[n-1])) {
				if c := head + stem[:n-1]; db.POS(c)&p != 0 {
					add(c)
				}
			}
		}
	}
	return out
}
