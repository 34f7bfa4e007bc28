package ingest_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/ from the current output")

// goldenArticle is what a golden file records of an article.
type goldenArticle struct {
	Title      string            `json:"title"`
	Outlet     string            `json:"outlet,omitempty"`
	Authors    []string          `json:"authors,omitempty"`
	Published  string            `json:"published,omitempty"`
	Dateline   string            `json:"dateline,omitempty"`
	Statements []goldenStatement `json:"statements"`
}

type goldenStatement struct {
	Speaker string          `json:"speaker"`
	Kind    quotegraph.Kind `json:"kind"`
	Cue     string          `json:"cue"`
	Mention string          `json:"mention,omitempty"`
	Role    string          `json:"role,omitempty"`
	Text    string          `json:"text"`
	Start   int             `json:"start"`
	End     int             `json:"end"`
}

func readArticle(t *testing.T, path string) (quotegraph.Article, goldenArticle) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ingest.Parse(path, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	g := goldenArticle{Title: a.Title, Outlet: a.Outlet, Authors: a.Authors, Dateline: a.Dateline, Statements: []goldenStatement{}}
	if !a.Published.IsZero() {
		g.Published = a.Published.Format(time.RFC3339)
	}
	for _, s := range ingest.Extract(a) {
		if s.Span.Start < 0 || s.Span.End > len(a.Text) || a.Text[s.Span.Start:s.Span.End] != s.Text {
			t.Errorf("%s: span %v does not hold %q", path, s.Span, s.Text)
		}
		g.Statements = append(g.Statements, goldenStatement{s.Speaker.Name, s.Kind, s.Cue, s.Mention, s.Role, s.Text, s.Span.Start, s.Span.End})
	}
	return a, g
}

// TestGolden extracts every article of testdata/ (*.txt and *.html) and
// compares the result with NAME.golden.json; -update rewrites those files.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	pages, _ := filepath.Glob("testdata/*.html")
	files = append(files, pages...)
	if len(files) == 0 {
		t.Fatal("no articles in testdata/")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			_, g := readArticle(t, path)
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(path, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update ./ingest/ to create it)", err)
			}
			if d := lineDiff(strings.TrimSpace(string(want)), string(got)); d != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, d)
			}
		})
	}
}

// TestHTMLSameAsText: a saved page of an article gives the statements its
// text gives, with the page chrome left out.
func TestHTMLSameAsText(t *testing.T) {
	_, txt := readArticle(t, "testdata/council.txt")
	a, page := readArticle(t, "testdata/council.html")
	if page.Title != txt.Title || strings.Join(page.Authors, ",") != strings.Join(txt.Authors, ",") {
		t.Errorf("page title %q authors %q, text %q %q", page.Title, page.Authors, txt.Title, txt.Authors)
	}
	for _, chrome := range []string{"Share on Facebook", "Most read", "Related stories", "Privacy policy", "Photo: Ledger staff"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("page text keeps the chrome %q", chrome)
		}
	}
	if d := lineDiff(statementLines(txt), statementLines(page)); d != "" {
		t.Errorf("statements of the page differ from the text's (-text +page):\n%s", d)
	}
}

// TestHardWrapped: a hard-wrapped article gives the statements of the same
// article written one paragraph a line, with offsets into the wrapped text.
func TestHardWrapped(t *testing.T) {
	data, err := os.ReadFile("testdata/wrapped.txt")
	if err != nil {
		t.Fatal(err)
	}
	joined := regexp.MustCompile(`([^\n])\n([^\n])`).ReplaceAllString(string(data), "$1 $2")
	path := filepath.Join(t.TempDir(), "joined.txt")
	if err := os.WriteFile(path, []byte(joined), 0o644); err != nil {
		t.Fatal(err)
	}
	_, want := readArticle(t, path)
	_, got := readArticle(t, "testdata/wrapped.txt")
	if len(want.Statements) < 5 {
		t.Fatalf("only %d statements in the joined article", len(want.Statements))
	}
	if d := lineDiff(statementLines(want), statementLines(got)); d != "" {
		t.Errorf("wrapped article mismatch (-joined +wrapped):\n%s", d)
	}
}

func statementLines(g goldenArticle) string {
	var b strings.Builder
	for _, s := range g.Statements {
		b.WriteString(s.Speaker + "|" + string(s.Kind) + "|" + s.Cue + "|" + strings.Join(strings.Fields(s.Text), " ") + "\n")
	}
	return b.String()
}

// lineDiff returns the lines of want and got that differ, marked - and +,
// or "" when they are equal.
func lineDiff(want, got string) string {
	if want == got {
		return ""
	}
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	// longest common subsequence table, from the end
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			i, j = i+1, j+1
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			out.WriteString("+" + b[j] + "\n")
			j++
		default:
			out.WriteString("-" + a[i] + "\n")
			i++
		}
	}
	return out.String()
}
