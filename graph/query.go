package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/quotegraph/quotegraph"
)

// Statements returns the statements that pass f: when a topic is asked for,
// closest match first; otherwise newest first.
//
// The sorted list is kept until the next write, so that paging through it
// (an export of every statement, page by page) reads it once.
func (s *Store) Statements(ctx context.Context, f quotegraph.StatementFilter, p quotegraph.Page) (quotegraph.Connection[quotegraph.Statement], error) {
	var out quotegraph.Connection[quotegraph.Statement]
	err := s.read(ctx, func() error {
		ck := fmt.Sprintf("%#v", f)
		if l, ok := s.lists.Get(ck); ok {
			var err error
			out, err = pageOf(l, p)
			return err
		}
		nodes, matches, speaker := s.candidates(f)
		c := newCache()
		list := make([]quotegraph.Statement, 0, len(nodes))
		for _, n := range nodes {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			st := s.statement(n, c, speaker)
			if !passes(st, f) {
				continue
			}
			st.Match = matches[n]
			list = append(list, st)
		}
		l := sorted[quotegraph.Statement]{items: list, keys: sortByKey(list, statementKey(f.Sort))}
		s.lists.Add(ck, l)
		var err error
		out, err = pageOf(l, p)
		return err
	})
	return out, err
}

// candidates narrows the statements by the filters the graph indexes: the
// speaker's said-edges, the topics' about-edges, the article, the outlet.
// It returns the speaker node the filter names, if any.
func (s *Store) candidates(f quotegraph.StatementFilter) ([]quad.Value, map[quad.Value]*quotegraph.TopicMatch, quad.Value) {
	var sets [][]quad.Value
	var matches map[quad.Value]*quotegraph.TopicMatch
	var speaker quad.Value
	if f.Speaker != "" {
		var said []quad.Value
		if speaker = s.resolveSpeaker(f.Speaker); speaker != nil {
			said = s.out(speaker, pSaid)
		}
		sets = append(sets, said)
	}
	if f.Topic != "" {
		matches = s.topicMatches(f.Topic)
		about := make([]quad.Value, 0, len(matches))
		for n := range matches {
			about = append(about, n)
		}
		sets = append(sets, about)
	}
	if f.ArticleID != "" {
		sets = append(sets, s.in(node(f.ArticleID), pIsPartOf))
	}
	if f.Outlet != "" {
		var stmts []quad.Value
		for _, an := range s.in(node(quotegraph.OutletID(f.Outlet)), pPublisher) {
			stmts = append(stmts, s.in(an, pIsPartOf)...)
		}
		sets = append(sets, stmts)
	}
	if len(sets) == 0 {
		return s.in(cQuotation, pType), nil, nil
	}
	return intersect(sets), matches, speaker
}

// topicMatches maps each statement about a concept the query reaches to its
// best match. A match's score is the concept's closeness weighted by how
// central the topic is to the statement.
func (s *Store) topicMatches(query string) map[quad.Value]*quotegraph.TopicMatch {
	var ms []quotegraph.TopicMatch
	if s.concepts != nil {
		ms = s.concepts.Expand(query)
	} else {
		ms = []quotegraph.TopicMatch{{Topic: strings.ToLower(strings.TrimSpace(query)), Score: 1, MatchedBy: quotegraph.MatchExact}}
	}
	out := map[quad.Value]*quotegraph.TopicMatch{}
	for _, m := range ms {
		tn := node(quotegraph.TopicID(m.Topic))
		for _, sn := range s.in(tn, pAbout) {
			w := topicWeight(propMap(s.props(sn)).str(pWeights), m.Topic)
			m := m
			m.Score *= 0.5 + 0.5*w
			if old, ok := out[sn]; !ok || m.Score > old.Score {
				out[sn] = &m
			}
		}
	}
	return out
}

func topicWeight(weights, name string) float64 {
	for _, t := range parseWeights(weights) {
		if strings.EqualFold(t.Name, name) {
			return t.Weight
		}
	}
	return 1
}

// resolveSpeaker finds the speaker node for a canonical name or any alias;
// where an alias names several speakers, the one who said the most.
func (s *Store) resolveSpeaker(name string) quad.Value {
	if pn := node(quotegraph.SpeakerID(name)); len(s.out(pn, pSaid)) > 0 {
		return pn
	}
	var best quad.Value
	bestN := 0
	for _, pn := range s.in(quad.String(key(name)), pKey) {
		if n := len(s.out(pn, pSaid)); n > bestN {
			best, bestN = pn, n
		}
	}
	return best
}

func intersect(sets [][]quad.Value) []quad.Value {
	sort.Slice(sets, func(i, j int) bool { return len(sets[i]) < len(sets[j]) })
	out := sets[0]
	for _, set := range sets[1:] {
		in := make(map[string]bool, len(set))
		for _, v := range set {
			in[quad.StringOf(v)] = true
		}
		var keep []quad.Value
		for _, v := range out {
			if in[quad.StringOf(v)] {
				keep = append(keep, v)
			}
		}
		out = keep
	}
	return out
}

func passes(st quotegraph.Statement, f quotegraph.StatementFilter) bool {
	if f.Kind != "" && st.Kind != f.Kind {
		return false
	}
	if f.Contains != "" && !strings.Contains(strings.ToLower(st.Text), strings.ToLower(f.Contains)) {
		return false
	}
	var pub = st.Article.Published
	if !f.Since.IsZero() && (pub.IsZero() || pub.Before(f.Since)) {
		return false
	}
	if !f.Until.IsZero() && (pub.IsZero() || !pub.Before(f.Until)) {
		return false
	}
	return true
}

// statementKey orders by match score (when matched and sorting by
// relevance), then newest first, then by place in the article.
func statementKey(by quotegraph.Sort) func(quotegraph.Statement) string {
	return func(st quotegraph.Statement) string {
		k := newest(st.Article.Published) + "|" + st.ArticleID + "|" + asc(st.Span.Start)
		if by != quotegraph.SortDate {
			k = descFloat(score(st)) + "|" + k
		}
		return k
	}
}

func score(st quotegraph.Statement) float64 {
	if st.Match == nil {
		return 0
	}
	return st.Match.Score
}

// Speaker resolves a name or alias to one speaker.
func (s *Store) Speaker(ctx context.Context, name string) (quotegraph.SpeakerSummary, error) {
	var out quotegraph.SpeakerSummary
	err := s.read(ctx, func() error {
		pn := s.resolveSpeaker(name)
		if pn == nil {
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "no speaker named %q", name)
		}
		out = quotegraph.SpeakerSummary{Speaker: s.speaker(pn), Statements: len(s.out(pn, pSaid))}
		return nil
	})
	return out, err
}

// Speakers lists the speakers whose name or an alias contains search, those
// who said the most first.
func (s *Store) Speakers(ctx context.Context, search string, p quotegraph.Page) (quotegraph.Connection[quotegraph.SpeakerSummary], error) {
	var out quotegraph.Connection[quotegraph.SpeakerSummary]
	err := s.read(ctx, func() error {
		var list []quotegraph.SpeakerSummary
		seen := map[quad.Value]bool{}
		for _, st := range s.in(cQuotation, pType) {
			for _, pn := range s.in(st, pSaid) {
				if seen[pn] {
					continue
				}
				seen[pn] = true
				sp := s.speaker(pn)
				if !nameMatches(sp, search) {
					continue
				}
				list = append(list, quotegraph.SpeakerSummary{Speaker: sp, Statements: len(s.out(pn, pSaid))})
			}
		}
		var err error
		out, err = paginate(list, func(sp quotegraph.SpeakerSummary) string { return desc(sp.Statements) + "|" + sp.Name + "|" + sp.ID }, p)
		return err
	})
	return out, err
}

func nameMatches(sp quotegraph.Speaker, search string) bool {
	if search == "" {
		return true
	}
	q := key(search)
	for _, n := range append([]string{sp.Name}, sp.Aliases...) {
		if strings.Contains(key(n), q) {
			return true
		}
	}
	return false
}

// Topics lists the stored topics whose name contains search, the most
// spoken about first.
func (s *Store) Topics(ctx context.Context, search string, p quotegraph.Page) (quotegraph.Connection[quotegraph.TopicSummary], error) {
	var out quotegraph.Connection[quotegraph.TopicSummary]
	err := s.read(ctx, func() error {
		var list []quotegraph.TopicSummary
		q := key(search)
		for _, tn := range s.in(cTopic, pType) {
			if name := propMap(s.props(tn)).str(pName); strings.Contains(key(name), q) {
				list = append(list, s.topicSummary(tn))
			}
		}
		var err error
		out, err = paginate(list, func(t quotegraph.TopicSummary) string { return desc(t.Statements) + "|" + t.Name }, p)
		return err
	})
	return out, err
}

// topicSummary reads a topic node with its counts.
func (s *Store) topicSummary(tn quad.Value) quotegraph.TopicSummary {
	stmts := s.in(tn, pAbout)
	speakers := map[string]bool{}
	for _, sn := range stmts {
		for _, pn := range s.in(sn, pSaid) {
			speakers[quad.StringOf(pn)] = true
		}
	}
	return quotegraph.TopicSummary{Name: propMap(s.props(tn)).str(pName), Statements: len(stmts), Speakers: len(speakers)}
}

// Articles lists the stored articles, newest first.
func (s *Store) Articles(ctx context.Context, p quotegraph.Page) (quotegraph.Connection[quotegraph.Article], error) {
	var out quotegraph.Connection[quotegraph.Article]
	err := s.read(ctx, func() error {
		var list []quotegraph.Article
		for _, an := range s.in(cArticle, pType) {
			list = append(list, s.article(an, false))
		}
		var err error
		out, err = paginate(list, func(a quotegraph.Article) string { return newest(a.Published) + "|" + a.ID }, p)
		return err
	})
	return out, err
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (quotegraph.Stats, error) {
	var out quotegraph.Stats
	err := s.read(ctx, func() error {
		out.Articles = len(s.in(cArticle, pType))
		stmts := s.in(cQuotation, pType)
		out.Statements = len(stmts)
		speakers := map[string]bool{}
		for _, sn := range stmts {
			for _, pn := range s.in(sn, pSaid) {
				speakers[quad.StringOf(pn)] = true
			}
		}
		out.Speakers = len(speakers)
		out.Topics = len(s.in(cTopic, pType))
		st, err := s.qs.Stats(ctx, true)
		out.Quads = int(st.Quads.Value)
		return err
	})
	return out, err
}
