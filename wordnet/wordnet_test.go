package wordnet_test

import (
	"slices"
	"sync"
	"testing"

	"github.com/quotegraph/quotegraph/wordnet"
)

var (
	dbOnce sync.Once
	db     *wordnet.DB
	dbErr  error
)

func load(t testing.TB) *wordnet.DB {
	dbOnce.Do(func() { db, dbErr = wordnet.Load() })
	if dbErr != nil {
		t.Fatal(dbErr)
	}
	return db
}

func TestSenses(t *testing.T) {
	db := load(t)
	if n := db.NumSynsets(); n != 82115 {
		t.Errorf("NumSynsets = %d, want 82115", n)
	}
	norm := db.NounSenses("norm")
	if len(norm) != 2 {
		t.Fatalf("norm has %d senses, want 2", len(norm))
	}
	if got := db.Lemmas(norm[0].Synset); !slices.Equal(got, []string{"norm"}) {
		t.Errorf("norm#1 lemmas = %v", got)
	}
	if norm[0].Count != 9 || norm[1].Count != 3 {
		t.Errorf("norm counts = %d, %d, want 9, 3", norm[0].Count, norm[1].Count)
	}
	hyp := db.Hypernyms(norm[0].Synset)
	if len(hyp) != 1 || db.Lemmas(hyp[0])[0] != "standard" {
		t.Errorf("norm#1 hypernyms = %v", hyp)
	}
	if !slices.Contains(db.Hyponyms(hyp[0]), norm[0].Synset) {
		t.Errorf("standard#1 hyponyms lack norm#1")
	}
	if d := db.Depth(norm[0].Synset); d != 6 {
		t.Errorf("depth(norm#1) = %d, want 6", d)
	}
	china := db.NounSenses("china")
	if !slices.Contains(db.Forms(china[0].Synset), "China") || !db.IsInstance(china[0].Synset) {
		t.Errorf("china#1 forms = %v, instance %v", db.Forms(china[0].Synset), db.IsInstance(china[0].Synset))
	}
	if db.POS("internet") != wordnet.Noun || db.POS("cooperate") != wordnet.Verb || db.POS("mutual")&wordnet.Adj == 0 {
		t.Errorf("POS: internet %v cooperate %v mutual %v", db.POS("internet"), db.POS("cooperate"), db.POS("mutual"))
	}
	if db.POS("trade secret") != wordnet.Noun {
		t.Errorf("multi-word lemma missing")
	}
}

func TestMorph(t *testing.T) {
	db := load(t)
	for _, c := range []struct {
		word string
		noun []string
		verb []string
	}{
		{"norms", []string{"norm"}, nil},
		{"mice", []string{"mouse"}, nil},
		{"hacking", nil, []string{"hack"}},
		{"setting", []string{"setting"}, []string{"set"}},
		{"broke", nil, []string{"break"}},
		{"trade secrets", []string{"trade secret"}, nil},
		{"business", []string{"business"}, nil},
	} {
		if got := db.MorphNoun(c.word); !slices.Equal(got, c.noun) {
			t.Errorf("MorphNoun(%q) = %q, want %q", c.word, got, c.noun)
		}
		if got := db.MorphVerb(c.word); !slices.Equal(got, c.verb) {
			t.Errorf("MorphVerb(%q) = %q, want %q", c.word, got, c.verb)
		}
	}
}

func TestDerivations(t *testing.T) {
	db := load(t)
	// The verb "hack" (fix a program piecemeal) derives the noun "hacker".
	var nouns []string
	for _, v := range db.VerbSenses("hack") {
		for _, l := range db.VerbDerivations(v.Synset) {
			nouns = append(nouns, db.Lemmas(l.Target)[max(l.Dst, 1)-1])
		}
	}
	if !slices.Contains(nouns, "hacker") {
		t.Errorf("hack (verb) derives %v, want hacker among them", nouns)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := wordnet.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadAndDerive(b *testing.B) {
	for b.Loop() {
		db, err := wordnet.Load()
		if err != nil {
			b.Fatal(err)
		}
		db.Depth(0)
	}
}

func TestGenus(t *testing.T) {
	db := load(t)
	norm := db.NounSenses("norm")[0].Synset
	var genus []string
	for _, g := range db.Genus(norm) {
		genus = append(genus, db.Lemmas(g)...)
	}
	if !slices.Contains(genus, "rule") {
		t.Errorf("genus of norm#1 = %v, want the synset of rule (convention, normal, pattern, rule, formula)", genus)
	}
	weapon := db.NounSenses("weapon")[0].Synset
	var defined []string
	for _, d := range db.DefinedAs(weapon) {
		defined = append(defined, db.Lemmas(d)...)
	}
	if !slices.Contains(defined, "weapons system") {
		t.Errorf("defined as weapon#1: %v, want weaponry (weapons system)", defined)
	}
	for _, g := range db.Genus(db.NounSenses("election")[0].Synset) {
		t.Errorf("election#1 has genus %v beyond its hypernym vote", db.Lemmas(g))
	}
}
