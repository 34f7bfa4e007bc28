// Command qgload is a bounded load test of quotegraph on loopback: it serves
// the sample articles from a fresh store, sends concurrent reads from many
// connections while ingest mutations run beside them, and reports latency
// percentiles, errors and peak memory. It stops by itself.
//
//	go run ./cmd/qgload [-duration 60s] [-conns 32] [-ingest-every 250ms]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"github.com/quotegraph/quotegraph/internal/samples"
	"github.com/quotegraph/quotegraph/loader"
	"github.com/quotegraph/quotegraph/resolvers"
)

func main() {
	var cfg config
	flag.DurationVar(&cfg.duration, "duration", 60*time.Second, "how long the load runs")
	flag.IntVar(&cfg.conns, "conns", 32, "concurrent reading connections")
	flag.DurationVar(&cfg.ingestEvery, "ingest-every", 250*time.Millisecond, "pause between ingest mutations (0: none)")
	flag.StringVar(&cfg.articles, "articles", "testdata/articles", "articles to serve")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "qgload:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "qgload:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	rep, err := run(context.Background(), cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "qgload:", err)
		os.Exit(1)
	}
	rep.print(os.Stdout)
	if rep.serverErrors > 0 {
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

type config struct {
	duration, ingestEvery time.Duration
	conns                 int
	articles              string
}

const token = "qgload-token"

// run serves a fresh store on loopback and loads it.
func run(ctx context.Context, cfg config) (*report, error) {
	dir, err := os.MkdirTemp("", "qgload")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	s, idx, err := samples.Open(ctx, filepath.Join(dir, "q.db"), cfg.articles, nil)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	p := loader.Pipeline{Topics: idx}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{
		Handler: resolvers.NewHandler(resolvers.HandlerConfig{Store: s, Pipeline: p, Token: token,
			Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}),
		ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second,
	}
	go srv.Serve(ln)
	defer srv.Close()
	return load(ctx, "http://"+ln.Addr().String(), cfg)
}
