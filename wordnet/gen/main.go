// Command gen reads the WordNet 3.0 database files (as installed by Debian's
// wordnet-base package in /usr/share/wordnet) and writes the compact,
// gzip-compressed table that package wordnet embeds.
//
//	go run ./gen -src /usr/share/wordnet -out wordnet.bin.gz
//
// What is kept: every lemma of the four parts of speech (so that text can be
// part-of-speech guessed), noun synsets with their member words (with their
// capitalisation), lexicographer file, hypernyms and instance hypernyms and
// derivational links, verb synsets with their derivational links to nouns,
// the sense order and SemCor tag counts of noun and verb senses, and the
// noun, verb and adjective exception lists, and the genus links read from
// each noun definition (gloss.go). Glosses, examples, frames and the other
// pointers are dropped. The layout is documented in
// ../format.go.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Part-of-speech bits, as in ../format.go.
const (
	posNoun = 1 << iota
	posVerb
	posAdj
	posAdv
)

type pointer struct {
	sym      string
	off      int
	pos      byte
	src, dst int
}

type synset struct {
	off     int
	lexfile int
	words   []string // as written, with underscores
	lexids  []int
	ptrs    []pointer
	gloss   string // definition and examples, as in the data file
}

func main() {
	src := flag.String("src", "/usr/share/wordnet", "directory holding the WordNet 3.0 database files")
	out := flag.String("out", "wordnet.bin.gz", "output file")
	show := flag.String("show", "", "print the genus links of these comma-separated nouns' senses instead of writing")
	flag.Parse()
	if err := run(*src, *out, *show); err != nil {
		log.Fatal(err)
	}
}

func run(src, out, show string) error {
	nouns, err := readData(filepath.Join(src, "data.noun"))
	if err != nil {
		return err
	}
	verbs, err := readData(filepath.Join(src, "data.verb"))
	if err != nil {
		return err
	}
	counts, err := readCounts(filepath.Join(src, "cntlist.rev"))
	if err != nil {
		return err
	}
	nounIdx, err := readIndex(filepath.Join(src, "index.noun"))
	if err != nil {
		return err
	}
	verbIdx, err := readIndex(filepath.Join(src, "index.verb"))
	if err != nil {
		return err
	}
	adjIdx, err := readIndex(filepath.Join(src, "index.adj"))
	if err != nil {
		return err
	}
	advIdx, err := readIndex(filepath.Join(src, "index.adv"))
	if err != nil {
		return err
	}
	var exc [3][][2]string
	for i, name := range []string{"noun.exc", "verb.exc", "adj.exc"} {
		if exc[i], err = readExc(filepath.Join(src, name)); err != nil {
			return err
		}
	}

	// The word table: every lemma, lower case, spaces for underscores.
	posOf := map[string]byte{}
	for _, ix := range []struct {
		m   map[string][]int
		bit byte
	}{{nounIdx.senses, posNoun}, {verbIdx.senses, posVerb}, {adjIdx.senses, posAdj}, {advIdx.senses, posAdv}} {
		for w := range ix.m {
			posOf[w] |= ix.bit
		}
	}
	for _, ss := range [][]*synset{nouns.list, verbs.list} {
		for _, s := range ss {
			for _, w := range s.words {
				k := key(w)
				if _, ok := posOf[k]; !ok {
					posOf[k] = 0
				}
			}
		}
	}
	words := make([]string, 0, len(posOf))
	for w := range posOf {
		words = append(words, w)
	}
	sort.Strings(words)
	wordID := make(map[string]int, len(words))
	for i, w := range words {
		wordID[w] = i
	}
	// Cased forms: the member words that are not simply the lower-case lemma.
	formID := map[string]int{}
	var forms []string
	form := func(w string) int {
		f := strings.ReplaceAll(w, "_", " ")
		if f == key(w) {
			return 0
		}
		id, ok := formID[f]
		if !ok {
			forms = append(forms, f)
			id = len(forms)
			formID[f] = id
		}
		return id
	}

	var b buf
	b.bytes([]byte(magic))
	// Words, front-coded.
	b.uvarint(len(words))
	prev := ""
	for _, w := range words {
		n := 0
		for n < len(w) && n < len(prev) && w[n] == prev[n] {
			n++
		}
		b.uvarint(n)
		b.str(w[n:])
		b.byte(posOf[w])
		prev = w
	}
	// Noun synsets. Forms are collected while writing, so write synsets to a
	// separate buffer first.
	var sb buf
	sb.uvarint(len(nouns.list))
	for _, s := range nouns.list {
		sb.byte(byte(s.lexfile))
		sb.uvarint(len(s.words))
		for _, w := range s.words {
			sb.uvarint(wordID[key(w)])
			sb.uvarint(form(w))
		}
		var hyp, der []pointer
		for _, p := range s.ptrs {
			switch {
			case (p.sym == "@" || p.sym == "@i") && p.pos == 'n':
				hyp = append(hyp, p)
			case p.sym == "+" && (p.pos == 'n' || p.pos == 'v'):
				der = append(der, p)
			}
		}
		sb.uvarint(len(hyp))
		for _, p := range hyp {
			v := nouns.id[p.off] << 1
			if p.sym == "@i" {
				v |= 1
			}
			sb.uvarint(v)
		}
		sb.uvarint(len(der))
		for _, p := range der {
			if p.pos == 'n' {
				sb.uvarint(nouns.id[p.off] << 1)
			} else {
				sb.uvarint(verbs.id[p.off]<<1 | 1)
			}
			sb.byte(byte(p.src))
			sb.byte(byte(p.dst))
		}
	}
	// Verb synsets: members and derivational links to nouns.
	sb.uvarint(len(verbs.list))
	for _, s := range verbs.list {
		sb.uvarint(len(s.words))
		for _, w := range s.words {
			sb.uvarint(wordID[key(w)])
		}
		var der []pointer
		for _, p := range s.ptrs {
			if p.sym == "+" && p.pos == 'n' {
				der = append(der, p)
			}
		}
		sb.uvarint(len(der))
		for _, p := range der {
			sb.uvarint(nouns.id[p.off])
			sb.byte(byte(p.src))
			sb.byte(byte(p.dst))
		}
	}
	// Sense lists in sense order with tag counts, for nouns then verbs.
	for _, pc := range []struct {
		idx  *index
		data *dataFile
		ss   string
	}{{nounIdx, nouns, "1"}, {verbIdx, verbs, "2"}} {
		n := 0
		for _, w := range words {
			if len(pc.idx.senses[w]) > 0 {
				n++
			}
		}
		sb.uvarint(n)
		for i, w := range words {
			offs := pc.idx.senses[w]
			if len(offs) == 0 {
				continue
			}
			sb.uvarint(i)
			sb.uvarint(len(offs))
			for _, off := range offs {
				s := pc.data.byOff[off]
				sb.uvarint(pc.data.id[off])
				sb.uvarint(senseCount(counts, s, w, pc.ss))
			}
		}
	}
	// Exceptions.
	for _, e := range exc {
		sb.uvarint(len(e))
		for _, p := range e {
			sb.str(p[0])
			sb.str(p[1])
		}
	}
	// Genus links, one list per noun synset.
	var trace map[int]bool
	if show != "" {
		trace = map[int]bool{}
		for _, w := range strings.Split(show, ",") {
			for _, off := range nounIdx.senses[w] {
				trace[nouns.id[off]] = true
			}
		}
	}
	count := func(w string, s *synset) int { return senseCount(counts, s, w, "1") }
	links := genusLinks(nouns, newLexicon(nounIdx, verbIdx, adjIdx, advIdx, exc, counts), count, trace)
	if show != "" {
		showLinks(nouns, nounIdx, links, strings.Split(show, ","))
		return nil
	}
	nl := 0
	for _, l := range links {
		sb.uvarint(len(l))
		for _, t := range l {
			sb.uvarint(t)
		}
		nl += len(l)
	}
	log.Printf("%d genus links", nl)
	// Forms go before the synsets in the file.
	b.uvarint(len(forms))
	for _, f := range forms {
		b.str(f)
	}
	b.bytes(sb)

	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(b); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	log.Printf("%s: %d words, %d forms, %d noun and %d verb synsets, %d bytes raw", out, len(words), len(forms), len(nouns.list), len(verbs.list), len(b))
	return f.Close()
}

const magic = "QGWN\x02"

// senseCount is the SemCor tag count of lemma w in synset s (ss "1" for
// nouns, "2" for verbs).
func senseCount(counts map[string]int, s *synset, w, ss string) int {
	for j, mw := range s.words {
		if key(mw) == w {
			return counts[fmt.Sprintf("%s%%%s:%02d:%02d::", strings.ToLower(mw), ss, s.lexfile, s.lexids[j])]
		}
	}
	return 0
}

func key(w string) string { return strings.ToLower(strings.ReplaceAll(w, "_", " ")) }

type dataFile struct {
	list  []*synset
	byOff map[int]*synset
	id    map[int]int
}

func readData(path string) (*dataFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := &dataFile{byOff: map[int]*synset{}, id: map[int]int{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // licence header
		}
		gloss := ""
		if i := strings.Index(line, " | "); i >= 0 {
			line, gloss = line[:i], strings.TrimSpace(line[i+3:])
		}
		fs := strings.Fields(line)
		s := &synset{gloss: gloss}
		s.off, _ = strconv.Atoi(fs[0])
		s.lexfile, _ = strconv.Atoi(fs[1])
		wc, _ := strconv.ParseInt(fs[3], 16, 32)
		p := 4
		for i := 0; i < int(wc); i++ {
			w := fs[p]
			// Adjective markers such as (a), (p), (ip) only occur in data.adj.
			lid, _ := strconv.ParseInt(fs[p+1], 16, 32)
			s.words = append(s.words, w)
			s.lexids = append(s.lexids, int(lid))
			p += 2
		}
		pc, _ := strconv.Atoi(fs[p])
		p++
		for i := 0; i < pc; i++ {
			off, _ := strconv.Atoi(fs[p+1])
			st, _ := strconv.ParseInt(fs[p+3], 16, 32)
			s.ptrs = append(s.ptrs, pointer{sym: fs[p], off: off, pos: fs[p+2][0], src: int(st >> 8), dst: int(st & 0xff)})
			p += 4
		}
		d.id[s.off] = len(d.list)
		d.byOff[s.off] = s
		d.list = append(d.list, s)
	}
	return d, sc.Err()
}

type index struct{ senses map[string][]int }

func readIndex(path string) (*index, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ix := &index{senses: map[string][]int{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		fs := strings.Fields(line)
		n, _ := strconv.Atoi(fs[2])
		var offs []int
		for _, o := range fs[len(fs)-n:] {
			v, _ := strconv.Atoi(o)
			offs = append(offs, v)
		}
		ix.senses[key(fs[0])] = offs
	}
	return ix, sc.Err()
}

func readCounts(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 {
			continue
		}
		c, _ := strconv.Atoi(fs[2])
		m[fs[0]] = c
	}
	return m, sc.Err()
}

func readExc(path string) ([][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		for _, base := range fs[1:] {
			out = append(out, [2]string{key(fs[0]), key(base)})
		}
	}
	return out, sc.Err()
}

type buf []byte

func (b *buf) byte(c byte)    { *b = append(*b, c) }
func (b *buf) bytes(p []byte) { *b = append(*b, p...) }
func (b *buf) uvarint(v int)  { *b = binary.AppendUvarint(*b, uint64(v)) }
func (b *buf) str(s string)   { b.uvarint(len(s)); *b = append(*b, s...) }
