package ingest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/ingest"
)

// FuzzExtract checks that no input makes Parse or Extract panic and that
// every statement's span holds its text.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, p := range append(append(files, more...), pages...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`"Unclosed quote, he said.`))
	f.Add([]byte("\u201cCurly\u201d \u201d stray \u201c, said Mr."))
	f.Add([]byte("<html><body><p>\"We won,\" she said.</p><p>Unclosed <b>tag</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		name := "fuzz.txt"
		if len(data) > 0 && data[0] == '<' {
			name = "fuzz.html" // a page: read by the HTML path
		}
		a, err := ingest.Parse(name, data)
		if err != nil {
			if quotegraph.ErrorCode(err) != quotegraph.EINVALID {
				t.Fatalf("Parse error %v is not EINVALID", err)
			}
			return
		}
		for _, p := range a.Paragraphs {
			if p.Start < 0 || p.End > len(a.Text) || p.Start >= p.End {
				t.Fatalf("bad paragraph span %v", p)
			}
		}
		for _, s := range ingest.Extract(a) {
			if s.Span.Start < 0 || s.Span.End > len(a.Text) || s.Span.Start >= s.Span.End {
				t.Fatalf("bad span %v", s.Span)
			}
			if a.Text[s.Span.Start:s.Span.End] != s.Text {
				t.Fatalf("span %v holds %q, not %q", s.Span, a.Text[s.Span.Start:s.Span.End], s.Text)
			}
			if s.Speaker.Name == "" || !s.Kind.Valid() {
				t.Fatalf("statement without speaker or kind: %+v", s)
			}
		}
	})
}

// BenchmarkExtract measures Parse and Extract over the sample articles.
func BenchmarkExtract(b *testing.B) {
	var docs [][]byte
	n := 0
	for _, pat := range []string{"testdata/articles/*.txt", "../testdata/articles/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err == nil {
				docs = append(docs, data)
				n += len(data)
			}
		}
	}
	if n == 0 {
		b.Skip("no sample articles")
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			a, err := ingest.Parse("bench.txt", d)
			if err != nil {
				b.Fatal(err)
			}
			ingest.Extract(a)
		}
	}
}
