package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// ingested is a store holding the sample articles, made with the ingest
// command.
func ingested(t *testing.T) string {
	t.Helper()
	store := filepath.Join(t.TempDir(), "q.db")
	if code, _, stderr := run(t, context.Background(), "ingest", "--store", store, samples); code != 0 {
		t.Fatalf("ingest: status %d\n%s", code, stderr)
	}
	return store
}

func TestExportTables(t *testing.T) {
	ctx := context.Background()
	store := ingested(t)

	code, out, stderr := run(t, ctx, "export", "--store", store, "--format", "csv", "--speaker", "Zheng Zeguang", "--topic", "norms")
	if code != 0 {
		t.Fatalf("csv: status %d: %s", code, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, out)
	}
	if len(recs) != 3 || recs[0][0] != "id" || recs[0][len(recs[0])-3] != "matched_by" {
		t.Fatalf("want a header and Zheng's 2 statements on standards:\n%s", out)
	}
	for _, rec := range recs[1:] {
		if rec[1] != "Zheng Zeguang" || !strings.Contains(rec[3], "standards") {
			t.Errorf("row %q", rec)
		}
	}

	code, out, stderr = run(t, ctx, "export", "--store", store, "--format", "ndjson", "--speaker", "Zheng", "--since", "2015-09-18", "--kind", "Indirect")
	if code != 0 {
		t.Fatalf("ndjson: status %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for _, line := range lines {
		var r struct{ Speaker, Kind, Published_At string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		if r.Speaker != "Zheng Zeguang" || r.Kind != "indirect" || r.Published_At < "2015-09-18" {
			t.Errorf("filters not applied: %s", line)
		}
	}
	if len(lines) == 0 || lines[0] == "" {
		t.Error("no statement by Zheng since 2015-09-18")
	}

	for _, args := range [][]string{
		{"--format", "csv", "--kind", "quoted"},
		{"--format", "ndjson", "--until", "tomorrow"},
		{"--format", "xlsx"},
		{"--format", "nquads", "--speaker", "Zheng"},
	} {
		code, _, stderr := run(t, ctx, append([]string{"export", "--store", store}, args...)...)
		if code != 2 || !strings.Contains(stderr, "quotegraph export:") {
			t.Errorf("%q: status %d, stderr %q; want 2 with a message", args, code, stderr)
		}
	}
}

// TestNQuadsParseInRapper reads the export of the sample articles with
// raptor's rapper, a standard RDF parser (Debian's raptor2-utils); skipped
// when it is not installed.
func TestNQuadsParseInRapper(t *testing.T) {
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Skip("rapper not installed (apt-get install raptor2-utils)")
	}
	store := ingested(t)
	code, out, stderr := run(t, context.Background(), "export", "--store", store, "--format", "nquads")
	if code != 0 {
		t.Fatalf("export: status %d: %s", code, stderr)
	}
	file := filepath.Join(t.TempDir(), "graph.nq")
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	quads := strings.Count(out, "\n")
	if strings.Contains(out, "^^<xsd:") {
		t.Error("literal datatypes written as short IRIs (<xsd:…>), which RDF tools do not know")
	}

	// Count and check: every line is one quad.
	cmd := exec.Command(rapper, "-i", "nquads", "-c", file)
	msg, err := cmd.CombinedOutput()
	if err != nil || strings.Contains(string(msg), "Error") || strings.Contains(string(msg), "Warning") {
		t.Fatalf("rapper rejects the export: %v\n%s", err, msg)
	}
	m := regexp.MustCompile(`returned (\d+) triples`).FindStringSubmatch(string(msg))
	if m == nil || m[1] != strconv.Itoa(quads) || quads < 1000 {
		t.Fatalf("rapper read %v of %d quads:\n%s", m, quads, msg)
	}

	// Re-serialised by rapper, the graph still says what Zheng said, with
	// its quotation marks intact.
	cmd = exec.Command(rapper, "-q", "-i", "nquads", "-o", "nquads", file)
	reout, err := cmd.Output()
	if err != nil {
		t.Fatalf("rapper: %v", err)
	}
	want := `<https://schema.org/text> "\"we can cooperate and we should cooperate,\" including on setting international Internet standards"`
	if !strings.Contains(string(reout), want) {
		t.Errorf("rapper's reading lacks %s", want)
	}
	if !strings.Contains(string(reout), `<https://schema.org/name> "Zheng Zeguang"`) {
		t.Error("rapper's reading lacks the speaker Zheng Zeguang")
	}
}
