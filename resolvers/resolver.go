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

// Pipeline turns an article's raw text or HTML into an article and its
// statements; loader.Pipeline implements it.
type Pipeline interface {
	Process(name string, data []byte) (quotegraph.Article, []quotegraph.Statement, error)
}

// Resolver is the root of the resolvers; it reads and writes through Store
// only.
type Resolver struct {
	Store    quotegraph.Store
	Pipeline Pipeline
	Hub      *Hub
	Logger   *slog.Logger
}

func (r *Resolver) Query() QueryResolver               { return queryResolver{r} }
func (r *Resolver) Mutation() MutationResolver         { return mutationResolver{r} }
func (r *Resolver) Subscription() SubscriptionResolver { return subscriptionResolver{r} }
func (r *Resolver) Statement() StatementResolver       { return statementResolver{r} }
func (r *Resolver) Speaker() SpeakerResolver           { return speakerResolver{r} }
func (r *Resolver) SpeakerCount() SpeakerCountResolver { return speakerCountResolver{r} }
func (r *Resolver) Article() ArticleResolver           { return articleResolver{r} }
func (r *Resolver) Topic() TopicResolver               { return topicResolver{r} }
func (r *Resolver) TopicMatch() TopicMatchResolver     { return topicMatchResolver{r} }

type queryResolver struct{ *Resolver }

func (r queryResolver) Statements(ctx context.Context, speaker, topic, outlet, article *string, kind *StatementKind,
	since, until *time.Time, contains *string, sort *StatementSort, first *int, after *string, last *int, before *string) (*StatementConnection, error) {
	f := quotegraph.StatementFilter{
		Speaker: deref(speaker), Topic: deref(topic), Outlet: deref(outlet), ArticleID: deref(article),
		Contains: deref(contains), Sort: domainSort(sort),
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
	return r.statements(ctx, f, first, after, last, before)
}

// statements reads a page of statements; path leads from the field being
// resolved to the connection, when that is not the field itself.
func (r *Resolver) statements(ctx context.Context, f quotegraph.StatementFilter, first *int, after *string, last *int, before *string, path ...string) (*StatementConnection, error) {
	p, err := page(first, after, last, before)
	if err != nil {
		return nil, err
	}
	c, err := r.Store.Statements(ctx, f, p)
	if err != nil {
		return nil, err
	}
	loaders(ctx, r.Store).prime(ctx, r.Store, c.Items, path...)
	return &StatementConnection{TotalCount: c.Total, PageInfo: pageInfo(c), Edges: edges(c, func(cur string, n *quotegraph.Statement) StatementEdge {
		return StatementEdge{Cursor: cur, Node: n}
	})}, nil
}

func (r queryResolver) Node(ctx context.Context, id string) (Node, error) {
	n, err := r.Store.Node(ctx, id)
	if quotegraph.ErrorCode(err) == quotegraph.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	switch v := n.(type) {
	case quotegraph.Statement:
		return &v, nil
	case quotegraph.SpeakerSummary:
		return &v, nil
	case quotegraph.Article:
		return &v, nil
	case quotegraph.TopicSummary:
		return &v, nil
	}
	return nil, nil
}

func (r queryResolver) Speaker(ctx context.Context, name string) (*quotegraph.SpeakerSummary, error) {
	return orNull(r.Store.Speaker(ctx, name))
}

func (r queryResolver) Speakers(ctx context.Context, search *string, first *int, after *string, last *int, before *string) (*SpeakerConnection, error) {
	p, err := page(first, after, last, before)
	if err != nil {
		return nil, err
	}
	c, err := r.Store.Speakers(ctx, deref(search), p)
	if err != nil {
		return nil, err
	}
	return &SpeakerConnection{TotalCount: c.Total, PageInfo: pageInfo(c), Edges: edges(c, func(cur string, n *quotegraph.SpeakerSummary) SpeakerEdge {
		return SpeakerEdge{Cursor: cur, Node: n}
	})}, nil
}

func (r queryResolver) Topics(ctx context.Context, search *string, first *int, after *string, last *int, before *string) (*TopicConnection, error) {
	p, err := page(first, after, last, before)
	if err != nil {
		return nil, err
	}
	c, err := r.Store.Topics(ctx, deref(search), p)
	if err != nil {
		return nil, err
	}
	return topicConnection(c), nil
}

func (r queryResolver) Articles(ctx context.Context, first *int, after *string, last *int, before *string) (*ArticleConnection, error) {
	p, err := page(first, after, last, before)
	if err != nil {
		return nil, err
	}
	c, err := r.Store.Articles(ctx, p)
	if err != nil {
		return nil, err
	}
	return &ArticleConnection{TotalCount: c.Total, PageInfo: pageInfo(c), Edges: edges(c, func(cur string, n *quotegraph.Article) ArticleEdge {
		return ArticleEdge{Cursor: cur, Node: n}
	})}, nil
}

func (r queryResolver) Ask(ctx context.Context, q string, first *int, after *string, last *int, before *string) (*Answer, error) {
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
		all, err := Answers(ctx, r.Store, f)
		if err != nil {
			return nil, err
		}
		ans.Speakers = SpeakersOf(all)
	}
	ans.Statements, err = r.statements(ctx, f, first, after, last, before, "statements")
	return ans, err
}
