package main

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

// Genus links: what a noun synset's definition says it is, where that is
// not already its hypernym. WordNet's definitions name a concept by its
// genus ("norm: a standard or model or pattern regarded as typical";
// "weaponry: weapons considered collectively"), and the genus words often
// reach concepts the hypernym graph puts far away (pattern = rule, under
// "concept"; weapon, of which weaponry is the collection). The generator
// reads the genus nouns of each definition, chooses each one's sense by
// extended Lesk overlap, and keeps the links that are not already
// hypernyms or hyponyms within a few levels.

// lexicon is what the genus reader needs to know of words.
type lexicon struct {
	noun, verb, adj, adv *index
	nexc, vexc           map[string]string
	adjFirst             map[string]bool // tagged more often as an adjective than as a noun
}

// endsPhrase reports whether the word at i ends the noun phrase begun at
// start: a verb form after a noun that no noun follows ("rules governing
// a", "pattern regarded as", but "a dining room").
func (lx *lexicon) endsPhrase(ws []string, start, i int) bool {
	return i > start && lx.participle(ws[i]) && (i+1 == len(ws) || lx.nounLemma(ws[i+1]) == "")
}

// participle reports whether w is an -ing or -ed form of a verb:
// after a noun it starts a modifier ("rules governing", "pattern
// regarded as"), not a compound.
func (lx *lexicon) participle(w string) bool {
	if _, ok := lx.vexc[w]; ok {
		return true
	}
	for _, sf := range []string{"ing", "ed"} {
		st, ok := strings.CutSuffix(w, sf)
		if !ok || len(st) < 2 {
			continue
		}
		n := len(st)
		for _, c := range []string{st, st + "e", st[:n-1]} {
			if len(lx.verb.senses[c]) > 0 && (c != st[:n-1] || st[n-1] == st[n-2]) {
				return true
			}
		}
	}
	return false
}

func newLexicon(noun, verb, adj, adv *index, exc [3][][2]string, counts map[string]int) *lexicon {
	lx := &lexicon{noun: noun, verb: verb, adj: adj, adv: adv, nexc: map[string]string{}, vexc: map[string]string{}, adjFirst: map[string]bool{}}
	byPOS := map[string]int{}
	for k, c := range counts {
		if i := strings.IndexByte(k, '%'); i > 0 && i+1 < len(k) {
			switch k[i+1] {
			case '1':
				byPOS[k[:i]] -= c
			case '3', '5':
				byPOS[k[:i]] += c
			}
		}
	}
	for w, d := range byPOS {
		if d > 0 {
			lx.adjFirst[key(w)] = true
		}
	}
	for _, p := range exc[0] {
		lx.nexc[p[0]] = p[1]
	}
	for _, p := range exc[1] {
		lx.vexc[p[0]] = p[1]
	}
	return lx
}

// nounLemma returns the noun lemma of a word form, or "".
func (lx *lexicon) nounLemma(w string) string {
	if len(lx.noun.senses[w]) > 0 {
		return w
	}
	if b, ok := lx.nexc[w]; ok && len(lx.noun.senses[b]) > 0 {
		return b
	}
	head, last := "", w
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		head, last = w[:i+1], w[i+1:]
	}
	if strings.HasSuffix(last, "ss") {
		return ""
	}
	for _, sf := range [][2]string{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}} {
		if strings.HasSuffix(last, sf[0]) && len(last) > len(sf[0])+1 {
			if b := head + last[:len(last)-len(sf[0])] + sf[1]; len(lx.noun.senses[b]) > 0 {
				return b
			}
		}
	}
	return ""
}

// stem is a word's noun or verb lemma, or the word: for comparing bags.
func (lx *lexicon) stem(w string) string {
	if n := lx.nounLemma(w); n != "" {
		return n
	}
	if b, ok := lx.vexc[w]; ok {
		return b
	}
	for _, sf := range [][2]string{{"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}, {"es", ""}, {"s", ""}} {
		if strings.HasSuffix(w, sf[0]) && len(w) > len(sf[0])+2 {
			if b := w[:len(w)-len(sf[0])] + sf[1]; len(lx.verb.senses[b]) > 0 {
				return b
			}
		}
	}
	return w
}

// stopWords are function words and words too common in definitions to
// tell senses apart; determiners may start a genus phrase, the others
// end it.
var stopWords, determiners = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the any some each every all one two its their his her this these
		those several many much more most such another other certain various either`) {
		determiners[w] = true
		stopWords[w] = true
	}
	for _, w := range strings.Fields(`of in on at by for with from to into as or and but not nor is are was were be
		been being has have had do does did it they them he she you we us our your which who whom whose what when
		where how than so very less least especially usually often sometimes something someone somebody thing
		things person people etc e.g. i.e. used use make made making having esp also can may might will would
		should must about over under between up out way ways that behind against within without through during
		after before around across along near toward towards upon via like beyond among per until whether if
		because while since although though there here than then only just even still either neither both`) {
		stopWords[w] = true
	}
}

// lightGenus heads say how something is counted or grouped, not what it
// is: the genus is the head of their "of" phrase.
var lightGenus = map[string]bool{
	"kind": true, "type": true, "sort": true, "form": true, "variety": true, "class": true, "category": true,
	"set": true, "group": true, "collection": true, "member": true, "part": true, "piece": true, "portion": true,
	"body": true, "unit": true, "amount": true, "quantity": true, "number": true, "series": true, "any": true,
	"one": true, "instance": true, "example": true, "act": true, "state": true, "quality": true,
	"use": true, "way": true, "ways": true, "thing": true, "things": true, "person": true, "people": true,
	"something": true, "someone": true, "somebody": true,
}

// words splits text into lower-case words, keeping hyphens and
// apostrophes inside words.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
}

// definition is the gloss without its examples and parenthesised asides:
// the first ";"-separated part that is not a quotation.
func definition(gloss string) string {
	for _, part := range strings.Split(gloss, ";") {
		part = strings.TrimSpace(part)
		if part == "" || part[0] == '"' {
			continue
		}
		var b strings.Builder
		depth := 0
		for _, r := range part {
			switch {
			case r == '(':
				depth++
			case r == ')':
				depth = max(depth-1, 0)
			case depth == 0:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	return ""
}

// genus returns the noun lemmas a definition names as what its synset is:
// the heads of its first noun phrase and of the phrases coordinated with
// it ("a standard or model or pattern regarded as typical" → standard,
// model, pattern). After a light head ("a kind of", "a set of") the head
// of the "of" phrase is the genus.
func (lx *lexicon) genus(def string) []string {
	ws := words(def)
	var out []string
	i := 0
	for i < len(ws) {
		// Skip determiners; read a run of nouns and adjectives.
		for i < len(ws) && determiners[ws[i]] {
			i++
		}
		start := i
		for i < len(ws) && (!stopWords[ws[i]] || lightGenus[ws[i]]) && lx.nominal(ws[i]) && !lx.endsPhrase(ws, start, i) {
			i++
		}
		head := lx.head(ws[start:i])
		if i == start+1 && lx.adjFirst[head] && i < len(ws) {
			if ws[i] == "or" || ws[i] == "and" {
				i++ // "normal or customary activity": coordinated adjectives
				continue
			}
			if lx.participle(ws[i]) {
				break // "normal aging": an adjective before a verb form
			}
		}
		if i < len(ws) && ws[i] == "of" && (head == "" || lightGenus[head]) {
			i++
			continue // the "of" phrase names the genus
		}
		if head != "" && !lightGenus[head] {
			out = append(out, head)
		}
		if i < len(ws) && (ws[i] == "or" || ws[i] == "and") && head != "" {
			i++
			continue
		}
		break
	}
	return out
}

// nominal reports whether w can be part of a noun phrase: a noun or an
// adjective.
func (lx *lexicon) nominal(w string) bool {
	return lx.nounLemma(w) != "" || len(lx.adj.senses[w]) > 0
}

// head is the noun lemma ending a run of nouns and adjectives, a compound
// WordNet lists where there is one ("weapons system").
func (lx *lexicon) head(run []string) string {
	// A word more often an adjective after a noun follows it as a
	// modifier: "government free from …".
	for len(run) > 1 && lx.adjFirst[run[len(run)-1]] && lx.nounLemma(run[len(run)-2]) != "" {
		run = run[:len(run)-1]
	}
	for end := len(run); end > 0; end-- {
		for n := min(3, end); n >= 1; n-- {
			if l := lx.nounLemma(strings.Join(run[end-n:end], " ")); l != "" {
				return l
			}
		}
		if len(lx.adj.senses[run[end-1]]) == 0 {
			return ""
		}
	}
	return ""
}

// maxHop is how many hypernym levels apart a genus may be and still be
// left out as already known.
const maxHop = 3

// Sense choice: a sense's score is the summed inverse document frequency
// of the word stems its bag shares with the defined synset's, plus
// priorWeight·log2(1+SemCor count). A word with several senses needs
// minEvidence of shared stems for any sense to be chosen.
const (
	priorWeight = 1.5
	minEvidence = 10.0
)

// genusLinks returns, for every noun synset in order, the noun synsets its
// definition names as its genus, each sense chosen by extended Lesk
// overlap: the stems of both synsets' members, definitions and examples
// and of their hypernyms' members and definitions, weighted by how rare
// each stem is, with the sense's frequency as a prior. Links to the synset
// itself or within maxHop hypernym levels above or below it are left out:
// the hypernym graph has them.
func genusLinks(nouns *dataFile, lx *lexicon, count func(string, *synset) int, trace map[int]bool) [][]int {
	n := len(nouns.list)
	full, def := make([]map[string]bool, n), make([]map[string]bool, n)
	df := map[string]int{}
	for i, s := range nouns.list {
		full[i], def[i] = lx.bag(s, true), lx.bag(s, false)
		for w := range full[i] {
			df[w]++
		}
	}
	idf := func(w string) float64 { return math.Log(float64(n) / float64(1+df[w])) }
	hyper := func(i int) []int {
		var out []int
		for _, p := range nouns.list[i].ptrs {
			if (p.sym == "@" || p.sym == "@i") && p.pos == 'n' {
				out = append(out, nouns.id[p.off])
			}
		}
		return out
	}
	ext := func(i int) map[string]bool {
		m := make(map[string]bool, len(full[i])*2)
		for w := range full[i] {
			m[w] = true
		}
		for _, h := range hyper(i) {
			for w := range def[h] {
				m[w] = true
			}
		}
		return m
	}
	near := func(a, b int) bool { return within(a, b, hyper) || within(b, a, hyper) }
	out := make([][]int, n)
	for i, s := range nouns.list {
		mine := ext(i)
		gs := lx.genus(definition(s.gloss))
		var except []string
		for _, g := range gs {
			except = append(except, strings.Fields(g)...)
		}
		for _, g := range gs {
			offs := lx.noun.senses[g]
			best, bestSc := -1, 0.0
			for _, off := range offs {
				c := nouns.id[off]
				ev := 0.0
				for w := range mine {
					if !contains(except, w) && ext(c)[w] {
						ev += idf(w)
					}
				}
				sc := ev + priorWeight*math.Log2(1+float64(count(g, nouns.list[c])))
				if trace != nil && trace[i] {
					fmt.Printf("  %s: %s ev %.1f score %.1f %v\n", g, strings.Join(nouns.list[c].words, ","), ev, sc, shared(mine, ext(c)))
				}
				if (ev >= minEvidence || len(offs) == 1) && sc > bestSc || best < 0 && len(offs) == 1 {
					best, bestSc = c, sc
				}
			}
			if best < 0 || best == i || near(i, best) || contains(out[i], best) {
				continue
			}
			out[i] = append(out[i], best)
		}
	}
	return out
}

// within reports whether b is among a's hypernyms up to maxHop levels.
func within(a, b int, hyper func(int) []int) bool {
	level := []int{a}
	for d := 0; d < maxHop && len(level) > 0; d++ {
		var next []int
		for _, s := range level {
			for _, h := range hyper(s) {
				if h == b {
					return true
				}
				next = append(next, h)
			}
		}
		level = next
	}
	return false
}

// bag is the set of word stems of a synset's members and definition, and
// of its examples when asked, without stop words.
func (lx *lexicon) bag(s *synset, examples bool) map[string]bool {
	m := map[string]bool{}
	add := func(w string) {
		if stopWords[w] || len(w) < 3 {
			return
		}
		st := lx.stem(w)
		m[st] = true
		if d := lx.derivedNoun(st); d != "" {
			m[d] = true
		}
	}
	for _, w := range s.words {
		for _, p := range words(strings.ReplaceAll(w, "_", " ")) {
			add(p)
		}
	}
	text := definition(s.gloss)
	if examples {
		text = s.gloss
	}
	for _, w := range words(text) {
		add(w)
	}
	return m
}

// derivedNoun is the noun an adjective or abstract noun is formed from by
// a common suffix ("normative" → "norm", "cultural" → "culture"), or "".
func (lx *lexicon) derivedNoun(w string) string {
	for _, sf := range []string{"ative", "itive", "ive", "ical", "al", "ic", "ity", "ness", "ous", "ful", "ary"} {
		if !strings.HasSuffix(w, sf) || len(w)-len(sf) < 4 {
			continue
		}
		st := w[:len(w)-len(sf)]
		for _, c := range []string{st, st + "e"} {
			if c != w && len(lx.noun.senses[c]) > 0 {
				return c
			}
		}
	}
	return ""
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// showLinks prints the genus links of the senses of some nouns, for
// checking the reader and the sense choice by eye.
func showLinks(nouns *dataFile, idx *index, links [][]int, ws []string) {
	name := func(i int) string { return strings.Join(nouns.list[i].words, ",") }
	for _, w := range ws {
		for k, off := range idx.senses[w] {
			i := nouns.id[off]
			fmt.Printf("%s#%d %s | %s\n", w, k+1, name(i), definition(nouns.list[i].gloss))
			for _, t := range links[i] {
				fmt.Printf("    → %s\n", name(t))
			}
			for j, l := range links {
				if contains(l, i) {
					fmt.Printf("    ← %s\n", name(j))
				}
			}
		}
	}
}

func shared(a, b map[string]bool) []string {
	var out []string
	for w := range a {
		if b[w] {
			out = append(out, w)
		}
	}
	return out
}
