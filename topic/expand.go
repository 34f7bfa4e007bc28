package topic

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/wordnet"
)

// Cutoff is the closeness below which Expand drops a concept. See Expand.
const Cutoff = 0.7

// Scores of links that are not in the hypernym graph.
const (
	headScore  = 0.75 // a compound WordNet lacks → its head: "cybersecurity" → "security"
	derivScore = 0.85 // a derivationally related noun: "hacking" → "hacker"
	genusScore = 0.85 // a concept the query's definition names, or whose definition names the query: "norm" → "rule"
	maxUp      = 3    // hypernym levels walked from a query sense
	maxDown    = 3    // hyponym levels walked from a query sense or ancestor
	stepDecay  = 0.9  // per hypernym/hyponym step beyond the first

	// minBroaderIC is the least intrinsic information content of a
	// concept reached as broader than the query. Below it a concept has so
	// many kinds under it (concept, relation, group action, information:
	// hundreds of synsets each) that a statement about it says nothing
	// about the query: "rule ⊂ concept" is true, and useless. Standard
	// (0.58, norm ⊂ standard) and weapon (0.53) stay above it.
	minBroaderIC = 0.5
)

// Expand returns the topic names a query reaches, with a closeness score in
// (0, 1], how each was reached and through what, sorted by score (then
// name), dropping those closer than Cutoff.
//
// The query is read as Extract reads a statement, so names come out in the
// same form: "norms" → "norm", "cyber security" → "cybersecurity". The
// query's own name is an exact match (score 1), even when WordNet does not
// know it. Then, for each noun sense of the query:
//
//   - every concept within maxUp hypernym levels up and maxDown hyponym levels
//     down from it (synonyms, broader, narrower, and siblings and cousins as
//     related) is scored by Wu–Palmer similarity, 2·depth(lcs) / (len(a→lcs)
//   - len(b→lcs) + 2·depth(lcs)), over WordNet's hypernym graph;
//   - derivationally related nouns (directly or through a verb) score
//     derivScore;
//   - the concepts its WordNet definition names as what it is, and those
//     whose definitions name it, score genusScore (see definitions);
//
// and each score is multiplied by the prior of the query's sense and the
// prior of the reached word's sense (see prior), so that frequent senses
// win: "norm" as in "social norm" over "norm" as a statistical average.
// A compound WordNet lacks reaches its head as broader (headScore), and the
// head's own neighbourhood at that discount ("cybersecurity" → "security").
// A word WordNet knows only as a verb ("hacking") reaches the nouns derived
// from the verb ("hacker", "hack") at derivScore and their synonyms and
// derivations in turn.
//
// The cut-off, 0.7, sits between a parent or sibling of a frequent sense
// (Wu–Palmer 0.8–0.95 at typical depths, e.g. norm → standard 0.91) and
// concepts that meet only high in the hierarchy (relation, abstraction:
// norm → relationship 0.4, → dialogue 0.31, → security 0.33, → election
// 0.44) or only through a rare sense (norm as "average" is 0.63 from
// "respect" before its prior, under 0.5 after).
func (x *Index) Expand(query string) []quotegraph.TopicMatch {
	e := expansion{x: x, best: map[string]quotegraph.TopicMatch{}}
	primary := ""
	topics := x.Extract(query)
	for _, t := range topics {
		// The longest of the most central topics: the compound if any.
		if t.Weight == 1 && len(t.Name) > len(primary) {
			primary = t.Name
		}
	}
	lemma := x.Lemma(query)
	if primary == "" {
		primary = lemma
	}
	if primary == "" {
		return nil
	}
	e.add(primary, 1, quotegraph.MatchExact, "")
	if lemma != primary && lemma != "" {
		e.add(lemma, 1, quotegraph.MatchExact, "")
	}
	e.concept(primary, 1)
	return e.result()
}

// concept expands one topic name with factor f.
func (e *expansion) concept(name string, f float64) {
	x := e.x
	low := strings.ToLower(name)
	if len(x.db.NounSenses(low)) > 0 {
		e.senses(name, low, f, true)
		return
	}
	if head := x.headOf(low); head != "" {
		if len(x.db.NounSenses(head)) > 0 {
			e.senses(head, head, f*headScore, false)
		}
		// The head itself is broader than the compound, whatever its
		// senses say.
		delete(e.best, head)
		e.add(head, f*headScore, quotegraph.MatchBroader, name+" ⊂ "+head)
		return
	}
	// A verb form: the nouns derived from the verb, their synonyms and
	// their own derivations.
	for _, v := range x.db.MorphVerb(low) {
		for _, vs := range x.db.VerbSenses(v) {
			for _, d := range x.verbNouns(v, vs.Synset, -1) {
				if d.w == low {
					continue
				}
				sc := f * derivScore
				e.add(e.form(d.s, d.w), sc, quotegraph.MatchRelated, name+" ~ "+d.w)
				e.reach(d.s, sc, quotegraph.MatchRelated, name+" ~ "+d.w+" = "+strings.Join(x.db.Lemmas(d.s), ", "))
				for _, d2 := range x.derived(d.w, d.s) {
					e.add(e.form(d2.s, d2.w), sc*derivScore, quotegraph.MatchRelated, name+" ~ "+d.w+" ~ "+d2.w)
				}
			}
		}
	}
}

// headOf returns the head of a compound WordNet lacks: "cyberattack" →
// "attack", "internet standard" → "standard".
func (x *Index) headOf(low string) string {
	if _, h := x.splitPrefix(low); h != "" {
		return h
	}
	if k := strings.LastIndexAny(low, " -"); k > 0 {
		if ls := x.db.MorphNoun(low[k+1:]); len(ls) > 0 {
			return ls[0]
		}
	}
	return ""
}

type expansion struct {
	x    *Index
	best map[string]quotegraph.TopicMatch
}

func (e *expansion) add(name string, score float64, kind quotegraph.MatchKind, via string) {
	if score < Cutoff || name == "" {
		return
	}
	if old, ok := e.best[name]; ok && (old.Score > score || (old.Score == score && rank(old.MatchedBy) <= rank(kind))) {
		return
	}
	e.best[name] = quotegraph.TopicMatch{Topic: name, Score: score, MatchedBy: kind, Via: via}
}

func rank(k quotegraph.MatchKind) int {
	switch k {
	case quotegraph.MatchExact:
		return 0
	case quotegraph.MatchSynonym:
		return 1
	case quotegraph.MatchBroader, quotegraph.MatchNarrower:
		return 2
	}
	return 3
}

func (e *expansion) result() []quotegraph.TopicMatch {
	out := make([]quotegraph.TopicMatch, 0, len(e.best))
	for _, m := range e.best {
		m.Score = float64(int(m.Score*1000+0.5)) / 1000
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if rank(out[i].MatchedBy) != rank(out[j].MatchedBy) {
			return rank(out[i].MatchedBy) < rank(out[j].MatchedBy)
		}
		return out[i].Topic < out[j].Topic
	})
	return out
}

// prior is how much a sense counts relative to the lemma's likeliest one:
// the mean of a rank prior, 1/(1+0.3·(rank−1)), and a frequency prior,
// (count+1)/(max count+1), from the SemCor tag counts WordNet ships.
func prior(senses []wordnet.Sense, i int) float64 {
	maxc := int32(0)
	for _, s := range senses {
		if s.Count > maxc {
			maxc = s.Count
		}
	}
	r := 1 / (1 + 0.3*float64(i))
	fq := float64(senses[i].Count+1) / float64(maxc+1)
	return (r + fq) / 2
}

// broadness is how far a broader concept reached through sense i of a
// word may stand for the word: 1 when the sense is in the word's main
// domain (the lexicographer file, WordNet's coarse sense grouping, holding
// most of its SemCor tags, add-one smoothed), else twice that domain's
// share of the tags. A bare query word names a rare domain's concepts only
// by chance: property is broader than trust only in the legal sense
// (noun.possession), while most uses of "trust" are a belief or a
// relationship (noun.cognition, noun.attribute, noun.state).
func (x *Index) broadness(senses []wordnet.Sense, i int) float64 {
	mass := map[int]float64{}
	sum := 0.0
	for _, s := range senses {
		mass[x.db.LexFile(s.Synset)] += float64(s.Count + 1)
		sum += float64(s.Count + 1)
	}
	mine := mass[x.db.LexFile(senses[i].Synset)]
	for _, m := range mass {
		if m > mine {
			return min(1, 2*mine/sum)
		}
	}
	return 1
}

// wordBroadness is the broadness of synset s among the senses of lemma w.
func (x *Index) wordBroadness(w string, s wordnet.Synset) float64 {
	ss := x.db.NounSenses(w)
	for i, sn := range ss {
		if sn.Synset == s {
			return x.broadness(ss, i)
		}
	}
	return 0
}

// wordPrior is the prior of synset s among the senses of lemma w.
func (x *Index) wordPrior(w string, s wordnet.Synset) float64 {
	ss := x.db.NounSenses(w)
	for i, sn := range ss {
		if sn.Synset == s {
			return prior(ss, i)
		}
	}
	return 0
}

// form is the topic name Extract gives member lemma w of synset s: the
// capitalised form for proper nouns, else the lower-case lemma.
func (e *expansion) form(s wordnet.Synset, w string) string {
	for _, f := range e.x.db.Forms(s) {
		if strings.EqualFold(f, w) {
			if r := []rune(f); len(r) > 0 && unicode.IsUpper(r[0]) {
				return f
			}
			return w
		}
	}
	return w
}

// reach scores every member lemma of synset c at closeness sim from the
// query, times each lemma's own sense prior.
//
// A word reached as broader or narrower counts only as far as its own
// sense in c is in its main domain (see broadness): trust is narrower than
// property, but a statement about trust is seldom about the legal one.
func (e *expansion) reach(c wordnet.Synset, sim float64, kind quotegraph.MatchKind, via string) {
	for _, w := range e.x.db.Lemmas(c) {
		sc := sim * e.x.wordPrior(w, c)
		if kind == quotegraph.MatchBroader || kind == quotegraph.MatchNarrower {
			sc *= e.x.wordBroadness(w, c)
		}
		e.add(e.form(c, w), sc, kind, via)
	}
}

// senses expands every noun sense of lemma low (named name in Via). With
// full unset only synonyms, narrower concepts and derivations are reached.
func (e *expansion) senses(name, low string, f float64, full bool) {
	x := e.x
	ss := x.db.NounSenses(low)
	for i, s := range ss {
		p := f * prior(ss, i)
		if p < Cutoff {
			continue
		}
		e.neighbourhood(name, s.Synset, p, x.broadness(ss, i), full)
		e.derivations(name, low, s.Synset, p)
		e.definitions(low, s.Synset, p)
	}
}

// neighbourhood reaches the concepts around query sense s, scored p × Wu–Palmer.
//
// A broader concept is further scaled by broad, how clearly the query means
// sense s at all (see broadness): a statement about property is about trust
// only if "trust" means the legal arrangement, one of six senses none of
// which dominates.
func (e *expansion) neighbourhood(name string, s wordnet.Synset, p, broad float64, full bool) {
	x := e.x
	type node struct {
		s wordnet.Synset
		d int
	}
	// Ancestors with their distance from s.
	up := []node{{s, 0}}
	seen := map[wordnet.Synset]bool{s: true}
	for k := 0; k < len(up); k++ {
		if up[k].d == maxUp || !full {
			continue
		}
		for _, h := range x.db.Hypernyms(up[k].s) {
			if !seen[h] {
				seen[h] = true
				up = append(up, node{h, up[k].d + 1})
			}
		}
	}
	qname := firstLemma(x.db, s)
	icS := x.db.IC(s)
	for _, a := range up {
		da := float64(x.db.Depth(a.s))
		icA := x.db.IC(a.s)
		// Walk down from the ancestor while the similarity can still pass.
		level := []wordnet.Synset{a.s}
		visited := map[wordnet.Synset]bool{a.s: true}
		for v := 0; len(level) > 0 && v <= maxDown; v++ {
			wup := 2 * da / (float64(a.d+v) + 2*da)
			if p*wup < Cutoff {
				break
			}
			var next []wordnet.Synset
			for _, c := range level {
				lin := 1.0
				if c != s {
					lin = 2 * icA / (icS + x.db.IC(c))
				}
				sim := p * similarity(wup, lin) * math.Pow(stepDecay, float64(max(a.d+v-1, 0)))
				kind := quotegraph.MatchRelated
				via := qname + " ~ " + firstLemma(x.db, c) + " (both " + firstLemma(x.db, a.s) + ")"
				switch {
				case a.d == 0 && v == 0:
					kind, via = quotegraph.MatchSynonym, name+" = "+strings.Join(x.db.Lemmas(c), ", ")
				case v == 0:
					kind, via = quotegraph.MatchBroader, qname+" ⊂ "+firstLemma(x.db, c)
				case a.d == 0:
					kind, via = quotegraph.MatchNarrower, firstLemma(x.db, c)+" ⊂ "+qname
				}
				if kind == quotegraph.MatchBroader {
					sim *= broad
				}
				general := kind == quotegraph.MatchBroader && icA < minBroaderIC
				if (c != s || a.d == 0) && !general {
					e.reach(c, sim, kind, via)
				}
				if len(next) < 5000 {
					for _, h := range x.db.Hyponyms(c) {
						if !visited[h] {
							visited[h] = true
							next = append(next, h)
						}
					}
				}
			}
			level = next
		}
	}
}

// similarity combines Wu–Palmer (depth-based: deep concepts are close) with
// Lin over intrinsic information content (size-based: a hypernym with a
// large hyponym tree, like "concept", is far from everything under it).
func similarity(wup, lin float64) float64 { return math.Sqrt(wup * lin) }

// derivations reaches nouns derivationally related to lemma low in sense s,
// directly or through a verb ("attack" → "attacker"), following WordNet's
// word-to-word links only.
func (e *expansion) derivations(name, low string, s wordnet.Synset, p float64) {
	sim := p * derivScore
	if sim < Cutoff {
		return
	}
	for _, t := range e.x.derived(low, s) {
		e.add(e.form(t.s, t.w), sim, quotegraph.MatchRelated, name+" ~ "+t.w)
	}
}

type derivedNoun struct {
	s wordnet.Synset
	w string
}

// derived returns the nouns derived from lemma low of noun synset s, through
// WordNet's lemma-level derivation links, directly or through a verb.
func (x *Index) derived(low string, s wordnet.Synset) []derivedNoun {
	var out []derivedNoun
	src := memberIndex(x.db.Lemmas(s), low)
	for _, l := range x.db.Derivations(s) {
		if l.Src != 0 && l.Src != src {
			continue
		}
		if !l.Verb {
			if w := member(x.db.Lemmas(l.Target), l.Dst); w != "" && l.Target != s {
				out = append(out, derivedNoun{l.Target, w})
			}
			continue
		}
		verb := member(x.db.VerbLemmas(l.Target), l.Dst)
		out = append(out, x.verbNouns(verb, l.Target, s)...)
	}
	return out
}

// verbNouns returns the nouns derived from lemma verb of verb synset v,
// except those of synset not.
func (x *Index) verbNouns(verb string, v, not wordnet.Synset) []derivedNoun {
	var out []derivedNoun
	src := memberIndex(x.db.VerbLemmas(v), verb)
	for _, l := range x.db.VerbDerivations(v) {
		if (l.Src != 0 && l.Src != src) || l.Target == not {
			continue
		}
		if w := member(x.db.Lemmas(l.Target), l.Dst); w != "" {
			out = append(out, derivedNoun{l.Target, w})
		}
	}
	return out
}

func memberIndex(ls []string, w string) int {
	for i, l := range ls {
		if l == w {
			return i + 1
		}
	}
	return -1
}

func member(ls []string, i int) string {
	if i < 1 || i > len(ls) {
		return ""
	}
	return ls[i-1]
}

func firstLemma(db *wordnet.DB, s wordnet.Synset) string { return db.Lemmas(s)[0] }
