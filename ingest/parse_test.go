package ingest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/ingest"
)

func TestParseMetadata(t *testing.T) {
	for _, tc := range []struct {
		file, title, outlet, dateline, first string
		authors                              []string
		published                            time.Time
	}{
		{"wire.txt", "Town approves new bridge over the Tagus", "Ledger", "LISBON", "The town council approved",
			nil, time.Time{}},
		{"daily.txt", "Harbour workers end strike", "The Porto Courier", "", "Harbour workers ended",
			[]string{"Marta Silva", "Pedro Alves"}, time.Date(2019, 4, 2, 10, 15, 0, 0, time.UTC)},
		{"posted.txt", "Rail line to reopen in spring: minister", "Courier", "", "The northern rail line",
			nil, time.Date(2019, 4, 2, 10, 0, 0, 0, time.UTC)},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "articles", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := ingest.Parse(tc.file, data)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.title || a.Outlet != tc.outlet || a.Dateline != tc.dateline || !a.Published.Equal(tc.published) {
				t.Errorf("got title %q outlet %q dateline %q published %v", a.Title, a.Outlet, a.Dateline, a.Published)
			}
			if strings.Join(a.Authors, ";") != strings.Join(tc.authors, ";") {
				t.Errorf("authors %q, want %q", a.Authors, tc.authors)
			}
			if a.ID != quotegraph.ArticleID("", string(data)) || a.Text != string(data) {
				t.Errorf("ID or Text not derived from the file")
			}
			if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Text[a.Paragraphs[0].Start:], tc.first) {
				t.Fatalf("first paragraph does not start with %q", tc.first)
			}
			for _, p := range a.Paragraphs {
				para := a.Text[p.Start:p.End]
				for _, debris := range []string{"Advertisement", "Latest Headlines", "Print Mail", "Copyright", "Editor's picks", "Home /", "contributed to", "Printed from", "License"} {
					if strings.Contains(para, debris) {
						t.Errorf("paragraph %q kept page debris %q", para, debris)
					}
				}
			}
			for _, s := range ingest.Extract(a) {
				for _, au := range a.Authors {
					if s.Speaker.Name == au {
						t.Errorf("byline %q made a speaker", au)
					}
				}
			}
		})
	}
}

func TestParseInvalid(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		msg  string
	}{
		{"empty.txt", nil, "empty"},
		{"blank.txt", []byte("  \n\t\n"), "empty"},
		{"image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"},
		{"noise.txt", []byte{1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'}, "binary"},
	} {
		_, err := ingest.Parse(tc.name, tc.data)
		if quotegraph.ErrorCode(err) != quotegraph.EINVALID || !strings.Contains(quotegraph.ErrorMessage(err), tc.msg) {
			t.Errorf("%s: err %v, want EINVALID mentioning %q", tc.name, err, tc.msg)
		}
	}
}

func TestParseLatin1(t *testing.T) {
	a, err := ingest.Parse("latin1.txt", []byte("Jos\xe9 Garc\xeda said the caf\xe9 would close.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "José García") {
		t.Errorf("text %q not decoded as Latin-1", a.Text)
	}
}

func TestDelayedIdentification(t *testing.T) {
	data, _ := os.ReadFile(filepath.Join("testdata", "articles", "posted.txt"))
	a, _ := ingest.Parse("posted.txt", data)
	sts := ingest.Extract(a)
	if len(sts) == 0 || sts[0].Speaker.Name != "Luis Duarte" {
		t.Fatalf("the lede's unnamed official should be the minister named next: %+v", sts)
	}
}
