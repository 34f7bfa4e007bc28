package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

const samples = "../../testdata/articles"

// run runs the command line and returns its status, stdout and stderr.
func run(t *testing.T, ctx context.Context, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(ctx, args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func sortedLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestIngestTwiceAddsNothing(t *testing.T) {
	ctx := context.Background()
	store := filepath.Join(t.TempDir(), "q.db")
	code, _, stderr := run(t, ctx, "ingest", "--store", store, samples)
	if code != 0 || !strings.Contains(stderr, "5 articles stored") {
		t.Fatalf("first ingest: status %d\n%s", code, stderr)
	}
	_, first, _ := run(t, ctx, "export", "--store", store, "--format", "nquads")
	code, _, stderr = run(t, ctx, "ingest", "--store", store, samples)
	if code != 0 || !strings.Contains(stderr, "0 articles stored") || !strings.Contains(stderr, "5 skipped") {
		t.Fatalf("second ingest: status %d\n%s", code, stderr)
	}
	_, second, _ := run(t, ctx, "export", "--store", store, "--format", "nquads")
	if first == "" || sortedLines(first) != sortedLines(second) {
		t.Fatalf("second ingest changed the graph: %d vs %d bytes", len(first), len(second))
	}
}

func TestBadUsage(t *testing.T) {
	ctx := context.Background()
	for _, args := range [][]string{{}, {"frobnicate"}, {"ingest"}, {"extract", "--format", "xml", samples}, {"ask"}} {
		if code, _, _ := run(t, ctx, args...); code != 2 {
			t.Errorf("%q: status %d, want 2", args, code)
		}
	}
	code, _, stderr := run(t, ctx, "ingest", "--store", filepath.Join(t.TempDir(), "q.db"), "no/such/file.txt")
	if code != 1 || !strings.Contains(stderr, "no/such/file.txt") {
		t.Errorf("missing file: status %d, stderr %q", code, stderr)
	}
}

// freeAddr finds a loopback port nobody listens on.
func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestFlagship serves the sample articles as the README says and asks the
// question quotegraph was founded on, over GraphQL and on the command line.
func TestFlagship(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	store := filepath.Join(t.TempDir(), "q.db")
	addr := freeAddr(t)
	done := make(chan int, 1)
	go func() {
		code, _, _ := run(t, ctx, "serve", "--addr", addr, "--store", store, "--ingest", samples)
		done <- code
	}()
	base := "http://" + addr
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("server did not come up")
		}
		time.Sleep(50 * time.Millisecond)
	}

	q := `{ statements(speaker: "Zheng Zeguang", topic: "norms") { edges { node { text speaker { name } article { outlet publishedAt } } } } }`
	body, _ := json.Marshal(map[string]string{"query": q})
	resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Data struct {
			Statements struct {
				Edges []struct {
					Node struct {
						Text    string
						Speaker struct{ Name string }
						Article struct {
							Outlet      string
							PublishedAt string
						}
					}
				}
			}
		}
		Errors []any
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if len(out.Errors) > 0 {
		t.Fatalf("errors: %v", out.Errors)
	}
	edges := out.Data.Statements.Edges
	var texts []string
	for _, e := range edges {
		n := e.Node
		if n.Speaker.Name != "Zheng Zeguang" {
			t.Errorf("statement by %q: %q", n.Speaker.Name, n.Text)
		}
		if !strings.Contains(n.Text, "standards") {
			t.Errorf("statement not about standards: %q", n.Text)
		}
		if !strings.HasPrefix(n.Article.PublishedAt, "2015") {
			t.Errorf("statement from %q (%s), want 2015", n.Article.Outlet, n.Article.PublishedAt)
		}
		texts = append(texts, n.Text)
	}
	if len(edges) != 2 {
		t.Fatalf("got %d statements, want Zheng's two on international Internet standards: %q", len(edges), texts)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exited %d after shutdown", code)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not shut down")
	}

	// The same question on the command line.
	code, stdout, stderr := run(t, context.Background(), "ask", "--store", store, "everything Zheng Zeguang said about norms")
	if code != 0 {
		t.Fatalf("ask: status %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "2 statements") {
		t.Errorf("ask answered:\n%s", stdout)
	}
	for _, text := range texts {
		if !strings.Contains(stdout, text) {
			t.Errorf("ask's answer lacks %q:\n%s", text, stdout)
		}
	}
}
