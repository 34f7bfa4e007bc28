package resolvers

import (
	"context"
	"time"

	"github.com/quotegraph/quotegraph"
)

type statementResolver struct{ *Resolver }

func (statementResolver) Kind(_ context.Context, st *quotegraph.Statement) (StatementKind, error) {
	return apiKind(st.Kind), nil
}

// Speaker is the statement's speaker; its statement count is batched by
// the request's loader (Statements < 0 means "not read yet").
func (statementResolver) Speaker(_ context.Context, st *quotegraph.Statement) (*quotegraph.SpeakerSummary, error) {
	return &quotegraph.SpeakerSummary{Speaker: st.Speaker, Statements: -1}, nil
}

func (statementResolver) AlsoBy(_ context.Context, st *quotegraph.Statement) ([]quotegraph.SpeakerSummary, error) {
	out := make([]quotegraph.SpeakerSummary, len(st.Also))
	for i, sp := range st.Also {
		out[i] = quotegraph.SpeakerSummary{Speaker: sp, Statements: -1}
	}
	return out, nil
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

func (r statementResolver) Sentence(ctx context.Context, st *quotegraph.Statement) (string, error) {
	a, err := loaders(ctx, r.Store).article(ctx, st.ArticleID)
	if err != nil {
		return "", err
	}
	return sentenceAround(a.Text, st.Span), nil
}

func (r statementResolver) Reports(ctx context.Context, st *quotegraph.Statement) ([]quotegraph.Statement, error) {
	return r.Store.Reports(ctx, st.ID)
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

func (r speakerResolver) StatementCount(ctx context.Context, sp *quotegraph.SpeakerSummary) (int, error) {
	if sp.Statements >= 0 {
		return sp.Statements, nil
	}
	full, err := loaders(ctx, r.Store).speaker(ctx, sp.Name)
	if err != nil {
		return 0, err
	}
	return full.Statements, nil
}

func (r speakerResolver) Statements(ctx context.Context, sp *quotegraph.SpeakerSummary, topic *string, sort *StatementSort,
	first *int, after *string, last *int, before *string) (*StatementConnection, error) {
	f := quotegraph.StatementFilter{Speaker: sp.Name, Topic: deref(topic), Sort: domainSort(sort)}
	return r.statements(ctx, f, first, after, last, before)
}

func (r speakerResolver) RoleReports(ctx context.Context, sp *quotegraph.SpeakerSummary) ([]quotegraph.Attribution, error) {
	p, err := r.Store.Profile(ctx, sp.Name)
	return p.Roles, err
}

func (r speakerResolver) AffiliationReports(ctx context.Context, sp *quotegraph.SpeakerSummary) ([]quotegraph.Attribution, error) {
	p, err := r.Store.Profile(ctx, sp.Name)
	return p.Affiliations, err
}

func (r speakerResolver) QuotedAlongside(ctx context.Context, sp *quotegraph.SpeakerSummary, first *int) ([]quotegraph.SpeakerSummary, error) {
	p, err := r.Store.Profile(ctx, sp.Name)
	if err != nil {
		return nil, err
	}
	n := 10
	if first != nil {
		n = *first
	}
	if n < 0 || n > MaxPage {
		return nil, quotegraph.Errorf(quotegraph.EINVALID, "first must be between 0 and %d, not %d", MaxPage, n)
	}
	return p.Alongside[:min(n, len(p.Alongside))], nil
}

type speakerCountResolver struct{ *Resolver }

func (speakerCountResolver) Speaker(_ context.Context, sc *quotegraph.SpeakerSummary) (*quotegraph.SpeakerSummary, error) {
	return &quotegraph.SpeakerSummary{Speaker: sc.Speaker, Statements: -1}, nil
}

func (speakerCountResolver) Count(_ context.Context, sc *quotegraph.SpeakerSummary) (int, error) {
	return sc.Statements, nil
}

type articleResolver struct{ *Resolver }

func (articleResolver) PublishedAt(_ context.Context, a *quotegraph.Article) (*time.Time, error) {
	if a.Published.IsZero() {
		return nil, nil
	}
	return &a.Published, nil
}

type topicResolver struct{ *Resolver }

func (topicResolver) ID(_ context.Context, t *quotegraph.TopicSummary) (string, error) {
	return quotegraph.TopicID(t.Name), nil
}

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
