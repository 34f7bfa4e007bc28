package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/quotegraph/quotegraph/loader"
)

func runIngest(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "ingest")
	store := storeFlag(fs)
	maxBytes := fs.Int64("max-bytes", loader.DefaultMaxBytes, "largest file to read, in bytes")
	verbose := fs.Bool("v", false, "name each file when it is done: [done/total] PATH (for logs, instead of a progress bar)")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageErr("no files or folders given")
	}
	if *maxBytes <= 0 {
		return usageErr("--max-bytes must be positive, not %d", *maxBytes)
	}
	s, concepts, err := openStore(ctx, e, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	l := loader.Loader{Store: s, Pipeline: pipeline(concepts), MaxBytes: *maxBytes}
	if *verbose {
		l.Progress = func(done, total int, path string) { fmt.Fprintf(e.stderr, "[%d/%d] %s\n", done, total, path) }
	}
	sum, err := ingestPaths(ctx, e, l, paths, !*verbose && isTerminal(e.stderr))
	// Close before the summary: once it is printed, the store is whole on
	// disk and free for the next command.
	cerr := s.Close()
	printSummary(e.stderr, sum)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintf(e.stderr, "stopped before %s: every article stored so far is whole; run the same command again to store the %d files not reached\n", sum.NextFile, sum.Remaining)
			return errReported
		}
		return err
	}
	if cerr != nil {
		return cerr
	}
	if len(sum.Failed) > 0 {
		return errReported
	}
	return nil
}

// ingestPaths lists and stores the files under paths, with a progress bar
// when bar is set.
func ingestPaths(ctx context.Context, e env, l loader.Loader, paths []string, bar bool) (loader.Summary, error) {
	files, fails := loader.Files(paths)
	if bar && len(files) > 0 {
		pb := progressbar.NewOptions(len(files),
			progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("files"),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100_000_000),
		)
		l.Progress = func(done, total int, path string) { _ = pb.Set(done) }
		defer pb.Finish()
	}
	sum, err := l.Run(ctx, files)
	sum.Files += len(fails)
	sum.Failed = append(fails, sum.Failed...)
	return sum, err
}

func printSummary(w io.Writer, s loader.Summary) {
	for _, n := range s.Notes {
		fmt.Fprintf(w, "note: %s: %s\n", n.Path, n.Text)
	}
	for _, f := range s.Failed {
		fmt.Fprintf(w, "failed: %s: %s\n", f.Path, message(f.Err))
	}
	fmt.Fprintf(w, "%d files: %d articles stored (%d statements, %d speakers), %d skipped as already stored, %d failed",
		s.Files, s.Articles, s.Statements, s.Speakers, s.Skipped, len(s.Failed))
	if s.Remaining > 0 {
		fmt.Fprintf(w, ", %d not reached", s.Remaining)
	}
	fmt.Fprintln(w)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
