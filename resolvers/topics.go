package resolvers

import (
	"context"

	"github.com/quotegraph/quotegraph"
)

func (r *Resolver) TopicDetail() TopicDetailResolver   { return topicDetailResolver{r} }
func (r *Resolver) RelatedTopic() RelatedTopicResolver { return relatedTopicResolver{r} }
func (r *Resolver) TopicReach() TopicReachResolver     { return topicReachResolver{r} }

func (r queryResolver) Topic(ctx context.Context, name string) (*quotegraph.TopicDetail, error) {
	return orNull(r.Store.Topic(ctx, name))
}

func topicConnection(c quotegraph.Connection[quotegraph.TopicSummary]) *TopicConnection {
	return &TopicConnection{TotalCount: c.Total, PageInfo: pageInfo(c), Edges: edges(c, func(cur string, n *quotegraph.TopicSummary) TopicEdge {
		return TopicEdge{Cursor: cur, Node: n}
	})}
}

func (r speakerResolver) Topics(ctx context.Context, sp *quotegraph.SpeakerSummary, first *int, after *string, last *int, before *string) (*TopicConnection, error) {
	p, err := page(first, after, last, before)
	if err != nil {
		return nil, err
	}
	c, err := r.Store.SpeakerTopics(ctx, sp.Name, p)
	if err != nil {
		return nil, err
	}
	return topicConnection(c), nil
}

type topicDetailResolver struct{ *Resolver }

func (topicDetailResolver) StatementCount(_ context.Context, t *quotegraph.TopicDetail) (int, error) {
	return t.Statements, nil
}

func (r topicDetailResolver) Statements(ctx context.Context, t *quotegraph.TopicDetail, speaker *string, sort *StatementSort,
	first *int, after *string, last *int, before *string) (*StatementConnection, error) {
	f := quotegraph.StatementFilter{Topic: t.Name, Speaker: deref(speaker), Sort: domainSort(sort)}
	return r.statements(ctx, f, first, after, last, before)
}

type relatedTopicResolver struct{ *Resolver }

func (relatedTopicResolver) StatementCount(_ context.Context, t *quotegraph.RelatedTopic) (int, error) {
	return t.Statements, nil
}

type topicReachResolver struct{ *Resolver }

func (r topicReachResolver) MatchedBy(ctx context.Context, t *quotegraph.TopicCount) (MatchKind, error) {
	return topicMatchResolver(r).MatchedBy(ctx, &t.TopicMatch)
}

func (topicReachResolver) StatementCount(_ context.Context, t *quotegraph.TopicCount) (int, error) {
	return t.Statements, nil
}
