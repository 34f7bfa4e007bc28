package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

const badCorpus = "../../testdata/bad"

// copyDir copies the regular files of src into dst, but the generator and
// its notes.
func copyDir(t *testing.T, src, dst string) []string {
	t.Helper()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.Type().IsRegular() || e.Name() == "gen.go" || e.Name() == "README.md" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, e.Name())
	}
	return names
}

// articleBodies reads an export: the body of each article by its source.
func articleBodies(t *testing.T, export string) map[string]string {
	t.Helper()
	source, body := map[quad.Value]string{}, map[quad.Value]string{}
	for _, l := range strings.Split(export, "\n") {
		if l == "" {
			continue
		}
		q, err := nquads.Parse(l)
		if err != nil {
			t.Fatalf("export line %.100q: %v", l, err)
		}
		switch q.Predicate {
		case quad.IRI("https://quotegraph.org/ns#source"):
			source[q.Subject] = quad.ToString(q.Object)
		case quad.IRI("https://schema.org/articleBody"):
			body[q.Subject] = quad.ToString(q.Object)
		}
	}
	out := map[string]string{}
	for s, src := range source {
		out[src] = body[s]
	}
	return out
}

// TestBadInput ingests a folder of bad input beside good articles: every
// good article is stored, text in other encodings is decoded and said so,
// every bad file is named with its reason, and the run ends with status 1
// and a summary, without a panic and in bounded memory.
func TestBadInput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	names := copyDir(t, badCorpus, in)
	good := copyDir(t, samples, in)
	if len(names) < 20 {
		t.Fatalf("%d files in %s: run go generate there (go run gen.go)", len(names), badCorpus)
	}
	article, err := os.ReadFile(filepath.Join(samples, good[0]))
	if err != nil {
		t.Fatal(err)
	}
	// Made here, not kept in git: the large files and what the file
	// system makes.
	big := bytes.Repeat(article, 50<<20/len(article)+1)
	writeFile(t, in, "big-50mb.txt", string(big))
	line := strings.Repeat("The water table under the valley fell again this year, and the wells ran dry before the harvest began. ", 2<<20/103+1)
	writeFile(t, in, "long-line.txt", "A long line\n\n"+line)
	for link, target := range map[string]string{"loop": ".", "self.txt": "self.txt", "dangling.txt": "no-such-file.txt"} {
		if err := os.Symlink(target, filepath.Join(in, link)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(in, "nested", "deeper"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../..", filepath.Join(in, "nested", "deeper", "up")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(in, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}

	// What each file must come to: stored (with the text decoded as
	// expected), or failed with a reason; "either" for what depends on how
	// the extractor reads odd text, which must only be named.
	const stored, either = "stored", "either"
	want := map[string]string{
		"empty.txt":            "empty",
		"whitespace-only.txt":  "empty",
		"random.bin":           "binary file",
		"photo.png":            "binary file (image/png)",
		"photo-named-txt.txt":  "binary file (image/png)",
		"document.pdf":         "binary file (application/pdf)",
		"article.txt.gz":       "binary file (application/x-gzip)",
		"nul-bytes.txt":        "NUL byte at offset",
		"control-chars.txt":    "control characters",
		"only-quote-marks.txt": "no words",
		"only-boilerplate.txt": "no article text",
		"big-50mb.txt":         fmt.Sprintf("larger than the %d-byte limit (raise it with --max-bytes)", 10<<20),
		"loop":                 "symbolic link loop",
		"nested/deeper/up":     "symbolic link loop",
		"self.txt":             "symbolic link loop",
		"dangling.txt":         "broken symbolic link",
		"pipe.txt":             "not a regular file (a named pipe)",

		"latin1.txt": stored, "windows-1252.txt": stored, "utf16le-bom.txt": stored, "utf16be-bom.txt": stored,
		"utf8-bom.txt": stored, "truncated-utf8.txt": stored, "crlf.txt": stored, "cr-only.txt": stored,
		"zero-width.txt": stored, "rtl.txt": stored, "no-statements.txt": stored, "long-line.txt": stored,

		// A page of a cookie notice and share buttons is refused; broken
		// HTML that has paragraphs gives them.
		"only-boilerplate.html": "no article text",
		"html-soup.html":        stored,
		"gbk-declared.html":     either, "nested-quotes.txt": either,
		"unbalanced-quotes.txt": either, "many-short-lines.txt": either,
	}
	for _, g := range good {
		want[g] = stored
	}
	notes := map[string]string{
		"latin1.txt":         "not UTF-8: read as Latin-1 (ISO 8859-1)",
		"windows-1252.txt":   "not UTF-8: read as Windows-1252",
		"utf16le-bom.txt":    "decoded from UTF-16LE (byte-order mark)",
		"utf16be-bom.txt":    "decoded from UTF-16BE (byte-order mark)",
		"utf8-bom.txt":       "UTF-8 byte-order mark removed",
		"truncated-utf8.txt": "1 invalid UTF-8 sequences replaced with U+FFFD",
		"gbk-declared.html":  "not UTF-8: decoded as gbk, the charset the page declares",
		"zero-width.txt":     "removed 6 invisible characters",
		"rtl.txt":            "removed 4 invisible characters",
		"cr-only.txt":        "read 8 lone carriage returns as line ends",
	}
	for _, n := range append(names, "pipe.txt", "loop", "self.txt", "dangling.txt", "big-50mb.txt", "long-line.txt") {
		if _, ok := want[n]; !ok {
			t.Errorf("no expectation for %s", n)
		}
	}

	store := filepath.Join(dir, "q.db")
	p := runBin(t, "ingest", "--store", store, in)
	t.Logf("ingest of %d files: %v, peak memory %d MiB", len(want), p.elapsed.Round(1e6), p.maxRSS>>20)
	if p.code != 1 || p.signal != 0 {
		t.Fatalf("status %d, signal %v; want 1\n%s", p.code, p.signal, p.stderr)
	}
	if strings.Contains(p.stderr, "panic") || strings.Contains(p.stderr, "goroutine ") {
		t.Fatalf("a panic:\n%s", p.stderr)
	}
	if p.maxRSS > 400<<20 {
		t.Errorf("peak memory %d MiB", p.maxRSS>>20)
	}
	failed := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^failed: (.+?): (.*)$`).FindAllStringSubmatch(p.stderr, -1) {
		rel, err := filepath.Rel(in, m[1])
		if err != nil {
			t.Fatal(err)
		}
		failed[rel] = m[2]
	}
	bodies := articleBodies(t, exportSorted(t, store))
	s := summary(t, p.stderr)
	if s[1] != len(bodies) || s[3] != len(failed) {
		t.Errorf("summary says %d stored, %d failed; the store holds %d, %d are named as failed", s[1], s[3], len(bodies), len(failed))
	}
	for name, w := range want {
		reason, isFailed := failed[name]
		body, isStored := bodies[filepath.Join(in, name)]
		switch {
		case w == either:
			if !isFailed && !isStored {
				t.Errorf("%s: neither stored nor named as failed", name)
			}
		case w == stored:
			if !isStored {
				t.Errorf("%s: not stored (%s)", name, reason)
			}
		case !isFailed:
			t.Errorf("%s: not named as failed (want %q)", name, w)
		case !strings.Contains(reason, w):
			t.Errorf("%s: failed with %q, want %q", name, reason, w)
		}
		if isStored && strings.ContainsAny(body, "\x00\u200b\u202e\u00ad\ufeff") {
			t.Errorf("%s: stored with NUL or invisible characters: %.200q", name, body)
		}
	}
	// Decoded text reads as the writer meant it.
	for _, name := range []string{"latin1.txt", "windows-1252.txt", "utf16le-bom.txt", "utf16be-bom.txt", "utf8-bom.txt", "crlf.txt", "cr-only.txt", "zero-width.txt", "rtl.txt"} {
		body := bodies[filepath.Join(in, name)]
		for _, w := range []string{"José Müller", "Hélène Dupré", "We cannot wait any longer"} {
			if !strings.Contains(body, w) {
				t.Errorf("%s: %q not in the stored text %.300q", name, w, body)
			}
		}
		if strings.Contains(body, "\ufffd") || strings.Contains(body, "Ã") {
			t.Errorf("%s: mis-decoded: %.300q", name, body)
		}
	}
	if body := bodies[filepath.Join(in, "windows-1252.txt")]; !strings.Contains(body, "“We cannot wait any longer,”") {
		t.Errorf("windows-1252.txt: curly quotes lost: %.300q", body)
	}
	if body := bodies[filepath.Join(in, "rtl.txt")]; !strings.Contains(body, "מים זה חיים") || !strings.Contains(body, "الماء حياة") {
		t.Errorf("rtl.txt: right-to-left text lost: %q", body)
	}
	for name, note := range notes {
		if !strings.Contains(p.stderr, "note: "+filepath.Join(in, name)+": "+note) {
			t.Errorf("%s: no note %q", name, note)
		}
	}
	if t.Failed() {
		t.Logf("stderr:\n%s", p.stderr)
	}
}

// TestMaxBytes: a file over the limit is refused from its size, without
// being read; --max-bytes raises the limit and lowers it.
func TestMaxBytes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	article, err := os.ReadFile(filepath.Join(samples, "000_0f2c9eeba6401963.txt"))
	if err != nil {
		t.Fatal(err)
	}
	small := writeFile(t, dir, "small.txt", string(article))
	// 50 MB: the article, then blank lines.
	big := writeFile(t, dir, "big.txt", string(article)+strings.Repeat(" \n", 25<<20))

	base := runBin(t, "ingest", "--store", filepath.Join(dir, "base.db"), small)
	if base.code != 0 {
		t.Fatalf("small file: status %d\n%s", base.code, base.stderr)
	}
	p := runBin(t, "ingest", "--store", filepath.Join(dir, "refused.db"), big)
	if p.code != 1 || !strings.Contains(p.stderr, "52431 bytes") && !strings.Contains(p.stderr, "larger than the 10485760-byte limit (raise it with --max-bytes)") {
		t.Fatalf("50 MB file: status %d\n%s", p.code, p.stderr)
	}
	// Refused from its size: the process grows no more than for a small file.
	if grew := p.maxRSS - base.maxRSS; grew > 20<<20 {
		t.Errorf("refusing a 50 MB file took %d MiB more memory than storing a small one (%d MiB)", grew>>20, base.maxRSS>>20)
	}
	t.Logf("peak memory: %d MiB storing a 3 KB file, %d MiB refusing a 50 MB one", base.maxRSS>>20, p.maxRSS>>20)

	p = runBin(t, "ingest", "--store", filepath.Join(dir, "raised.db"), "--max-bytes", "60000000", big)
	if p.code != 0 || !strings.Contains(p.stderr, "1 articles stored") {
		t.Fatalf("--max-bytes 60000000: status %d\n%s", p.code, p.stderr)
	}
	t.Logf("peak memory storing the 50 MB file with --max-bytes 60000000: %d MiB", p.maxRSS>>20)
	p = runBin(t, "ingest", "--store", filepath.Join(dir, "lowered.db"), "--max-bytes", "1000", small)
	if p.code != 1 || !strings.Contains(p.stderr, "larger than the 1000-byte limit") {
		t.Fatalf("--max-bytes 1000: status %d\n%s", p.code, p.stderr)
	}
	if p := runBin(t, "ingest", "--store", filepath.Join(dir, "zero.db"), "--max-bytes", "0", small); p.code != 2 {
		t.Errorf("--max-bytes 0: status %d, want 2", p.code)
	}
}
