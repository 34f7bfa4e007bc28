package main

import (
	"bufio"
	"context"
)

func runExport(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "export")
	store := storeFlag(fs)
	format := fs.String("format", "nquads", "output format: nquads")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageErr("unexpected arguments %q", rest)
	}
	if *format != "nquads" {
		return usageErr("unknown format %q (want nquads)", *format)
	}
	s, _, err := openStore(ctx, e, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	w := bufio.NewWriter(e.stdout)
	if err := s.Export(ctx, w, *format); err != nil {
		return err
	}
	return w.Flush()
}
