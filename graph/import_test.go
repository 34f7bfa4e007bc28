package graph

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/loader"
	"github.com/quotegraph/quotegraph/topic"
)

// loaded is a store holding the sample articles, ingested through the real
// pipeline, with the concept index.
func loaded(t *testing.T) (*Store, *topic.Index) {
	t.Helper()
	concepts, err := topic.New()
	if err != nil {
		t.Fatal(err)
	}
	s := openAt(t, filepath.Join(t.TempDir(), "orig.db"), concepts)
	files, fails := loader.Files([]string{"../testdata/articles"})
	if len(fails) > 0 || len(files) == 0 {
		t.Fatalf("sample articles: %d files, failures %v", len(files), fails)
	}
	sum, err := loader.Loader{Store: s, Pipeline: loader.Pipeline{Topics: concepts}}.Run(context.Background(), files)
	if err != nil || len(sum.Failed) > 0 || sum.Articles != len(files) {
		t.Fatalf("ingest: %+v, %v", sum, err)
	}
	return s, concepts
}

func openAt(t *testing.T, path string, concepts Concepts) *Store {
	t.Helper()
	s, err := Open(context.Background(), Config{Path: path, Concepts: concepts})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func exported(t *testing.T, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Export(context.Background(), &b, "nquads"); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func sortLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// answer is a statement query's answer as text: what a reader sees of it.
func answer(t *testing.T, s *Store, f quotegraph.StatementFilter) string {
	t.Helper()
	c, err := s.Statements(context.Background(), f, quotegraph.Page{First: 100})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "total %d\n", c.Total)
	for _, st := range c.Items {
		fmt.Fprintf(&b, "%s %s %q %s %q %v %v", st.ID, st.Speaker.Name, st.Text, st.Kind, st.Cue, st.Span, st.Topics)
		if st.Article != nil {
			fmt.Fprintf(&b, " article %s %q %s", st.Article.ID, st.Article.Outlet, st.Article.Published)
		}
		if st.Match != nil {
			fmt.Fprintf(&b, " match %+v", *st.Match)
		}
		b.WriteString("\n")
	}
	return b.String()
}

var questions = []quotegraph.StatementFilter{
	{Speaker: "Zheng Zeguang", Topic: "norms"},
	{Speaker: "Zheng"},
	{Topic: "cyberattacks"},
	{Outlet: "Reuters"},
	{Kind: quotegraph.Direct, Contains: "cooperat"},
	{},
}

// TestImportRoundTrip exports a store, imports the export into a fresh one
// and checks the export and the answers are the same.
func TestImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	orig, concepts := loaded(t)
	want := exported(t, orig)
	lines := strings.Count(want, "\n")

	for name, input := range map[string]func() io.Reader{
		"seekable": func() io.Reader { return strings.NewReader(want) },
		"pipe":     func() io.Reader { return io.MultiReader(strings.NewReader(want)) }, // read once only
	} {
		t.Run(name, func(t *testing.T) {
			s := openAt(t, filepath.Join(t.TempDir(), "restored.db"), concepts)
			if empty, err := s.IsEmpty(ctx); err != nil || !empty {
				t.Fatalf("a fresh store: empty %v, %v", empty, err)
			}
			n, err := s.Import(ctx, input(), "nquads")
			if err != nil || n != lines {
				t.Fatalf("Import: %d quads, %v; want %d", n, err, lines)
			}
			if got := exported(t, s); sortLines(got) != sortLines(want) {
				t.Fatalf("export after import differs: %d vs %d lines", strings.Count(got, "\n"), lines)
			}
			for _, f := range questions {
				w, g := answer(t, orig, f), answer(t, s, f)
				if w != g {
					t.Errorf("%+v: answer differs after import:\n%s\nwant\n%s", f, g, w)
				}
				if f.Speaker == "Zheng Zeguang" && !strings.Contains(g, "total 2") {
					t.Errorf("the founding question: %s", g)
				}
			}
			// Again: every quad is there already; nothing changes.
			if n, err := s.Import(ctx, strings.NewReader(want), "nquads"); err != nil || n != lines {
				t.Fatalf("second Import: %d, %v", n, err)
			}
			if got := exported(t, s); sortLines(got) != sortLines(want) {
				t.Fatal("a second import changed the graph")
			}
		})
	}
}

// TestImportRefusesBadInput: each bad line is an EINVALID error naming it,
// and nothing is written.
func TestImportRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	good := `<urn:quotegraph:s1> <https://schema.org/text> "hello" <urn:quotegraph:a1> .`
	for _, tc := range []struct {
		name, input, want string
	}{
		{"no label", good + "\n<urn:s> <urn:p> \"o\" .\n", "line 2: no graph label"},
		{"not a quad", "# a comment\n\n" + good + "\nhello world\n", "line 4: not an N-Quads statement"},
		{"unterminated", `<urn:s> <urn:p> "never closed <urn:g> .`, "line 1: not an N-Quads statement"},
		{"literal subject", `"s" <urn:p> "o" <urn:g> .`, `line 1: subject "s" is not an IRI or a blank node`},
		{"literal predicate", `<urn:s> "p" "o" <urn:g> .`, `line 1: predicate "p" is not an IRI`},
		{"blank label", `<urn:s> <urn:p> "o" _:g .`, "line 1: graph label _:g is not an IRI"},
		{"bad integer", good + "\n" + `<urn:s> <urn:p> "ten"^^<http://schema.org/Integer> <urn:g> .`, "line 2: object"},
		{"no full stop", `<urn:s> <urn:p> "o" <urn:g>`, "line 1: not an N-Quads statement"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00", "line 1: not an N-Quads statement"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openAt(t, filepath.Join(t.TempDir(), "q.db"), nil)
			n, err := s.Import(ctx, strings.NewReader(tc.input), "nquads")
			if err == nil || quotegraph.ErrorCode(err) != quotegraph.EINVALID || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Import: %d, %v; want EINVALID %q", n, err, tc.want)
			}
			if empty, err := s.IsEmpty(ctx); err != nil || !empty {
				t.Fatalf("bad input wrote quads (empty %v, %v)", empty, err)
			}
		})
	}
	s := openAt(t, filepath.Join(t.TempDir(), "q.db"), nil)
	if _, err := s.Import(ctx, strings.NewReader(good), "turtle"); quotegraph.ErrorCode(err) != quotegraph.EINVALID {
		t.Errorf("unknown format: %v", err)
	}
}

// changing reads as good until it is rewound, then as bad: the input goes
// bad between validation and writing, as a file can.
type changing struct {
	bad string
	r   *strings.Reader
}

func (c *changing) Read(p []byte) (int, error) { return c.r.Read(p) }

func (c *changing) Seek(off int64, whence int) (int64, error) {
	if whence == io.SeekStart {
		c.r = strings.NewReader(c.bad)
	}
	return c.r.Seek(off, whence)
}

// TestImportStoppedMidwayKeepsArticlesWhole: an import that fails after
// some transactions leaves only whole articles, and importing again
// finishes it.
func TestImportStoppedMidwayKeepsArticlesWhole(t *testing.T) {
	ctx := context.Background()
	defer func(n int) { importBatch = n }(importBatch)
	importBatch = 50
	orig, _ := loaded(t)
	want := exported(t, orig)
	lines := strings.Split(strings.TrimSpace(want), "\n")
	cut := len(lines) * 2 / 3
	bad := strings.Join(lines[:cut], "\n") + "\nnot a quad\n"

	s := openAt(t, filepath.Join(t.TempDir(), "q.db"), nil)
	c := &changing{bad: bad, r: strings.NewReader(want)}
	n, err := s.Import(ctx, c, "nquads")
	if err == nil || !strings.Contains(err.Error(), "import stopped after") {
		t.Fatalf("Import: %d, %v; want it stopped", n, err)
	}
	if n == 0 || n >= len(lines) {
		t.Fatalf("%d of %d quads written: the test wants some", n, len(lines))
	}
	wantBy, gotBy := labels(want), labels(exported(t, s))
	if len(gotBy) == 0 || len(gotBy) >= len(wantBy) {
		t.Fatalf("%d of %d articles written", len(gotBy), len(wantBy))
	}
	for l, qs := range gotBy {
		if strings.Join(qs, "\n") != strings.Join(wantBy[l], "\n") {
			t.Errorf("article %s written in part: %d of %d quads", l, len(qs), len(wantBy[l]))
		}
	}
	t.Logf("stopped after %d of %d quads: %d of %d articles, each whole", n, len(lines), len(gotBy), len(wantBy))
	if _, err := s.Import(ctx, strings.NewReader(want), "nquads"); err != nil {
		t.Fatal(err)
	}
	if sortLines(exported(t, s)) != sortLines(want) {
		t.Fatal("importing again did not finish the graph")
	}
}

// labels groups N-Quads lines by their graph label.
func labels(nq string) map[string][]string {
	out := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSpace(nq), "\n") {
		l = strings.TrimSuffix(l, " .")
		i := strings.LastIndex(l, " <")
		out[l[i+1:]] = append(out[l[i+1:]], l)
	}
	for _, ls := range out {
		sort.Strings(ls)
	}
	return out
}
