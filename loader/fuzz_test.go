package loader_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotegraph/quotegraph/loader"
)

// FuzzProcess feeds arbitrary bytes, as a text or an HTML file, through
// decoding, parsing and extraction. Seeds: the sample articles, the small
// files of the bad-input corpus (testdata/bad) and loader/testdata/fuzz.
//
//	go test -run '^$' -fuzz FuzzProcess -fuzztime 60s ./loader/
func FuzzProcess(f *testing.F) {
	for _, dir := range []string{samples, "../testdata/bad"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			f.Fatal(err)
		}
		for _, e := range entries {
			if e.Name() == "gen.go" || e.Name() == "README.md" || !e.Type().IsRegular() {
				continue
			}
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				f.Fatal(err)
			}
			if len(data) <= 64<<10 {
				f.Add(data, strings.HasSuffix(e.Name(), ".html"))
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		text, notes, err := loader.Decode(data)
		if err == nil {
			checkDecoded(t, text)
			again, notes2, err := loader.Decode(text)
			if err != nil || !bytes.Equal(again, text) || len(notes2) != 0 {
				t.Fatalf("decoding decoded text changed it: %v, notes %q (first notes %q)", err, notes2, notes)
			}
		}
		name := "fuzz.txt"
		if html {
			name = "fuzz.html"
		}
		res, err := loader.Pipeline{}.ProcessFile(name, data)
		var pe *loader.PanicError
		if errors.As(err, &pe) {
			t.Fatalf("%v\n%s", err, pe.Stack)
		}
		if err != nil {
			if strings.Contains(err.Error(), "a bug") {
				t.Fatal(err)
			}
			return
		}
		a := res.Article
		checkDecoded(t, []byte(a.Text))
		for _, st := range res.Statements {
			sp := st.Span
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start > sp.End {
				t.Fatalf("statement span %d-%d outside the %d-byte text: %q", sp.Start, sp.End, len(a.Text), st.Text)
			}
			if !utf8.ValidString(a.Text[sp.Start:sp.End]) {
				t.Fatalf("statement span %d-%d cuts a character: %q", sp.Start, sp.End, a.Text[sp.Start:sp.End])
			}
			if st.Speaker.Name == "" {
				t.Fatalf("statement without a speaker: %q", st.Text)
			}
		}
	})
}

// checkDecoded checks what Decode promises of its text.
func checkDecoded(t *testing.T, text []byte) {
	t.Helper()
	if !utf8.Valid(text) {
		t.Fatalf("not UTF-8: %q", text)
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		t.Fatalf("NUL at %d", i)
	}
	for i, r := range string(text) {
		switch {
		case r == '\r' && (i+1 == len(text) || text[i+1] != '\n'):
			t.Fatalf("lone CR at %d", i)
		case r < 0x20 && r != '\t' && r != '\n' && r != '\f' && r != '\r':
			t.Fatalf("control character %U at %d", r, i)
		case r == 0x200B || r == 0xFEFF || r == 0x202E || r == 0x00AD:
			t.Fatalf("invisible character %U at %d", r, i)
		}
	}
}
