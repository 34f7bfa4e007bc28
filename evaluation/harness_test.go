package evaluation_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/graph"
	"github.com/quotegraph/quotegraph/internal/samples"
	"github.com/quotegraph/quotegraph/question"
	"github.com/quotegraph/quotegraph/topic"
)

var (
	idxOnce sync.Once
	idx     *topic.Index
	idxErr  error
)

func index(t testing.TB) *topic.Index {
	idxOnce.Do(func() { idx, idxErr = topic.New() })
	if idxErr != nil {
		t.Fatal(idxErr)
	}
	return idx
}

// sampleStore ingests the sample articles through the real pipeline into a
// real store in a temporary folder.
func sampleStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, _, err := samples.Open(ctx, filepath.Join(t.TempDir(), "eval.db"), "../testdata/articles", index(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// ask answers a question the way `quotegraph ask` does: parse, resolve the
// speaker, and read every statement that passes the filter, best first.
func ask(ctx context.Context, s quotegraph.Store, text string) (question.Question, []quotegraph.Statement, error) {
	q, err := question.Parse(text)
	if err != nil {
		return q, nil, err
	}
	f := q.Filter()
	if q.Speaker != "" {
		sp, err := s.Speaker(ctx, q.Speaker)
		if err != nil {
			return q, nil, err
		}
		f.Speaker = sp.Name
	}
	var all []quotegraph.Statement
	p := quotegraph.Page{First: 1000}
	for {
		c, err := s.Statements(ctx, f, p)
		if err != nil {
			return q, nil, err
		}
		all = append(all, c.Items...)
		if !c.HasNext {
			return q, all, nil
		}
		p.After = c.EndCursor()
	}
}

// TestDump prints every stored statement with its topics (QG_DUMP=1), or
// the answer to the question in QG_ASK.
func TestDump(t *testing.T) {
	dump, qa := os.Getenv("QG_DUMP"), os.Getenv("QG_ASK")
	if dump == "" && qa == "" {
		t.Skip("set QG_DUMP=1 or QG_ASK=question")
	}
	s := sampleStore(t)
	ctx := context.Background()
	if qa != "" {
		q, stmts, err := ask(ctx, s, qa)
		fmt.Printf("read as %s, err %v\n", q, err)
		for _, st := range stmts {
			fmt.Printf("%.3f %-18s %-60.60q %+v\n", st.Match.Score, st.Speaker.Name, st.Text, *st.Match)
		}
		return
	}
	c, err := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{First: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range c.Items {
		fmt.Printf("%s | %s | %q\n   %v\n", st.Article.Published.Format("2006-01-02"), st.Speaker.Name, st.Text, st.Topics)
	}
}
