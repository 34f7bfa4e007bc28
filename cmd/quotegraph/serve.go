package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/quotegraph/quotegraph/loader"
	"github.com/quotegraph/quotegraph/resolvers"
)

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func runServe(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "serve")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	store := storeFlag(fs)
	var ingest, origins multiFlag
	fs.Var(&ingest, "ingest", "file or folder of articles to ingest before serving (repeatable)")
	fs.Var(&origins, "allow-origin", "a browser origin (dashboard) allowed to call /graphql, e.g. https://dash.example.org (repeatable)")
	noIntrospection := fs.Bool("no-introspection", false, "turn GraphQL schema introspection off")
	headerTimeout := fs.Duration("read-header-timeout", 5*time.Second, "how long a client may take to send its request headers (slow clients are cut off)")
	shutdownTimeout := fs.Duration("shutdown-timeout", 30*time.Second, "how long a shutdown waits for requests in flight before cutting them off")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	// "--ingest a b" takes every path after it.
	if len(ingest) > 0 {
		ingest = append(ingest, rest...)
	} else if len(rest) > 0 {
		return usageErr("unexpected arguments %q", rest)
	}
	s, concepts, err := openStore(ctx, e, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	if len(ingest) > 0 {
		sum, err := ingestPaths(ctx, e, loader.Loader{Store: s, Pipeline: pipeline(concepts)}, ingest, isTerminal(e.stderr))
		printSummary(e.stderr, sum)
		if err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler: resolvers.NewHandler(resolvers.HandlerConfig{
			Store: s, Pipeline: pipeline(concepts), Token: os.Getenv("QUOTEGRAPH_TOKEN"), Logger: e.log,
			AllowedOrigins: origins, NoIntrospection: *noIntrospection,
		}),
		ReadHeaderTimeout: *headerTimeout,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	if os.Getenv("QUOTEGRAPH_TOKEN") == "" {
		e.log.Info("mutations are off: set QUOTEGRAPH_TOKEN to allow them")
	}
	e.log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "graphql", "http://"+ln.Addr().String()+"/graphql", "store", *store)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	e.log.Info("shutting down: finishing requests in flight", "timeout", *shutdownTimeout)
	shutCtx, cancel := context.WithTimeout(context.Background(), *shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		// Requests still running are cut off; a write they have not begun
		// finds the store closed and stores nothing.
		e.log.Warn("requests still in flight were cut off", "err", err)
		srv.Close()
		return fmt.Errorf("shutdown: requests still in flight after %s were cut off", *shutdownTimeout)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
