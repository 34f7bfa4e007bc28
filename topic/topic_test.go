package topic_test

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/topic"
)

var (
	idxOnce sync.Once
	idx     *topic.Index
	idxErr  error
)

func index(t testing.TB) *topic.Index {
	idxOnce.Do(func() { idx, idxErr = topic.New() })
	if idxErr != nil {
		t.Fatal(idxErr)
	}
	return idx
}

// match reports whether a statement's topics meet a query's expansion, and
// the best score × weight with the match that gave it.
func match(x *topic.Index, query, text string) (float64, quotegraph.TopicMatch, string, bool) {
	exp := map[string]quotegraph.TopicMatch{}
	for _, m := range x.Expand(query) {
		exp[m.Topic] = m
	}
	best, ok := 0.0, false
	var bm quotegraph.TopicMatch
	var bt string
	for _, t := range x.Extract(text) {
		if m, hit := exp[t.Name]; hit {
			if s := m.Score * t.Weight; s > best {
				best, bm, bt, ok = s, m, t.Name, true
			}
		}
	}
	return best, bm, bt, ok
}

type gold struct {
	ID      string `json:"id"`
	Doc     string `json:"doc"`
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

func seeds(t testing.TB) []gold {
	f, err := os.Open("testdata/seeds.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []gold
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g gold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

func TestLemma(t *testing.T) {
	x := index(t)
	for _, c := range []struct{ in, want string }{
		{"norms", "norm"},
		{"Norms", "norm"},
		{"cyber-attacks", "cyberattack"},
		{"cyber attacks", "cyberattack"},
		{"cyberattacks", "cyberattack"},
		{"Cyberattack", "cyberattack"},
		{"cyber security", "cybersecurity"},
		{"cyber space", "cyberspace"},
		{"trade secrets", "trade secret"},
		{"mice", "mouse"},
		{"leaders", "leader"},
		{"talks", "talk"},
		{"China", "China"},
		{"hacking", "hacking"},
		{"hackers", "hacker"},
		{"standards", "standard"},
		{"rules", "rule"},
		{"ransomwares", "ransomware"},
	} {
		if got := x.Lemma(c.in); got != c.want {
			t.Errorf("Lemma(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func names(ts []quotegraph.Topic) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Name)
	}
	return out
}

func weight(ts []quotegraph.Topic, name string) float64 {
	for _, t := range ts {
		if t.Name == name {
			return t.Weight
		}
	}
	return 0
}

func TestExtract(t *testing.T) {
	x := index(t)
	// One concept however it is spelt.
	for _, s := range []string{
		"China opposes all cyber attacks.",
		"China opposes all cyberattacks.",
		"China opposes all cyber-attacks.",
		"China opposes all Cyber-Attacks.",
	} {
		got := names(x.Extract(s))
		if !slices.Contains(got, "cyberattack") || !slices.Contains(got, "attack") {
			t.Errorf("Extract(%q) = %v, want cyberattack and attack", s, got)
		}
	}
	for _, c := range []struct {
		text    string
		want    []string  // must be topics
		notWant []string  // must not be
		above   [2]string // first outweighs second
	}{
		{
			text:    "Barack Obama and Xi Jinping will discuss cybersecurity in a meeting next week, Rice said.",
			want:    []string{"cybersecurity", "security", "meeting"},
			notWant: []string{"obama", "barack obama", "xi", "XI", "rice", "week"},
			above:   [2]string{"cybersecurity", "meeting"},
		},
		{
			text:    "China hopes to conduct dialogues and cooperate with the United States on this matter under the principle of mutual respect and trust",
			want:    []string{"dialogue", "principle", "respect", "trust"},
			notWant: []string{"matter", "mutual respect"},
			above:   [2]string{"dialogue", "principle"},
		},
		{
			text:    "China and the US should cooperate on setting international Internet standards",
			want:    []string{"internet standard", "standard", "internet"},
			notWant: []string{"setting", "international"},
			above:   [2]string{"standard", "internet"},
		},
		{
			text:    "the two leaders will discuss a whole range of issues, the way they always do, for the time being",
			notWant: []string{"range", "issue", "way", "time"},
		},
		{
			text:    "The ministry said hackers broke into computer systems containing designs of weapons systems.",
			want:    []string{"hacker", "computer system", "design", "weapons system"},
			notWant: []string{"containing", "computer system containing design"},
		},
	} {
		got := x.Extract(c.text)
		for _, w := range c.want {
			if weight(got, w) == 0 {
				t.Errorf("Extract(%q) = %v, lacks %q", c.text, got, w)
			}
		}
		for _, w := range c.notWant {
			if weight(got, w) != 0 {
				t.Errorf("Extract(%q) = %v, has %q", c.text, got, w)
			}
		}
		if c.above[0] != "" && weight(got, c.above[0]) <= weight(got, c.above[1]) {
			t.Errorf("Extract(%q) = %v: %q should outweigh %q", c.text, got, c.above[0], c.above[1])
		}
		for i, tp := range got {
			if tp.Weight <= 0 || tp.Weight > 1 || (i > 0 && got[i-1].Weight < tp.Weight) {
				t.Errorf("Extract(%q): bad weight order %v", c.text, got)
				break
			}
		}
	}
}

func TestExpand(t *testing.T) {
	x := index(t)
	for _, c := range []struct {
		query   string
		want    map[string]quotegraph.MatchKind
		notWant []string
	}{
		{"norms", map[string]quotegraph.MatchKind{"norm": quotegraph.MatchExact, "standard": quotegraph.MatchBroader},
			[]string{"election", "attack", "relationship", "dialogue", "security", "interest", "principle", "guideline", "respect", "concept"}},
		{"standards", map[string]quotegraph.MatchKind{"standard": quotegraph.MatchExact, "criterion": quotegraph.MatchSynonym, "norm": quotegraph.MatchNarrower},
			[]string{"principle", "guideline", "relationship", "framework"}},
		{"hacking", map[string]quotegraph.MatchKind{"hacking": quotegraph.MatchExact, "hacker": quotegraph.MatchRelated},
			[]string{"chopper", "drudge"}},
		{"cyber security", map[string]quotegraph.MatchKind{"cybersecurity": quotegraph.MatchExact, "security": quotegraph.MatchBroader}, nil},
		{"election", map[string]quotegraph.MatchKind{"election": quotegraph.MatchExact, "general election": quotegraph.MatchNarrower},
			[]string{"cooperation", "group action", "attack"}},
		{"Zorblax", map[string]quotegraph.MatchKind{"zorblax": quotegraph.MatchExact}, nil},
		// Broader, but too general to stand for the query (minBroaderIC).
		{"rules", map[string]quotegraph.MatchKind{"rule": quotegraph.MatchExact, "restriction": quotegraph.MatchNarrower},
			[]string{"concept", "conception", "construct", "election"}},
		{"missiles", map[string]quotegraph.MatchKind{"missile": quotegraph.MatchExact, "weapon": quotegraph.MatchBroader}, nil},
	} {
		got := x.Expand(c.query)
		by := map[string]quotegraph.TopicMatch{}
		for i, m := range got {
			by[m.Topic] = m
			if m.Score < topic.Cutoff || m.Score > 1 || (i > 0 && got[i-1].Score < m.Score) {
				t.Errorf("Expand(%q): bad score order at %v", c.query, m)
			}
		}
		for n, k := range c.want {
			if m, ok := by[n]; !ok || m.MatchedBy != k {
				t.Errorf("Expand(%q)[%q] = %+v, want kind %s", c.query, n, m, k)
			}
		}
		for _, n := range c.notWant {
			if m, ok := by[n]; ok {
				t.Errorf("Expand(%q) reaches %q: %+v", c.query, n, m)
			}
		}
	}
}

// TestSeedsNorms checks the flagship question on the hand-written gold
// statements: everything Zheng Zeguang said about norms.
func TestSeedsNorms(t *testing.T) {
	x := index(t)
	gs := seeds(t)
	standards := func(g gold) bool { return strings.Contains(g.Text, "setting international Internet standards") }
	for _, q := range []string{"norms", "norm", "standards"} {
		speakers := map[string]bool{}
		for _, g := range gs {
			score, m, tn, ok := match(x, q, g.Text)
			if ok {
				speakers[g.Speaker] = true
			}
			if g.Speaker != "Zheng Zeguang" {
				continue
			}
			if want := standards(g); ok != want {
				t.Errorf("%q vs %s %q: match %v (score %.2f via %s %+v), want %v", q, g.ID, g.Text, ok, score, tn, m, want)
			}
		}
		if q == "standards" {
			continue
		}
		for _, s := range []string{"Jay Carney", "Barack Obama", "Chuck Hagel", "Shen Dingli", "Zheng Zeguang"} {
			if !speakers[s] {
				t.Errorf("%q: no statement of %s matched", q, s)
			}
		}
	}
}

func TestSeedsOther(t *testing.T) {
	x := index(t)
	gs := seeds(t)
	for _, c := range []struct {
		query string
		want  func(text string) bool // hand-written: which seeds should match
	}{
		{"hacking", func(s string) bool {
			s = strings.ToLower(s)
			return strings.Contains(s, "hack")
		}},
		{"cybersecurity", func(s string) bool {
			s = strings.ToLower(s)
			return strings.Contains(s, "cybersecurity") || strings.Contains(s, "cyber security")
		}},
		{"election", func(string) bool { return false }},
	} {
		tp, fp, fn := 0, 0, 0
		for _, g := range gs {
			_, m, tn, ok := match(x, c.query, g.Text)
			want := c.want(g.Text)
			switch {
			case ok && want:
				tp++
			case ok && !want:
				fp++
				t.Logf("%q: extra match %s %q via %s %+v", c.query, g.ID, g.Text, tn, m)
			case !ok && want:
				fn++
				t.Errorf("%q: missed %s %q (topics %v)", c.query, g.ID, g.Text, names(x.Extract(g.Text)))
			}
		}
		if c.query == "election" && fp > 0 {
			t.Errorf("election matched %d seed statements", fp)
		}
		t.Logf("%-14s tp %d fp %d fn %d", c.query, tp, fp, fn)
	}
}

// TestJudgements: made-up statements, judged by hand. Reports precision and
// recall; fails below 0.8 on either.
func TestJudgements(t *testing.T) {
	x := index(t)
	cases := []struct {
		query, text string
		want        bool
	}{
		{"norms", "The ministers agreed to draft common standards for data protection.", true},
		{"norms", "Both sides should respect the accepted norms of diplomatic behaviour.", true},
		{"norms", "The election will be held in March under international observation.", false},
		{"norms", "He said the relationship between the two countries is at a low point.", false},
		{"norms", "Security forces repelled an attack on the embassy.", false},
		{"norms", "The talks were held under the principle of mutual respect.", false},
		{"standards", "Regulators want new benchmarks for measuring air quality.", true},
		{"standards", "The company missed its quarterly profit target.", false},
		{"hacking", "Hackers stole the personal data of millions of customers.", true},
		{"hacking", "The bank said hacking of its servers had been stopped.", true},
		{"hacking", "Farmers were hacking at the undergrowth with machetes.", true}, // same word: an exact match is right
		{"hacking", "The minister opened a new bridge over the river.", false},
		{"cybersecurity", "Officials discussed cyber security and trade.", true},
		{"cybersecurity", "Cyber-security is a priority for the new government.", true},
		{"cybersecurity", "The summit focused on climate change.", false},
		{"election", "Voters went to the polls in a general election on Sunday.", true},
		{"election", "The primary was won by the governor.", true},
		{"election", "Parliament debated the new tax on imports.", false},
		{"espionage", "The firm accused its rival of industrial spying.", true},
		{"espionage", "China opposes commercial cyberespionage.", true},
		{"attacks", "The country suffered a wave of cyber attacks last year.", true},
		{"attacks", "The army launched an offensive in the north.", true},
		{"attacks", "The museum opened a new wing for modern art.", false},
		{"trade", "The two nations signed a commerce agreement.", true},
		{"trade", "He enjoyed a walk along the beach.", false},
		{"weapons", "The designs of several missile systems were stolen.", true},
		{"weapons", "The report described a decline in birth rates.", false},
	}
	tp, fp, fn := 0, 0, 0
	for _, c := range cases {
		score, m, tn, got := match(x, c.query, c.text)
		switch {
		case got && c.want:
			tp++
		case got && !c.want:
			fp++
			t.Logf("false positive: %q vs %q (%.2f via %s %+v)", c.query, c.text, score, tn, m)
		case !got && c.want:
			fn++
			t.Logf("false negative: %q vs %q (topics %v)", c.query, c.text, names(x.Extract(c.text)))
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("%d cases: tp %d fp %d fn %d, precision %.2f recall %.2f", len(cases), tp, fp, fn, p, r)
	if p < 0.8 || r < 0.8 {
		t.Errorf("precision %.2f recall %.2f, want both >= 0.8", p, r)
	}
}

func TestConcurrent(t *testing.T) {
	x := index(t)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x.Extract("China opposes all cyber attacks and hacking of its networks.")
			x.Expand("cybersecurity")
		}()
	}
	wg.Wait()
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := topic.New(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	x := index(b)
	gs := seeds(b)
	n := 0
	for b.Loop() {
		x.Extract(gs[n%len(gs)].Text)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "statements/s")
}

func BenchmarkExpand(b *testing.B) {
	x := index(b)
	qs := []string{"norms", "hacking", "cybersecurity", "election", "standards", "rules"}
	sort.Strings(qs)
	n := 0
	for b.Loop() {
		x.Expand(qs[n%len(qs)])
		n++
	}
}
