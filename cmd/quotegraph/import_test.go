package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestImportRestoresExport exports the sample articles' graph, imports it
// into a fresh store from a file and from standard input, and checks the
// graph and the answer to the founding question are the same.
func TestImportRestoresExport(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	orig := filepath.Join(dir, "orig.db")
	if p := runBin(t, "ingest", "--store", orig, samples); p.code != 0 {
		t.Fatalf("ingest: status %d\n%s", p.code, p.stderr)
	}
	exported := runBin(t, "export", "--store", orig, "--format", "nquads").stdout
	dump := writeFile(t, dir, "dump.nq", exported)
	const question = "everything Zheng Zeguang said about norms"
	wantAnswer := runBin(t, "ask", "--store", orig, question).stdout
	if !strings.Contains(wantAnswer, "standards") {
		t.Fatalf("the original store does not answer: %s", wantAnswer)
	}

	fromFile := filepath.Join(dir, "file.db")
	if p := runBin(t, "import", "--store", fromFile, "--format", "nquads", dump); p.code != 0 || !strings.Contains(p.stderr, "imported ") {
		t.Fatalf("import from a file: status %d\n%s", p.code, p.stderr)
	}
	fromStdin := filepath.Join(dir, "stdin.db")
	if p := runBinInput(t, exported, "import", "--store", fromStdin, "-"); p.code != 0 {
		t.Fatalf("import from standard input: status %d\n%s", p.code, p.stderr)
	}
	for _, store := range []string{fromFile, fromStdin} {
		if got := exportSorted(t, store); got != sortedLines(exported) {
			t.Errorf("%s: export after import differs: %d vs %d bytes", filepath.Base(store), len(got), len(exported))
		}
		if answer := runBin(t, "ask", "--store", store, question).stdout; answer != wantAnswer {
			t.Errorf("%s: answer after import differs:\n%s\nwant\n%s", filepath.Base(store), answer, wantAnswer)
		}
	}

	// A store that holds a graph is refused, unless --force, which adds
	// nothing new here.
	if p := runBin(t, "import", "--store", fromFile, dump); p.code != 1 || !strings.Contains(p.stderr, "not empty") || !strings.Contains(p.stderr, "--force") {
		t.Errorf("import into a non-empty store: status %d\n%s", p.code, p.stderr)
	}
	if p := runBin(t, "import", "--store", fromFile, "--force", dump); p.code != 0 {
		t.Errorf("import --force: status %d\n%s", p.code, p.stderr)
	}
	if exportSorted(t, fromFile) != sortedLines(exported) {
		t.Errorf("import --force of the same export changed the graph")
	}

	// Bad input names its line and writes nothing.
	bad := writeFile(t, dir, "bad.nq", exported[:strings.Index(exported, "\n")+1]+"<urn:x> <urn:y> \"unterminated .\n")
	badStore := filepath.Join(dir, "bad.db")
	if p := runBin(t, "import", "--store", badStore, bad); p.code != 1 || !strings.Contains(p.stderr, "bad.nq: line 2: ") || !strings.Contains(p.stderr, "nothing was imported") {
		t.Errorf("bad input: status %d\n%s", p.code, p.stderr)
	}
	if got := runBin(t, "export", "--store", badStore, "--format", "nquads").stdout; got != "" {
		t.Errorf("bad input wrote %d bytes of quads", len(got))
	}
	if p := runBin(t, "import", "--store", badStore, "--format", "turtle", dump); p.code != 2 {
		t.Errorf("unknown format: status %d, want 2", p.code)
	}
}
