package main

import (
	"context"
	"flag"
	"os"

	"github.com/quotegraph/quotegraph/graph"
	"github.com/quotegraph/quotegraph/loader"
	"github.com/quotegraph/quotegraph/topic"
)

const defaultStore = "quotegraph.db"

// storeFlag adds --store, defaulting to $QUOTEGRAPH_STORE or ./quotegraph.db.
func storeFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("QUOTEGRAPH_STORE")
	if def == "" {
		def = defaultStore
	}
	return fs.String("store", def, "the store: path of the embedded bbolt file (env QUOTEGRAPH_STORE)")
}

// openStore opens the store with the concept index for topic queries.
func openStore(ctx context.Context, e env, path string) (*graph.Store, *topic.Index, error) {
	concepts, err := topic.New()
	if err != nil {
		return nil, nil, err
	}
	s, err := graph.Open(ctx, graph.Config{Path: path, Concepts: concepts, Logger: e.log})
	if err != nil {
		return nil, nil, err
	}
	return s, concepts, nil
}

// pipeline is the extraction pipeline with topics.
func pipeline(concepts *topic.Index) loader.Pipeline {
	return loader.Pipeline{Topics: concepts}
}
