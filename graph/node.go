package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/quotegraph/quotegraph"
)

// Node reads any object by its ID; the ID's first letter says its kind.
func (s *Store) Node(ctx context.Context, id string) (any, error) {
	var out any
	err := s.read(ctx, func() error {
		n := node(id)
		switch {
		case strings.HasPrefix(id, "s") && s.has(n, cQuotation):
			out = s.statement(n, newCache(), nil)
		case strings.HasPrefix(id, "a") && s.has(n, cArticle):
			out = s.article(n, true)
		case strings.HasPrefix(id, "p") && len(s.out(n, pSaid)) > 0:
			out = s.summary(n)
		case strings.HasPrefix(id, "t") && s.has(n, cTopic):
			out = s.topicSummary(n)
		default:
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "nothing has the ID %q", id)
		}
		return nil
	})
	return out, err
}

// Reports are the statements by the same speaker, in any article, whose
// words are near-identical to this one's (itself included), oldest first:
// one claim, several reports.
func (s *Store) Reports(ctx context.Context, statementID string) ([]quotegraph.Statement, error) {
	var out []quotegraph.Statement
	err := s.read(ctx, func() error {
		n := node(statementID)
		if !s.has(n, cQuotation) {
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "no statement with the ID %q", statementID)
		}
		c := newCache()
		this := s.statement(n, c, nil)
		words := wordSet(this.Text)
		seen := map[quad.Value]bool{}
		for _, pn := range s.in(n, pSaid) {
			for _, sn := range s.out(pn, pSaid) {
				if seen[sn] {
					continue
				}
				seen[sn] = true
				st := this
				if sn != n {
					text := propMap(s.props(sn)).str(pText)
					if !sameWords(words, wordSet(text)) {
						continue
					}
					st = s.statement(sn, c, pn)
				}
				out = append(out, st)
			}
		}
		sort.SliceStable(out, func(i, j int) bool {
			return out[i].Article.Published.Before(out[j].Article.Published)
		})
		return nil
	})
	return out, err
}

func wordSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		out[w] = true
	}
	return out
}

// sameWords holds when two word sets overlap near-wholly (Dice ≥ 0.8), as
// the same quotation does across outlets that trim or punctuate it
// differently.
func sameWords(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return 2*float64(shared)/float64(len(a)+len(b)) >= 0.8
}

// Profile tells where a speaker's roles and affiliations come from and whom
// they are quoted alongside.
func (s *Store) Profile(ctx context.Context, name string) (quotegraph.Profile, error) {
	var out quotegraph.Profile
	err := s.read(ctx, func() error {
		pn := s.resolveSpeaker(name)
		if pn == nil {
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "no speaker named %q", name)
		}
		c := newCache()
		out.Roles = s.attributions(pn, pJobTitle, c)
		out.Affiliations = s.attributions(pn, pAffiliation, c)
		out.Alongside = s.alongside(pn)
		return nil
	})
	return out, err
}

// attributions are the values of (pn, p, *) with the article each is
// stated in (the quad's label).
func (s *Store) attributions(pn quad.Value, p quad.IRI, c *cache) []quotegraph.Attribution {
	var out []quotegraph.Attribution
	for _, q := range s.quadsOf(pn, p) {
		v, ok := q.Object.(quad.String)
		if !ok || !s.has(q.Label, cArticle) {
			continue
		}
		a, ok := c.articles[q.Label]
		if !ok {
			art := s.article(q.Label, false)
			a = &art
			c.articles[q.Label] = a
		}
		out = append(out, quotegraph.Attribution{Value: string(v), Article: *a})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	return out
}

// alongside counts, for each other speaker, the articles they share with pn.
func (s *Store) alongside(pn quad.Value) []quotegraph.SpeakerSummary {
	articles := map[quad.Value]bool{}
	for _, sn := range s.out(pn, pSaid) {
		for _, an := range s.out(sn, pIsPartOf) {
			articles[an] = true
		}
	}
	shared := map[quad.Value]int{}
	for an := range articles {
		seen := map[quad.Value]bool{}
		for _, sn := range s.in(an, pIsPartOf) {
			for _, other := range s.in(sn, pSaid) {
				if other != pn && !seen[other] {
					seen[other] = true
					shared[other]++
				}
			}
		}
	}
	return s.rankSpeakers(shared)
}

// rankSpeakers turns counts per speaker node into summaries, the most
// first, then by name.
func (s *Store) rankSpeakers(counts map[quad.Value]int) []quotegraph.SpeakerSummary {
	out := make([]quotegraph.SpeakerSummary, 0, len(counts))
	for pn, n := range counts {
		out = append(out, quotegraph.SpeakerSummary{Speaker: s.speaker(pn), Statements: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Statements != out[j].Statements {
			return out[i].Statements > out[j].Statements
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// SpeakersNamed resolves many names in one read.
func (s *Store) SpeakersNamed(ctx context.Context, names []string) (map[string]quotegraph.SpeakerSummary, error) {
	out := make(map[string]quotegraph.SpeakerSummary, len(names))
	err := s.read(ctx, func() error {
		for _, name := range names {
			if pn := s.resolveSpeaker(name); pn != nil {
				out[name] = s.summary(pn)
			}
		}
		return nil
	})
	return out, err
}

// ArticlesByID reads many articles, with their text, in one read.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) (map[string]quotegraph.Article, error) {
	out := make(map[string]quotegraph.Article, len(ids))
	err := s.read(ctx, func() error {
		for _, id := range ids {
			if n := node(id); s.has(n, cArticle) {
				out[id] = s.article(n, true)
			}
		}
		return nil
	})
	return out, err
}
