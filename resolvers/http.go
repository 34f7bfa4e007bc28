package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/web"
)

// HandlerConfig configures the HTTP handler.
type HandlerConfig struct {
	Store  quotegraph.Store
	Logger *slog.Logger
	// MaxComplexity bounds a query's cost, where a connection costs its
	// page size times its items' cost (default 10000).
	MaxComplexity int
	// MaxBodyBytes bounds a request body (default 1 MiB).
	MaxBodyBytes int64
	// NoIntrospection turns schema introspection off.
	NoIntrospection bool
	// AllowedOrigins are the browser origins (dashboards) allowed to call
	// /graphql across origins; none when empty.
	AllowedOrigins []string
}

// NewHandler serves GraphQL at /graphql, the playground at /, its assets
// under /playground/, /healthz and /metrics (Prometheus). Every request is
// logged and counted.
func NewHandler(cfg HandlerConfig) http.Handler {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxComplexity == 0 {
		cfg.MaxComplexity = 10000
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	m := newMetrics()
	mux := http.NewServeMux()
	route := func(pattern, name string, h http.Handler) { mux.Handle(pattern, observe(cfg.Logger, m, name, h)) }
	route("/graphql", "graphql", allowOrigins(cfg.AllowedOrigins, limitBody(graphQLServer(cfg), cfg.MaxBodyBytes)))
	route("GET /{$}", "playground", web.Playground("quotegraph", "/graphql", web.DefaultAssetPrefix))
	route(web.DefaultAssetPrefix, "assets", web.Assets(web.DefaultAssetPrefix))
	route("GET /healthz", "healthz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	}))
	route("GET /metrics", "metrics", m.handler())
	return mux
}

func graphQLServer(cfg HandlerConfig) *handler.Server {
	es := NewExecutableSchema(Config{Resolvers: &Resolver{Store: cfg.Store, Logger: cfg.Logger}, Complexity: complexity()})
	srv := handler.New(es)
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if !cfg.NoIntrospection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	srv.SetErrorPresenter(errorPresenter(cfg.Logger))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		cfg.Logger.ErrorContext(ctx, "panic in resolver", "panic", p)
		return errors.New("internal error")
	})
	return srv
}

// errorPresenter gives each error an extensions.code and keeps internal
// details in the log.
func errorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var qe *quotegraph.Error
		switch {
		case errors.As(err, &qe):
			gerr.Message = qe.Message
			setCode(gerr, qe.Code)
		case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
			gerr.Message = "request timed out or was cancelled"
			setCode(gerr, quotegraph.EUNAVAILABLE)
		case gerr.Extensions["code"] != nil:
			// gqlgen's own: GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, …
		default:
			if gerr.Path != nil || gerr.Rule == "" {
				log.ErrorContext(ctx, "internal error", "err", err, "path", gerr.Path.String())
				gerr.Message = "internal error"
				setCode(gerr, quotegraph.EINTERNAL)
			}
		}
		return gerr
	}
}

// allowOrigins lets browsers on the given origins call h; with none, no
// cross-origin call is allowed (rs/cors would allow all).
func allowOrigins(origins []string, h http.Handler) http.Handler {
	if len(origins) == 0 {
		return h
	}
	return cors.New(cors.Options{
		AllowedOrigins: origins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Authorization"},
		MaxAge:         600,
	}).Handler(h)
}

// limitBody answers 413 with a GraphQL error to a body over max bytes.
func limitBody(next http.Handler, max int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			tooLarge(w, max)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			body, err := io.ReadAll(io.LimitReader(r.Body, max+1))
			if err != nil {
				writeError(w, http.StatusBadRequest, "could not read the request body", quotegraph.EINVALID)
				return
			}
			if int64(len(body)) > max {
				tooLarge(w, max)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, max int64) {
	writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", max), "REQUEST_TOO_LARGE")
}

// writeError answers with a GraphQL error outside of gqlgen.
func writeError(w http.ResponseWriter, status int, msg, code string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

// complexity prices connections at their page size times their items.
func complexity() ComplexityRoot {
	var c ComplexityRoot
	c.Query.Statements = func(child int, _, _, _, _ *string, _ *StatementKind, _, _ *time.Time, _ *string, first *int, _ *string) int {
		return conn(child, first)
	}
	c.Query.Speakers = func(child int, _ *string, first *int, _ *string) int { return conn(child, first) }
	c.Query.Topics = func(child int, _ *string, first *int, _ *string) int { return conn(child, first) }
	c.Query.Articles = func(child int, first *int, _ *string) int { return conn(child, first) }
	c.Query.Ask = func(child int, _ string, first *int, _ *string) int { return conn(child, first) }
	c.Speaker.Statements = func(child int, _ *string, first *int, _ *string) int { return conn(child, first) }
	return c
}

func conn(child int, first *int) int {
	n := 20
	if first != nil && *first > 0 {
		n = *first
	}
	return 1 + n*child
}
