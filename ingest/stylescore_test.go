package ingest_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/quotegraph/quotegraph/ingest"
)

// The floors of TestStylesScore: the scores of the extractor on
// ../testdata/styles when they were set, less 0.03.
const (
	stylesE2EFloor   = 0.73
	stylesQuoteFloor = 0.88
)

// styleGold is one line of testdata/styles/gold.jsonl.
type styleGold struct {
	ID, Doc, Speaker, Text string
	SpeakerAlt             []string `json:"speaker_alt"`
	Optional               bool
	SpeakerIsMention       bool `json:"speaker_is_mention"`
}

type stylePred struct{ doc, speaker, text string }

// TestStylesScore extracts the hand-annotated articles of other house
// styles in ../testdata/styles and scores them as ../shared/eval/score.py
// does; it fails when end-to-end or quote F1 falls below its floor.
func TestStylesScore(t *testing.T) {
	dir := filepath.Join("..", "testdata", "styles")
	gold := readStyleGold(t, filepath.Join(dir, "gold.jsonl"))
	var preds []stylePred
	files, _ := filepath.Glob(filepath.Join(dir, "*.*"))
	for _, f := range files {
		if strings.HasSuffix(f, ".jsonl") || strings.HasSuffix(f, ".md") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ingest.Parse(f, data)
		if err != nil {
			t.Fatalf("Parse(%s): %v", f, err)
		}
		for _, s := range ingest.Extract(a) {
			preds = append(preds, stylePred{filepath.Base(f), s.Speaker.Name, s.Text})
		}
	}
	quote, e2e := scoreStyles(gold, preds)
	t.Logf("styles: quote F1 %.3f, end-to-end F1 %.3f (%d gold, %d predictions)", quote, e2e, len(gold), len(preds))
	if e2e < stylesE2EFloor || quote < stylesQuoteFloor {
		t.Errorf("styles: quote F1 %.3f (floor %.2f), end-to-end F1 %.3f (floor %.2f)", quote, stylesQuoteFloor, e2e, stylesE2EFloor)
	}
}

func readStyleGold(t *testing.T, path string) []styleGold {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []styleGold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g styleGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out
}

// scoreStyles returns quote F1 and end-to-end F1 with score.py's rules.
func scoreStyles(gold []styleGold, preds []stylePred) (quoteF1, e2eF1 float64) {
	gw := make([]map[string]bool, len(gold))
	for i, g := range gold {
		gw[i] = wordSet(g.Text)
	}
	found, right := map[int]int{}, map[int]bool{}
	tp, tpRight, fp := 0, 0, 0
	for _, p := range preds {
		pw := wordSet(p.text)
		best, bs := -1, 0.0
		for i, g := range gold {
			if g.Doc != p.doc {
				continue
			}
			if sc := matchScore(pw, gw[i]); sc > bs {
				best, bs = i, sc
			}
		}
		if best < 0 || found[best] >= 3 {
			fp++
			continue
		}
		found[best]++
		ok := speakerOK(p.speaker, gold[best])
		right[best] = right[best] || ok
		if gold[best].Optional {
			continue
		}
		tp++
		if ok {
			tpRight++
		}
	}
	req, rec, recRight := 0, 0, 0
	for i, g := range gold {
		if g.Optional {
			continue
		}
		req++
		if found[i] > 0 {
			rec++
		}
		if right[i] {
			recRight++
		}
	}
	f1 := func(num, den, r int) float64 {
		if den == 0 || req == 0 {
			return 0
		}
		p, rc := float64(num)/float64(den), float64(r)/float64(req)
		if p+rc == 0 {
			return 0
		}
		return 2 * p * rc / (p + rc)
	}
	return f1(tp, tp+fp, rec), f1(tpRight, tp+fp, recRight)
}

var reScoreWord = regexp.MustCompile(`[a-z0-9]+(?:'[a-z]+)?`)

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range reScoreWord.FindAllString(strings.ToLower(norm.NFKC.String(s)), -1) {
		out[w] = true
	}
	return out
}

// matchScore: Dice >= 0.5, or the prediction inside the gold (>= 90% of
// its words) covering >= 25% of it.
func matchScore(p, g map[string]bool) float64 {
	if len(p) == 0 || len(g) == 0 {
		return 0
	}
	inter := 0
	for w := range p {
		if g[w] {
			inter++
		}
	}
	dice := 2 * float64(inter) / float64(len(p)+len(g))
	if dice >= 0.5 {
		return dice
	}
	if float64(inter)/float64(len(p)) >= 0.9 && float64(inter)/float64(len(g)) >= 0.25 {
		return max(dice, 0.5)
	}
	return 0
}

var scoreTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "president": true, "minister": true,
	"assistant": true, "foreign": true, "secretary": true, "spokesman": true, "spokeswoman": true, "ambassador": true,
	"professor": true, "prof": true, "chinese": true, "us": true, "u.s.": true, "the": true, "premier": true,
	"senator": true, "sen": true, "rep": true, "gov": true, "governor": true, "general": true, "gen": true,
	"chairman": true, "chief": true, "deputy": true, "vice": true}

var reNameTok = regexp.MustCompile(`[a-z0-9.']+`)

func normName(s string) string {
	s = strings.ReplaceAll(norm.NFKC.String(s), "\u2019", "'")
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
	s = strings.ReplaceAll(strings.ToLower(s), "-", " ")
	var toks []string
	for _, w := range reNameTok.FindAllString(s, -1) {
		toks = append(toks, strings.Trim(w, "."))
	}
	for len(toks) > 0 && scoreTitles[toks[0]] {
		toks = toks[1:]
	}
	return strings.Join(toks, " ")
}

var (
	reParen   = regexp.MustCompile(`\([^)]*\)`)
	reProper  = regexp.MustCompile(`[A-Z][A-Za-z'.-]+`)
	reJointly = regexp.MustCompile(`\s+and\s+|\s*&\s*`)
	pronouns  = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true, "his": true, "her": true, "their": true}
)

func speakerOK(pred string, g styleGold) bool {
	have := strings.Fields(normName(pred))
	if g.SpeakerIsMention {
		var proper []string
		for _, t := range reProper.FindAllString(reParen.ReplaceAllString(g.Speaker, " "), -1) {
			if n := normName(t); n != "" && !scoreTitles[n] && !pronouns[n] {
				proper = append(proper, n)
			}
		}
		if len(have) == 0 {
			return false
		}
		if len(proper) == 0 {
			return true
		}
		for _, w := range proper {
			if w == have[len(have)-1] {
				return true
			}
		}
		return false
	}
	alts := append([]string{g.Speaker}, g.SpeakerAlt...)
	for _, a := range append([]string(nil), alts...) {
		alts = append(alts, reJointly.Split(a, -1)...)
	}
	for _, a := range alts {
		if normName(a) == normName(pred) {
			return true
		}
	}
	return false
}
