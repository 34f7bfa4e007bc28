package graph

import (
	"context"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/quotegraph/quotegraph"
)

// Low-level reads over the quad indexes. Callers hold the lock.
//
// Reading a quad back from Cayley's kv store costs a transaction and four
// value look-ups, so the results of walk and props are kept in an LRU cache
// that every write empties. Cached slices and maps are shared: callers must
// not modify them.

// readKey names one cached read: the properties of n (p empty), or a walk
// from n along p in direction dir.
type readKey struct {
	n   string
	p   quad.IRI
	dir quad.Direction
}

// out returns the objects of the quads (n, p, *), without repeats (the same
// triple may be stored under several articles' labels).
func (s *Store) out(n quad.Value, p quad.IRI) []quad.Value {
	return s.walk(n, p, quad.Subject, quad.Object)
}

// in returns the subjects of the quads (*, p, n), without repeats.
func (s *Store) in(n quad.Value, p quad.IRI) []quad.Value {
	return s.walk(n, p, quad.Object, quad.Subject)
}

// walk follows the quads whose from-direction is n and whose predicate is p,
// and returns their to-direction values, each once. Results are cached
// until the next write.
func (s *Store) walk(n quad.Value, p quad.IRI, from, to quad.Direction) []quad.Value {
	k := readKey{n: quad.StringOf(n), p: p, dir: from}
	if v, ok := s.reads.Get(k); ok {
		return v.([]quad.Value)
	}
	out := s.walkStore(n, p, from, to)
	s.reads.Add(k, out)
	return out
}

func (s *Store) walkStore(n quad.Value, p quad.IRI, from, to quad.Direction) []quad.Value {
	ctx := context.Background()
	ref, err := s.qs.ValueOf(n)
	if err != nil || ref == nil {
		return nil
	}
	pref, err := s.qs.ValueOf(p)
	if err != nil || pref == nil {
		return nil
	}
	// The iterator yields the quads' primitives, which hold the IDs of
	// their four values: the predicate is compared by ID and only the wanted
	// values are read, in one batch.
	it := s.qs.QuadIterator(from, ref).Iterate()
	defer it.Close()
	var refs []graph.Ref
	seen := map[any]bool{}
	for it.Next(ctx) {
		q := it.Result()
		if pr, _ := s.qs.QuadDirection(q, quad.Predicate); pr == nil || pr.Key() != pref.Key() {
			continue
		}
		if tr, _ := s.qs.QuadDirection(q, to); tr != nil && !seen[tr.Key()] {
			seen[tr.Key()] = true
			refs = append(refs, tr)
		}
	}
	vals, err := graph.ValuesOf(ctx, s.qs, refs)
	if err != nil {
		return nil
	}
	return vals
}

// props returns every (predicate → objects) of node n, objects without
// repeats, in one index scan. Results are cached until the next write.
func (s *Store) props(n quad.Value) map[quad.IRI][]quad.Value {
	k := readKey{n: quad.StringOf(n)}
	if v, ok := s.reads.Get(k); ok {
		return v.(map[quad.IRI][]quad.Value)
	}
	out := s.propsStore(n)
	s.reads.Add(k, out)
	return out
}

func (s *Store) propsStore(n quad.Value) map[quad.IRI][]quad.Value {
	ctx := context.Background()
	ref, err := s.qs.ValueOf(n)
	if err != nil || ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	var refs []graph.Ref // predicate, object, predicate, object, …
	seen := map[[2]any]bool{}
	for it.Next(ctx) {
		q := it.Result()
		pr, _ := s.qs.QuadDirection(q, quad.Predicate)
		or, _ := s.qs.QuadDirection(q, quad.Object)
		if pr == nil || or == nil || seen[[2]any{pr.Key(), or.Key()}] {
			continue
		}
		seen[[2]any{pr.Key(), or.Key()}] = true
		refs = append(refs, pr, or)
	}
	vals, err := graph.ValuesOf(ctx, s.qs, refs)
	if err != nil {
		return nil
	}
	out := map[quad.IRI][]quad.Value{}
	for i := 0; i+1 < len(vals); i += 2 {
		if p, ok := vals[i].(quad.IRI); ok {
			out[p] = append(out[p], vals[i+1])
		}
	}
	return out
}

type propMap map[quad.IRI][]quad.Value

func (m propMap) str(p quad.IRI) string {
	for _, v := range m[p] {
		if s, ok := v.(quad.String); ok {
			return string(s)
		}
	}
	return ""
}

func (m propMap) strs(p quad.IRI) []string {
	var out []string
	for _, v := range m[p] {
		if s, ok := v.(quad.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

func (m propMap) int(p quad.IRI) int {
	for _, v := range m[p] {
		if i, ok := v.(quad.Int); ok {
			return int(i)
		}
	}
	return 0
}

func (m propMap) time(p quad.IRI) time.Time {
	for _, v := range m[p] {
		if t, ok := v.(quad.Time); ok {
			return time.Time(t).UTC()
		}
	}
	return time.Time{}
}

func (m propMap) iri(p quad.IRI) quad.Value {
	for _, v := range m[p] {
		if i, ok := v.(quad.IRI); ok {
			return i
		}
	}
	return nil
}

// article reads an article node; the body is left out unless withText.
func (s *Store) article(n quad.Value, withText bool) quotegraph.Article {
	m := propMap(s.props(n))
	a := quotegraph.Article{
		ID:        idOf(n),
		Title:     m.str(pHeadline),
		URL:       m.str(pURL),
		Source:    m.str(pSource),
		Dateline:  m.str(pDateline),
		Published: m.time(pPublished),
		Authors:   m.strs(pAuthor),
	}
	if withText {
		a.Text = m.str(pBody)
		a.Paragraphs = parseSpans(m.str(pParas))
	}
	if on := m.iri(pPublisher); on != nil {
		a.Outlet = propMap(s.props(on)).str(pName)
	}
	return a
}

// speaker reads a speaker node.
func (s *Store) speaker(n quad.Value) quotegraph.Speaker {
	m := propMap(s.props(n))
	return quotegraph.Speaker{
		ID:           idOf(n),
		Name:         m.str(pName),
		Kind:         speakerKind(m[pType]),
		Aliases:      m.strs(pAltName),
		Roles:        m.strs(pJobTitle),
		Affiliations: m.strs(pAffiliation),
	}
}

// cache keeps the articles and speakers already read in one query.
type cache struct {
	articles map[quad.Value]*quotegraph.Article
	speakers map[quad.Value]quotegraph.Speaker
}

func newCache() *cache {
	return &cache{articles: map[quad.Value]*quotegraph.Article{}, speakers: map[quad.Value]quotegraph.Speaker{}}
}

// statement reads a statement node with its speaker and article. Of the
// speakers of a joint statement, prefer (when one of them) is the speaker
// and the others are Also.
func (s *Store) statement(n quad.Value, c *cache, prefer quad.Value) quotegraph.Statement {
	m := propMap(s.props(n))
	st := quotegraph.Statement{
		ID:      idOf(n),
		Text:    m.str(pText),
		Kind:    quotegraph.Kind(m.str(pKind)),
		Cue:     m.str(pCue),
		Mention: m.str(pMention),
		Role:    m.str(pRole),
		Span:    quotegraph.Span{Start: m.int(pStart), End: m.int(pEnd)},
		Topics:  parseWeights(m.str(pWeights)),
	}
	if an := m.iri(pIsPartOf); an != nil {
		st.ArticleID = idOf(an)
		a, ok := c.articles[an]
		if !ok {
			art := s.article(an, false)
			a = &art
			c.articles[an] = a
		}
		st.Article = a
	}
	speakers := s.in(n, pSaid)
	first := 0
	for i, pn := range speakers {
		if pn == prefer {
			first = i
		}
	}
	for i, pn := range speakers {
		p, ok := c.speakers[pn]
		if !ok {
			p = s.speaker(pn)
			c.speakers[pn] = p
		}
		if i == first {
			st.Speaker = p
		} else {
			st.Also = append(st.Also, p)
		}
	}
	return st
}
