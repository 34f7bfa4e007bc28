package graph_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
)

func TestBackwardPaging(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	all, _ := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{})
	last, err := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{Last: 2})
	if err != nil || len(last.Items) != 2 || last.Items[1].Text != all.Items[2].Text || !last.HasPrevious || last.HasNext {
		t.Fatalf("last 2 = %+v, %v", last, err)
	}
	before, err := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{Last: 5, Before: last.Cursors[0]})
	if err != nil || len(before.Items) != 1 || before.Items[0].Text != all.Items[0].Text {
		t.Fatalf("before the last two = %+v, %v", before.Items, err)
	}
}

func TestNodeReportsProfile(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	// A second outlet carries Byron's words, trimmed differently.
	text2 := `Byron told the Evening Post: "standards matter".`
	b := quotegraph.Article{Title: "Later", Outlet: "Evening Post", Text: text2, ID: quotegraph.ArticleID("", text2),
		Published: time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)}
	i := strings.Index(text2, "standards matter")
	st := quotegraph.Statement{Speaker: quotegraph.Speaker{Name: "Ada Byron", Kind: quotegraph.Person, Roles: []string{"physicist"}},
		Mention: "Byron", Cue: "told", Kind: quotegraph.Direct, Text: "standards matter", Span: quotegraph.Span{Start: i, End: i + 16}}
	if _, err := s.Put(ctx, b, []quotegraph.Statement{st}); err != nil {
		t.Fatal(err)
	}
	id := quotegraph.StatementID(a.ID, stmts[0].Span)
	got, err := s.Node(ctx, id)
	if err != nil || got.(quotegraph.Statement).Text != "Standards matter" {
		t.Fatalf("Node(statement) = %+v, %v", got, err)
	}
	if got, err := s.Node(ctx, a.ID); err != nil || got.(quotegraph.Article).Text != text {
		t.Fatalf("Node(article) = %+v, %v", got, err)
	}
	if _, err := s.Node(ctx, "s0000"); quotegraph.ErrorCode(err) != quotegraph.ENOTFOUND {
		t.Fatalf("Node(unknown) err = %v", err)
	}
	reports, err := s.Reports(ctx, id)
	if err != nil || len(reports) != 2 || reports[0].Article.Outlet != "Daily Planet" || reports[1].Article.Outlet != "Evening Post" {
		t.Fatalf("reports = %+v, %v", reports, err)
	}
	other, _ := s.Reports(ctx, quotegraph.StatementID(a.ID, stmts[1].Span))
	if len(other) != 1 {
		t.Fatalf("a statement carried once has %d reports", len(other))
	}
	p, err := s.Profile(ctx, "Byron")
	if err != nil {
		t.Fatal(err)
	}
	var roles []string
	for _, r := range p.Roles {
		roles = append(roles, r.Value+"@"+r.Article.Outlet)
	}
	if strings.Join(roles, ",") != "Minister of Science@Daily Planet,physicist@Evening Post" {
		t.Errorf("roles = %q", roles)
	}
	if len(p.Alongside) != 1 || p.Alongside[0].Name != "Science Council" || p.Alongside[0].Statements != 1 {
		t.Errorf("alongside = %+v", p.Alongside)
	}
}

// TestCursorSurvivesWrites: a page after a cursor neither repeats nor skips
// items when an article is stored between the two pages.
func TestCursorSurvivesWrites(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	a, stmts := sample(text)
	if _, err := s.Put(ctx, a, stmts); err != nil {
		t.Fatal(err)
	}
	first, err := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{First: 2})
	if err != nil {
		t.Fatal(err)
	}
	// A newer article, whose statements sort before all of these.
	b, bstmts := sample(text + " Later.")
	b.Published = a.Published.AddDate(1, 0, 0)
	if _, err := s.Put(ctx, b, bstmts); err != nil {
		t.Fatal(err)
	}
	rest, err := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{First: 10, After: first.EndCursor()})
	if err != nil {
		t.Fatal(err)
	}
	if len(rest.Items) != 1 || rest.Items[0].ArticleID != a.ID || rest.Items[0].Text != stmts[2].Text {
		var got []string
		for _, st := range rest.Items {
			got = append(got, st.ArticleID+":"+st.Text)
		}
		t.Fatalf("after the cursor: %q; want the first article's third statement alone", got)
	}
}

// TestJointStatement: "A and B said" is one statement node with two
// speakers; asked for by either, it comes with that speaker first.
func TestJointStatement(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "q.db"))
	defer s.Close()
	text := `"We will build the bridge," Mayor Ana Lind and Governor Bo Sten said.`
	a := quotegraph.Article{Title: "Bridge", Text: text, ID: quotegraph.ArticleID("", text)}
	span := quotegraph.Span{Start: 1, End: 26}
	mk := func(name string) quotegraph.Statement {
		return quotegraph.Statement{Speaker: quotegraph.Speaker{Name: name, Kind: quotegraph.Person}, Cue: "said",
			Kind: quotegraph.Direct, Text: text[1:26], Span: span}
	}
	if _, err := s.Put(ctx, a, []quotegraph.Statement{mk("Ana Lind"), mk("Bo Sten")}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Ana Lind", "Bo Sten"} {
		got, err := s.Statements(ctx, quotegraph.StatementFilter{Speaker: name}, quotegraph.Page{})
		if err != nil || len(got.Items) != 1 {
			t.Fatalf("%s: %+v, %v", name, got.Items, err)
		}
		st := got.Items[0]
		if st.Speaker.Name != name || len(st.Also) != 1 || st.Also[0].Name == name {
			t.Errorf("asked for %s: speaker %q, also %+v", name, st.Speaker.Name, st.Also)
		}
	}
	all, _ := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{})
	reports, err := s.Reports(ctx, all.Items[0].ID)
	if all.Total != 1 || err != nil || len(reports) != 1 {
		t.Errorf("one statement, one report: total %d, reports %d, %v", all.Total, len(reports), err)
	}
}
