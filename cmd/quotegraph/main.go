// Command quotegraph reads news articles, finds who said what about which
// topic, keeps it as a graph and answers questions about it.
//
//	quotegraph serve   [--addr 127.0.0.1:8080] [--store PATH] [--ingest PATH ...]
//	quotegraph ingest  [--store PATH] [-v] PATH ...
//	quotegraph extract [--format jsonl|table] PATH ...
//	quotegraph ask     [--store PATH] "QUESTION"
//	quotegraph export  [--store PATH] --format csv|ndjson|nquads [filters]
//	quotegraph import  [--store PATH] [--force] [FILE|-]
//
// The store is an embedded bbolt file, ./quotegraph.db unless --store or
// QUOTEGRAPH_STORE says otherwise.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/quotegraph/quotegraph"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// env is what a command runs with: its streams and logger.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

type command struct {
	name, usage string
	run         func(ctx context.Context, e env, args []string) error
}

var commands = []command{
	{"serve", "serve [--addr 127.0.0.1:8080] [--store PATH] [--ingest PATH ...] [--allow-origin URL ...] [--no-introspection]", runServe},
	{"ingest", "ingest [--store PATH] [--max-bytes N] [-v] PATH ...", runIngest},
	{"extract", "extract [--format jsonl|table] PATH ...", runExtract},
	{"ask", "ask [--store PATH] \"QUESTION\"", runAsk},
	{"export", "export [--store PATH] --format csv|ndjson|nquads [--speaker S] [--topic T] [--outlet O] [--article ID] [--kind K] [--since D] [--until D] [--contains W] [--sort relevance|date]", runExport},
	{"import", "import [--store PATH] [--format nquads] [--force] [FILE|-]", runImport},
}

// Run runs the command line args and returns the exit status: 0 on success,
// 1 when the work failed (some file failed, the store is held), 2 for a
// wrong command line.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(stderr, "quotegraph %s: %v\nusage: quotegraph %s\n", c.name, err, c.usage)
			return 2
		case errors.Is(err, errReported):
			return 1
		default:
			fmt.Fprintf(stderr, "quotegraph %s: %s\n", c.name, message(err))
			return 1
		}
	}
	fmt.Fprintf(stderr, "quotegraph: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

var (
	errUsage    = errors.New("wrong usage")
	errReported = errors.New("failure already reported")
)

func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errUsage}, args...)...)
}

// message is what the user sees of an error: the message of a
// quotegraph.Error, or the error itself for local failures (a file, a flag).
func message(err error) string {
	var qe *quotegraph.Error
	if errors.As(err, &qe) {
		return qe.Message
	}
	return err.Error()
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "quotegraph: who said what about which topic, across news articles.")
	fmt.Fprintln(w, "\nusage:")
	for _, c := range commands {
		fmt.Fprintf(w, "  quotegraph %s\n", c.usage)
	}
	fmt.Fprintln(w, "\nThe store is ./quotegraph.db unless --store or QUOTEGRAPH_STORE says otherwise.")
}

// newFlags makes a flag set that reports errors instead of exiting.
func newFlags(e env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// parse parses flags, allowing flags after positional arguments too
// ("ingest dir --store x").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageErr("%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}
