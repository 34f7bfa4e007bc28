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
	"github.com/quotegraph/quotegraph/export"
	"github.com/quotegraph/quotegraph/web"
)

// HandlerConfig configures the HTTP handler.
type HandlerConfig struct {
	Store quotegraph.Store
	// Pipeline extracts statements for ingestArticle.
	Pipeline Pipeline
	// Token allows mutations to requests that carry it as
	// "Authorization: Bearer TOKEN"; with none, mutations are off.
	Token  string
	Logger *slog.Logger
	// MaxComplexity bounds a query's cost, where a connection costs its
	// page size times its items' cost (default 10000).
	MaxComplexity int
	// MaxBodyBytes bounds a request body (default 4 MiB: an article to
	// ingest may be a whole saved page).
	MaxBodyBytes int64
	// MaxDepth bounds how deep a query nests (default 12).
	MaxDepth int
	// MaxFields bounds the fields and aliases one query selects (default 500).
	MaxFields int
	// NoIntrospection turns schema introspection off.
	NoIntrospection bool
	// AllowedOrigins are the browser origins (dashboards) allowed to call
	// /graphql across origins; none when empty.
	AllowedOrigins []string
}

// NewHandler serves GraphQL at /graphql, the playground at /, its assets
// under /playground/, statements as CSV and NDJSON under /export/, an
// embeddable HTML panel at /embed/statements, /healthz and /metrics
// (Prometheus). Every request is logged and counted.
func NewHandler(cfg HandlerConfig) http.Handler {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxComplexity == 0 {
		cfg.MaxComplexity = 10000
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 4 << 20
	}
	if cfg.MaxDepth == 0 {
		cfg.MaxDepth = 12
	}
	if cfg.MaxFields == 0 {
		cfg.MaxFields = 500
	}
	m := newMetrics()
	mux := http.NewServeMux()
	route := func(pattern, name string, h http.Handler) { mux.Handle(pattern, observe(cfg.Logger, m, name, h)) }
	gql := withAuth(cfg.Token, withLoaders(cfg.Store, limitBody(graphQLServer(cfg), cfg.MaxBodyBytes)))
	route("/graphql", "graphql", allowOrigins(cfg.AllowedOrigins, gql))
	route("GET /{$}", "playground", web.Playground("quotegraph", "/graphql", web.DefaultAssetPrefix))
	route(web.DefaultAssetPrefix, "assets", web.Assets(web.DefaultAssetPrefix))
	route("GET /healthz", "healthz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	}))
	route("GET /metrics", "metrics", m.handler())
	route("GET /export/statements.csv", "export", allowOrigins(cfg.AllowedOrigins, export.Handler(cfg.Store, export.CSV, cfg.Logger)))
	route("GET /export/statements.ndjson", "export", allowOrigins(cfg.AllowedOrigins, export.Handler(cfg.Store, export.NDJSON, cfg.Logger)))
	route("GET /embed/statements", "embed", web.Embed(cfg.Store, cfg.Logger))
	return mux
}

func graphQLServer(cfg HandlerConfig) *handler.Server {
	registerLimitCodes()
	hub := NewHub(cfg.Logger)
	es := NewExecutableSchema(Config{
		Resolvers:  &Resolver{Store: cfg.Store, Pipeline: cfg.Pipeline, Hub: hub, Logger: cfg.Logger},
		Complexity: complexity(),
	})
	srv := handler.New(es)
	srv.AddTransport(&transport.Websocket{KeepAlivePingInterval: 10 * time.Second})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if !cfg.NoIntrospection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	srv.Use(shapeLimit{maxDepth: cfg.MaxDepth, maxFields: cfg.MaxFields})
	srv.SetParserTokenLimit(15000)
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
	c.Query.Statements = func(child int, _, _, _, _ *string, _ *StatementKind, _, _ *time.Time, _ *string, _ *StatementSort, first *int, _ *string, last *int, _ *string) int {
		return conn(child, first, last)
	}
	c.Query.Speakers = func(child int, _ *string, first *int, _ *string, last *int, _ *string) int {
		return conn(child, first, last)
	}
	c.Query.Topics = func(child int, _ *string, first *int, _ *string, last *int, _ *string) int {
		return conn(child, first, last)
	}
	c.Query.Articles = func(child int, first *int, _ *string, last *int, _ *string) int { return conn(child, first, last) }
	c.Query.Ask = func(child int, _ string, first *int, _ *string, last *int, _ *string) int {
		return conn(child, first, last)
	}
	c.Speaker.Statements = func(child int, _ *string, _ *StatementSort, first *int, _ *string, last *int, _ *string) int {
		return conn(child, first, last)
	}
	c.Speaker.QuotedAlongside = func(child int, first *int) int { return conn(child, first, nil) }
	// A statement's reports are few (one claim, the outlets that carry it).
	c.Statement.Reports = func(child int) int { return 1 + 5*child }
	return c
}

// conn prices a connection at its page size times its items.
func conn(child int, first, last *int) int {
	n := DefaultPage
	switch {
	case first != nil:
		n = *first
	case last != nil:
		n = *last
	}
	return 1 + max(n, 1)*child
}
