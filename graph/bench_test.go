package graph_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/graph"
)

// BenchmarkPut measures storing articles of three statements each (one
// bbolt transaction per article, synced to disk).
func BenchmarkPut(b *testing.B) {
	ctx := context.Background()
	s, err := openB(b)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	i := 0
	for b.Loop() {
		a, stmts := sample(fmt.Sprintf("%s (%d)", text, i))
		i++
		if _, err := s.Put(ctx, a, stmts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStatements measures the founding question's shape (speaker and
// topic) over a store of 500 articles, cold (after a write) and warm.
func BenchmarkStatements(b *testing.B) {
	ctx := context.Background()
	s, err := openB(b)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := range 500 {
		a, stmts := sample(fmt.Sprintf("%s (%d)", text, i))
		if _, err := s.Put(ctx, a, stmts); err != nil {
			b.Fatal(err)
		}
	}
	f := quotegraph.StatementFilter{Speaker: "Byron", Topic: "standard"}
	b.Run("warm", func(b *testing.B) {
		for b.Loop() {
			if c, err := s.Statements(ctx, f, quotegraph.Page{First: 20}); err != nil || c.Total != 500 {
				b.Fatal(c.Total, err)
			}
		}
	})
}

func openB(b *testing.B) (*graph.Store, error) {
	return graph.Open(context.Background(), graph.Config{Path: filepath.Join(b.TempDir(), "q.db")})
}
