package resolvers

import (
	"context"
	"strings"

	"github.com/quotegraph/quotegraph"
)

type mutationResolver struct{ *Resolver }

// MaxArticleBytes bounds an article given to ingestArticle.
const MaxArticleBytes = 3 << 20

func (r mutationResolver) IngestArticle(ctx context.Context, in IngestArticleInput) (*IngestArticlePayload, error) {
	if err := authorize(ctx); err != nil {
		return nil, err
	}
	text, html := deref(in.Text), deref(in.HTML)
	name := "article.txt"
	switch {
	case (text == "") == (html == ""):
		return nil, quotegraph.Errorf(quotegraph.EINVALID, "give the article as text or as html, one of the two")
	case html != "":
		text, name = html, "article.html"
	}
	if len(text) > MaxArticleBytes {
		return nil, quotegraph.Errorf(quotegraph.EINVALID, "the article is %d bytes; the limit is %d", len(text), MaxArticleBytes)
	}
	a, stmts, err := r.Pipeline.Process(name, []byte(text))
	if err != nil {
		return nil, err
	}
	if u := strings.TrimSpace(deref(in.URL)); u != "" {
		a.URL, a.Source = u, u
	}
	if o := strings.TrimSpace(deref(in.Outlet)); o != "" {
		a.Outlet = o
	}
	if t := strings.TrimSpace(deref(in.Title)); t != "" {
		a.Title = t
	}
	if in.PublishedAt != nil {
		a.Published = in.PublishedAt.UTC()
	}
	a.ID = quotegraph.ArticleID(a.URL, a.Text)
	for i := range stmts {
		stmts[i].ArticleID = a.ID
		stmts[i].ID = quotegraph.StatementID(a.ID, stmts[i].Span)
	}
	res, err := r.Store.Put(ctx, a, stmts)
	if err != nil {
		return nil, err
	}
	stored, err := Answers(ctx, r.Store, quotegraph.StatementFilter{ArticleID: a.ID})
	if err != nil {
		return nil, err
	}
	if !res.Skipped && r.Hub != nil {
		r.Hub.Publish(context.WithoutCancel(ctx), r.Store, a.ID)
	}
	if stored == nil {
		stored = []quotegraph.Statement{}
	}
	a.Text, a.Paragraphs = "", nil
	return &IngestArticlePayload{Article: &a, Skipped: res.Skipped, Statements: stored}, nil
}

func (r mutationResolver) DeleteArticle(ctx context.Context, id string) (*DeleteArticlePayload, error) {
	if err := authorize(ctx); err != nil {
		return nil, err
	}
	ok, err := r.Store.DeleteArticle(ctx, id)
	if err != nil {
		return nil, err
	}
	return &DeleteArticlePayload{ID: id, Deleted: ok}, nil
}

func (r mutationResolver) MergeSpeakers(ctx context.Context, from, into string) (*quotegraph.SpeakerSummary, error) {
	if err := authorize(ctx); err != nil {
		return nil, err
	}
	sp, err := r.Store.MergeSpeakers(ctx, from, into)
	if err != nil {
		return nil, err
	}
	return &sp, nil
}

func (r mutationResolver) SplitAlias(ctx context.Context, speaker, alias string) (*quotegraph.SpeakerSummary, error) {
	if err := authorize(ctx); err != nil {
		return nil, err
	}
	sp, err := r.Store.SplitAlias(ctx, speaker, alias)
	if err != nil {
		return nil, err
	}
	return &sp, nil
}
