// Package resolvers is quotegraph's GraphQL API: the resolvers of
// schema.graphqls over a quotegraph.Store, and the HTTP handler that serves
// them with the playground.
package resolvers

//go:generate go tool gqlgen generate --config ../gqlgen.yml

import (
	"context"
	"log/slog"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/question"
)

// Resolver is the root of the resolvers; it reads through Store only.
type Resolver struct {
	Store  quotegraph.Store
	Logger *slog.Logger
}

func (r *Resolver) Query() QueryResolver           { return queryResolver{r} }
func (r *Resolver) Statement() StatementResolver   { return statementResolver{r} }
func (r *Resolver) Speaker() SpeakerResolver       { return speakerResolver{r} }
func (r *Resolver) Article() ArticleResolver       { return articleResolver{r} }
func (r *Resolver) Topic() TopicResolver           { return topicResolver{r} }
func (r *Resolver) TopicMatch() TopicMatchResolver { return topicMatchResolver{r} }

type queryResolver struct{ *Resolver }

func (r queryResolver) Statements(ctx context.Context, speaker, topic, outlet, article *string, kind *StatementKind,
	since, until *time.Time, contains *string, first *int, after *string) (*StatementConnection, error) {
	f := quotegraph.StatementFilter{
		Speaker: deref(speaker), Topic: deref(topic), Outlet: deref(outlet), ArticleID: deref(article),
		Contains: deref(contains),
	}
	if kind != nil {
		f.Kind = domainKind(*kind)
	}
	if since != nil {
		f.Since = *since
	}
	if until != nil {
		f.Until = *until
	}
	return r.statements(ctx, f, first, after)
}

func (r *Resolver) statements(ctx context.Context, f quotegraph.StatementFilter, first *int, after *string) (*StatementConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	c, err := r.Store.Statements(ctx, f, p)
	if err != nil {
		return nil, err
	}
	out := &StatementConnection{TotalCount: c.Total, PageInfo: pageInfo(c)}
	for i, st := range c.Items {
		out.Edges = append(out.Edges, StatementEdge{Cursor: c.Cursors[i], Node: &st})
	}
	if out.Edges == nil {
		out.Edges = []StatementEdge{}
	}
	return out, nil
}

func (r queryResolver) Speaker(ctx context.Context, name string) (*quotegraph.SpeakerSummary, error) {
	sp, err := r.Store.Speaker(ctx, name)
	if quotegraph.ErrorCode(err) == quotegraph.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &sp, nil
}

func (r queryResolver) Speakers(ctx context.Context, search *string, first *int, after *string) (*SpeakerConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	c, err := r.Store.Speakers(ctx, deref(search), p)
	if err != nil {
		return nil, err
	}
	out := &SpeakerConnection{TotalCount: c.Total, PageInfo: pageInfo(c), Edges: []SpeakerEdge{}}
	for i, sp := range c.Items {
		out.Edges = append(out.Edges, SpeakerEdge{Cursor: c.Cursors[i], Node: &sp})
	}
	return out, nil
}

func (r queryResolver) Topics(ctx context.Context, search *string, first *int, after *string) (*TopicConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	c, err := r.Store.Topics(ctx, deref(search), p)
	if err != nil {
		return nil, err
	}
	out := &TopicConnection{TotalCount: c.Total, PageInfo: pageInfo(c), Edges: []TopicEdge{}}
	for i, t := range c.Items {
		out.Edges = append(out.Edges, TopicEdge{Cursor: c.Cursors[i], Node: &t})
	}
	return out, nil
}

func (r queryResolver) Articles(ctx context.Context, first *int, after *string) (*ArticleConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	c, err := r.Store.Articles(ctx, p)
	if err != nil {
		return nil, err
	}
	out := &ArticleConnection{TotalCount: c.Total, PageInfo: pageInfo(c), Edges: []ArticleEdge{}}
	for i, a := range c.Items {
		out.Edges = append(out.Edges, ArticleEdge{Cursor: c.Cursors[i], Node: &a})
	}
	return out, nil
}

func (r queryResolver) Ask(ctx context.Context, q string, first *int, after *string) (*Answer, error) {
	parsed, err := question.Parse(q)
	if err != nil {
		return nil, err
	}
	ans := &Answer{Question: q, Interpretation: parsed.String(), Speakers: []quotegraph.SpeakerSummary{}}
	f := parsed.Filter()
	if parsed.Speaker != "" {
		sp, err := r.Store.Speaker(ctx, parsed.Speaker)
		if err != nil {
			return nil, err
		}
		ans.Speaker = &sp
		f.Speaker = sp.Name
	}
	if parsed.Topic != "" {
		ans.Topic = &parsed.Topic
	}
	if parsed.Who {
		ans.Speakers, err = r.speakersOf(ctx, f)
		if err != nil {
			return nil, err
		}
	}
	ans.Statements, err = r.statements(ctx, f, first, after)
	return ans, err
}

// speakersOf lists the speakers of every statement that passes f, those
// with the most first.
func (r *Resolver) speakersOf(ctx context.Context, f quotegraph.StatementFilter) ([]quotegraph.SpeakerSummary, error) {
	all, err := Answers(ctx, r.Store, f)
	if err != nil {
		return nil, err
	}
	return SpeakersOf(all), nil
}

type statementResolver struct{ *Resolver }

func (statementResolver) Kind(_ context.Context, st *quotegraph.Statement) (StatementKind, error) {
	return apiKind(st.Kind), nil
}

func (statementResolver) Speaker(_ context.Context, st *quotegraph.Statement) (*quotegraph.SpeakerSummary, error) {
	return &quotegraph.SpeakerSummary{Speaker: st.Speaker, Statements: -1}, nil
}

func (statementResolver) Article(_ context.Context, st *quotegraph.Statement) (*quotegraph.Article, error) {
	if st.Article == nil {
		return &quotegraph.Article{ID: st.ArticleID}, nil
	}
	return st.Article, nil
}

func (statementResolver) Start(_ context.Context, st *quotegraph.Statement) (int, error) {
	return st.Span.Start, nil
}

func (statementResolver) End(_ context.Context, st *quotegraph.Statement) (int, error) {
	return st.Span.End, nil
}

type speakerResolver struct{ *Resolver }

func (speakerResolver) Kind(_ context.Context, sp *quotegraph.SpeakerSummary) (SpeakerKind, error) {
	switch sp.Kind {
	case quotegraph.Organization:
		return SpeakerKindOrganization, nil
	case quotegraph.Anonymous:
		return SpeakerKindAnonymous, nil
	}
	return SpeakerKindPerson, nil
}

// StatementCount is known for speakers read as speakers; for the speaker of
// a statement (Statements < 0) it is looked up.
func (r speakerResolver) StatementCount(ctx context.Context, sp *quotegraph.SpeakerSummary) (int, error) {
	if sp.Statements >= 0 {
		return sp.Statements, nil
	}
	full, err := r.Store.Speaker(ctx, sp.Name)
	if err != nil {
		return 0, err
	}
	return full.Statements, nil
}

func (r speakerResolver) Statements(ctx context.Context, sp *quotegraph.SpeakerSummary, topic *string, first *int, after *string) (*StatementConnection, error) {
	return r.statements(ctx, quotegraph.StatementFilter{Speaker: sp.Name, Topic: deref(topic)}, first, after)
}

type articleResolver struct{ *Resolver }

func (articleResolver) PublishedAt(_ context.Context, a *quotegraph.Article) (*time.Time, error) {
	if a.Published.IsZero() {
		return nil, nil
	}
	return &a.Published, nil
}

type topicResolver struct{ *Resolver }

func (topicResolver) StatementCount(_ context.Context, t *quotegraph.TopicSummary) (int, error) {
	return t.Statements, nil
}

func (topicResolver) SpeakerCount(_ context.Context, t *quotegraph.TopicSummary) (int, error) {
	return t.Speakers, nil
}

type topicMatchResolver struct{ *Resolver }

func (topicMatchResolver) MatchedBy(_ context.Context, m *quotegraph.TopicMatch) (MatchKind, error) {
	switch m.MatchedBy {
	case quotegraph.MatchSynonym:
		return MatchKindSynonym, nil
	case quotegraph.MatchBroader:
		return MatchKindBroader, nil
	case quotegraph.MatchNarrower:
		return MatchKindNarrower, nil
	case quotegraph.MatchRelated:
		return MatchKindRelated, nil
	}
	return MatchKindExact, nil
}
