package graph_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/graph"
)

// sample builds an article with two statements by one speaker and one by
// another, written for these tests.
func sample(text string) (quotegraph.Article, []quotegraph.Statement) {
	a := quotegraph.Article{
		Title: "Ministers meet", Outlet: "Daily Planet", Text: text,
		Published: time.Date(2020, 3, 4, 0, 0, 0, 0, time.UTC),
		Authors:   []string{"Lois Lane"},
	}
	a.ID = quotegraph.ArticleID("", text)
	ada := quotegraph.Speaker{Name: "Ada Byron", Kind: quotegraph.Person, Aliases: []string{"Byron", "Ms. Byron"}, Roles: []string{"Minister of Science"}}
	org := quotegraph.Speaker{Name: "Science Council", Kind: quotegraph.Organization}
	mk := func(sp quotegraph.Speaker, sub string, topics ...string) quotegraph.Statement {
		i := strings.Index(text, sub)
		st := quotegraph.Statement{Speaker: sp, Mention: sp.Name, Cue: "said", Kind: quotegraph.Direct, Text: sub,
			Span: quotegraph.Span{Start: i, End: i + len(sub)}}
		for _, t := range topics {
			st.Topics = append(st.Topics, quotegraph.Topic{Name: t, Weight: 1})
		}
		st.ID = quotegraph.StatementID(a.ID, st.Span)
		return st
	}
	return a, []quotegraph.Statement{
		mk(ada, "Standards matter", "standard"),
		mk(ada, "Budgets are tight", "budget"),
		mk(org, "We set standards", "standard"),
	}
}

const text = `"Standards matter," Byron said. "Budgets are tight," she added. "We set standards," the Science Council said.`

func open(t *testing.T, path string) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func export(t *testing.T, s *graph.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Export(context.Background(), &b, "nquads"); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestPutIsIdempotentAndSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "q.db")
	s := open(t, path)
	a, stmts := sample(text)
	res, err := s.Put(ctx, a, stmts)
	if err != nil || res.Skipped || res.Statements != 3 || res.Speakers != 2 {
		t.Fatalf("first put = %+v, %v", res, err)
	}
	before := export(t, s)
	res, err = s.Put(ctx, a, stmts)
	if err != nil || !res.Skipped {
		t.Fatalf("second put = %+v, %v; want skipped", res, err)
	}
	if after := export(t, s); after != before {
		t.Fatalf("second put changed the graph:\n%s\nvs\n%s", before, after)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, path)
	defer s.Close()
	if got := export(t, s); got != before {
		t.Fatal("reopened store differs")
	}
	ok, err := s.HasArticle(ctx, a.ID)
	if err != nil || !ok {
		t.Fatalf("HasArticle = %v, %v", ok, err)
	}
}

func TestStatementsBySpeakerAliasAndTopic(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		f    quotegraph.StatementFilter
		want []string
	}{
		{quotegraph.StatementFilter{Speaker: "Ada Byron"}, []string{"Standards matter", "Budgets are tight"}},
		{quotegraph.StatementFilter{Speaker: "ms byron"}, []string{"Standards matter", "Budgets are tight"}},
		{quotegraph.StatementFilter{Speaker: "Byron", Topic: "standard"}, []string{"Standards matter"}},
		{quotegraph.StatementFilter{Topic: "standard"}, []string{"Standards matter", "We set standards"}},
		{quotegraph.StatementFilter{Topic: "election"}, nil},
		{quotegraph.StatementFilter{Speaker: "Nobody"}, nil},
		{quotegraph.StatementFilter{Outlet: "daily planet", Contains: "tight"}, []string{"Budgets are tight"}},
		{quotegraph.StatementFilter{Since: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)}, nil},
	}
	for _, tt := range tests {
		got, err := s.Statements(ctx, tt.f, quotegraph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, st := range got.Items {
			texts = append(texts, st.Text)
			if st.Article == nil || st.Article.Outlet != "Daily Planet" {
				t.Errorf("%+v: statement %q has article %+v", tt.f, st.Text, st.Article)
			}
		}
		if strings.Join(texts, "|") != strings.Join(tt.want, "|") || got.Total != len(tt.want) {
			t.Errorf("%+v: got %q (total %d), want %q", tt.f, texts, got.Total, tt.want)
		}
	}
	sp, err := s.Speaker(ctx, "Ms. Byron")
	if err != nil || sp.Name != "Ada Byron" || sp.Statements != 2 || len(sp.Roles) != 1 {
		t.Errorf("Speaker = %+v, %v", sp, err)
	}
	if _, err := s.Speaker(ctx, "Nobody"); quotegraph.ErrorCode(err) != quotegraph.ENOTFOUND {
		t.Errorf("unknown speaker: err %v, want NOT_FOUND", err)
	}
}

func TestPagination(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	var all []string
	after := ""
	for range 5 {
		page, err := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{First: 2, After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range page.Items {
			all = append(all, st.Text)
		}
		if !page.HasNext {
			break
		}
		after = page.EndCursor()
	}
	if len(all) != 3 {
		t.Fatalf("paged through %q, want 3 statements", all)
	}
	if _, err := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{After: "bogus"}); quotegraph.ErrorCode(err) != quotegraph.EINVALID {
		t.Fatalf("bad cursor: %v", err)
	}
}

func TestSecondOpenFailsFast(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.db")
	s := open(t, path)
	defer s.Close()
	start := time.Now()
	_, err := graph.Open(context.Background(), graph.Config{Path: path, LockTimeout: 200 * time.Millisecond})
	if quotegraph.ErrorCode(err) != quotegraph.EUNAVAILABLE {
		t.Fatalf("second open: %v, want UNAVAILABLE", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatal("second open waited for the lock")
	}
}

func TestConcurrentReadsAndWrites(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 8 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			a, stmts := sample(text + strings.Repeat(" again", i))
			if _, err := s.Put(ctx, a, stmts); err != nil {
				errs <- err
			}
		}()
		go func() {
			defer wg.Done()
			if _, err := s.Statements(ctx, quotegraph.StatementFilter{Topic: "standard"}, quotegraph.Page{}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 8 {
		t.Fatalf("stats = %+v, %v", st, err)
	}
}

func TestPutRejectsBadSpan(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	stmts[1].Span.End = len(text) + 10
	_, err := s.Put(context.Background(), a, stmts)
	var qe *quotegraph.Error
	if !errors.As(err, &qe) || qe.Code != quotegraph.EINVALID {
		t.Fatalf("bad span: %v, want INVALID", err)
	}
	if ok, _ := s.HasArticle(context.Background(), a.ID); ok {
		t.Fatal("article half-written after a rejected put")
	}
}

func TestOneWordNameJoinsStoredFullName(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	text2 := `"Science needs money," Byron said.`
	b := quotegraph.Article{Title: "Later", Text: text2, ID: quotegraph.ArticleID("", text2)}
	st := quotegraph.Statement{Speaker: quotegraph.Speaker{Name: "Byron", Kind: quotegraph.Person}, Mention: "Byron",
		Cue: "said", Kind: quotegraph.Direct, Text: "Science needs money", Span: quotegraph.Span{Start: 1, End: 20}}
	if _, err := s.Put(ctx, b, []quotegraph.Statement{st}); err != nil {
		t.Fatal(err)
	}
	sp, err := s.Speaker(ctx, "Ada Byron")
	if err != nil || sp.Statements != 3 {
		t.Fatalf("Ada Byron = %+v, %v; want 3 statements over two articles", sp, err)
	}
}

func TestAliases(t *testing.T) {
	for _, tt := range []struct {
		mention, name string
		want          bool
	}{
		{"Zheng", "Zheng Zeguang", true},
		{"Mr. Zheng", "Zheng Zeguang", true},
		{"President Obama", "Barack Obama", true},
		{"The White House", "White House", true},
		{"Zheng Zeguang", "Zheng Zeguang", false},
		{"Assistant Foreign Minister Zheng Zeguang", "Zheng Zeguang", false},
		{"a senior Chinese official", "Zheng Zeguang", false},
		{"White House press secretary Jay Carney", "Jay Carney", false},
		{"he", "Jay Carney", false},
		{"the Chinese", "Xi Jinping", false},
	} {
		if got := graph.IsAlias(tt.mention, tt.name); got != tt.want {
			t.Errorf("isAlias(%q, %q) = %v, want %v", tt.mention, tt.name, got, tt.want)
		}
	}
}

func TestMiddleInitialJoinsStoredName(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	text2 := `"Labs need funds," Ada K. Byron said.`
	b := quotegraph.Article{Title: "Later", Text: text2, ID: quotegraph.ArticleID("", text2)}
	st := quotegraph.Statement{Speaker: quotegraph.Speaker{Name: "Ada K. Byron", Kind: quotegraph.Person}, Mention: "Ada K. Byron",
		Cue: "said", Kind: quotegraph.Direct, Text: "Labs need funds", Span: quotegraph.Span{Start: 1, End: 16}}
	if _, err := s.Put(ctx, b, []quotegraph.Statement{st}); err != nil {
		t.Fatal(err)
	}
	sp, err := s.Speaker(ctx, "Ada Byron")
	if err != nil || sp.Statements != 3 {
		t.Fatalf("Ada Byron = %+v, %v; want 3 statements over two articles", sp, err)
	}
	// A different Byron stays apart.
	text3 := `"No," Lord Byron said.`
	c := quotegraph.Article{Title: "Other", Text: text3, ID: quotegraph.ArticleID("", text3)}
	st3 := quotegraph.Statement{Speaker: quotegraph.Speaker{Name: "George Byron", Kind: quotegraph.Person}, Cue: "said",
		Kind: quotegraph.Direct, Text: "No", Span: quotegraph.Span{Start: 1, End: 3}}
	if _, err := s.Put(ctx, c, []quotegraph.Statement{st3}); err != nil {
		t.Fatal(err)
	}
	if sp, _ := s.Speaker(ctx, "George Byron"); sp.Name != "George Byron" || sp.Statements != 1 {
		t.Errorf("George Byron = %+v", sp)
	}
}
