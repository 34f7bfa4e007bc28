package graph_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotegraph/quotegraph"
)

func TestDeleteArticleLeavesOthersWhole(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	alone := export(t, s)
	b, bstmts := sample(text + " Again.")
	if _, err := s.Put(ctx, b, bstmts); err != nil {
		t.Fatal(err)
	}
	ok, err := s.DeleteArticle(ctx, b.ID)
	if err != nil || !ok {
		t.Fatalf("delete = %v, %v", ok, err)
	}
	if got := export(t, s); got != alone {
		t.Fatalf("after deleting the second article the graph is not the first alone:\n%s\nwant\n%s", got, alone)
	}
	if ok, err := s.DeleteArticle(ctx, b.ID); ok || err != nil {
		t.Fatalf("second delete = %v, %v; want false, nil", ok, err)
	}
}

func TestMergeAndSplitAreRespectedByLaterIngests(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	// The analyst says the Science Council's words were Ada Byron's.
	sp, err := s.MergeSpeakers(ctx, "Science Council", "Ada Byron")
	if err != nil || sp.Name != "Ada Byron" || sp.Statements != 3 {
		t.Fatalf("merge = %+v, %v", sp, err)
	}
	if got, _ := s.Speaker(ctx, "Science Council"); got.Name != "Ada Byron" {
		t.Errorf("the merged name resolves to %q", got.Name)
	}
	// Deleting and ingesting the article again keeps the merge.
	if _, err := s.DeleteArticle(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Speaker(ctx, "Ada Byron"); got.Statements != 3 {
		t.Errorf("after re-ingest Ada Byron has %d statements, want 3", got.Statements)
	}

	// Now "Science Council" was a different speaker after all.
	sp, err = s.SplitAlias(ctx, "Ada Byron", "Science Council")
	if err != nil || sp.Name != "Science Council" || sp.Statements != 1 {
		t.Fatalf("split = %+v, %v", sp, err)
	}
	if got, _ := s.Speaker(ctx, "Ada Byron"); got.Statements != 2 || strings.Contains(strings.Join(got.Aliases, ","), "Science Council") {
		t.Errorf("after split Ada Byron = %+v", got)
	}
	// Every quad still reads back whole (an edit once left a quad naming a
	// value the store had dropped).
	if out := export(t, s); !strings.Contains(out, `"Science Council"`) {
		t.Errorf("export after split lacks the split speaker:\n%s", out)
	}
	if _, err := s.MergeSpeakers(ctx, "Nobody", "Ada Byron"); quotegraph.ErrorCode(err) != quotegraph.ENOTFOUND {
		t.Errorf("merge unknown: %v", err)
	}
}
