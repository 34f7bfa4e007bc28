package wordnet

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// The table is a gzip stream of one record, all integers unsigned varints,
// strings a varint length then the bytes:
//
//	"QGWN\x01"
//	W, then W words sorted bytewise, front-coded: shared-prefix length,
//	   suffix string, one part-of-speech byte (1 noun, 2 verb, 4 adj, 8 adv)
//	F, then F cased forms (form 0 is "the lower-case word itself")
//	N, then N noun synsets in data.noun order: lexicographer file byte;
//	   member count, members as (word, form); hypernym count, hypernyms as
//	   synset<<1|instance; derivation count, derivations as
//	   (target<<1|isVerb, source member byte, target member byte)
//	V, then V verb synsets: member count, members as word; derivation
//	   count, derivations as (noun synset, source byte, target byte)
//	noun senses: count, then per word (word, sense count, (synset, tag count)…)
//	verb senses: the same for verbs
//	three exception lists (noun, verb, adjective): count, (inflected, base)…
//	genus links: per noun synset in order, a count then noun synsets (see
//	Genus)
//
// Member numbers in derivations are 1-based as in WordNet; 0 means the
// whole synset.
const magic = "QGWN\x02"

var errFormat = errors.New("wordnet: malformed table")

type reader struct {
	p   []byte
	err error
}

func (r *reader) uvarint() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.p)
	if n <= 0 || v > 1<<31 {
		r.err = errFormat
		r.p = nil
		return 0
	}
	r.p = r.p[n:]
	return int(v)
}

func (r *reader) byte() byte {
	if len(r.p) == 0 {
		r.err = errFormat
		return 0
	}
	c := r.p[0]
	r.p = r.p[1:]
	return c
}

// raw returns the next n bytes without copying.
func (r *reader) raw(n int) []byte {
	if r.err != nil || n > len(r.p) {
		r.err = errFormat
		r.p = nil
		return nil
	}
	b := r.p[:n]
	r.p = r.p[n:]
	return b
}

func (r *reader) str() string { return string(r.raw(r.uvarint())) }

// decode reads a table written by ./gen.
func decode(rd io.Reader) (db *DB, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wordnet: read table: %w", err)
		}
	}()
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var raw bytes.Buffer
	raw.Grow(5 << 20)
	if _, err := raw.ReadFrom(zr); err != nil {
		return nil, err
	}
	r := &reader{p: raw.Bytes()}
	if head := r.raw(len(magic)); r.err == nil && string(head) != magic {
		return nil, errFormat
	}
	db = &DB{}

	// Words: rebuild into one blob with offsets.
	nw := r.uvarint()
	db.wordOff = make([]uint32, 0, nw+1)
	db.pos = make([]uint8, 0, nw)
	blob := make([]byte, 0, nw*12)
	var prev []byte
	for i := 0; i < nw && r.err == nil; i++ {
		shared := r.uvarint()
		suffix := r.raw(r.uvarint())
		if shared > len(prev) {
			return nil, errFormat
		}
		start := len(blob)
		db.wordOff = append(db.wordOff, uint32(start))
		blob = append(blob, prev[:shared]...)
		blob = append(blob, suffix...)
		prev = blob[start:]
		db.pos = append(db.pos, r.byte())
	}
	db.wordOff = append(db.wordOff, uint32(len(blob)))
	db.words = string(blob)

	nf := r.uvarint()
	db.forms = make([]string, 1, nf+1)
	for i := 0; i < nf && r.err == nil; i++ {
		db.forms = append(db.forms, r.str())
	}

	// Noun synsets.
	ns := r.uvarint()
	if ns > 1<<20 {
		return nil, errFormat
	}
	db.lexfile = make([]uint8, ns)
	db.memStart = make([]uint32, 1, ns+1)
	db.hypStart = make([]uint32, 1, ns+1)
	db.derStart = make([]uint32, 1, ns+1)
	for i := 0; i < ns && r.err == nil; i++ {
		db.lexfile[i] = r.byte()
		nm := r.uvarint()
		for j := 0; j < nm; j++ {
			db.memWord = append(db.memWord, int32(r.uvarint()))
			db.memForm = append(db.memForm, int32(r.uvarint()))
		}
		db.memStart = append(db.memStart, uint32(len(db.memWord)))
		nh := r.uvarint()
		for j := 0; j < nh; j++ {
			db.hyp = append(db.hyp, uint32(r.uvarint()))
		}
		db.hypStart = append(db.hypStart, uint32(len(db.hyp)))
		nd := r.uvarint()
		for j := 0; j < nd; j++ {
			t := r.uvarint()
			src, dst := r.byte(), r.byte()
			db.der = append(db.der, link{target: int32(t >> 1), verb: t&1 == 1, src: src, dst: dst})
		}
		db.derStart = append(db.derStart, uint32(len(db.der)))
	}
	// Verb synsets.
	nv := r.uvarint()
	if nv > 1<<20 {
		return nil, errFormat
	}
	db.vmemStart = make([]uint32, 1, nv+1)
	db.vderStart = make([]uint32, 1, nv+1)
	for i := 0; i < nv && r.err == nil; i++ {
		nm := r.uvarint()
		for j := 0; j < nm; j++ {
			db.vmemWord = append(db.vmemWord, int32(r.uvarint()))
		}
		db.vmemStart = append(db.vmemStart, uint32(len(db.vmemWord)))
		nd := r.uvarint()
		for j := 0; j < nd; j++ {
			t := r.uvarint()
			src, dst := r.byte(), r.byte()
			db.vder = append(db.vder, link{target: int32(t), src: src, dst: dst})
		}
		db.vderStart = append(db.vderStart, uint32(len(db.vder)))
	}
	// Sense lists.
	for _, sl := range []*senseList{&db.nounSenses, &db.verbSenses} {
		sl.start = make([]uint32, nw+1)
		n := r.uvarint()
		last := -1
		for i := 0; i < n && r.err == nil; i++ {
			w := r.uvarint()
			if w <= last || w >= nw {
				return nil, errFormat
			}
			for k := last + 1; k <= w; k++ {
				sl.start[k] = uint32(len(sl.senses))
			}
			c := r.uvarint()
			for j := 0; j < c; j++ {
				s := r.uvarint()
				sl.senses = append(sl.senses, Sense{Synset: Synset(s), Count: int32(r.uvarint())})
			}
			last = w
		}
		for k := last + 1; k <= nw; k++ {
			sl.start[k] = uint32(len(sl.senses))
		}
	}
	for i := range db.exc {
		n := r.uvarint()
		db.exc[i] = make(map[string][]string, n)
		for j := 0; j < n && r.err == nil; j++ {
			k, v := r.str(), r.str()
			db.exc[i][k] = append(db.exc[i][k], v)
		}
	}
	db.genStart = make([]uint32, 1, ns+1)
	for i := 0; i < ns && r.err == nil; i++ {
		n := r.uvarint()
		for j := 0; j < n; j++ {
			db.gen = append(db.gen, int32(r.uvarint()))
		}
		db.genStart = append(db.genStart, uint32(len(db.gen)))
	}
	if r.err != nil {
		return nil, r.err
	}
	for _, g := range db.gen {
		if int(g) >= ns {
			return nil, errFormat
		}
	}
	// Validate references once so that accessors need no checks.
	for _, w := range db.memWord {
		if int(w) >= nw {
			return nil, errFormat
		}
	}
	for _, f := range db.memForm {
		if int(f) >= len(db.forms) {
			return nil, errFormat
		}
	}
	for _, h := range db.hyp {
		if int(h>>1) >= ns {
			return nil, errFormat
		}
	}
	for _, d := range db.der {
		if (d.verb && int(d.target) >= nv) || (!d.verb && int(d.target) >= ns) {
			return nil, errFormat
		}
	}
	for _, d := range db.vder {
		if int(d.target) >= ns {
			return nil, errFormat
		}
	}
	for _, w := range db.vmemWord {
		if int(w) >= nw {
			return nil, errFormat
		}
	}
	for _, s := range db.nounSenses.senses {
		if int(s.Synset) >= ns {
			return nil, errFormat
		}
	}
	for _, s := range db.verbSenses.senses {
		if int(s.Synset) >= nv {
			return nil, errFormat
		}
	}
	return db, nil
}
