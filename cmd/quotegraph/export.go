package main

import (
	"bufio"
	"context"
	"flag"
	"net/url"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/export"
)

// exportFilters are the filter flags of export, named as the query
// parameters of /export/statements.csv and the arguments of the GraphQL
// statements field.
var exportFilters = []struct{ name, usage string }{
	{"speaker", "only statements by this speaker (canonical name or any alias)"},
	{"topic", "only statements about this concept (\"norms\" also finds standards); adds match columns"},
	{"outlet", "only statements from articles of this outlet"},
	{"article", "only statements of the article with this ID"},
	{"kind", "only statements of this kind: direct, indirect or mixed"},
	{"since", "only statements published at or after: YYYY-MM-DD or RFC 3339"},
	{"until", "only statements published before: YYYY-MM-DD or RFC 3339"},
	{"contains", "only statements whose text contains these words (any case)"},
	{"sort", "relevance (default: closest topic match first, then newest) or date (newest first)"},
}

func runExport(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "export")
	store := storeFlag(fs)
	format := fs.String("format", "nquads", "output format: csv or ndjson (a table of statements), nquads (the whole graph)")
	for _, f := range exportFilters {
		fs.String(f.name, "", f.usage)
	}
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageErr("unexpected arguments %q", rest)
	}
	q := url.Values{}
	fs.Visit(func(fl *flag.Flag) {
		for _, f := range exportFilters {
			if fl.Name == f.name {
				q.Set(f.name, fl.Value.String())
			}
		}
	})
	var filter quotegraph.StatementFilter
	switch *format {
	case "nquads":
		if len(q) > 0 {
			return usageErr("--format nquads writes the whole graph; filters (--%s) apply to csv and ndjson", firstKey(q))
		}
	case export.CSV, export.NDJSON:
		if filter, err = export.FilterFromQuery(q); err != nil {
			return usageErr("%s", quotegraph.ErrorMessage(err))
		}
	default:
		return usageErr("unknown format %q (want csv, ndjson or nquads)", *format)
	}
	s, _, err := openStore(ctx, e, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	if *format == "nquads" {
		err = s.Export(ctx, w, *format)
	} else {
		_, err = export.Write(ctx, w, s, filter, *format, export.Options{Flush: w.Flush})
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

func firstKey(q url.Values) string {
	for _, f := range exportFilters {
		if q.Has(f.name) {
			return f.name
		}
	}
	return ""
}
