package resolvers

import (
	"context"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/graph-gophers/dataloader/v7"
	"github.com/vektah/gqlparser/v2/ast"

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

// prime reads, in one store call each, the speakers and articles that the
// fields selected under a page of statements will ask for, so that a page
// costs the same few reads however long it is. path leads from the field
// being resolved to the connection ("statements" from ask).
func (l *requestLoaders) prime(ctx context.Context, s quotegraph.Store, stmts []quotegraph.Statement, path ...string) {
	node := append(path, "edges", "node")
	if selected(ctx, append(node, "speaker", "statementCount")...) {
		names := unique(stmts, func(st quotegraph.Statement) string { return st.Speaker.Name })
		if found, err := s.SpeakersNamed(ctx, names); err == nil {
			for k, v := range found {
				l.speakers.Prime(ctx, k, v)
			}
		}
	}
	if selected(ctx, append(node, "sentence")...) {
		ids := unique(stmts, func(st quotegraph.Statement) string { return st.ArticleID })
		if found, err := s.ArticlesByID(ctx, ids); err == nil {
			for k, v := range found {
				l.articles.Prime(ctx, k, v)
			}
		}
	}
}

func unique(stmts []quotegraph.Statement, key func(quotegraph.Statement) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, st := range stmts {
		if k := key(st); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// selected reports whether the query selects the field path under the
// field being resolved.
func selected(ctx context.Context, path ...string) bool {
	fc := graphql.GetFieldContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	if fc == nil || oc == nil {
		return false
	}
	sels := []ast.SelectionSet{fc.Field.Selections}
	for _, name := range path {
		var next []ast.SelectionSet
		for _, set := range sels {
			for _, f := range graphql.CollectFields(oc, set, nil) {
				if f.Name == name {
					next = append(next, f.Selections)
				}
			}
		}
		if len(next) == 0 {
			return false
		}
		sels = next
	}
	return true
}
