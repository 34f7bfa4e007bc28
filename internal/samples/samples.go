// Package samples opens a store holding articles ingested through the real
// pipeline (extraction, topics, the Cayley store), for tests, benchmarks and
// the load test.
package samples

import (
	"context"
	"fmt"

	"github.com/quotegraph/quotegraph/graph"
	"github.com/quotegraph/quotegraph/loader"
	"github.com/quotegraph/quotegraph/topic"
)

// Open creates the store at dbPath and ingests the articles under dir
// (files or folders). idx is the concept index to use; nil loads one.
// Every file must be stored: a failure is an error.
func Open(ctx context.Context, dbPath, dir string, idx *topic.Index) (*graph.Store, *topic.Index, error) {
	if idx == nil {
		var err error
		if idx, err = topic.New(); err != nil {
			return nil, nil, err
		}
	}
	s, err := graph.Open(ctx, graph.Config{Path: dbPath, Concepts: idx})
	if err != nil {
		return nil, nil, err
	}
	files, fails := loader.Files([]string{dir})
	if len(fails) > 0 || len(files) == 0 {
		s.Close()
		return nil, nil, fmt.Errorf("articles at %s: %d files, failures %v", dir, len(files), fails)
	}
	sum, err := loader.Loader{Store: s, Pipeline: loader.Pipeline{Topics: idx}}.Run(ctx, files)
	if err == nil && len(sum.Failed) > 0 {
		err = fmt.Errorf("ingest %s: %v", dir, sum.Failed)
	}
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	return s, idx, nil
}
