package resolvers

import (
	"context"
	"net/http"
	"time"

	"github.com/graph-gophers/dataloader/v7"

	"github.com/quotegraph/quotegraph"
)

// requestLoaders batch the reads that a page of objects would otherwise make
// one by one (the N+1 problem): every speaker and article asked for while a
// request resolves its fields is read in one store call.
type requestLoaders struct {
	speakers *dataloader.Loader[string, quotegraph.SpeakerSummary]
	articles *dataloader.Loader[string, quotegraph.Article]
}

type loadersKey struct{}

func newLoaders(s quotegraph.Store) *requestLoaders {
	wait := dataloader.WithWait[string, quotegraph.SpeakerSummary](2 * time.Millisecond)
	return &requestLoaders{
		speakers: dataloader.NewBatchedLoader(func(ctx context.Context, names []string) []*dataloader.Result[quotegraph.SpeakerSummary] {
			found, err := s.SpeakersNamed(ctx, names)
			return results(names, found, err, "speaker")
		}, wait),
		articles: dataloader.NewBatchedLoader(func(ctx context.Context, ids []string) []*dataloader.Result[quotegraph.Article] {
			found, err := s.ArticlesByID(ctx, ids)
			return results(ids, found, err, "article")
		}, dataloader.WithWait[string, quotegraph.Article](2*time.Millisecond)),
	}
}

func results[V any](keys []string, found map[string]V, err error, what string) []*dataloader.Result[V] {
	out := make([]*dataloader.Result[V], len(keys))
	for i, k := range keys {
		v, ok := found[k]
		switch {
		case err != nil:
			out[i] = &dataloader.Result[V]{Error: err}
		case !ok:
			out[i] = &dataloader.Result[V]{Error: quotegraph.Errorf(quotegraph.ENOTFOUND, "no %s %q", what, k)}
		default:
			out[i] = &dataloader.Result[V]{Data: v}
		}
	}
	return out
}

// withLoaders gives each request loaders of its own.
func withLoaders(s quotegraph.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, newLoaders(s))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loaders returns the request's loaders, or fresh ones outside a request.
func loaders(ctx context.Context, s quotegraph.Store) *requestLoaders {
	if l, ok := ctx.Value(loadersKey{}).(*requestLoaders); ok {
		return l
	}
	return newLoaders(s)
}

func (l *requestLoaders) speaker(ctx context.Context, name string) (quotegraph.SpeakerSummary, error) {
	return l.speakers.Load(ctx, name)()
}

func (l *requestLoaders) article(ctx context.Context, id string) (quotegraph.Article, error) {
	return l.articles.Load(ctx, id)()
}
