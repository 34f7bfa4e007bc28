package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/quotegraph/quotegraph"
)

// runImport restores an export into a store:
//
//	quotegraph import [--store PATH] [--format nquads] [--force] [FILE|-]
//
// It refuses a store that already holds quads unless --force: an import is
// a restore, and merging an export into a live graph is rarely what was
// meant. With --force the quads are added to what is there (quads already
// stored are skipped), which is also how an interrupted import is finished.
func runImport(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "import")
	store := storeFlag(fs)
	format := fs.String("format", "nquads", "input format: nquads")
	force := fs.Bool("force", false, "import into a store that is not empty, adding to what it holds")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *format != "nquads" {
		return usageErr("unknown format %q (want nquads)", *format)
	}
	if len(rest) > 1 {
		return usageErr("one input file at most, got %q", rest)
	}
	var in io.Reader = e.stdin
	name := "standard input"
	if len(rest) == 1 && rest[0] != "-" {
		f, err := os.Open(rest[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, rest[0]
	}
	s, _, err := openStore(ctx, e, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	empty, err := s.IsEmpty(ctx)
	if err != nil {
		return err
	}
	if !empty && !*force {
		return quotegraph.Errorf(quotegraph.ECONFLICT,
			"store %s is not empty: import restores into a fresh store (give a new --store path), or adds to this one with --force", *store)
	}
	n, err := s.Import(ctx, in, *format)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintf(e.stderr, "stopped: %d quads written; import the same input again with --force to finish\n", n)
			return errReported
		}
		if quotegraph.ErrorCode(err) == quotegraph.EINVALID {
			return quotegraph.Errorf(quotegraph.EINVALID, "%s: %s (nothing was imported)", name, message(err))
		}
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "imported %d quads from %s into %s\n", n, name, *store)
	return nil
}
