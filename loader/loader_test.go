package loader_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/graph"
	"github.com/quotegraph/quotegraph/loader"
)

const samples = "../testdata/articles"

func TestDecode(t *testing.T) {
	const text = "“Clean water is a right,” José Müller said."
	cp1252, _ := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	latin1, _ := charmap.ISO8859_1.NewEncoder().Bytes([]byte("\"Clean water is a right,\" José Müller said."))
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	for _, tc := range []struct {
		name       string
		in         []byte
		want, note string // want "" for an error, note then a substring of it
	}{
		{"utf-8", []byte(text), text, ""},
		{"utf-8 bom", append([]byte("\xEF\xBB\xBF"), text...), text, "UTF-8 byte-order mark removed"},
		{"windows-1252", cp1252, text, "read as Windows-1252"},
		{"latin-1", latin1, "\"Clean water is a right,\" José Müller said.", "read as Latin-1"},
		{"utf-16le", u16le, text, "decoded from UTF-16LE"},
		{"utf-16be", u16be, text, "decoded from UTF-16BE"},
		{"utf-8, one bad byte", []byte(text + "\xff"), text + "\uFFFD", "1 invalid UTF-8 sequences"},
		{"zero-width", []byte("Jos\u200bé Mül\u00adler\u2060 said \u202eevil\u202c."), "José Müller said evil.", "removed 5 invisible"},
		{"joiners stay", []byte("👩\u200d💻 and \u200cx"), "👩\u200d💻 and \u200cx", ""},
		{"lone CR", []byte("a\rb\r\nc"), "a\nb\r\nc", "read 1 lone carriage returns"},
		{"stray controls", []byte("a\x1b[0mb\x07 said the minister at length in a long sentence with many words in it, more than a hundred bytes long."), "a[0mb said the minister at length in a long sentence with many words in it, more than a hundred bytes long.", "removed 2 control characters"},
		{"html charset", []byte(`<html><head><meta charset="windows-1251"></head><body>` + "\xcf\xf0\xe8\xe2\xe5\xf2" + `</body></html>`), `<html><head><meta charset="windows-1251"></head><body>Привет</body></html>`, "decoded as windows-1251"},
		{"nul", []byte("text\x00more"), "", "NUL byte at offset 4"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "binary file (image/png)"},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), "", "application/x-gzip"},
		{"controls", bytes.Repeat([]byte("\x1b\x07ab"), 100), "", "control characters"},
		{"utf-16 nul inside", append([]byte{0xFF, 0xFE}, 'a', 0, 0, 0), "", "NUL byte"},
		{"empty", nil, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, notes, err := loader.Decode(tc.in)
			note := strings.Join(notes, "; ")
			if tc.want == "" && tc.name != "empty" {
				if err == nil || quotegraph.ErrorCode(err) != quotegraph.EINVALID || !strings.Contains(err.Error(), tc.note) {
					t.Fatalf("Decode: %q, %v; want EINVALID %q", got, err, tc.note)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("Decode: %q, want %q", got, tc.want)
			}
			if !strings.Contains(note, tc.note) || (tc.note == "" && note != "") {
				t.Errorf("notes %q, want %q", note, tc.note)
			}
		})
	}
}

func TestFilesFollowsLinksOnceAndNamesLoops(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755))
	must(os.MkdirAll(filepath.Join(dir, "other"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "a", "one.txt"), []byte("x"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "a", "b", "two.txt"), []byte("x"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "other", "three.txt"), []byte("x"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "a", ".hidden.txt"), []byte("x"), 0o644))
	must(os.Symlink("..", filepath.Join(dir, "a", "b", "up")))            // a loop
	must(os.Symlink("../other", filepath.Join(dir, "a", "linked")))       // a linked folder
	must(os.Symlink("one.txt", filepath.Join(dir, "a", "again.txt")))     // a second name for a file
	must(os.Symlink("gone.txt", filepath.Join(dir, "a", "dangling.txt"))) // broken
	must(os.Symlink("self.txt", filepath.Join(dir, "a", "self.txt")))     // a one-link loop
	files, fails := loader.Files([]string{filepath.Join(dir, "a"), filepath.Join(dir, "other")})
	var rel []string
	for _, f := range files {
		r, _ := filepath.Rel(dir, f)
		rel = append(rel, r)
	}
	if got, want := strings.Join(rel, " "), "a/again.txt a/b/two.txt a/linked/three.txt"; got != want {
		t.Errorf("files %q, want %q", got, want)
	}
	reasons := map[string]string{}
	for _, f := range fails {
		r, _ := filepath.Rel(dir, f.Path)
		reasons[r] = f.Err.Error()
	}
	for path, want := range map[string]string{
		"a/b/up":         "symbolic link loop: leads back to the folder",
		"a/dangling.txt": "broken symbolic link",
		"a/self.txt":     "symbolic link loop",
	} {
		if !strings.Contains(reasons[path], want) {
			t.Errorf("%s: failure %q, want %q", path, reasons[path], want)
		}
	}
	if len(fails) != 3 {
		t.Errorf("failures %v", fails)
	}
}

// panicky is a topic extractor that panics, or runs a hook.
type panicky struct{ hook func() }

func (p panicky) Extract(string) []quotegraph.Topic {
	if p.hook != nil {
		p.hook()
		return nil
	}
	var m map[string]int
	m["boom"]++
	return nil
}

func TestPanicIsAFailureOfOneFile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(samples, "000_0f2c9eeba6401963.txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = loader.Pipeline{Topics: panicky{}}.ProcessFile("x.txt", data)
	var pe *loader.PanicError
	if !errors.As(err, &pe) {
		t.Fatalf("err %v, want a *PanicError", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "topic extraction panicked: assignment to entry in nil map at loader/loader_test.go:") {
		t.Errorf("message %q", msg)
	}
}

func open(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Config{Path: filepath.Join(t.TempDir(), "q.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestRunFinishesTheFileInHand cancels the run while a file is being
// processed, as a signal does: that file is stored, the rest remain.
func TestRunFinishesTheFileInHand(t *testing.T) {
	files, _ := loader.Files([]string{samples})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := open(t)
	calls := 0
	l := loader.Loader{Store: s, Pipeline: loader.Pipeline{Topics: panicky{hook: func() {
		if calls++; calls == 1 {
			cancel()
		}
	}}}}
	sum, err := l.Run(ctx, files)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if sum.Articles != 1 || sum.Remaining != len(files)-1 || len(sum.Failed) != 0 || sum.NextFile != files[1] {
		t.Fatalf("summary %+v; want the first file stored, the other %d remaining from %s", sum, len(files)-1, files[1])
	}
	st, err := s.Stats(context.Background())
	if err != nil || st.Articles != 1 {
		t.Fatalf("stored %+v, %v", st, err)
	}
	sum, err = loader.Loader{Store: s}.Run(context.Background(), files)
	if err != nil || sum.Skipped != 1 || sum.Articles != len(files)-1 {
		t.Fatalf("resumed: %+v, %v", sum, err)
	}
}

func TestReadFileRefusesFromSize(t *testing.T) {
	p := filepath.Join(t.TempDir(), "sparse.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 40); err != nil { // a terabyte, sparse: reading it would not end
		t.Skip("no sparse files here:", err)
	}
	f.Close()
	if _, err := loader.ReadFile(p, 1000); err == nil || !strings.Contains(err.Error(), "1099511627776 bytes, larger than the 1000-byte limit") {
		t.Fatalf("ReadFile: %v", err)
	}
	data, err := loader.ReadFile(filepath.Join(samples, "000_0f2c9eeba6401963.txt"), loader.DefaultMaxBytes)
	if err != nil || !utf8.Valid(data) || len(data) < 1000 {
		t.Fatalf("ReadFile: %d bytes, %v", len(data), err)
	}
}
